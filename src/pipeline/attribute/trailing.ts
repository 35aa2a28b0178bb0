import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { Quote } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { Hit, Shape } from './shape.js';
import { descriptorsBetween, isLast, sourceAfter, speakerAfter } from '../phrases/after.js';
import { speakerBefore, speakingHeadBefore } from '../phrases/before.js';
import { type SentenceFacts, type SpeakerRef, indexOf } from '../sentence-facts.js';

/** Trailing attributions: the speaker follows its quotation. */

export const TRAILING = [
  { id: 'quote-comma-name-cue', confidence: 0.95, example: '“We will win,” Doe said.', match: trailing },
  { id: 'quote-comma-cue-name', confidence: 0.95, example: '“We will win,” said Jane Doe.', match: trailing },
  { id: 'quote-dash-name', confidence: 0.8, example: '“We will win this time.” — Jane Doe', match: trailing },
  { id: 'quote-according-to-name', confidence: 0.9, example: '“We will win,” according to Jane Doe.', match: trailing },
] as const satisfies readonly Shape[];

/** `“…,” Crane said.` · `“…,” said Crane.` · `“…” — Crane` · `“…,” according to Crane.` */
export function trailing(after: readonly Token[], f: SentenceFacts, rules: AttributeRules): Hit | null {
  let i = 0;
  while (i < after.length && (after[i]!.text === ',' || after[i]!.text === '"' || after[i]!.text === "'")) i++;
  const t = after[i];
  if (!t) return null;
  if (t.text === '-' && after[i + 1]) {
    const m = speakerAfter(f, indexOf(f, after[i + 1]!), rules.phrases);
    if (m && isLast(f, m.span.end, rules.phrases)) return { speaker: m, cue: null, rule: 'quote-dash-name', factor: 1 };
    return null;
  }
  if (!t.word) return null;
  const cueHere = cueStartingAt(f, t, rules);
  if (cueHere) {
    if (cueHere.lemma === 'according to') {
      const m = sourceAfter(f, cueHere.last + 1, rules.phrases);
      return m ? { speaker: m, cue: cueHere, rule: 'quote-according-to-name', factor: 1 } : null;
    }
    // `“…,” he said, referring to the plan`: a characterising verb has its subject before it, never after.
    if (rules.characterisingVerbs.has(cueHere.lemma)) return null;
    const m = speakerAfter(f, cueHere.last + 1, rules.phrases);
    if (m) return { speaker: m, cue: cueHere, rule: 'quote-comma-cue-name', factor: 1 };
    return null;
  }
  // speaker then cue: `Crane said`, `he added`, `the agency said in a statement`
  const ti = indexOf(f, t);
  // A name with a long apposition (`James Smith Jr., the director of the State Bureau of Forestry, said`) reaches further.
  const cue = f.cues.find((c) => c.kind === 'verb' && c.first > ti && c.first - ti <= 24);
  if (!cue) return null;
  const found = speakerBefore(f, cue.first, rules.phrases);
  const head = speakingHeadBefore(f, cue.first, rules.phrases); // `attorneys for the family said`
  const m = head && (!found || head.span.start < found.span.start) ? head : found;
  if (!m || !descriptorsBetween(f, t.start, m.span.start)) return null;
  if (cue.first - ti > 14 && m.span.start > t.start) return null; // far off, only a speaker phrase that opens right after the quotation
  // The whole noun phrase as written: `White House press secretary Josh Earnest`.
  const speaker: SpeakerRef = { ...m, span: { start: Math.min(t.start, m.span.start), end: m.span.end } };
  return { speaker, cue, rule: 'quote-comma-name-cue', factor: 1 };
}

/**
 * `“…,” he said` / `“…?” she asked` / `“…” — X`: the quotation ends with punctuation, or a comma or dash follows; a
 * quotation that is its sentence's whole opening (`alone`) may miss its comma before a name or a pronoun (`“…” Doe said.`).
 */
export function endsUtterance(text: string, quote: Quote, after: readonly Token[], alone = false): boolean {
  if (/[,.!?;:\u2026-]['\u2019]?$/u.test(text.slice(quote.start, quote.end))) return true;
  const next = after[0];
  if (alone && next && !next.quoted && next.word && (next.cap || /^(?:he|she|they|we|i)$/u.test(next.lower))) return true;
  return !!next && (next.text === ',' || next.text === '-');
}

function cueStartingAt(f: SentenceFacts, t: Token, rules: AttributeRules): FoundCue | null {
  let i = indexOf(f, t);
  while (i < f.tokens.length && rules.gap.has(f.tokens[i]!.lower) && !f.tokens[i]!.cap) i++;
  return f.cues.find((c) => c.first === i) ?? null;
}

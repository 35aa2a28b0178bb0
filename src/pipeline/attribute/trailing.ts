import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { Quote } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { Hit, Shape } from './shape.js';
import { descriptorsBetween, isLast, sourceAfter, speakerAfter } from '../phrases/after.js';
import { speakerBefore, speakingHeadBefore } from '../phrases/before.js';
import { type SentenceFacts, type SpeakerRef, indexOf, isDash } from '../sentence-facts.js';

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
export function endsUtterance(text: string, quote: Quote, after: readonly Token[], rules: AttributeRules, alone = false): boolean {
  if (/[,.!?;:\u2026-]['\u2019]?$/u.test(text.slice(quote.start, quote.end))) return true;
  const next = after[0];
  if (alone && next && !next.quoted && next.word && (next.cap || rules.words.speakingPronouns.has(next.lower))) return true;
  return !!next && (next.text === ',' || next.text === '-');
}

function cueStartingAt(f: SentenceFacts, t: Token, rules: AttributeRules): FoundCue | null {
  let i = indexOf(f, t);
  while (i < f.tokens.length && rules.gap.has(f.tokens[i]!.lower) && !f.tokens[i]!.cap) i++;
  return f.cues.find((c) => c.first === i) ?? null;
}

/**
 * Is what follows a cue from token i only the tail of a trailing attribution (a time, a place, a medium, a hearer,
 * a work's title), so that the attribution ends there?
 */
export function isTrailingTail(f: SentenceFacts, i: number, rules: AttributeRules, limit = f.tokens.length): boolean {
  // `said Tuesday.` `said in a statement.` `told reporters.`: nothing clause-like follows before the end (the
  // sentence's, or token `limit`: `said Tuesday in Paris, noting …`).
  const toks = f.tokens;
  const next = toks[i];
  // `…, analysts say; in 2012 …`: a semicolon ends the clause. `…, Doe said, adding …`: a participle goes on with the
  // same speaker (however long the rest). `…, the county reported on Monday — a sign that …`: an aside on the whole
  // sentence ends the tail.
  if (next?.text === ';' && i < limit) return true;
  if (next?.text === ',' && i + 1 < limit && toks[i + 1] && !toks[i + 1]!.quoted && rules.words.gerundLink.has(toks[i + 1]!.lower)) return true;
  if (limit - i > 16) return false;
  let end = limit;
  for (let k = i; k < limit; k++) {
    if (!toks[k]!.quoted && isDash(toks[k]!)) {
      let d = k;
      while (toks[d] && !toks[d]!.quoted && isDash(toks[d]!)) d++;
      if (toks[d] && !toks[d]!.quoted && rules.words.determiners.has(toks[d]!.lower)) end = k;
      break;
    }
  }
  if (end === i) return true;
  const tail = toks.slice(i, end);
  if (tail.length <= 12 && plainTail(tail, rules, 7)) return true;
  if (titledWorkTail(tail, rules)) return true;
  // `said Wednesday morning on the radio`, `said, on condition of anonymity to discuss it.`: time words, then a
  // circumstance (after a comma too), with no auxiliary, run up to ten words.
  let k = 0;
  while (tail[k] && tail[k]!.word && !tail[k]!.quoted && (rules.words.timeWords.has(tail[k]!.lower) || rules.words.dayParts.has(tail[k]!.lower))) k++;
  if (tail[k]?.text === ',' && tail[k + 1] && !tail[k + 1]!.quoted && rules.circumstance.has(tail[k + 1]!.lower)) k++;
  else if (k === 0 && tail[k]?.text === ',') return false;
  const rest = tail.slice(k);
  return rest.length <= 12 && !rest.some((t) => rules.words.auxiliaries.has(t.lower)) && plainTail(rest, rules, 10, true);
}

/**
 * A tail of circumstances of at most `max` words. With `titles`, a quoted title after its first word is part of it
 * (`on MSNBC’s “Morning Call.”`): quoted words that are all capitalised.
 */
function plainTail(rest: readonly Token[], rules: AttributeRules, max: number, titles = false): boolean {
  // `he said:` introduces what follows; `continues to lead`, `volunteered to replace him`: the verb governs an infinitive.
  if (rest[0]?.text === ':' || (rest[0]?.lower === 'to' && rest[1] && rest[1].word && !rest[1].cap && !rules.words.determiners.has(rest[1].lower))) return false;
  if (!rest.some((t) => t.word)) return true; // `told The Harbour Herald.`: the hearer ended it
  const title = (t: Token, k: number) => titles && k > 0 && !rest[0]!.quoted && (!t.word || t.cap);
  if (rest.some((t, k) => t.lower === 'that' || t.text === ',' || (t.quoted && !title(t, k)) || (!t.quoted && rules.words.subjectPronouns.has(t.lower)) || /^(?:that|it|he|she|they|we|i|there|this)'/u.test(t.lower))) return false;
  const words = rest.filter((t) => t.word).length;
  const first = rest[0]!.lower;
  if (!titles && rules.words.timeWords.has(first)) return words <= 3; // `said Tuesday.`, `said last week.`
  return words <= max && rules.circumstance.has(first); // `said in a statement.`
}

/**
 * `said in his 2009 book, “A Cold Harbour.”`, `wrote in her memoir, “Late Light.”`: a circumstance that ends in a work
 * noun, a comma, then only the work's quoted title (its words capitalised but for small ones) to the sentence's end.
 */
function titledWorkTail(tail: readonly Token[], rules: AttributeRules): boolean {
  const comma = tail.findIndex((t) => t.text === ',' && !t.quoted);
  if (comma < 2 || !rules.words.workNouns.has(tail[comma - 1]!.lower) || !plainTail(tail.slice(0, comma), rules, 8)) return false;
  const rest = tail.slice(comma + 1);
  const words = rest.filter((t) => t.word);
  return words.length > 0 && words.length <= 8 && rest.every((t) => t.quoted || (!t.word && /^[.!?"'\u201c\u201d\u2018\u2019]$/u.test(t.text))) &&
    words.every((t) => t.cap || /^\d/u.test(t.text) || rules.words.titleSmallWords.has(t.lower));
}

import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Paragraph, Quote, Sentence, Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { SentenceFacts } from '../sentence-facts.js';
import type { Found, Shape } from './shape.js';
import { countWords } from '../../text/tokens.js';
import { speakerForCue } from '../phrases/cue-speaker.js';

/**
 * Quotations that carry on: an unattributed quotation after an attributed one (same speaker), one that stands
 * alone (no speaker; shown with --all), a block quotation after a colon, and a headline `Name: words`.
 */

export const CONTINUED = [
  { id: 'quote-continued', confidence: 0.85, example: '“We will win,” Doe said. “The count is wrong.”', match: continuesPrevious },
  { id: 'quote-unattributed', confidence: 0.3, example: '“We will win this time.”', match: continuesPrevious },
  { id: 'block-quote-after-colon', confidence: 0.75, example: 'Jane Doe told the paper:\n\nThe policy is wrong and it will fail.', match: blockQuotes },
  { id: 'headline-name-colon', confidence: 0.7, example: 'Gingrich: Trump Must Decide\n\nThe race goes on.', match: blockQuotes },
] as const satisfies readonly Shape[];

export function blockQuotes(input: { text: string; paragraphs: readonly Paragraph[]; quotes: readonly Quote[]; facts: readonly SentenceFacts[] }, rules: AttributeRules): Found[] {
  const out: Found[] = [];
  const { text, paragraphs, facts } = input;
  for (let i = 0; i < facts.length - 1; i++) {
    const f = facts[i]!;
    const last = f.tokens[f.tokens.length - 1];
    if (!last || last.text !== ':' || last.quoted) continue;
    const next = facts[i + 1]!;
    if (next.sentence.paragraph === f.sentence.paragraph) continue;
    const para = paragraphs[next.sentence.paragraph]!;
    if (/^["'\u201c\u2018]/u.test(text[para.start] ?? '')) continue; // a quoted paragraph: handled as a quotation
    const cue = [...f.cues].reverse()[0];
    if (!cue) continue;
    const m = speakerForCue(f, cue, rules.phrases);
    if (!m) continue;
    out.push({ content: { start: para.start, end: para.end }, type: 'direct', speaker: m, cue, rule: 'block-quote-after-colon', factor: 1, sentence: next.sentence.index });
  }
  // Headline and transcript style: `Gingrich: Trump Must Decide …`, `MATTHEWS: Well, speculation is bad`.
  const seen = new Set<number>();
  for (const f of facts) {
    const p = f.sentence.paragraph;
    if (seen.has(p)) continue;
    seen.add(p);
    const para = paragraphs[p]!;
    const m = f.mentions.find((x) => x.first <= 1 && !x.pronoun && !x.quoted);
    const colon = m ? f.tokens[m.last + 1] : undefined;
    if (!m || !colon || colon.text !== ':' || (m.kind !== 'person' && m.kind !== 'organization' && m.kind !== 'other')) continue;
    if (m.first === 1 && f.tokens[0]!.text !== '-') continue;
    if (rules.labels.has(m.name.toLowerCase()) || m.last - m.first > 5) continue;
    // Below the headline only a person or an organisation introduces a line this way (a transcript's
    // `MATTHEWS:`), not a place or a list heading (`Iowa: Tim Albrecht, …`).
    if (p > 0 && m.kind !== 'person' && m.kind !== 'organization') continue;
    const next = f.tokens[m.last + 2];
    if (!next || next.quoted || /^["'\u201c\u2018]/u.test(text[next.start] ?? '')) continue; // a quotation: handled as one
    const words = countWords(text, next.start, para.end);
    if (words < 3) continue;
    const cue: FoundCue = { start: colon.start, end: colon.end, lemma: ':', weight: 0.7, kind: 'phrase', sentence: f.sentence.index, first: m.last + 1, last: m.last + 1, form: ':' };
    const end = para.end - para.start <= 2000 ? para.end : f.sentence.end; // a transcript turn, not a 10 MB line
    out.push({ content: { start: next.start, end }, type: null, speaker: { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null }, cue, rule: 'headline-name-colon', factor: p === 0 ? 1 : 0.9, sentence: f.sentence.index });
  }
  return out;
}

/** `“…,” he said. “…”`: an unattributed quotation continues the previous quotation's speaker, in its paragraph or the next. */
export function continuesPrevious(previous: Found | null, s: SentenceFacts, facts: readonly SentenceFacts[], paragraphs: readonly Paragraph[], text: string): previous is Found {
  return !!previous && !!previous.speaker && previous.quoteEnd === previous.content.end && samePlace(facts, previous.sentence, s.sentence, paragraphs, text, previous.content);
}

function samePlace(facts: readonly SentenceFacts[], prevSentence: number, s: Sentence, paragraphs: readonly Paragraph[], text: string, prevContent: Span): boolean {
  const p = facts[prevSentence]?.sentence.paragraph;
  if (p === undefined) return false;
  if (p === s.paragraph) return true;
  // The next paragraph, when the previous claim ended its paragraph (a quotation carried on).
  if (p + 1 === s.paragraph) {
    const para = paragraphs[p]!;
    const tail = text.slice(prevContent.end, para.end);
    return tail.length < 80;
  }
  return false;
}

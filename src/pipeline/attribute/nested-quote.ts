import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Quote } from '../../types.js';
import type { FoundCue } from '../cues.js';
import { type SentenceFacts, sentenceAt } from '../sentence-facts.js';
import { findLastStartingBy } from '../../text/span.js';
import type { Found, Shape } from './shape.js';

/**
 * A quotation inside a quotation, said by someone the outer speaker quotes: `“I rang her and I said, ‘Come home
 * now.’”`. The outer claim stays whole (it is all the outer speaker's words); the inner quotation is also a claim of
 * the speaker named inside it.
 */
export const NESTED_QUOTE = [
  { id: 'nested-quote', confidence: 0.7, example: '“I rang her and I said, ‘Come home now.’ She did,” Doe said.', match: nestedQuotes },
] as const satisfies readonly Shape[];

/**
 * In each direct claim, an inner quotation (one the quote finder found inside a quotation of the other kind) right
 * after `SUBJECT [was|kept|had been] VERB [to HEARER][,:]`: SUBJECT `I`, `we` or a quantifier (`Everybody said to us:
 * ‘…’`), VERB a plain saying (NESTED_SAYINGS), not after a modal (`I would say, ‘…’` is hypothetical).
 */
export function nestedQuotes(list: readonly Found[], quotes: readonly Quote[], facts: readonly SentenceFacts[], text: string, rules: AttributeRules): Found[] {
  const inners = quotes.flatMap((q) => q.inner ?? []).sort((a, b) => a.start - b.start);
  if (inners.length === 0) return [];
  const out: Found[] = [];
  for (const o of list) {
    if (o.quoteEnd === undefined || o.speaker === null) continue;
    for (let k = findLastStartingBy(inners, o.content.start, (q) => q.start) + 1; k < inners.length && inners[k]!.start < o.content.end; k++) {
      const { open, close } = inners[k]!;
      if (!open || !close || open.start < o.content.start || close.start > o.content.end) continue;
      const i = open.start;
      // The opening mark follows a comma or a colon and a space (`I said, ‘…`, `told us: ‘…`), and a word.
      if (!/[,:]\s*$/u.test(text.slice(Math.max(o.content.start, i - 3), i)) || !/\p{L}|\p{N}/u.test(text[open.end] ?? '')) continue;
      const f = sentenceAt(facts, i);
      if (!f) continue;
      const hit = innerSpeaker(f, i, rules);
      if (!hit || close.start - open.end < 2) continue;
      const content = { start: open.end, end: close.start };
      out.push({ content, type: 'direct', speaker: hit.speaker, cue: hit.cue, rule: 'nested-quote', factor: 1, sentence: f.sentence.index, quoteEnd: content.end });
    }
  }
  return out;
}

/** The speaker and cue right before an inner quotation that opens at `at`: `I said,`, `Everybody said to us:`. */
function innerSpeaker(f: SentenceFacts, at: number, rules: AttributeRules): { speaker: NonNullable<Found['speaker']>; cue: FoundCue } | null {
  const toks = f.tokens;
  let k = toks.findIndex((t) => t.end > at) - 1; // the last token before the mark
  if (k < 0) k = toks.length - 1;
  while (k >= 0 && /^[,:]$/u.test(toks[k]!.text)) k--;
  // `said to us`, `saying to the fans`: `to` and a short hearer between the verb and the mark.
  const to = toks.slice(Math.max(0, k - 4), k + 1).findIndex((t) => t.lower === 'to');
  if (to >= 0) k = Math.max(0, k - 4) + to - 1;
  const verb = toks[k];
  if (!verb || !verb.word || verb.start < 0) return null;
  const lemma = rules.nestedSayings.get(verb.lower); // NESTED_SAYINGS
  if (!lemma) return null;
  // The subject: the mention right before the verb, with at most two auxiliaries between (`I was saying`, `I kept saying`).
  // `the city could say, ‘…’`, `I would tell them, ‘…’`: a hypothetical saying is no claim.
  if (toks.slice(Math.max(0, k - 3), k).some((t) => rules.words.hypotheticalModals.has(t.lower))) return null;
  const m = f.mentions.find((x) => x.last < k && k - x.last <= 3 && toks.slice(x.last + 1, k).every((t) => rules.words.auxiliaries.has(t.lower) || rules.words.nestedSayingGap.has(t.lower)));
  const cue: FoundCue = { start: verb.start, end: verb.end, lemma, weight: 0.9, kind: 'verb', sentence: f.sentence.index, first: k, last: k, form: verb.lower };
  // The quoted speaker's own earlier words (`I said`, `we told them`): inside a quotation `he`, `she` or a name is
  // someone the quoted speaker talks about, often a paraphrase or a voice they put on (`Sanders was like, ‘…’`).
  if (m && m.pronoun && rules.words.firstPerson.has(m.name.toLowerCase())) return { speaker: { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null }, cue };
  // `Everybody said to us: ‘…’`: a quantifier right before the verb.
  const q = toks[k - 1];
  if (q && rules.phrases.words.quantifierSpeakers.has(q.lower)) return { speaker: { span: { start: q.start, end: q.end }, mention: null, name: null, kind: null }, cue };
  return null;
}

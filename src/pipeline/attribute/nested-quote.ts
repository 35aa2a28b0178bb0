import type { AttributeRules } from '../../rules/attribute-words.js';
import type { FoundCue } from '../cues.js';
import { type SentenceFacts, sentenceAt } from '../sentence-facts.js';
import type { Found, Shape } from './shape.js';

/**
 * A quotation inside a quotation, said by someone the outer speaker quotes: `“I rang her and I said, ‘Come home
 * now.’”`. The outer claim stays whole (it is all the outer speaker's words); the inner quotation is also a claim of
 * the speaker named inside it.
 */
export const NESTED_QUOTE = [
  { id: 'nested-quote', confidence: 0.7, example: '“I rang her and I said, ‘Come home now.’ She did,” Doe said.', match: nestedQuotes },
] as const satisfies readonly Shape[];

/** The marks an inner quotation opens with, by the outer quotation's first mark, and the marks that close each. */
const INNER_OPEN: Readonly<Record<string, string>> = { '\u201c': '\u2018\'', '"': '\u2018\'', '\u2018': '\u201c"', '\'': '\u201c"' };
const CLOSE: Readonly<Record<string, string>> = { '\u2018': '\u2019', '\'': '\'', '\u201c': '\u201d', '"': '"' };

/**
 * In each direct claim, an inner quotation right after `SUBJECT [was|kept|had been] VERB [to HEARER][,:]`: SUBJECT
 * `I`, `we` or a quantifier (`Everybody said to us: ‘…’`), VERB a plain saying (NESTED_SAYINGS), not after a modal
 * (`I would say, ‘…’` is hypothetical).
 */
export function nestedQuotes(list: readonly Found[], facts: readonly SentenceFacts[], text: string, rules: AttributeRules): Found[] {
  const out: Found[] = [];
  for (const o of list) {
    if (o.quoteEnd === undefined || o.speaker === null) continue;
    const outerOpen = text[o.content.start - 1] ?? '';
    const inner = INNER_OPEN[outerOpen];
    if (!inner) continue;
    for (let i = o.content.start; i < o.content.end; i++) {
      const open = text[i]!;
      if (!inner.includes(open)) continue;
      // The opening mark follows a comma or a colon and a space (`I said, ‘…`, `told us: ‘…`), and a word (no apostrophe).
      if (!/[,:]\s*$/u.test(text.slice(Math.max(o.content.start, i - 3), i)) || !/\p{L}|\p{N}/u.test(text[i + 1] ?? '')) continue;
      // The closing mark is not an apostrophe between two letters (`Don't`, `won’t`).
      let close = text.indexOf(CLOSE[open]!, i + 2);
      while (close >= 0 && close < o.content.end && /\p{L}/u.test(text[close - 1] ?? '') && /\p{L}/u.test(text[close + 1] ?? '')) close = text.indexOf(CLOSE[open]!, close + 1);
      const end = close < 0 || close > o.content.end ? -1 : close;
      if (end < 0) continue;
      const f = sentenceAt(facts, i);
      if (!f) continue;
      const hit = innerSpeaker(f, i, rules);
      if (!hit) continue;
      const e = end;
      if (e - (i + 1) < 2) continue;
      out.push({ content: { start: i + 1, end: e }, type: 'direct', speaker: hit.speaker, cue: hit.cue, rule: 'nested-quote', factor: 1, sentence: f.sentence.index, quoteEnd: e });
      i = e;
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
  if (m && m.pronoun && /^(?:i|we)$/u.test(m.name.toLowerCase())) return { speaker: { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null }, cue };
  // `Everybody said to us: ‘…’`: a quantifier right before the verb.
  const q = toks[k - 1];
  if (q && rules.phrases.words.quantifierSpeakers.has(q.lower)) return { speaker: { span: { start: q.start, end: q.end }, mention: null, name: null, kind: null }, cue };
  return null;
}

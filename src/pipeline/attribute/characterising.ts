import type { AttributeRules, Characterising } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { Span } from '../../types.js';
import { type SentenceFacts, cueAt, firstTokenFrom, mentionAt } from '../sentence-facts.js';
import type { Shape } from './shape.js';

/**
 * Characterisations and judgements: a verb with an object and what the speaker says of it (`blasted the deal as “a
 * disgrace”`, `praised the mayor for her work`), or only its object when the verb itself judges (`blasted the plan`) or
 * rejects something said (`rejected the idea that …`). `verbCue` reads the subject; `characterisation` the rest.
 */

export const CHARACTERISING = [
  { id: 'name-cue-object-as', confidence: 0.75, example: 'Jane Doe blasted the deal as “a disgrace.”', match: characterisation },
  { id: 'name-cue-object-for', confidence: 0.7, example: 'Jane Doe praised the mayor for her work on the budget.', match: characterisation },
  { id: 'name-cue-judged-object', confidence: 0.6, example: 'Jane Doe blasted the new budget.', match: characterisation },
  { id: 'name-cue-rejected-claim', confidence: 0.7, example: 'Jane Doe rejected the idea that the office will close.', match: characterisation },
] as const satisfies readonly Shape[];

/**
 * A characterising verb's content, from token `start` (after the verb) within the reported clause `content`: the object
 * and its link (`as`, `to`, `for`, …) to the clause's end; else the object alone when the verb allows it. Null: no
 * characterisation (`dismissed the case`, `hailed a cab`, `slammed into a wall`, `rejected the bill`).
 */
export function characterisation(f: SentenceFacts, start: number, content: Span, verb: Characterising, rules: AttributeRules): { end: number; rule: string } | null {
  const linked = characterisationEnd(f, start, content, verb.links, rules);
  if (linked) return { end: content.end, rule: linked === 'as' || linked === 'to' ? 'name-cue-object-as' : 'name-cue-object-for' };
  const first = f.tokens[start];
  if (!first || (!first.word && !first.quoted) || (!first.quoted && rules.words.notObjectStart.has(first.lower) && first.lower !== 'a' && first.lower !== 'an')) return null;
  if (verb.object === 'any') return { end: content.end, rule: 'name-cue-judged-object' };
  if (verb.object === 'proposition' && propositionObject(f, start, content, rules)) return { end: content.end, rule: 'name-cue-rejected-claim' };
  return null;
}

/**
 * Does the object from token i head on a noun of something said (`the idea`, `Smith's accusations`, `criticism from
 * rivals`, `that notion`)? The head stands within six words, before any punctuation, quotation or preposition. A
 * possessed cue noun with its clause (`dismissed Crane’s claim that …`) is Crane's claim (`name-noun-that-clause`).
 */
function propositionObject(f: SentenceFacts, i: number, content: Span, rules: AttributeRules): boolean {
  const toks = f.tokens;
  for (let k = i; k < toks.length && k <= i + 6; k++) {
    const t = toks[k]!;
    if (t.start >= content.end || !t.word || t.quoted) return false;
    if (rules.propositionNouns.has(t.lower)) {
      const owner = toks[k - 1]?.lower ?? '';
      return !(k > i && cueAt(f, k)?.kind === 'noun' && toks[k + 1]?.lower === 'that' && /^(?:his|her|their|its|[\p{L}.]+['’]s?)$/u.test(owner));
    }
    if (k > i && rules.words.prepositions.has(t.lower)) return false;
  }
  return false;
}

/** `as it moved north`, `as Smith left`: after a subject pronoun, `as` opens a clause of time, not a characterisation. */
const subjectPronoun = /^(?:he|she|it|they|we|i|you|there)$/u;

/**
 * The link that ends a short object (one to twelve words before the link, no quotation, no auxiliary, no participle
 * after a name; one aside between commas, `the candidate, who is his old friend,`) and has words after it; null when
 * there is none.
 */
function characterisationEnd(f: SentenceFacts, start: number, content: Span, links: ReadonlySet<string>, rules: AttributeRules): string | null {
  const toks = f.tokens;
  let words = 0;
  let aside = false;
  for (let k = firstTokenFrom(toks, content.start); k < toks.length && k < start + 14; k++) {
    const t = toks[k]!;
    if (t.start >= content.end) return null;
    if (links.has(t.lower) && !t.quoted) return words >= 1 && toks[k + 1] !== undefined && toks[k + 1]!.start < content.end && !subjectPronoun.test(toks[k + 1]!.lower) ? t.lower : null;
    if (t.text === ',' && !aside && words >= 1) {
      const close = asideEnd(toks, k + 1);
      if (close < 0) return null;
      aside = true;
      k = close;
      continue;
    }
    // `praised former president George W. Bush for …`: a name is read whole.
    const m = t.cap ? mentionAt(f, k) : null;
    if (m && m.first === k && !m.quoted && m.last > k) { k = m.last; words++; continue; }
    if (!t.word || t.quoted || rules.words.auxiliaries.has(t.lower)) return null;
    // `portraying a young Doe wincing as guards …`: a participle after a name opens a clause, and `as` is a conjunction.
    if (words >= 1 && /ing$/u.test(t.lower) && !t.cap && toks[k - 1]!.cap) return null;
    words++;
  }
  return null;
}

/** From token i (after a comma), the comma that closes an aside of one to ten unquoted words; -1 if none. */
function asideEnd(toks: readonly Token[], i: number): number {
  for (let k = i; k < toks.length && k <= i + 10; k++) {
    const t = toks[k]!;
    if (t.text === ',') return k > i ? k : -1;
    if (!t.word || t.quoted) return -1;
  }
  return -1;
}

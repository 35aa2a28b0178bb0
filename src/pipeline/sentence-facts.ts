import type { ClauseRules } from '../rules/clause-words.js';
import type { Sentence, Span, SpeakerKind } from '../types.js';
import type { FoundCue } from './cues.js';
import type { FoundMention } from './mentions.js';
import { findLastStartingBy } from '../text/span.js';
import { type Token, countWords } from '../text/tokens.js';

/**
 * What attribution reads about one sentence (its tokens, cues and mentions), the shapes' shared records
 * (a speaker as found) and lookups by token, shared by the shapes and the speaker phrases.
 */

/** What the earlier stages found in one sentence. */
export interface SentenceFacts {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly FoundMention[];
  readonly cues: readonly FoundCue[];
}

/** A speaker as found: its span and the mention that names it (for resolution). */
export interface SpeakerRef {
  readonly span: Span;
  readonly mention: FoundMention | null; // null: a noun phrase without a known head
  readonly name: string | null; // set when inherited from an earlier claim
  readonly kind: SpeakerKind | null;
}

// A content is at most MAX_CONTENT_TOKENS and an attribution is looked for within WINDOW tokens of its quotation.
export const WINDOW = 40;

export const MAX_CONTENT_TOKENS = 400;

/** A dash standing apart as a token: `—`, `–`, or ` - ` / ` -- `. */
export function isDash(t: Token): boolean {
  return t.text === '\u2014' || t.text === '\u2013' || t.text === '-';
}

/** Are there at least n words among the first `end` tokens? (Stops as soon as there are.) */
export function atLeastWords(toks: readonly Token[], end: number, n: number): boolean {
  let count = 0;
  for (let i = 0; i < end && count < n; i++) if (toks[i]!.word) count++;
  return count >= n;
}

/**
 * Does the span hold a clause or a small clause of its own, tagger-free: a subject pronoun, an auxiliary, or a
 * verb form after its first word (`Democrats favored Clinton`, `the area welcoming`, `Trump the winner, followed by`).
 */
export function hasClause(toks: readonly Token[], span: Span, rules: ClauseRules): boolean {
  let prev: Token | null = null;
  for (let k = firstTokenFrom(toks, span.start); k < toks.length; k++) {
    const t = toks[k]!;
    if (t.end > span.end) break;
    if (t.quoted) continue;
    if (clauseSign(t, rules)) return true;
    // not after a determiner: `a commanding lead`, `the embattled senator` are adjectives
    if (prev && !rules.words.determiners.has(prev.lower) && !t.cap && /^[a-z]{3,}(?:ed|ing)$/u.test(t.lower)) return true;
    if (t.word) prev = t;
  }
  return false;
}

/** OBJECT_TAIL_WORDS, OBJECT_DETERMINERS, OBJECT_PREPOSITIONS. */
export interface ObjectWords { readonly tail: ReadonlySet<string>; readonly determiners: ReadonlySet<string>; readonly prepositions: ReadonlySet<string> }

/**
 * After a verb that also takes an object (`maintained`, `added`, `charged`), is there a clause in the words before the
 * object's tail (a comma, `as`, `even though`, `who`: `maintained her lead as they sit atop the polls`)? An object opened
 * by an article or a possessive (`a large pledged lead`) needs a subject pronoun or an auxiliary, not a participle.
 */
export function hasObjectClause(toks: readonly Token[], span: Span, rules: ClauseRules, object: ObjectWords): boolean {
  const from = firstTokenFrom(toks, span.start);
  let end = span.end;
  for (let k = from + 1; k < toks.length && toks[k]!.end <= span.end; k++) {
    const t = toks[k]!;
    if (!t.quoted && (t.text === ',' || object.tail.has(t.lower))) { end = toks[k - 1]!.end; break; }
  }
  // A participle after a preposition is a gerund or an adjective (`ways to win by appending riders`, `into advanced age`).
  const participles = !object.determiners.has(toks[from]?.lower ?? '');
  let prev: Token | null = null;
  for (let k = from; k < toks.length && toks[k]!.end <= end; k++) {
    const t = toks[k]!;
    if (t.quoted) continue;
    if (clauseSign(t, rules)) return true;
    if (participles && prev && !rules.words.determiners.has(prev.lower) && !object.prepositions.has(prev.lower) && !t.cap && /^[a-z]{3,}(?:ed|ing)$/u.test(t.lower)) return true;
    if (t.word) prev = t;
  }
  return false;
}

/**
 * Do the closing quotation marks that end at token k (one or two: `”`, `''`) follow a comma inside them, as in
 * `was “corrupt,” noting`? Then the sentence goes on after a comma, as it would after `“corrupt”, noting`.
 */
export function commaBeforeMarks(toks: readonly Token[], k: number): boolean {
  let i = k;
  while (i > k - 2 && i >= 0 && toks[i]!.quoted && (toks[i]!.text === '"' || toks[i]!.text === "'")) i--;
  return i < k && toks[i]?.text === ',';
}

/** A subject pronoun, an auxiliary or a contraction (`he's`): a clause stands here. */
export function clauseSign(t: Token, rules: ClauseRules): boolean {
  return !t.quoted && (rules.words.subjectPronouns.has(t.lower) || rules.words.auxiliaries.has(t.lower) || /^(?:he|she|they|we|i|you|it|there)'/u.test(t.lower));
}

export function sentenceAt(facts: readonly SentenceFacts[], offset: number): SentenceFacts | null {
  return facts[findLastStartingBy(facts, offset, (f) => f.sentence.start)] ?? null;
}

export function wordCount(text: string, s: Span): number {
  return countWords(text, s.start, s.end);
}

/** The index of a token of the sentence, by binary search on its start. */
export function indexOf(f: SentenceFacts, t: Token): number {
  const i = tokenIndexAtOrAfter(f, t.start);
  return f.tokens[i] === t ? i : f.tokens.indexOf(t);
}

export function tokenIndexAtOrAfter(f: SentenceFacts, offset: number): number {
  return firstTokenFrom(f.tokens, offset);
}

/** The index of the first token that starts at or after `offset` (binary search; `toks.length` if none). */
export function firstTokenFrom(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per-sentence indexes of cues and mentions by token, built once on first use. */
interface Lookup {
  readonly cueByFirst: Map<number, FoundCue>;
  readonly mentionByFirst: Map<number, FoundMention>;
  readonly mentionsByLast: Map<number, FoundMention[]>;
}

const LOOKUPS = new WeakMap<SentenceFacts, Lookup>();

function lookup(f: SentenceFacts): Lookup {
  let l = LOOKUPS.get(f);
  if (l) return l;
  l = { cueByFirst: new Map(), mentionByFirst: new Map(), mentionsByLast: new Map() };
  for (const c of f.cues) if (!l.cueByFirst.has(c.first)) l.cueByFirst.set(c.first, c);
  for (const m of f.mentions) {
    if (!l.mentionByFirst.has(m.first)) l.mentionByFirst.set(m.first, m);
    const list = l.mentionsByLast.get(m.last);
    if (list) list.push(m);
    else l.mentionsByLast.set(m.last, [m]);
  }
  LOOKUPS.set(f, l);
  return l;
}

export function cueAt(f: SentenceFacts, tokenIndex: number): FoundCue | undefined {
  return lookup(f).cueByFirst.get(tokenIndex);
}

export function mentionAt(f: SentenceFacts, tokenIndex: number): FoundMention | null {
  return lookup(f).mentionByFirst.get(tokenIndex) ?? null;
}

/** Every mention that ends at token k. */
export function mentionsEndingAt(f: SentenceFacts, k: number): readonly FoundMention[] {
  return lookup(f).mentionsByLast.get(k) ?? [];
}

/** The longest mention that ends at token k (or just before a full stop at k: `Mr.`, `Jr.`). */
export function mentionEndingAt(f: SentenceFacts, k: number): FoundMention | null {
  if (k < 0) return null;
  const l = lookup(f);
  const list = [...(l.mentionsByLast.get(k) ?? []), ...(f.tokens[k]?.text === '.' ? l.mentionsByLast.get(k - 1) ?? [] : [])];
  let best: FoundMention | null = null;
  for (const m of list) best = best && best.first < m.first ? best : m;
  return best;
}

/** A subject pronoun, an auxiliary or a contraction (`he's`): a clause stands here. */
export function hasClauseSign(toks: readonly Token[], span: Span, rules: ClauseRules): boolean {
  for (let k = firstTokenFrom(toks, span.start); k < toks.length && toks[k]!.end <= span.end; k++) if (clauseSign(toks[k]!, rules)) return true;
  return false;
}

export function lastIndexOf(toks: readonly Token[], text: string, from: number, max: number): number {
  for (let i = from; i >= Math.max(0, from - max); i--) if (toks[i]!.text === text) return i;
  return -1;
}

export function onlySpace(text: string, a: number, b: number): boolean {
  return /^\s*$/u.test(text.slice(a, b));
}

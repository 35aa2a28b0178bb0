import { isSpace as isSpaceSlow } from '../text/span.js';
import type { SentenceRules } from '../rules/abbreviations.js';

/** The sentence splitter's character classes, abbreviation lexicon and word classes (see sentences.ts). */

interface WordSet {
  readonly exact: ReadonlySet<string>;
  readonly folded: ReadonlySet<string>;
}

export interface Lexicon {
  readonly prepositive: WordSet;
  readonly number: WordSet;
  readonly month: WordSet;
  readonly time: WordSet;
  readonly timeFollowers: WordSet;
  readonly timeIntro: WordSet;
  readonly unit: WordSet;
  readonly pluralUnit: WordSet;
  readonly ending: WordSet;
  readonly company: WordSet;
  readonly starters: WordSet;
  readonly groupStarters: WordSet;
  readonly exclaimed: WordSet;
  readonly verbs: WordSet;
  readonly bullets: ReadonlySet<number>;
}

// A memo, not state: the same tables always index the same way.
const LEXICONS = new WeakMap<SentenceRules, Lexicon>();

export function lexicon(rules: SentenceRules): Lexicon {
  let lex = LEXICONS.get(rules);
  if (!lex) {
    lex = {
      prepositive: wordSet(rules.prepositive),
      number: wordSet(rules.numberAbbreviations),
      month: wordSet(rules.months),
      time: wordSet(rules.timeAbbreviations),
      timeFollowers: wordSet(rules.timeFollowers),
      timeIntro: wordSet(rules.timeIntroWords),
      unit: wordSet(rules.units),
      pluralUnit: wordSet(rules.pluralUnits),
      ending: wordSet(rules.abbreviations),
      company: wordSet(rules.companySuffixes),
      starters: wordSet(rules.sentenceStarters),
      groupStarters: wordSet(rules.groupStarters),
      exclaimed: wordSet(rules.exclaimedNames),
      verbs: wordSet(rules.attributionVerbs),
      bullets: new Set(rules.bullets.map((b) => b.charCodeAt(0))),
    };
    LEXICONS.set(rules, lex);
  }
  return lex;
}

/** An entry with a capital matches only as written; an all-lower-case entry matches in any case. */
function wordSet(words: readonly string[]): WordSet {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const w of words) (w === w.toLowerCase() ? folded : exact).add(w);
  return { exact, folded };
}

export function has(set: WordSet, word: string): boolean {
  return set.exact.has(word) || (set.folded.size > 0 && set.folded.has(word.toLowerCase()));
}

// Characters.

export const DOT = 0x2e;

export const QMARK = 0x3f;

export const EXCL = 0x21;

export const ELLIPSIS = 0x2026;

export const LBRACKET = 0x5b;

export const RBRACKET = 0x5d;

const UPPER_RE = /[\p{Lu}\p{Lt}]/u;

const LOWER_RE = /\p{Ll}/u;

const LETTER_RE = /\p{L}/u;

/** Same set as src/text/span.ts, with a fast path for the common case. */
export function isSpace(c: number): boolean {
  return c <= 0x20 ? isSpaceSlow(c) : c >= 0xa0 && isSpaceSlow(c);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isUpper(c: number): boolean {
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_RE.test(String.fromCharCode(c));
}

export function isLower(c: number): boolean {
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_RE.test(String.fromCharCode(c));
}

export function isLetter(c: number): boolean {
  return c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER_RE.test(String.fromCharCode(c));
}

export function isTerminal(c: number): boolean {
  return c === DOT || c === QMARK || c === EXCL || c === ELLIPSIS || isFullWidthStop(c);
}
/** 。！？．: they end a sentence wherever they stand, with or without a space after them. */
export function isFullWidthStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e;
}

/** Marks that may close a quotation or a bracket after a sentence's last word. */
export function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === RBRACKET || c === 0x7d ||
    c === 0x300d || c === 0x300f; // 」』
}

function isQuoteCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x300d || c === 0x300f;
}

export function isQuoteOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 0x300c || c === 0x300e; // 「『
}

export function isBracketOpener(c: number): boolean {
  return c === 0x28 || c === LBRACKET || c === 0x7b || c === 0xbf || c === 0xa1; // ( [ { ¿ ¡
}

/** Characters of the word before a full stop: `U.S`, `$1,000.50`, `N°`, `AT&T`, `O'Malley`. */
export function isStemChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === DOT || c === 0x2c || c === 0x27 || c === 0x2019 || c === 0x26 ||
    c === 0xb0 || c === 0xba || c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0x25;
}

const NUMERIC = /^[$€£]?\d[\d.,]*%?$/;

const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u; // U.S, Ph.D, W.Va, e.g

export const CLOCK = /^\d{1,2}(?:[:.]\d\d)?$/;

export const MAX_WORD = 40; // longer than any abbreviation: caps every look-behind

// One paragraph.

export const PLAIN = 0;

export const PREPOSITIVE = 1;

export const NUMBER = 2;

export const MONTH = 3;

export const TIME = 4;

export const UNIT = 5;

export const ENDING = 6;

export const INITIAL = 7;

export const MARKER = 1; // a list marker: its full stop ends nothing

export const SPLIT = 2; // a list item starts at this token

export interface Cluster {
  cs: number; // start of the closing marks
  dots: number; // full stops among them (… counts three)
  strong: boolean; // a ? or !
  term: boolean; // any sentence-ending mark
  quoteEnd: boolean; // the token ends with a closing quotation mark
}

/** The run of `. ! ? …` and closing quotes and brackets at the end of a token, `.")` or `?!`. */
export function scanCluster(text: string, s: number, e: number, cl: Cluster, from = s): void {
  let i = e;
  cl.dots = 0;
  cl.strong = false;
  cl.term = false;
  cl.quoteEnd = isQuoteCloser(text.charCodeAt(e - 1));
  let lo = s;
  while (i > lo) {
    const c = text.charCodeAt(i - 1);
    if (c === RBRACKET && !cl.term) {
      // footnotes after the mark: `martyr.[1]`, `1990.[7][8]`, `said."[a]`
      const j = footnoteStart(text, s, i);
      if (j >= 0) {
        i = j;
        continue;
      }
      // an editor's note, which opens in an earlier token: `2019.[citation needed]`
      const k = i === e ? editorialNoteStart(text, from, i) : -1;
      if (k >= 0) {
        i = k;
        lo = Math.min(lo, from);
        continue;
      }
    }
    if (c === DOT) {
      cl.dots++;
      cl.term = true;
    } else if (c === QMARK || c === EXCL || isFullWidthStop(c)) {
      cl.strong = true;
      cl.term = true;
    } else if (c === ELLIPSIS) {
      cl.dots += 3;
      cl.term = true;
    } else if (!isCloser(c)) {
      break;
    }
    i--;
  }
  cl.cs = i;
}

/**
 * The start of a footnote mark that ends at `end` (`[7]`, `[12]`, `[a]`, `[nb 1]`-less: up to four
 * letters or digits), after a sentence-ending mark or after another footnote or closing mark; else -1.
 */
export function footnoteStart(text: string, s: number, end: number): number {
  let j = end - 1;
  while (j > s && end - 1 - j < 4 && (isDigit(text.charCodeAt(j - 1)) || isLower(text.charCodeAt(j - 1)))) j--;
  if (j === end - 1 || j - 2 < s || text.charCodeAt(j - 1) !== LBRACKET) return -1;
  const before = text.charCodeAt(j - 2);
  return isTerminal(before) || isCloser(before) ? j - 1 : -1;
}

/** `[citation needed]`, `[who?]`: an editor's note of lower-case words after a sentence-ending mark, ending at `end`; else -1. */
export function editorialNoteStart(text: string, from: number, end: number): number {
  let j = end - 1;
  while (j > from && end - 1 - j < MAX_NOTE && (isLower(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 0x20 || text.charCodeAt(j - 1) === QMARK)) j--;
  if (j === end - 1 || j - 2 < from || text.charCodeAt(j - 1) !== LBRACKET || !isLower(text.charCodeAt(j))) return -1;
  const before = text.charCodeAt(j - 2);
  return isTerminal(before) || isCloser(before) ? j - 1 : -1;
}

const MAX_NOTE = 24;

/** A token that is a word before `'s` or `’s`, then only closing marks: `Ford's`, `Ford's,`. */
export function isPossessive(text: string, s: number, e: number): boolean {
  let j = e;
  while (j > s && !isLetter(text.charCodeAt(j - 1))) j--;
  const q = text.charCodeAt(j - 2);
  return j - s >= 4 && text.charCodeAt(j - 1) === 0x73 && (q === 0x27 || q === 0x2019) && isLetter(text.charCodeAt(j - 3));
}

export function stemClass(stem: string, lex: Lexicon): number {
  if (stem === '') return PLAIN;
  const c0 = stem.charCodeAt(0);
  if ((isDigit(c0) || c0 === 0x24 || c0 === 0x20ac || c0 === 0xa3) && NUMERIC.test(stem)) return PLAIN;
  if (stem.length === 1 && isUpper(c0)) return INITIAL; // before the tables: `C.` is an initial, not circa
  if (has(lex.prepositive, stem)) return PREPOSITIVE;
  if (has(lex.number, stem)) return NUMBER;
  if (has(lex.month, stem)) return MONTH;
  if (has(lex.time, stem)) return TIME;
  if (has(lex.unit, stem)) return UNIT;
  if (has(lex.ending, stem)) return ENDING;
  if (stem.length === 1) return isLower(c0) ? ENDING : PLAIN;
  if (DOTTED.test(stem)) return ENDING;
  return PLAIN;
}

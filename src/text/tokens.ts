import type { Span } from '../types.js';

/** A word or a punctuation mark of the normalised text. */
export interface Token extends Span {
  readonly text: string; // as in the normalised text
  readonly lower: string;
  readonly word: boolean; // letters or digits
  readonly cap: boolean; // starts with an upper-case letter
  readonly quoted: boolean; // inside a quotation
}

// Words keep inner apostrophes, hyphens and dots (`don't`, `e-mail`, `U.S`); a possessive `'s` stays on.
// The scanner below reads exactly this pattern (the tests hold it to it); the pattern is its definition.
export const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['.\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

// Character classes by code point: 1 letter or digit, 2 white space, 3 anything else; 0 not yet
// known (filled on first sight from the Unicode classes). ASCII is filled here.
const OTHER = 3;
const SPACE_CLASS = 2;
const WORD_CLASS = 1;
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD_CLASS : c === 32 || (c >= 9 && c <= 13) ? SPACE_CLASS : OTHER;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = BMP[cp]!;
    if (known !== 0) return known;
    const ch = String.fromCharCode(cp);
    return (BMP[cp] = LETTER_OR_DIGIT.test(ch) ? WORD_CLASS : SPACE.test(ch) ? SPACE_CLASS : OTHER);
  }
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(ch) ? WORD_CLASS : SPACE.test(ch) ? SPACE_CLASS : OTHER;
}

/** The code point at i, read no further than `end` (a pair cut by `end` is its lone first half). */
function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The end of the run of letters and digits that starts at i. */
function wordRunEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const cp = codePointAt(text, i, end);
    if (classOf(cp) !== WORD_CLASS) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Tokens of `text` between `start` and `end` (TOKEN_PATTERN over that slice, by hand: no match
 * objects, no slice of the sentence). `quoted(offset)` says whether an offset lies inside a
 * quotation. Linear in the slice.
 */
export function tokenize(text: string, start: number, end: number, quoted: (offset: number) => boolean): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const cp = codePointAt(text, i, end);
    const cls = classOf(cp);
    const width = cp > 0xffff ? 2 : 1;
    if (cls === SPACE_CLASS) { i += width; continue; }
    let j = i + width;
    if (cls === WORD_CLASS) {
      j = wordRunEnd(text, j, end);
      // `don't`, `e-mail`, `U.S`, `AT&T`: a joiner between two runs keeps them one word.
      for (;;) {
        const joiner = text.charCodeAt(j);
        if (j + 1 >= end || (joiner !== 0x27 && joiner !== 0x2e && joiner !== 0x2d && joiner !== 0x26)) break;
        if (classOf(codePointAt(text, j + 1, end)) !== WORD_CLASS) break;
        j = wordRunEnd(text, j + 1, end);
      }
    }
    const t = text.slice(i, j);
    const c = t.charCodeAt(0);
    // ASCII decides by code; other scripts by the Unicode classes.
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(t);
    out.push({ start: i, end: j, text: t, lower: t.toLowerCase(), word: cls === WORD_CLASS, cap, quoted: quoted(i) });
    i = j;
  }
  return out;
}

/** The number of runs of letters and digits between `start` and `end` (`/[\p{L}\p{N}]+/gu` matches). */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let i = start;
  while (i < end) {
    const cp = codePointAt(text, i, end);
    if (classOf(cp) === WORD_CLASS) {
      n++;
      i = wordRunEnd(text, i, end);
    } else i += cp > 0xffff ? 2 : 1;
  }
  return n;
}

/** The word without a possessive `'s` / `'`. */
export function stripPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 0x27) return word.slice(0, n - 1); // `voters'`
  if (last === 0x73 && word.charCodeAt(n - 2) === 0x27) return word.slice(0, n - 2); // `Crane's`
  return word;
}

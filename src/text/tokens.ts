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
const TOKEN = /[\p{L}\p{N}]+(?:['.\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]/u;

/**
 * Tokens of `text` between `start` and `end`. `quoted(offset)` says whether an offset lies inside a
 * quotation. Linear in the slice.
 */
export function tokenize(text: string, start: number, end: number, quoted: (offset: number) => boolean): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const s = start + m.index;
    const t = m[0];
    const c = t.charCodeAt(0);
    // ASCII decides by code; other scripts by the Unicode classes.
    const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD.test(t);
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(t);
    out.push({ start: s, end: s + t.length, text: t, lower: t.toLowerCase(), word, cap, quoted: quoted(s) });
  }
  return out;
}

/** The word without a possessive `'s` / `'`. */
export function stripPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 0x27) return word.slice(0, n - 1); // `voters'`
  if (last === 0x73 && word.charCodeAt(n - 2) === 0x27) return word.slice(0, n - 2); // `Crane's`
  return word;
}

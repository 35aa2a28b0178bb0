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
    out.push({ start: s, end: s + t.length, text: t, lower: t.toLowerCase(), word: WORD.test(t), cap: UPPER.test(t), quoted: quoted(s) });
  }
  return out;
}

/** The word without a possessive `'s` / `'`. */
export function stripPossessive(word: string): string {
  return word.replace(/'s$|'$/u, '');
}

import type { Paragraph } from '../types.js';
import { isSpace } from '../text/span.js';

/**
 * Paragraphs of the normalised text, trimmed of whitespace. Every line is a paragraph (news often
 * has no blank lines, and a headline, dateline, byline or photo credit sits on a line of its own),
 * with one exception for hard-wrapped prose: a line is joined to the next when it does not end a
 * sentence, the next starts with a lower-case word, and the run of lines so joined does end a
 * sentence (`This is a sentence\ncut off in the middle.`). The last condition keeps a lower-case
 * list (`features\ncontact manager\nevents, activities`) one item a paragraph. A blank line always
 * separates. Line breaks: LF, CRLF, CR, VT, FF, U+2028, U+2029. Linear in the text.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const afterBlank: boolean[] = [];
  const n = text.length;
  let blank = true;
  for (let i = 0; i <= n; ) {
    let j = i;
    while (j < n && !isBreak(text.charCodeAt(j))) j++;
    let s = i;
    let e = j;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      starts.push(s);
      ends.push(e);
      afterBlank.push(blank);
      blank = false;
    } else {
      blank = true;
    }
    if (j >= n) break;
    i = text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
  }

  // Right to left: `completes` says whether the run of joinable lines from line k on ends a sentence.
  const m = starts.length;
  const joinNext = new Uint8Array(m);
  let completes = false;
  for (let k = m - 1; k >= 0; k--) {
    const ends_ = endsSentence(text, starts[k]!, ends[k]!);
    const continues = k + 1 < m && !afterBlank[k + 1] && !ends_ && startsLowerCase(text, starts[k + 1]!, ends[k + 1]!);
    joinNext[k] = continues && completes ? 1 : 0;
    completes = ends_ || (continues && completes);
  }

  const out: Paragraph[] = [];
  for (let k = 0; k < m; k++) {
    const start = starts[k]!;
    while (joinNext[k] === 1) k++;
    out.push({ start, end: ends[k]!, index: out.length });
  }
  return out;
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029;
}

/** The line's last mark, past closing quotes and brackets, is `.`, `!`, `?` or `…`. */
function endsSentence(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && CLOSERS.includes(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  return i > start && (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026);
}
const CLOSERS = [0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29, 0x5d, 0x7d]; // " ' ” ’ » ) ] }

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** The line opens with a lower-case word: no capital in it (`iPhone`) and not a list marker (`a.`, `iv)`). */
function startsLowerCase(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 0x80 ? c < 0x61 || c > 0x7a : !LOWER.test(text[start]!)) return false;
  let e = start + 1;
  let letters = true;
  for (; e < end && e - start < 40; e++) {
    const d = text.charCodeAt(e);
    if (isSpace(d)) break;
    if (d < 0x80 ? d >= 0x41 && d <= 0x5a : UPPER.test(text[e]!)) return false;
    if (letters && !(d >= 0x61 && d <= 0x7a)) {
      letters = false;
      // `a.`, `iv)`: a list marker
      if ((d === 0x2e || d === 0x29) && e - start <= 4 && (e + 1 >= end || isSpace(text.charCodeAt(e + 1)))) return false;
    }
  }
  return true;
}

import type { Paragraph } from '../types.js';
import { isSpace } from '../text/span.js';

/**
 * Paragraphs of the normalised text, trimmed of whitespace. Every line is a paragraph (news often
 * has no blank lines, and a headline, dateline, byline or photo credit sits on a line of its own),
 * with two exceptions for hard-wrapped prose:
 * - in any text, a line is joined to the next when it does not end a sentence, the next starts with
 *   a lower-case word, and the run of lines so joined does end a sentence (`This is a sentence\ncut
 *   off in the middle.`). The last condition keeps a lower-case list (`features\ncontact manager\n
 *   events, activities`) one item a paragraph;
 * - in a hard-wrapped text (wire copy, e-mail, plain-text exports: see `wrapWidth`), a line is joined
 *   to the next when the next is not indented further than the text's body lines and the line is full
 *   (the next line's first word would not have fitted on it) or, when the text marks paragraphs by
 *   indentation, does not end a sentence. So paragraphs there are separated by blank lines or by
 *   indentation, whatever the case of the next line.
 * A blank line always separates. Line breaks: LF, CRLF, CR, VT, FF, U+2028, U+2029. Linear in the text.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const afterBlank: boolean[] = [];
  const indents: number[] = [];
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
      indents.push(s - i);
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
  const wrap = wrapLayout(text, starts, ends, indents, afterBlank);
  if (wrap) {
    for (let k = 0; k + 1 < m; k++) {
      if (joinNext[k] === 1 || afterBlank[k + 1] || indents[k + 1]! > wrap.indent) continue;
      if (startsItem(text, starts[k + 1]!)) continue;
      const width = indents[k]! + ends[k]! - starts[k]!;
      const full = width + 1 + firstWord(text, starts[k + 1]!, ends[k + 1]!) > wrap.width - WRAP_SLACK;
      if (full || (wrap.indented && !endsSentence(text, starts[k]!, ends[k]!))) joinNext[k] = 1;
    }
  }

  const out: Paragraph[] = [];
  for (let k = 0; k < m; k++) {
    const start = starts[k]!;
    while (joinNext[k] === 1) k++;
    out.push({ start, end: ends[k]!, index: out.length });
  }
  return out;
}

/** A text is hard-wrapped when it has enough lines, most of them about as long as the longest. */
const WRAP_MIN_LINES = 8;
const WRAP_MIN_WIDTH = 40; // wrapping narrower than this is verse or a list, not prose
const WRAP_MAX_WIDTH = 100; // wider lines are paragraphs, not wrapped lines
const WRAP_SLACK = 6; // wrappers break a little before the width (hyphens, trailing spaces)

interface WrapLayout {
  readonly width: number; // the wrap width: the longest ordinary line
  readonly indent: number; // the body lines' indentation: a line indented further opens a paragraph
  readonly indented: boolean; // paragraphs are marked by indenting their first line
}

/**
 * Whether the lines look hard-wrapped, and at what width: the 90th-percentile line width is
 * between 40 and 100 columns, the median line is within 20 columns of it, and (unless paragraphs
 * are marked by indentation) at least half the lines followed by another end in mid-sentence.
 * Widths count the indentation (the text is normalised, so a tab is one space).
 */
function wrapLayout(text: string, starts: readonly number[], ends: readonly number[], indents: readonly number[], afterBlank: readonly boolean[]): WrapLayout | null {
  const m = starts.length;
  if (m < WRAP_MIN_LINES) return null;
  const widths = starts.map((s, k) => indents[k]! + ends[k]! - s).sort((a, b) => a - b);
  const p90 = widths[Math.floor(0.9 * (m - 1))]!;
  const p50 = widths[Math.floor(0.5 * (m - 1))]!;
  if (p90 < WRAP_MIN_WIDTH || p90 > WRAP_MAX_WIDTH || p50 < p90 - 20) return null;
  let width = 0;
  for (const w of widths) if (w <= p90 + 12) width = w;
  // The body indentation: the commonest among lines that follow a line.
  const counts = new Map<number, number>();
  for (let k = 1; k < m; k++) if (!afterBlank[k]) counts.set(indents[k]!, (counts.get(indents[k]!) ?? 0) + 1);
  let indent = 0;
  let best = -1;
  for (const [i, c] of counts) if (c > best || (c === best && i < indent)) [indent, best] = [i, c];
  let opened = 0;
  for (let k = 1; k < m; k++) if (!afterBlank[k] && indents[k]! > indent) opened++;
  const indented = opened >= 2;
  if (!indented) {
    // Without indented paragraphs, wrapped lines mostly end mid-sentence; one-sentence paragraphs
    // of similar length do not.
    let followed = 0;
    let midSentence = 0;
    for (let k = 0; k + 1 < m; k++) {
      if (afterBlank[k + 1]) continue;
      followed++;
      if (!endsSentence(text, starts[k]!, ends[k]!)) midSentence++;
    }
    if (midSentence * 2 < followed) return null;
  }
  return { width, indent, indented };
}

/** The length of the line's first word (up to a space). */
function firstWord(text: string, start: number, end: number): number {
  let e = start;
  while (e < end && !isSpace(text.charCodeAt(e))) e++;
  return e - start;
}

/** The line opens a list item or a table row: `- `, `* `, `• `, `1. `, `2) `, `|`. */
function startsItem(text: string, start: number): boolean {
  return /^(?:[-*\u2022+|>](?:\s|$)|\d{1,2}[.)]\s)/u.test(text.slice(start, start + 4));
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

import { isSpace as isSpaceSlow } from '../text/span.js';
import { DOT, EXCL, LBRACKET, QMARK, RBRACKET, footnoteStart, isFullWidthStop, isBracketOpener, isCloser, isDigit, isLetter, isLower, isSpace, isTerminal, isUpper } from './sentence-chars.js';

/** The sentence splitter's one pass over a paragraph: tokens, and the spans of quotations and brackets that protect their marks. */

const SPACE = 1;

const MARK = 2; // . ? !

const PAIR = 3; // quotation marks and brackets

/** One class per UTF-16 unit, so the scan does one look-up for a letter. Built once, never changed. */
const CHAR = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isSpaceSlow(c)) t[c] = SPACE;
  for (const c of [DOT, QMARK, EXCL, 0x3002, 0xff01, 0xff1f, 0xff0e]) t[c] = MARK;
  for (const c of [0x22, 0x27, 0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0xab, 0xbb, 0x300c, 0x300d, 0x300e, 0x300f, 0x28, 0x29, LBRACKET, RBRACKET]) t[c] = PAIR;
  return t;
})();

/**
 * One pass over a paragraph: its whitespace-separated tokens (into ts, te), the marks with no space
 * after them that may still end a sentence (into inner: `world.Today`), and, returned, the spans `[open, close]` (indices of the marks) inside which no
 * sentence may end: closed double quotations, single quotations that close after `. , ! ?`, and
 * brackets that open inside a sentence, all within the paragraph; sorted and merged into a flat list.
 * A straight `"` opens after a space or an opening mark and closes before a space or punctuation; an
 * opening mark with no closing one protects nothing.
 */
export function scanParagraph(text: string, start: number, end: number, ts: number[], te: number[], inner: number[]): number[] {
  ts.length = 0;
  te.length = 0;
  inner.length = 0;
  const pairs: number[] = [];
  let s = -1;
  let dq = -1;
  let sq = -1;
  let round = 0;
  let roundAt = -1;
  let square = 0;
  let squareAt = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = CHAR[c]!;
    if (k === 0) {
      if (s < 0) s = i;
      continue;
    }
    if (k === SPACE) {
      if (s >= 0) {
        ts.push(s);
        te.push(i);
        s = -1;
      }
      continue;
    }
    if (s < 0) s = i;
    if (k === MARK) {
      if (i > s && i + 2 < end && isUpper(text.charCodeAt(i + 1)) && isLower(text.charCodeAt(i + 2))) inner.push(i);
      else if (isFullWidthStop(c) && i + 1 < end && CHAR[text.charCodeAt(i + 1)] === 0 && !isFullWidthStop(text.charCodeAt(i + 1))) inner.push(i);
      continue;
    }
    // two apostrophes stand for a double quotation mark (``…'' after normalise(), and NYT's ''…'')
    const doubled = c === 0x27 && i + 1 < end && text.charCodeAt(i + 1) === 0x27;
    switch (doubled ? 0x22 : c) {
      case 0x22: {
        const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
        const after = doubled ? i + 2 : i + 1;
        const next = after < end ? text.charCodeAt(after) : 0x20;
        if (doubled) i++;
        const opening = isSpace(prev) || isOpeningContext(prev);
        // `". . . You're going to`: a quotation may open on an ellipsis
        const closing = (isSpace(next) || isClosingContext(next)) &&
          !(opening && next === DOT && (isSpace(text.charCodeAt(after + 1)) || text.charCodeAt(after + 1) === DOT));
        if (opening && !closing) dq = i;
        else if (dq >= 0 && !opening && (closing || isTerminal(prev) || prev === 0x2c)) {
          pairs.push(dq, i);
          dq = -1;
        }
        break;
      }
      case 0x201c: case 0x201e: case 0xab: case 0x300c: case 0x300e: // “ „ « 「 『
        dq = i;
        break;
      case 0x201d: case 0xbb: case 0x300d: case 0x300f:
        if (dq >= 0) {
          pairs.push(dq, i);
          dq = -1;
        }
        break;
      case 0x27: case 0x2018: case 0x2019: {
        const prev = i > start ? text.charCodeAt(i - 1) : 0x20;
        const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
        if (c === 0x2018 || (c === 0x27 && (isSpace(prev) || isOpeningContext(prev)) && isLetter(next))) sq = i;
        else if (sq >= 0 && (isTerminal(prev) || prev === 0x2c) && !isLetter(next) && !isDigit(next)) {
          pairs.push(sq, i);
          sq = -1;
        }
        break;
      }
      case 0x28:
        if (round++ === 0) roundAt = opensSentence(text, start, i) ? -1 : i;
        break;
      case 0x29:
        if (round > 0 && --round === 0 && roundAt >= 0) pairs.push(roundAt, i);
        break;
      case LBRACKET:
        if (square++ === 0) squareAt = opensSentence(text, start, i) ? -1 : i;
        break;
      case RBRACKET:
        if (square > 0 && --square === 0 && squareAt >= 0) pairs.push(squareAt, i);
        // `1990.[7]This`: a footnote mark glued to the next sentence
        if (i + 2 < end && isUpper(text.charCodeAt(i + 1)) && isLower(text.charCodeAt(i + 2)) && footnoteStart(text, start, i + 1) >= 0) inner.push(i);
        break;
      default:
        break;
    }
  }
  if (s >= 0) {
    ts.push(s);
    te.push(end);
  }
  return mergeRanges(pairs);
}

function mergeRanges(pairs: number[]): number[] {
  if (pairs.length <= 2) return pairs;
  const order: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) order.push(k);
  order.sort((a, b) => pairs[a]! - pairs[b]!);
  const merged: number[] = [];
  for (const k of order) {
    const o = pairs[k]!;
    const c = pairs[k + 1]!;
    const m = merged.length;
    if (m > 0 && o <= merged[m - 1]!) merged[m - 1] = Math.max(merged[m - 1]!, c);
    else merged.push(o, c);
  }
  return merged;
}

/**
 * The bracket at i opens the paragraph or follows a sentence-ending mark, and what it holds does not
 * start in lower case, so it holds sentences of their own (`(Why did he? Did she?)`), not a remark
 * inside one (`science (He worked.) at`).
 */
function opensSentence(text: string, start: number, i: number): boolean {
  if (isLower(text.charCodeAt(i + 1))) return false; // `(and she tried …)` goes on with the sentence
  let j = i;
  while (j > start && i - j < 8 && isSpace(text.charCodeAt(j - 1))) j--;
  if (j === start) return true;
  if (j === i) return false;
  while (j > start && i - j < 16 && isCloser(text.charCodeAt(j - 1))) j--;
  return j > start && isTerminal(text.charCodeAt(j - 1));
}

function isOpeningContext(c: number): boolean {
  return isBracketOpener(c) || c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0x2f || c === 0x201c || c === 0x2018;
}

function isClosingContext(c: number): boolean {
  return isTerminal(c) || isCloser(c) || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2d || c === 0x2014 || c === 0x2013;
}

// Lists.

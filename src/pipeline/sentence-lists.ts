import { DOT, type Lexicon, MARKER, MAX_WORD, MONTH, NUMBER, PREPOSITIVE, SPLIT, isCloser, isDigit, isTerminal, isUpper, stemClass } from './sentence-chars.js';

/** Lists inside a paragraph (`1.) … 2.) …`, `a. … b. …`, `• … •`): the sentence splitter splits before each marker. */

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

interface Marker {
  readonly num: number; // 1. 2) 3.)
  readonly alpha: number; // a. b)
  readonly roman: number; // i. ii)
  readonly punct: string; // the marks around it, and for letters their case: `.`, `)`, `.)`, `()`, `A.`, `a)`
}

/** `1.`, `2)`, `3.)`, `(4)`, `a.`, `B)`, `iv)`, `IV.`: a list marker, or null. */
function parseMarker(text: string, s: number, e: number): Marker | null {
  const z = text.charCodeAt(e - 1);
  if (e - s > 8 || e - s < 2 || (z !== DOT && z !== 0x29)) return null;
  let i = s;
  const paren = text.charCodeAt(i) === 0x28;
  if (paren) i++;
  const b = i;
  while (i < e && isDigit(text.charCodeAt(i))) i++;
  let num = -1;
  let alpha = -1;
  let roman = -1;
  let case_ = ''; // alpha and roman markers keep to one case
  if (i > b) {
    if (i - b > 3) return null;
    num = Number(text.slice(b, i));
  } else {
    const upper = isUpper(text.charCodeAt(i));
    while (i < e && (text.charCodeAt(i) | (upper ? 0x20 : 0)) >= 0x61 && (text.charCodeAt(i) | (upper ? 0x20 : 0)) <= 0x7a) i++;
    if (i === b || i - b > 5) return null;
    const w = text.slice(b, i);
    if (upper ? w !== w.toUpperCase() : w !== w.toLowerCase()) return null;
    const lower = w.toLowerCase();
    if (w.length === 1) alpha = lower.charCodeAt(0) - 0x60;
    roman = ROMAN.indexOf(lower) + 1 || -1;
    if (alpha < 0 && roman < 0) return null;
    case_ = upper ? 'A' : 'a';
  }
  const punct = text.slice(i, e);
  if (paren ? punct !== ')' : punct !== '.' && punct !== ')' && punct !== '.)') return null;
  return { num, alpha, roman, punct: case_ + (paren ? '()' : punct) };
}

/**
 * Per token: MARKER for a list marker (its full stop ends nothing), SPLIT where a list item starts.
 * A paragraph that opens with a bullet splits at each later one of the same bullet. Otherwise a list
 * is a marker (`1.`, `a)`, `iv.`) followed by the next one in sequence (`2.`, `b)`, `v.`): the first
 * opens the paragraph (any number: `9. … 10. …`), or is a `1`, `a` or `i` after a colon or a sentence
 * end (`Here is a list: 1) one 2) two`); an enumeration inside a sentence (`would 1) cut taxes,
 * 2) raise …`) is left alone. Null when the paragraph has no list.
 */
export function listFlags(text: string, ts: readonly number[], te: readonly number[], lex: Lexicon): Uint8Array | null {
  const n = ts.length;
  if (n === 0) return null;
  const c0 = text.charCodeAt(ts[0]!);
  if (lex.bullets.has(c0)) return bulletFlags(text, ts, te, c0);
  let flags: Uint8Array | null = null;
  let m: Marker | null = null; // the current list's first marker
  let mTok = -1; // its token, until a second marker confirms the list
  let expNum = -1;
  let expAlpha = -1;
  let expRoman = -1;
  for (let u = 0; u < n; u++) {
    const k = parseMarker(text, ts[u]!, te[u]!);
    if (k === null) continue;
    if (m !== null && k.punct === m.punct) {
      let next = true;
      if (k.num >= 0 && k.num === expNum) {
        expNum++;
        expAlpha = expRoman = -1;
      } else if (k.alpha >= 0 && k.alpha === expAlpha) {
        expAlpha++;
        expNum = expRoman = -1;
      } else if (k.roman >= 0 && k.roman === expRoman) {
        expRoman++;
        expNum = expAlpha = -1;
      } else {
        next = false;
      }
      if (next) {
        flags ??= new Uint8Array(n);
        if (mTok > 0) flags[mTok] = SPLIT | MARKER;
        mTok = -1;
        flags[u] = SPLIT | MARKER;
        continue;
      }
    }
    const first = u === 0 || ((k.num === 1 || k.alpha === 1 || k.roman === 1) && opensList(text, ts[u - 1]!, te[u - 1]!, lex));
    if (!first) continue;
    m = k;
    mTok = u;
    expNum = k.num >= 0 ? k.num + 1 : -1;
    expAlpha = k.alpha >= 0 ? k.alpha + 1 : -1;
    expRoman = k.roman >= 0 ? k.roman + 1 : -1;
    if (u === 0) {
      flags ??= new Uint8Array(n);
      flags[0] = MARKER; // a paragraph that opens `1.` does not end there, list or not
    }
  }
  return flags;
}

/** The token before a list's first marker ends with a colon or a sentence-ending mark (not `No.`). */
function opensList(text: string, s: number, e: number, lex: Lexicon): boolean {
  let i = e;
  while (i > s && isCloser(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  if (i <= s || (c !== 0x3a && !isTerminal(c))) return false;
  if (c !== DOT || i !== e || e - s > MAX_WORD) return true;
  const cls = stemClass(text.slice(s, e - 1), lex);
  return cls !== NUMBER && cls !== PREPOSITIVE && cls !== MONTH;
}

/** `• 9. The first item • 10. The second item`: a split before each bullet like the first. */
function bulletFlags(text: string, ts: readonly number[], te: readonly number[], bullet: number): Uint8Array {
  const n = ts.length;
  const flags = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    const s = ts[u]!;
    if (text.charCodeAt(s) !== bullet) continue;
    if (u > 0) flags[u] = SPLIT;
    if (te[u]! - s > 1) {
      if (parseMarker(text, s + 1, te[u]!) !== null) flags[u] = flags[u]! | MARKER;
    } else if (u + 1 < n && parseMarker(text, ts[u + 1]!, te[u + 1]!) !== null) {
      flags[u + 1] = MARKER;
    }
  }
  return flags;
}

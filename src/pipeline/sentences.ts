import type { Paragraph, Sentence } from '../types.js';
import type { SentenceRules } from '../rules/abbreviations.js';
import { isSpace as isSpaceSlow } from '../text/span.js';

/**
 * Sentences of each paragraph, in document order, trimmed, tiling the paragraph with only whitespace
 * between them. Never across paragraphs.
 *
 * One pass per paragraph finds its whitespace-separated tokens and the spans that protect their
 * marks: a closed quotation (`She said "no. Never." and left.` is one sentence) and a bracket inside
 * a sentence (`science (He worked there.) at`). A list (`1.) … 2.) …`, `a. … b. …`, `• … •`) splits
 * before each marker. Then, at every token that ends with `.`, `!`, `?` or `…` (past closing quotes,
 * brackets and a footnote `[1]`), the word before the mark and the word after it decide:
 * - a lower-case word after never starts a sentence (`Jane and co. at`, `"Absurd." she said`), nor
 *   does a dash or a token of marks alone (`voila! -- you`, `! ! !`, `true. ... He`);
 * - `!` and `?` end it, unless a quotation closes on them and a name and a speech verb follow
 *   (`"Why?" Smith asked.`);
 * - `...` and `…` end it before a capital; a spaced `. . .` does not, a fourth full stop does
 *   (`period . . . . Next`); `word. . . . Next` ends after `word.` and the next sentence opens `. . .`;
 * - a single full stop ends it unless the word before is an abbreviation whose class (see
 *   src/rules/abbreviations.ts) says otherwise, or an initial (`John F. Kennedy`, but `you and I. Did`).
 * A `.`, `?` or `!` with no space after it ends a sentence when a capitalised word follows
 * (`world.Today`), except in URLs, e-mail addresses and dotted abbreviations (`U.S.Army`).
 * Linear in the text: each character is scanned once, each token looked at a bounded number of times,
 * and every look-behind is capped.
 */
export function splitSentences(text: string, paragraphs: readonly Paragraph[], rules: { sentences: SentenceRules }): Sentence[] {
  const lex = lexicon(rules.sentences);
  const out: Sentence[] = [];
  const split = paragraphSplitter(text, lex, out);
  for (const p of paragraphs) split(p);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The rule tables, indexed once per table object.

interface WordSet {
  readonly exact: ReadonlySet<string>;
  readonly folded: ReadonlySet<string>;
}
interface Lexicon {
  readonly prepositive: WordSet;
  readonly number: WordSet;
  readonly month: WordSet;
  readonly time: WordSet;
  readonly timeFollowers: WordSet;
  readonly timeIntro: WordSet;
  readonly unit: WordSet;
  readonly ending: WordSet;
  readonly starters: WordSet;
  readonly exclaimed: WordSet;
  readonly verbs: WordSet;
  readonly bullets: ReadonlySet<number>;
}

// A memo, not state: the same tables always index the same way.
const LEXICONS = new WeakMap<SentenceRules, Lexicon>();

function lexicon(rules: SentenceRules): Lexicon {
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
      ending: wordSet(rules.abbreviations),
      starters: wordSet(rules.sentenceStarters),
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

function has(set: WordSet, word: string): boolean {
  return set.exact.has(word) || (set.folded.size > 0 && set.folded.has(word.toLowerCase()));
}

// ---------------------------------------------------------------------------------------------
// Characters.

const DOT = 0x2e;
const QMARK = 0x3f;
const EXCL = 0x21;
const ELLIPSIS = 0x2026;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

const UPPER_RE = /[\p{Lu}\p{Lt}]/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;

/** Same set as src/text/span.ts, with a fast path for the common case. */
function isSpace(c: number): boolean {
  return c <= 0x20 ? isSpaceSlow(c) : c >= 0xa0 && isSpaceSlow(c);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isUpper(c: number): boolean {
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_RE.test(String.fromCharCode(c));
}
function isLower(c: number): boolean {
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_RE.test(String.fromCharCode(c));
}
function isLetter(c: number): boolean {
  return c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER_RE.test(String.fromCharCode(c));
}
function isTerminal(c: number): boolean {
  return c === DOT || c === QMARK || c === EXCL || c === ELLIPSIS || isFullWidthStop(c);
}
/** 。！？．: they end a sentence wherever they stand, with or without a space after them. */
function isFullWidthStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e;
}
/** Marks that may close a quotation or a bracket after a sentence's last word. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === RBRACKET || c === 0x7d;
}
function isQuoteCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb;
}
function isQuoteOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab;
}
function isBracketOpener(c: number): boolean {
  return c === 0x28 || c === LBRACKET || c === 0x7b || c === 0xbf || c === 0xa1; // ( [ { ¿ ¡
}
/** Characters of the word before a full stop: `U.S`, `$1,000.50`, `N°`, `AT&T`, `O'Malley`. */
function isStemChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === DOT || c === 0x2c || c === 0x27 || c === 0x2019 || c === 0x26 ||
    c === 0xb0 || c === 0xba || c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0x25;
}

const NUMERIC = /^[$€£]?\d[\d.,]*%?$/;
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u; // U.S, Ph.D, W.Va, e.g
const CLOCK = /^\d{1,2}(?:[:.]\d\d)?$/;
const MAX_WORD = 40; // longer than any abbreviation: caps every look-behind

// ---------------------------------------------------------------------------------------------
// One paragraph.

const PLAIN = 0;
const PREPOSITIVE = 1;
const NUMBER = 2;
const MONTH = 3;
const TIME = 4;
const UNIT = 5;
const ENDING = 6;
const INITIAL = 7;

const END = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const OTHER = 4;

interface Next {
  readonly kind: number;
  readonly word: string; // its leading letters, for UPPER and LOWER
  readonly quoteLed: boolean;
  readonly dash?: boolean; // the token opens with a dash or has no letter, digit or emoji: no sentence starts there
  readonly ellipsis?: boolean; // the token opens with a full stop, after any opening marks: `. . .`, `". . .`
}
const END_NEXT: Next = { kind: END, word: '', quoteLed: false };

function titleCase(word: string): string {
  return word.length > 1 ? word[0] + word.slice(1).toLowerCase() : word;
}
function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff; // emoji and other astral characters count as words
}
function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2212;
}

const MARKER = 1; // a list marker: its full stop ends nothing
const SPLIT = 2; // a list item starts at this token

/**
 * A function that splits one paragraph of `text` into `out`. Made once per document so that its
 * helpers and buffers are not made again for every paragraph; all its state is local to the call
 * of splitSentences.
 */
function paragraphSplitter(text: string, lex: Lexicon, out: Sentence[]): (para: Paragraph) => void {
  const ts: number[] = []; // token starts
  const te: number[] = []; // token ends
  const inner: number[] = [];
  let ranges: number[] = [];
  let p: Paragraph = { start: 0, end: 0, index: 0 };
  let n = 0; // tokens
  let flags: Uint8Array | null = null;
  let segStart = 0; // where the current sentence starts
  let sentTok = 0; // its first token
  let r = 0; // first range that may hold a later position
  let urlTok = -1;
  let urlVal = false;

  const emit = (end: number): void => {
    if (end <= segStart || end >= p.end) return;
    let s = segStart;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length, paragraph: p.index });
    segStart = end;
  };
  // Positions are asked in increasing order, so one pointer walks the sorted ranges.
  const isProtected = (pos: number): boolean => {
    while (r < ranges.length && ranges[r + 1]! < pos) r += 2;
    return r < ranges.length && ranges[r]! < pos && pos <= ranges[r + 1]!;
  };
  const isUrl = (t: number): boolean => {
    if (urlTok !== t) {
      urlTok = t;
      urlVal = false;
      const s = ts[t]!;
      const e = te[t]!;
      for (let i = s; i < e && !urlVal; i++) {
        const c = text.charCodeAt(i);
        urlVal = c === 0x40 || (c === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f);
      }
      if (!urlVal && e - s > 4) urlVal = text.slice(s, s + 4).toLowerCase() === 'www.';
    }
    return urlVal;
  };
  const next = (u: number): Next => {
    if (u >= n) return END_NEXT;
    let i = ts[u]!;
    const e = te[u]!;
    let quoteLed = false;
    for (; i < e; i++) {
      const c = text.charCodeAt(i);
      if (isQuoteOpener(c)) quoteLed = true;
      else if (!isBracketOpener(c)) break;
    }
    if (i >= e) return { kind: OTHER, word: '', quoteLed };
    const c = text.charCodeAt(i);
    if (isDigit(c) || c === 0x24 || c === 0x20ac || c === 0xa3) return { kind: DIGIT, word: '', quoteLed };
    const up = isUpper(c);
    if (c === DOT) {
      // `. . . You're` and `". . . I` open the next sentence; a bare `...` or `…` stays with the last one
      const bare = !quoteLed && i + 1 < e && text.charCodeAt(i + 1) === DOT;
      return { kind: OTHER, word: '', quoteLed, ellipsis: true, dash: bare };
    }
    if (c === ELLIPSIS && !quoteLed) return { kind: OTHER, word: '', quoteLed, dash: true };
    if (!up && !isLower(c)) {
      // a token of marks only (`! ! !`, `. -- .`) goes on with the sentence, like a dash
      let wordless = true;
      for (let j = i; j < e && j - i < MAX_WORD && wordless; j++) wordless = !isLetter(text.charCodeAt(j)) && !isDigit(text.charCodeAt(j)) && !isSurrogate(text.charCodeAt(j));
      return { kind: OTHER, word: '', quoteLed, dash: isDash(c) || wordless };
    }
    let j = i + 1;
    let camel = false;
    for (; j < e && j - i < MAX_WORD; j++) {
      const d = text.charCodeAt(j);
      if (!isLetter(d)) break;
      if (!up && !camel && isUpper(d)) camel = true; // iPhone, eBay: capitalised all the same
    }
    return { kind: up || camel ? UPPER : LOWER, word: text.slice(i, j), quoteLed };
  };
  const startsSentence = (nx: Next): boolean =>
    nx.kind === UPPER ? nx.quoteLed || has(lex.starters, nx.word) || has(lex.starters, titleCase(nx.word)) : nx.ellipsis === true && nx.quoteLed;
  const firstIsLower = (t: number): boolean => next(t).kind === LOWER;
  const isNumberToken = (t: number): boolean => t >= 0 && isDigit(text.charCodeAt(ts[t]!));

  /** Class of the word before a full stop at `cs` in token t. */
  const classify = (t: number, cs: number): { cls: number; stem: string } => {
    const lo = Math.max(ts[t]!, segStart);
    let i = cs;
    while (i > lo && cs - i < MAX_WORD && isStemChar(text.charCodeAt(i - 1))) i--;
    if (i > lo && cs - i >= MAX_WORD) return { cls: PLAIN, stem: '' };
    if (i > lo) {
      const b = text.charCodeAt(i - 1);
      if (b === 0x40 || b === 0x2f || b === 0x3a) return { cls: PLAIN, stem: '' }; // e-mail, URL
    }
    while (i < cs && (text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019)) i++;
    const stem = text.slice(i, cs);
    return { cls: stemClass(stem, lex), stem };
  };

  /** Does a sentence end after token t, whose closing marks start at cs? */
  const endsAt = (t: number, cl: Cluster): boolean => {
    const nx = next(t + 1);
    if (nx.kind === END || nx.kind === LOWER || nx.dash) return false; // `voila! -- you have cake`, `! ! !`
    if (cl.strong) {
      // `Yahoo! News`: a name written with a `!` goes on unless a sentence starter follows
      if (cl.dots === 0 && text.charCodeAt(cl.cs) === EXCL && cl.cs + 1 === te[t]! && has(lex.exclaimed, classify(t, cl.cs).stem)) return startsSentence(nx);
      return !(cl.quoteEnd && nx.kind === UPPER && attributionFollows(t + 1));
    }
    // `...` ends a sentence before a capital (`paused... Then`); `[...]` elides
    if (cl.dots >= 2) return nx.kind === UPPER && !(cl.cs > ts[t]! && isBracketOpener(text.charCodeAt(cl.cs - 1)));
    const { cls, stem } = classify(t, cl.cs);
    switch (cls) {
      case PREPOSITIVE:
        return false;
      case NUMBER:
        return nx.kind !== DIGIT;
      case MONTH:
        return nx.kind !== DIGIT && startsSentence(nx);
      case TIME:
        // `9 p.m. He left`, `9 p.m. 300 people came`, but `9 p.m. Tuesday`, `9 a.m. ET`, `At 9 a.m. Mr. Smith left`
        if (nx.kind === UPPER ? has(lex.timeFollowers, nx.word) : nx.kind !== DIGIT) return false;
        return !timeOpensSentence(t);
      case UNIT: // `6 ft. tall`; without a number before it, `Ft. Worth` is Fort
        return isNumberToken(t - 1) || has(lex.ending, stem) ? startsSentence(nx) : true;
      case ENDING:
        return startsSentence(nx);
      case INITIAL:
        // `you and I. Did` ends; `Albert I. Jones`, `John F. Kennedy`, `said J. Smith` do not; `98.6 F.` is a unit
        if (isNumberToken(t - 1) && t - 1 >= sentTok) return startsSentence(nx);
        if (t - 1 < sentTok || !firstIsLower(t - 1)) return false;
        return stem === 'I' ? nx.kind === UPPER : startsSentence(nx);
      default:
        return true;
    }
  };
  /** `"Why?" Smith asked`, `"No!" Sen. John Doe said`: up to four capitalised words (not `He`), then a speech verb. */
  const attributionFollows = (u: number): boolean => {
    for (let v = u; v < n && v < u + 5; v++) {
      const nx = next(v);
      if (v === u && has(lex.starters, nx.word) && !has(lex.prepositive, nx.word)) return false; // `"Why?" They said`
      if (nx.kind === UPPER) continue;
      return v > u && nx.kind === LOWER && has(lex.verbs, nx.word);
    }
    return false;
  };
  /**
   * Speech broken off by a dash, then a new sentence: `"Yes, sir--" The man left`. Not before a
   * lower-case word or an attribution (`"I was--" Smith said`).
   */
  const brokenOff = (t: number, cs: number): boolean => {
    if (cs <= ts[t]! || !isDash(text.charCodeAt(cs - 1))) return false;
    const nx = next(t + 1);
    return nx.kind === UPPER && !nx.quoteLed && !attributionFollows(t + 1);
  };
  /**
   * Footnote numbers set as plain digits after a sentence's full stop: `word.11 12 Take` (each one
   * to three digits, the first glued to the stop after a lower-case word that is no abbreviation),
   * then a capital. The last footnote token, or -1.
   */
  const footnoteNumbers = (t: number): number => {
    const e = te[t]!;
    let j = e;
    while (j > ts[t]! && e - j < 4 && isDigit(text.charCodeAt(j - 1))) j--;
    if (j === e || e - j > 3 || j - 2 <= ts[t]! || text.charCodeAt(j - 1) !== DOT || !isLower(text.charCodeAt(j - 2))) return -1;
    if (classify(t, j - 1).cls !== PLAIN) return -1;
    let u = t;
    while (u + 1 < n && te[u + 1]! - ts[u + 1]! <= 3 && /^\d+$/u.test(text.slice(ts[u + 1]!, te[u + 1]!))) u++;
    return next(u + 1).kind === UPPER ? u : -1;
  };
  /** The sentence so far is only `At 5` / `Shortly after 10:30` before the a.m. */
  const timeOpensSentence = (t: number): boolean => {
    const count = t - sentTok;
    if (count < 1 || count > 4) return false;
    if (!CLOCK.test(text.slice(Math.max(ts[t - 1]!, segStart), te[t - 1]!))) return false;
    for (let u = sentTok; u < t - 1; u++) if (!has(lex.timeIntro, text.slice(Math.max(ts[u]!, segStart), te[u]!))) return false;
    return true;
  };
  /** A mark with no space after it: `world.Today`, `1,000.That`, `that...She`, `Hello?Who`. */
  const endsInside = (k: number, t: number): boolean => {
    if (isUrl(t)) return false;
    const prev = text.charCodeAt(k - 1);
    if (isFullWidthStop(text.charCodeAt(k))) return true;
    if (text.charCodeAt(k) === RBRACKET) return true; // a footnote mark: `1990.[7]This`
    if (text.charCodeAt(k) !== DOT) return isLetter(prev) || isDigit(prev) || prev === QMARK || prev === EXCL;
    if (prev === DOT) {
      let j = k - 1;
      while (j > ts[t]! && k - j < 3 && text.charCodeAt(j - 1) === DOT) j--;
      return k - j >= 2; // three or more full stops
    }
    if (!isLetter(prev) && !isDigit(prev)) return false;
    const lo = Math.max(ts[t]!, segStart);
    let j = k;
    while (j > lo && k - j < MAX_WORD && (isLetter(text.charCodeAt(j - 1)) || isDigit(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 0x2c)) j--;
    if (j > lo && text.charCodeAt(j - 1) === DOT) return false; // part of a dotted abbreviation: U.S.Army, e.g.The
    const word = text.slice(j, k);
    if (word.length < 2 && !isDigit(prev)) return false; // an initial: J.Smith
    return stemClass(word, lex) === PLAIN;
  };
  /** `.`, `."`, `".`: one full stop of a spaced ellipsis, with any quotation marks or brackets around it. */
  const isDotToken = (u: number): boolean => {
    if (u >= n) return false;
    let i = ts[u]!;
    const e = te[u]!;
    while (i < e && i - ts[u]! < 4 && (isQuoteOpener(text.charCodeAt(i)) || isBracketOpener(text.charCodeAt(i)))) i++;
    if (text.charCodeAt(i) !== DOT) return false;
    for (i++; i < e; i++) if (!isCloser(text.charCodeAt(i))) return false;
    return true;
  };
  /** Count the spaced full stops `. . .` from token u; the first may carry opening marks, the last closing ones. */
  const dotRun = (u: number): number => {
    let k = 0;
    while (isDotToken(u + k) && (k === 0 || text.charCodeAt(ts[u + k]!) === DOT)) {
      k++;
      if (text.charCodeAt(te[u + k - 1]! - 1) !== DOT) break;
    }
    return k;
  };
  const opensWithMark = (u: number): boolean => text.charCodeAt(ts[u]!) !== DOT;

  const cl: Cluster = { cs: 0, dots: 0, strong: false, term: false, quoteEnd: false };
  return (para: Paragraph): void => {
    p = para;
    ranges = scanParagraph(text, p.start, p.end, ts, te, inner);
    n = ts.length;
    flags = listFlags(text, ts, te, lex);
    segStart = p.start;
    sentTok = 0;
    r = 0;
    urlTok = -1;
    let innerAt = 0;
    for (let t = 0; t < n; t++) {
      while (innerAt < inner.length && inner[innerAt]! < te[t]!) {
        const k = inner[innerAt++]!;
        if (k + 1 > segStart && endsInside(k, t) && !isProtected(k + 1)) {
          emit(k + 1);
          sentTok = t;
        }
      }
      let last = t; // the last token this step decides on
      let cut = -1; // where a sentence ends, if it does
      const z = text.charCodeAt(te[t]! - 1) | 0x20;
      if (z >= 0x30 && z <= 0x39) {
        // most tokens end in a letter or a digit: nothing to decide, but for footnote numbers
        // after a full stop (`consultation.11 12 Take`)
        const u = footnoteNumbers(t);
        if (u >= 0) {
          last = u;
          cut = te[u]!;
        }
      } else if (z >= 0x61 && z <= 0x7a) {
        // nothing to decide
      } else if (flags !== null && (flags[t]! & MARKER) !== 0) {
        // `1.`, `a)`: no sentence ends here
      } else if (isDotToken(t)) {
        // spaced full stops after a space: `. . .` is an ellipsis inside a sentence, `. . . .` ends one
        // (`". . .` opens a quotation: its sentence goes on)
        const k = dotRun(t);
        last = t + k - 1;
        const nx = next(last + 1);
        if (k !== 3 && !opensWithMark(t) && nx.kind !== END && nx.kind !== LOWER) cut = te[last]!;
      } else {
        scanCluster(text, ts[t]!, te[t]!, cl);
        if (cl.term && !cl.strong && cl.dots === 1 && cl.cs === te[t]! - 1 && isDotToken(t + 1) && !opensWithMark(t + 1)) {
          // `word. . . .`: a full stop then an ellipsis; `word. . .`: an ellipsis
          const k = dotRun(t + 1);
          last = t + k;
          const nx = next(last + 1);
          if (nx.kind !== END && nx.kind !== LOWER) {
            if (k >= 3) cut = te[t]!;
            else if (k === 1) cut = te[last]!;
          }
        } else if (cl.term && endsAt(t, cl)) {
          cut = te[t]!;
        } else if (!cl.term && cl.quoteEnd && brokenOff(t, cl.cs)) {
          cut = te[t]!;
        }
      }
      if (cut >= 0 && !isProtected(cut)) {
        emit(cut);
        sentTok = cut === te[last]! ? last + 1 : t + 1;
      }
      if (flags !== null && last + 1 < n && (flags[last + 1]! & SPLIT) !== 0) {
        emit(te[last]!);
        sentTok = last + 1;
      }
      t = last;
    }
    if (segStart < p.end) {
      let s = segStart;
      while (s < p.end && isSpace(text.charCodeAt(s))) s++;
      if (s < p.end) out.push({ start: s, end: p.end, index: out.length, paragraph: p.index });
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers without state.

interface Cluster {
  cs: number; // start of the closing marks
  dots: number; // full stops among them (… counts three)
  strong: boolean; // a ? or !
  term: boolean; // any sentence-ending mark
  quoteEnd: boolean; // the token ends with a closing quotation mark
}

/** The run of `. ! ? …` and closing quotes and brackets at the end of a token, `.")` or `?!`. */
function scanCluster(text: string, s: number, e: number, cl: Cluster): void {
  let i = e;
  cl.dots = 0;
  cl.strong = false;
  cl.term = false;
  cl.quoteEnd = isQuoteCloser(text.charCodeAt(e - 1));
  while (i > s) {
    const c = text.charCodeAt(i - 1);
    if (c === RBRACKET && !cl.term) {
      // footnotes after the mark: `martyr.[1]`, `1990.[7][8]`, `said."[a]`
      const j = footnoteStart(text, s, i);
      if (j >= 0) {
        i = j;
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
function footnoteStart(text: string, s: number, end: number): number {
  let j = end - 1;
  while (j > s && end - 1 - j < 4 && (isDigit(text.charCodeAt(j - 1)) || isLower(text.charCodeAt(j - 1)))) j--;
  if (j === end - 1 || j - 2 < s || text.charCodeAt(j - 1) !== LBRACKET) return -1;
  const before = text.charCodeAt(j - 2);
  return isTerminal(before) || isCloser(before) ? j - 1 : -1;
}

function stemClass(stem: string, lex: Lexicon): number {
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

const SPACE = 1;
const MARK = 2; // . ? !
const PAIR = 3; // quotation marks and brackets

/** One class per UTF-16 unit, so the scan does one look-up for a letter. Built once, never changed. */
const CHAR = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isSpaceSlow(c)) t[c] = SPACE;
  for (const c of [DOT, QMARK, EXCL, 0x3002, 0xff01, 0xff1f, 0xff0e]) t[c] = MARK;
  for (const c of [0x22, 0x27, 0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0xab, 0xbb, 0x28, 0x29, LBRACKET, RBRACKET]) t[c] = PAIR;
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
function scanParagraph(text: string, start: number, end: number, ts: number[], te: number[], inner: number[]): number[] {
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
      case 0x201c: case 0x201e: case 0xab:
        dq = i;
        break;
      case 0x201d: case 0xbb:
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

// ---------------------------------------------------------------------------------------------
// Lists.

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
function listFlags(text: string, ts: readonly number[], te: readonly number[], lex: Lexicon): Uint8Array | null {
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

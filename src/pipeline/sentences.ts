import type { SentenceRules } from '../rules/abbreviations.js';
import type { Paragraph, Sentence } from '../types.js';
import { CLOCK, RBRACKET, isFullWidthStop, type Cluster, DOT, ELLIPSIS, ENDING, EXCL, INITIAL, type Lexicon, MARKER, MAX_WORD, MONTH, NUMBER, PLAIN, PREPOSITIVE, QMARK, SPLIT, TIME, UNIT, has, isBracketOpener, isCloser, isDigit, isLetter, isLower, isQuoteOpener, isSpace, isStemChar, isUpper, isPossessive, lexicon, scanCluster, stemClass } from './sentence-chars.js';
import { listFlags } from './sentence-lists.js';
import { scanParagraph } from './sentence-scan.js';

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

// The rule tables, indexed once per table object.

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

/** A Roman numeral below 90, in capitals: `II`, `V`, `XIV`, `LX` (not `I`, which is a pronoun). */
const ROMAN = /^(?:[VXL]|(?=[IVXL]{2})(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3}))$/u;

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
  /** Does nx open a sentence after token t (whose stem before the stop is `stem`)? Group nouns count only with t given. */
  const startsSentence = (nx: Next, t = -1, stem = ''): boolean =>
    nx.kind === UPPER
      ? nx.quoteLed || has(lex.starters, nx.word) || has(lex.starters, titleCase(nx.word)) ||
        (t >= 0 && (has(lex.groupStarters, nx.word) || has(lex.groupStarters, titleCase(nx.word))) && groupOpens(t, stem))
      : nx.ellipsis === true && nx.quoteLed;
  /**
   * A group noun after token t (`in the U.K. Prices rose`) opens a sentence, but not in a title-case run
   * (`U.S. Officials Say Talks Stalled`) nor after a dotted abbreviation with no lower-case word before it in its
   * sentence, which is the adjective of a noun phrase (`The U.S. Lawmakers who met`, `Most U.S. Voters back it`).
   */
  const groupOpens = (t: number, stem: string): boolean => {
    if (next(t + 2).kind === UPPER) return false;
    if (!stem.includes('.')) return true;
    for (let u = sentTok; u < t; u++) if (firstIsLower(u)) return true;
    return false;
  };
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
      if (cl.dots === 0 && text.charCodeAt(cl.cs) === EXCL && cl.cs + 1 === te[t]! && has(lex.exclaimed, classify(t, cl.cs).stem)) return startsSentence(nx, t);
      return !(cl.quoteEnd && nx.kind === UPPER && attributionFollows(t + 1));
    }
    // `...` ends a sentence before a capital (`paused... Then`); `[...]` elides
    if (cl.dots >= 2) return nx.kind === UPPER && !(cl.cs > ts[t]! && isBracketOpener(text.charCodeAt(cl.cs - 1)));
    const { cls, stem } = classify(t, cl.cs);
    switch (cls) {
      case PREPOSITIVE:
        return false;
      case NUMBER: // `No. 5`, `Vol. III`
        return nx.kind !== DIGIT && !(nx.kind === UPPER && ROMAN.test(nx.word));
      case MONTH:
        return nx.kind !== DIGIT && startsSentence(nx, t, stem);
      case TIME:
        // `9 p.m. He left`, `9 p.m. 300 people came`, but `9 p.m. Tuesday`, `9 a.m. ET`, `At 9 a.m. Mr. Smith left`
        if (nx.kind === UPPER ? has(lex.timeFollowers, nx.word) : nx.kind !== DIGIT) return false;
        return !timeOpensSentence(t);
      case UNIT: // `6 ft. tall`, `40 ft. Christmas tree`; without a number before it, `Ft. Worth` is Fort
        if (isNumberToken(t - 1)) {
          // a plural measures no noun after it: `6 hrs. Roads flooded`; but not before a scale letter (`40 degs. C`)
          if (has(lex.pluralUnit, stem)) return nx.kind === UPPER && (nx.word.length > 1 || nx.word === 'I' || nx.word === 'A');
          return startsSentence(nx, t, stem);
        }
        return has(lex.ending, stem) ? startsSentence(nx, t, stem) : true;
      case ENDING: // `Co. It closed`; `Co. Ford's unit said` but `Co. Chief Executive`, `U.S. Army's`
        return startsSentence(nx, t, stem) || (nx.kind === UPPER && has(lex.company, stem) && t + 1 < n && isPossessive(text, ts[t + 1]!, te[t + 1]!));
      case INITIAL:
        // `you and I. Did` ends; `Albert I. Jones`, `John F. Kennedy`, `said J. Smith` do not; `98.6 F.` is a unit
        if (isNumberToken(t - 1) && t - 1 >= sentTok) return startsSentence(nx, t, stem);
        // `Plan B. That was all`: after a capitalised word, only a sentence starter of two letters or more
        if (t - 1 < sentTok || !firstIsLower(t - 1)) return nx.word.length > 1 && !nx.quoteLed && startsSentence(nx, t, stem);
        return stem === 'I' ? nx.kind === UPPER : startsSentence(nx, t, stem);
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
        scanCluster(text, ts[t]!, te[t]!, cl, Math.max(segStart, ts[t]! - 32));
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

// Helpers without state.

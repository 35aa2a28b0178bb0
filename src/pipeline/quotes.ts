import type { Paragraph, Quote, Span } from '../types.js';
import { ELISIONS, QUOTE_DIGRAPHS, type QuoteDigraph, type QuoteMark } from '../rules/quote-marks.js';
import { isSpace, trimSpan } from '../text/span.js';
import { countWords } from '../text/tokens.js';

type Kind = 'double' | 'single';

interface Mark extends Span {
  readonly role: 'open' | 'close';
  readonly kind: Kind;
  /** A closing single mark that may be a possessive apostrophe (`the Joneses' car`): used when no other closes. */
  readonly weak: boolean;
}

/** The quotation-mark tables; the digraphs and elisions default to the project's. */
export interface QuoteRules {
  readonly quoteMarks: readonly QuoteMark[];
  readonly quoteDigraphs?: readonly QuoteDigraph[];
  readonly elisions?: readonly string[];
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\-\u2013\u2014/:;,"\u201c\u201e\u00ab\u00bb]/u;
/** What may follow an opening single mark: a word, a number, an inner mark, an ellipsis. */
const AFTER_OPENING = /[\p{L}\p{N}"\u201c(\[$\u00a3\u20ac\u2026.]/u;
/** A glued opening straight `"` (`said"We`, `."He`) follows a letter or a stop and precedes a letter. */
const GLUED_BEFORE = /[\p{L}.,!?;]/u;
/** Single marks that double as an apostrophe or a comma: their role comes from context. */
const APOSTROPHE_LIKE = "'\u2018\u2019\u201a\u201b`";
const STOP = /[.,!?;:]/u;
const DECADE = /^\d\d(?:s)?(?![\p{L}\p{N}])/u; // '90s, class of '08

/**
 * Pair quotation marks inside each paragraph, by kind (double with double, single with single),
 * and join a quotation that is left open at a paragraph's end and reopened at the next one's start.
 * Double marks: curly, straight (by context), „…“, «…», »…«, and the digraphs ``…'' and ''…''.
 * Single marks (‘…’, '…', ‚…‘, ‹…›) are told from apostrophes by position: an opening mark
 * follows a space or opening punctuation and precedes a word that is not an elision (`'em`,
 * `'n'`, `'90s`); a closing mark follows a non-space and precedes no letter (so `don't`,
 * `o'clock`, `Hawai'i` are never marks); a possessive-looking one (`Jones' car`) closes only
 * when no other does. A single quotation must close in its paragraph, run on into the next, or
 * open its paragraph. Nesting goes both ways: a quotation inside one of the other kind
 * (`"… 'x' …"`, `'… "x" …'`) is part of it, not a quotation of its own (kept as the outer one's `inner`). An unclosed mark quotes to
 * the end of its paragraph, never further. A paragraph whose first mark closes after a comma, with words
 * on both sides (`The first rule I keep,’ he says`), lost its opening mark: the quotation runs from the start
 * of the sentence holding the mark (rule `unopened`, `open` null), so narration before it stays narration
 * (`The mayor spoke on Monday. We will win,” he said`); from the paragraph's start when the paragraph before
 * left a quotation open (a paragraph break inside one quotation). `sentences` are the document's sentences,
 * in order. Linear in the text.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[], rules: QuoteRules, sentences: readonly Span[]): Quote[] {
  const table = markTable(rules);
  const doubles: Mark[][] = [];
  const singles: Mark[][] = [];
  for (const para of paragraphs) {
    const m = marksIn(text, para, table);
    doubles.push(m.doubles);
    singles.push(m.singles);
  }
  return mergeQuotes(pairMarks(text, paragraphs, sentences, doubles), pairMarks(text, paragraphs, sentences, singles));
}

/** Pair the marks of one kind, paragraph by paragraph. */
function pairMarks(text: string, paragraphs: readonly Paragraph[], sentences: readonly Span[], all: readonly (readonly Mark[])[]): Quote[] {
  const quotes: Quote[] = [];
  let carried: Span | null = null; // where a quotation left open at the previous paragraph's end began
  let leftOpen = false; // the previous paragraph ended inside a quotation
  let si = 0; // the first sentence that may hold a mark of this paragraph or a later one
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const marks = all[p]!;
    let open: Mark | null = null;
    let first: Span | null = null; // where a carried quotation began
    let weak: Mark | null = null; // a possessive-looking closing mark seen while open
    let i = 0;
    const afterOpen = leftOpen;
    leftOpen = false;
    if (carried) {
      const lead = marks[0];
      if (lead && lead.start === para.start && lead.role === 'open') {
        open = lead;
        first = carried;
        i = 1;
      } else {
        // Not reopened: the carried quotation ended with the previous paragraph.
        pushQuote(quotes, text, carried, null, carried.end, paragraphs[p - 1]!.end, 'unclosed');
      }
      carried = null;
    }
    const close = (m: Mark): void => {
      const startMark = first ?? open!;
      pushQuote(quotes, text, startMark, m, startMark.end, m.start, first ? 'run-on-pair' : m.kind === 'single' ? 'single-pair' : 'double-pair');
      open = null;
      first = null;
      weak = null;
    };
    // A paragraph whose first mark closes after a comma, with words before it and after it and none opened: the
    // opening mark was lost (`The first rule I keep,’ he says, ‘is …`); the quotation runs from the start of the
    // sentence holding the mark (of the paragraph, after a paragraph left inside a quotation). (A mark that ends
    // its paragraph, `… press officer."`, may close a pull quote's credit line: not taken.)
    const lead = marks[0];
    let from = para.start;
    if (lead && !afterOpen) {
      while (si < sentences.length && sentences[si]!.end <= lead.start) si++;
      const s = sentences[si];
      if (s && s.start <= lead.start) from = Math.max(from, s.start);
    }
    if (open === null && i === 0 && lead && lead.role === 'close' && !lead.weak && text[lead.start - 1] === ',' && /\p{L}/u.test(text.slice(lead.end, para.end)) &&
        !/["'\u201c\u2018\u201e\u00ab`]/u.test(text.slice(para.start, lead.start)) && countWords(text, from, lead.start) >= 3) {
      const inner = trimSpan(text, { start: from, end: lead.start });
      quotes.push({ start: inner.start, end: inner.end, open: null, close: { start: lead.start, end: lead.end }, rule: 'unopened' });
      i = 1;
    }
    for (; i < marks.length; i++) {
      const m = marks[i]!;
      if (open === null) {
        if (m.role === 'open') open = m;
        continue;
      }
      if (m.role === 'close') {
        if (m.weak) weak = m;
        else close(m);
      } else if (weak) {
        close(weak);
        open = m;
      } else if (m.kind === 'single' && first === null) {
        // Two opening single marks: the first was an apostrophe after all (`'Tis`). Keep the newer.
        open = m;
      } else {
        // A second opening mark before a close: the first one was never closed. Keep the newer.
        const was: Span = first ?? open;
        pushQuote(quotes, text, was, null, was.end, m.start, 'unclosed');
        open = m;
        first = null;
      }
    }
    if (open === null) continue;
    if (weak) {
      close(weak);
      continue;
    }
    const opened: Mark = open;
    const next = all[p + 1]?.[0];
    const startMark: Span = first ?? opened;
    if (next && next.role === 'open' && next.start === paragraphs[p + 1]!.start) {
      carried = startMark;
    } else if (opened.kind === 'double' || first !== null || opened.start === para.start) {
      pushQuote(quotes, text, startMark, null, startMark.end, para.end, 'unclosed');
      leftOpen = true;
    }
    // else: an opening single mark in mid-paragraph that nothing closes is an apostrophe.
  }
  return quotes;
}

function pushQuote(out: Quote[], text: string, open: Span, close: Span | null, start: number, end: number, rule: string): void {
  const inner = trimSpan(text, { start, end });
  if (inner.end <= inner.start) return;
  out.push({ start: inner.start, end: inner.end, open: { start: open.start, end: open.end }, close: close ? { start: close.start, end: close.end } : null, rule });
}

/** The span of a quotation with its marks. */
function outer(q: Quote): Span {
  return { start: q.open?.start ?? q.start, end: q.close?.end ?? q.end };
}

/**
 * Both kinds' quotations, in text order. A quotation inside one of the other kind is part of it
 * (US `"… 'x' …"`, British `'… "x" …'`) and listed as its `inner`; a single one that crosses a double one is dropped.
 * Linear: quotations of one kind never overlap.
 */
function mergeQuotes(doubles: Quote[], singles: Quote[]): Quote[] {
  if (singles.length === 0) return doubles;
  if (doubles.length === 0) return singles;
  const dropped = new Uint8Array(doubles.length);
  const innerOf: Quote[][] = []; // by double quotation: the single ones inside it
  const out: Quote[] = [];
  let j = 0;
  for (const s of singles) {
    const so = outer(s);
    while (j < doubles.length && outer(doubles[j]!).end <= so.start) j++;
    let keep = true;
    const inner: Quote[] = [];
    for (let k = j; k < doubles.length; k++) {
      const d = outer(doubles[k]!);
      if (d.start >= so.end) break;
      if (d.start >= so.start && d.end <= so.end) {
        dropped[k] = 1;
        inner.push(doubles[k]!);
      } else {
        keep = false;
        if (d.start <= so.start && d.end >= so.end) (innerOf[k] ??= []).push(s);
      }
    }
    if (keep) out.push(inner.length > 0 ? { ...s, inner } : s);
  }
  doubles.forEach((d, k) => {
    if (dropped[k] === 0) out.push(innerOf[k] ? { ...d, inner: innerOf[k] } : d);
  });
  return out.sort((a, b) => a.start - b.start);
}

interface MarkTable {
  readonly table: Map<string, QuoteMark>;
  /** 1 at the UTF-16 code of a character that may be a mark: one of the table's, or a digraph's. */
  readonly candidate: Uint8Array;
  readonly digraphs: ReadonlyMap<string, QuoteDigraph>;
  readonly elisions: ReadonlySet<string>;
  readonly from: { readonly digraphs: readonly QuoteDigraph[]; readonly elisions: readonly string[] };
}
const markTables = new WeakMap<readonly QuoteMark[], MarkTable>();

/** The lookup table of a mark list and its candidate characters, built once per list. */
function markTable(rules: QuoteRules): MarkTable {
  const digraphs = rules.quoteDigraphs ?? QUOTE_DIGRAPHS;
  const elisions = rules.elisions ?? ELISIONS;
  let t = markTables.get(rules.quoteMarks);
  if (!t || t.from.digraphs !== digraphs || t.from.elisions !== elisions) {
    const candidate = new Uint8Array(0x10000);
    for (const d of digraphs) {
      if (d.chars.length !== 2 || d.chars[0] !== d.chars[1]) throw new Error(`quotation digraph ${JSON.stringify(d.chars)}: one character twice expected`);
      candidate[d.chars.charCodeAt(0)] = 1;
    }
    for (const m of rules.quoteMarks) {
      if (m.char.length !== 1) throw new Error(`quotation mark ${JSON.stringify(m.char)}: one UTF-16 unit expected`);
      candidate[m.char.charCodeAt(0)] = 1;
    }
    t = {
      table: new Map(rules.quoteMarks.map((m) => [m.char, m])),
      candidate,
      digraphs: new Map(digraphs.map((d) => [d.chars, d])),
      elisions: new Set(elisions),
      from: { digraphs, elisions },
    };
    markTables.set(rules.quoteMarks, t);
  }
  return t;
}

/** The marks of one paragraph, by kind, in order. A character that cannot be a mark costs one array read. */
function marksIn(text: string, para: Paragraph, t: MarkTable): { doubles: Mark[]; singles: Mark[] } {
  const { table, candidate, digraphs } = t;
  const doubles: Mark[] = [];
  const singles: Mark[] = [];
  let doubleOpen = ''; // the double mark that is open ('' when none): a straight one then closes it
  let singleOpen = ''; // the opening single mark since which no closing one came ('' when none)
  let skip = -1; // the closing apostrophe of an elision (`'n'`)
  for (let i = para.start; i < para.end; i++) {
    if (candidate[text.charCodeAt(i)] === 0) continue;
    const c = text[i]!;
    const before = i > para.start ? text[i - 1]! : ' ';
    const digraph = i + 1 < para.end && text[i + 1] === c ? digraphs.get(c + c) : undefined;
    if (digraph) {
      let run = 2;
      while (i + run < para.end && text[i + run] === c) run++;
      if (digraph.role === 'open') {
        doubles.push({ start: i + run - 2, end: i + run, role: 'open', kind: 'double', weak: false });
        doubleOpen = digraph.chars;
      } else if (doubleOpen !== '') {
        // `''` closes; in `'''` the double closing mark is the last two.
        doubles.push({ start: i + run - 2, end: i + run, role: 'close', kind: 'double', weak: false });
        doubleOpen = '';
      } else if (OPENING_CONTEXT.test(before) || i === para.start) {
        // `''` opens in some newspapers' texts (NYT); in `'''` the opening mark is the first two.
        doubles.push({ start: i, end: i + 2, role: 'open', kind: 'double', weak: false });
        doubleOpen = digraph.chars;
      }
      i += run - 1;
      continue;
    }
    const m = table.get(c);
    if (!m) continue;
    const after = i + 1 < para.end ? text[i + 1]! : ' ';
    if (m.kind === 'double') {
      const role = doubleRole(c, m.role, doubleOpen, before, after);
      if (role === null) continue;
      doubleOpen = role === 'open' ? c : '';
      doubles.push({ start: i, end: i + 1, role, kind: 'double', weak: false });
      continue;
    }
    if (i === skip) continue;
    if (!APOSTROPHE_LIKE.includes(c) && m.role !== 'either') {
      singles.push({ start: i, end: i + 1, role: m.role, kind: 'single', weak: false }); // ‹ ›: never an apostrophe
      continue;
    }
    // After a stop inside an open quotation a mark closes it, even before a word: `said,'We won,'and`
    const opens = m.role !== 'close' && OPENING_CONTEXT.test(before) && AFTER_OPENING.test(after) && !(singleOpen !== '' && STOP.test(before));
    if (c === '\u2018' && singleOpen === '\u201a' && !opens) {
      singles.push({ start: i, end: i + 1, role: 'close', kind: 'single', weak: false }); // ‚…‘
      singleOpen = '';
    } else if (opens) {
      const elision = elisionAt(text, i + 1, para.end, t.elisions);
      if (elision > 0) {
        if (text[elision] === "'" || text[elision] === '\u2019') skip = elision;
        continue;
      }
      singles.push({ start: i, end: i + 1, role: 'open', kind: 'single', weak: false });
      singleOpen = c;
    } else if (m.role !== 'open' && !isSpace(before.charCodeAt(0)) && !/[([{]/u.test(before) && (!LETTER.test(after) || STOP.test(before))) {
      // (after a stop a mark closes even when glued to the next word: `win.'He`)
      // A closing mark, or an apostrophe after a word (`Jones'`): possessive-looking before a word.
      const weak = /[sSzZ]/u.test(before) && isSpace(after.charCodeAt(0)) && LETTER.test(text[i + 2] ?? '');
      singles.push({ start: i, end: i + 1, role: 'close', kind: 'single', weak });
      if (!weak) singleOpen = '';
    }
  }
  return { doubles, singles };
}

/** The role of a double mark in context, or null for a stray one. */
function doubleRole(c: string, role: QuoteMark['role'], open: string, before: string, after: string): 'open' | 'close' | null {
  if (c === '\u201c' && open === '\u201e') return 'close'; // „…“
  if (c === '\u00ab' && open === '\u00bb') return 'close'; // »…«
  if (c === '\u00bb' && open === '' && OPENING_CONTEXT.test(before) && LETTER.test(after)) return 'open'; // »…«
  // A curly mark typed the wrong way round: `“It is rare,“ said Brannigan` closes (after a stop, before a space);
  // `”We will win,” he said` opens (nothing open, before a letter).
  if (c === '\u201c' && open === '\u201c' && /[,.!?\u2026]/u.test(before) && /\s/u.test(after)) return 'close';
  if (c === '\u201d' && open === '' && OPENING_CONTEXT.test(before) && LETTER.test(after)) return 'open';
  if (role !== 'either') return role;
  // A straight mark opens after a space or opening punctuation and before a word; else it closes.
  if (open !== '') return 'close';
  if (OPENING_CONTEXT.test(before) && !/\s/u.test(after)) return 'open';
  if (GLUED_BEFORE.test(before) && LETTER.test(after)) return 'open'; // said"We, ."He
  // A closing mark with nothing open (`… I say," he said`): it may end a quotation whose opening mark was lost.
  if (before === ',' && /\s/u.test(after)) return 'close';
  return null; // a stray closing straight mark
}

/**
 * The end of the elision or year that follows a leading apostrophe at `at` (`'em`, `'n'`, `'90s`),
 * or 0 when the word there is not one.
 */
function elisionAt(text: string, at: number, end: number, elisions: ReadonlySet<string>): number {
  const d = DECADE.exec(text.slice(at, Math.min(end, at + 4)));
  if (d) return at + d[0].length;
  let e = at;
  while (e < end && e - at < 8 && /\p{L}/u.test(text[e]!)) e++;
  if (e === at || (e < end && LETTER.test(text[e]!))) return 0;
  return elisions.has(text.slice(at, e).toLowerCase()) ? e : 0;
}

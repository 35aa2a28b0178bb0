import type { Paragraph, Quote, Span } from '../types.js';
import type { QuoteMark } from '../rules/quote-marks.js';
import { trimSpan } from '../text/span.js';

interface Mark extends Span {
  readonly role: 'open' | 'close';
  readonly kind: 'double' | 'single';
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\-\u2013\u2014/:;,]/u;

/**
 * Pair quotation marks inside each paragraph, by kind (double with double, single with single),
 * and join a quotation that is left open at a paragraph's end and reopened at the next one's start.
 * Single marks count only in a paragraph without double marks (headline style), and a closing single
 * mark only when no letter follows it, so apostrophes (`ICE’s`, `’90s`) are never taken for marks.
 * An unclosed mark quotes to the end of its paragraph, never further. Linear in the text.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[], rules: { quoteMarks: readonly QuoteMark[] }): Quote[] {
  const { table, candidate } = markTable(rules.quoteMarks);
  const quotes: Quote[] = [];
  let carried: { open: Span; kind: 'double' | 'single'; paragraphs: number } | null = null;

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const marks = marksIn(text, para, table, candidate);
    let open: Span | null = null;
    let first: Span | null = null; // where a carried quotation began
    let i = 0;
    if (carried) {
      const lead = marks[0];
      if (lead && lead.start === para.start && lead.role === 'open' && lead.kind === carried.kind) {
        open = lead;
        first = carried.open;
        i = 1;
      } else {
        // Not reopened: the carried quotation ended with the previous paragraph.
        const prev = paragraphs[p - 1]!;
        pushQuote(quotes, text, carried.open, null, carried.open.end, prev.end, 'unclosed');
      }
      carried = null;
    }
    for (; i < marks.length; i++) {
      const m = marks[i]!;
      if (open === null) {
        if (m.role === 'open') open = m;
        continue;
      }
      if (m.role === 'close') {
        const startMark = first ?? open;
        pushQuote(quotes, text, startMark, m, startMark.end, m.start, first ? 'run-on-pair' : m.kind === 'single' ? 'single-pair' : 'double-pair');
        open = null;
        first = null;
      } else if (m.role === 'open') {
        // A second opening mark before a close: the first one was never closed. Keep the newer.
        const was: Span = first ?? open;
        pushQuote(quotes, text, was, null, was.end, m.start, 'unclosed');
        open = m;
        first = null;
      }
    }
    if (open !== null) {
      const next = paragraphs[p + 1];
      const kind = (open as Mark).kind;
      if (next && startsWithOpening(text, next, table, kind)) {
        carried = { open: first ?? open, kind, paragraphs: 1 };
      } else {
        const startMark = first ?? open;
        pushQuote(quotes, text, startMark, null, startMark.end, para.end, 'unclosed');
      }
    }
  }
  return quotes;
}

function pushQuote(out: Quote[], text: string, open: Span, close: Span | null, start: number, end: number, rule: string): void {
  const inner = trimSpan(text, { start, end });
  if (inner.end <= inner.start) return;
  out.push({ start: inner.start, end: inner.end, open: { start: open.start, end: open.end }, close: close ? { start: close.start, end: close.end } : null, rule });
}

function startsWithOpening(text: string, para: Paragraph, table: Map<string, QuoteMark>, kind: 'double' | 'single'): boolean {
  if (kind === 'double' && text.startsWith("''", para.start) && LETTER.test(text[para.start + 2] ?? '')) return true;
  const m = table.get(text[para.start] ?? '');
  if (!m || m.kind !== kind) return false;
  return m.role === 'open' || (m.role === 'either' && LETTER.test(text[para.start + 1] ?? ''));
}

interface MarkTable {
  readonly table: Map<string, QuoteMark>;
  /** 1 at the UTF-16 code of a character that may be a mark: one of the table's, or `'` (of `''`). */
  readonly candidate: Uint8Array;
}
const markTables = new WeakMap<readonly QuoteMark[], MarkTable>();

/** The lookup table of a mark list and its candidate characters, built once per list. */
function markTable(marks: readonly QuoteMark[]): MarkTable {
  let t = markTables.get(marks);
  if (!t) {
    const candidate = new Uint8Array(0x10000);
    candidate["'".charCodeAt(0)] = 1;
    for (const m of marks) {
      if (m.char.length !== 1) throw new Error(`quotation mark ${JSON.stringify(m.char)}: one UTF-16 unit expected`);
      candidate[m.char.charCodeAt(0)] = 1;
    }
    t = { table: new Map(marks.map((m) => [m.char, m])), candidate };
    markTables.set(marks, t);
  }
  return t;
}

/** The marks of one paragraph, in order. A character that cannot be a mark costs one array read. */
function marksIn(text: string, para: Paragraph, table: Map<string, QuoteMark>, candidate: Uint8Array): Mark[] {
  const doubles: Mark[] = [];
  const singles: Mark[] = [];
  let doubleOpen = false; // a double mark of any style is open: a straight one then closes it
  for (let i = para.start; i < para.end; i++) {
    if (candidate[text.charCodeAt(i)] === 0) continue;
    if (text[i] === "'" && text[i + 1] === "'" && i + 1 < para.end) {
      // `''` is a double mark in some newspapers' texts (NYT). In `'''` one is a single mark: the
      // double closing mark is the last two, the double opening mark the first two.
      let run = 2;
      while (i + run < para.end && text[i + run] === "'") run++;
      const before = i > para.start ? text[i - 1]! : ' ';
      if (doubleOpen) {
        doubles.push({ start: i + run - 2, end: i + run, role: 'close', kind: 'double' });
        doubleOpen = false;
      } else if (OPENING_CONTEXT.test(before) || i === para.start) {
        doubles.push({ start: i, end: i + 2, role: 'open', kind: 'double' });
        doubleOpen = true;
      }
      i += run - 1;
      continue;
    }
    const m = table.get(text[i]!);
    if (!m) continue;
    const before = i > para.start ? text[i - 1]! : ' ';
    const after = i + 1 < para.end ? text[i + 1]! : ' ';
    if (m.kind === 'double') {
      let role: 'open' | 'close';
      if (m.role === 'either') {
        // A straight mark opens after a space or opening punctuation and before a word; else it closes.
        if (doubleOpen) role = 'close';
        else if (OPENING_CONTEXT.test(before) && !/\s/u.test(after)) role = 'open';
        else continue; // a stray closing straight mark
      } else role = m.role;
      doubleOpen = role === 'open';
      doubles.push({ start: i, end: i + 1, role, kind: 'double' });
    } else {
      if (m.role === 'open') {
        if (!OPENING_CONTEXT.test(before) || !LETTER.test(after)) continue;
        if (/\d/u.test(after) && /^\d\ds\b/u.test(text.slice(i + 1, i + 5))) continue; // ‘90s
        singles.push({ start: i, end: i + 1, role: 'open', kind: 'single' });
      } else {
        if (LETTER.test(after) || /\s/u.test(before)) continue; // apostrophe: ICE’s, don’t, ’90s
        singles.push({ start: i, end: i + 1, role: 'close', kind: 'single' });
      }
    }
  }
  if (doubles.length > 0) return doubles;
  // Single marks only when they pair up: an opening one before a closing one.
  return singles.some((s) => s.role === 'open') && singles.some((s) => s.role === 'close') ? singles : [];
}

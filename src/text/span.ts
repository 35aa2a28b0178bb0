import type { Span } from '../types.js';

export function span(start: number, end: number): Span {
  return { start, end };
}

/** Shrink a span past whitespace at both edges. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b ||
    code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x200b || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the span in a sorted, non-overlapping list that holds `offset`, or -1. Binary search. */
export function findIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last span whose start is <= offset (for gaps between spans), or -1. */
export function findIndexBefore(spans: readonly Span[], offset: number): number {
  return findLastStartingBy(spans, offset, (s) => s.start);
}

/** Index of the last item (sorted by start) whose start is <= offset, or -1. Binary search. */
export function findLastStartingBy<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]!) <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

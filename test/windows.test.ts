import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { cutWindows, extract, extractSentences, WINDOW } from '../src/pipeline/extract.js';
import { claimId, foldQuotation } from '../src/pipeline/claims.js';

// issue 19: a long document runs in windows cut between paragraphs, so memory per document stays a small
// multiple of its size; records are shifted back to the document's offsets, sentence numbers and ids.
const ROOT = path.resolve(import.meta.dirname, '..');
const SEEDS = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const BIG = SEEDS.map((f) => readFileSync(path.join(ROOT, 'seeds', f), 'utf8').replace(/^\uFEFF/u, '')).join('\n\n') + '\n😀 “We will reopen,” Jane Doe said.\n';
const SMALL = 2000; // a window much smaller than the text: many cuts

test('issue 19: cutWindows tiles the text, each window at most the size, cut after a blank line when there is one', () => {
  const windows = cutWindows(BIG, SMALL);
  expect(windows.length).toBeGreaterThan(5);
  let at = 0;
  for (const [start, end] of windows) {
    expect(start).toBe(at);
    expect(end - start).toBeLessThanOrEqual(SMALL);
    expect(end).toBeGreaterThan(start);
    at = end;
  }
  expect(at).toBe(BIG.length);
  for (const [, end] of windows.slice(0, -1)) expect(BIG.slice(end - 2, end)).toMatch(/\n$/);
});

test.each([
  ['no line break at all', 'a'.repeat(5000)],
  ['spaces only', 'word '.repeat(1000)],
  ['surrogate pairs', '😀'.repeat(3000)],
])('issue 19: cutWindows on %s never cuts a surrogate pair', (_, text) => {
  for (const [start, end] of cutWindows(text, 999)) {
    expect(end - start).toBeLessThanOrEqual(999);
    expect(text.charCodeAt(start)).not.toSatisfy((c: number) => c >= 0xdc00 && c <= 0xdfff);
  }
});

test('issue 19: sentences in windows are the whole document’s sentences (cuts fall between paragraphs)', () => {
  const doc = { path: 'big.txt', text: BIG };
  expect(extractSentences(doc, undefined, SMALL)).toEqual(extractSentences(doc));
});

test('issue 19: claims in windows slice back, carry the document’s sentence numbers and ids, and stay sorted', () => {
  const doc = { path: 'big.txt', text: BIG };
  const chars = Array.from(BIG);
  const sentences = extractSentences(doc);
  const claims = extract(doc, undefined, { window: SMALL });
  expect(claims.length).toBeGreaterThan(20);
  const seen = new Map<string, number>(); // content ids: the occurrence counts over the whole document
  for (const [i, c] of claims.entries()) {
    expect(chars.slice(c.quote.start, c.quote.end).join('')).toBe(c.quote.text);
    if (c.speaker) expect(chars.slice(c.speaker.start, c.speaker.end).join('')).toBe(c.speaker.text);
    if (c.cue) expect(chars.slice(c.cue.start, c.cue.end).join('')).toBe(c.cue.text);
    const folded = foldQuotation(c.quote.text);
    const occurrence = (seen.get(folded) ?? 0) + 1;
    seen.set(folded, occurrence);
    expect(c.id).toBe(claimId('big.txt', folded, occurrence));
    const s = sentences[c.sentence]!;
    expect(s.start <= c.quote.start && c.quote.start < s.end + 1).toBe(true);
    if (i > 0) expect(claims[i - 1]!.quote.start).toBeLessThanOrEqual(c.quote.start);
  }
  // The last window holds the emoji line: offsets after it count it as one code point.
  expect(claims.at(-1)!.quote.text).toBe('We will reopen,');
});

test('issue 19: the same words quoted in two windows keep two ids, as in one run', () => {
  const part = '“We will reopen the plant,” Jane Doe said.\n\n' + 'Filler text here. '.repeat(150) + '\n\n';
  const doc = { path: 'twice.txt', text: part + part + part };
  const windowed = extract(doc, undefined, { window: part.length + 10 });
  const whole = extract(doc, undefined, { window: Infinity });
  expect(windowed.filter((c) => c.quote.text.startsWith('We will reopen')).length).toBe(3);
  expect(windowed.map((c) => c.id)).toEqual(whole.map((c) => c.id));
  expect(new Set(windowed.map((c) => c.id)).size).toBe(windowed.length);
});

test('issue 19: a document under the window runs whole, as before', () => {
  const doc = { path: 'one.txt', text: BIG.slice(0, 50_000) };
  expect(BIG.length).toBeLessThan(WINDOW);
  expect(extract(doc, undefined, { window: WINDOW })).toEqual(extract(doc, undefined, { window: Infinity }));
});

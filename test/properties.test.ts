import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as plainTest } from 'vitest';
import { extract, extractSentences } from '../src/pipeline/extract.js';
import { normalise } from '../src/pipeline/normalise.js';
import { splitParagraphs } from '../src/pipeline/paragraphs.js';
import { SHAPES } from '../src/pipeline/attribute/index.js';
import { toCodePoints } from '../src/text/code-points.js';

/**
 * Invariants over news-like generated text (not random strings: quotation marks, cues, names, pronouns,
 * abbreviations, line ends, astral and odd-space characters). `npm run fuzz` sets FUZZ_RUNS=100000.
 */
const numRuns = Number(process.env.FUZZ_RUNS ?? 200);
const timeout = Math.max(30_000, numRuns * 100);

const piece = fc.constantFrom(
  '“', '”', '"', '‘', '’', ', said ', 'Jane Doe', ' he ', 'Mr. ', '. ', '\n\n', '\r\n', '😀', 'é',
  '\u00a0', '\u200b', 'according to', 'told reporters that', 'ICE', ':',
);
// Whole attribution shapes, so that the pieces around them land in and next to real claims.
const word = fc.constantFrom('we', 'will', 'reopen', 'the', 'plan', 'ICE’s', 'café', '😀', 'office', 'don’t', 'Mr.', 'é');
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const name = fc.constantFrom('Jane Doe', 'Mr. Crane', 'Crane', 'ICE', 'he', 'she', 'National ICE Council President Chris Crane');
const shaped = fc
  .tuple(fc.integer({ min: 0, max: 5 }), words, name, fc.constantFrom(' ', '\n\n', '\r\n', '\u00a0'))
  .map(([shape, w, n, gap]) => {
    const N = n.charAt(0).toUpperCase() + n.slice(1);
    return [
      `“${w},” ${n} said.`,
      `${N} said: “${w}.”`,
      `"${w}," said ${n}.`,
      `According to ${n}, ${w}.`,
      `${N} told reporters that ${w}.`,
      `‘${w}’`,
    ][shape]! + gap;
  });
const article = fc
  .array(fc.oneof({ arbitrary: piece, weight: 3 }, { arbitrary: shaped, weight: 1 }), { maxLength: 80 })
  .map((parts) => parts.join(''));
const PATTERN_IDS = new Set<string>(SHAPES.map((p) => p.id));
/** Whitespace as the splitter sees it: \s plus the zero-width characters normalise turns into spaces. */
const BLANK = /^[\s\u200b\u200c\u200d\u2060\ufeff]*$/u;

describe('extract over generated articles', () => {
  plainTest('the generator is not vacuous: it makes claims with speakers, astral characters and CRLF', () => {
    const texts = fc.sample(article, { numRuns: 300, seed: 42 });
    const claims = texts.flatMap((text) => extract({ path: 'a.txt', text }));
    expect(claims.filter((c) => c.speaker !== null).length).toBeGreaterThan(20);
    expect(new Set(claims.map((c) => c.type)).size).toBeGreaterThanOrEqual(2);
    expect(texts.some((t) => t.includes('😀') && extract({ path: 'a.txt', text: t }).length > 0)).toBe(true);
    expect(texts.some((t) => t.includes('\r\n') && extract({ path: 'a.txt', text: t }).length > 0)).toBe(true);
  });

  test.prop([article], { numRuns })('never throws; every span slices back to its text, in code points', (text) => {
    const chars = Array.from(text);
    for (const c of extract({ path: 'a.txt', text })) {
      for (const s of [c.quote, c.speaker, c.cue]) {
        if (!s) continue;
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.start).toBeLessThanOrEqual(s.end);
        expect(s.end).toBeLessThanOrEqual(chars.length);
        expect(chars.slice(s.start, s.end).join('')).toBe(s.text);
      }
      expect(c.quote.text.length).toBeGreaterThan(0);
    }
  }, timeout);

  test.prop([article], { numRuns })('records are sorted by quote start', (text) => {
    const claims = extract({ path: 'a.txt', text });
    for (let i = 1; i < claims.length; i++) {
      const [a, b] = [claims[i - 1]!, claims[i]!];
      expect(a.quote.start < b.quote.start || (a.quote.start === b.quote.start && a.quote.end <= b.quote.end)).toBe(true);
    }
  }, timeout);

  test.prop([article], { numRuns })('confidence is in [0, 1] with at most 2 decimals', (text) => {
    for (const c of extract({ path: 'a.txt', text })) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(c.confidence * 100) / 100).toBe(c.confidence);
    }
  }, timeout);

  test.prop([article], { numRuns })('ids are c- + 12 hex', (text) => {
    for (const c of extract({ path: 'a.txt', text })) expect(c.id).toMatch(/^c-[0-9a-f]{12}$/);
  }, timeout);

  test.prop([article], { numRuns })('ids are unique in a document', (text) => {
    const claims = extract({ path: 'a.txt', text });
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  }, timeout);

  // Was a known failure (two cues reached one clause, so one span came out twice): one record per span now.
  plainTest('ids are unique: one quote span is one record (`He told reporters thatJane Doe told reporters that …`)', () => {
    const claims = extract({ path: 'a.txt', text: 'He told reporters thatJane Doe told reporters that we will reopen.' });
    expect(claims.length).toBeGreaterThan(0);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  test.prop([article], { numRuns })('every record names a rule from SHAPES, its doc, a known type and kind', (text) => {
    for (const c of extract({ path: 'dir/a.txt', text })) {
      expect(PATTERN_IDS.has(c.rule)).toBe(true);
      expect(c.doc).toBe('dir/a.txt');
      expect(['direct', 'mixed', 'indirect']).toContain(c.type);
      if (c.speaker) expect(['person', 'organization', 'other']).toContain(c.speaker.kind);
      expect(Number.isInteger(c.sentence) && c.sentence >= 0).toBe(true);
    }
  }, timeout);

  test.prop([article], { numRuns })('is pure: the same document gives the same records', (text) => {
    expect(extract({ path: 'a.txt', text })).toEqual(extract({ path: 'a.txt', text }));
  }, timeout);
});

describe('extractSentences over generated articles', () => {
  test.prop([article], { numRuns })('sentences tile each paragraph: in order, no overlap, only whitespace between', (text) => {
    const chars = Array.from(text);
    const sentences = extractSentences({ path: 'a.txt', text });
    const cp = toCodePoints(text);
    const paragraphs = splitParagraphs(normalise(text)).map((p) => ({ index: p.index, start: cp(p.start), end: cp(p.end) }));

    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.doc).toBe('a.txt');
      expect(s.start).toBeLessThan(s.end);
      expect(chars.slice(s.start, s.end).join('')).toBe(s.text);
    });
    for (const p of paragraphs) {
      const own = sentences.filter((s) => s.paragraph === p.index);
      expect(own.length).toBeGreaterThan(0);
      expect(own[0]!.start).toBe(p.start);
      expect(own[own.length - 1]!.end).toBe(p.end);
      for (let i = 1; i < own.length; i++) {
        expect(own[i]!.start).toBeGreaterThanOrEqual(own[i - 1]!.end);
        expect(chars.slice(own[i - 1]!.end, own[i]!.start).join('')).toMatch(BLANK);
      }
    }
    // Every sentence belongs to a paragraph, and paragraph numbers never go down.
    expect(sentences.every((s) => paragraphs.some((p) => p.index === s.paragraph))).toBe(true);
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.paragraph).toBeGreaterThanOrEqual(sentences[i - 1]!.paragraph);
  }, timeout);
});

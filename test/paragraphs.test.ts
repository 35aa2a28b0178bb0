import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { splitParagraphs } from '../src/pipeline/paragraphs.js';

function texts(text: string): string[] {
  return splitParagraphs(text).map((p) => text.slice(p.start, p.end));
}

describe('splitParagraphs', () => {
  test.each([
    ['One.\n\nTwo.', ['One.', 'Two.']],
    ['  One.  \n \n\n  Two.  ', ['One.', 'Two.']],
    ['Headline\nFirst paragraph.\nSecond paragraph.', ['Headline', 'First paragraph.', 'Second paragraph.']],
    ['Headline\r\n\r\nBy Jane Doe\r\nAP Photo: John Smith\r\nText.', ['Headline', 'By Jane Doe', 'AP Photo: John Smith', 'Text.']],
    ['Old Mac\rLine ends.', ['Old Mac', 'Line ends.']],
    ['Form\ffeed and\u2028separators\u2029too.', ['Form', 'feed and', 'separators', 'too.']],
    // hard-wrapped prose is joined when the joined lines end a sentence
    ['This is a sentence\ncut off in the middle because pdf.', ['This is a sentence\ncut off in the middle because pdf.']],
    ['It was a cold \r\nnight in\nthe city. Then\nit rained.', ['It was a cold \r\nnight in\nthe city. Then\nit rained.']],
    // … but not a lower-case list, a headline before a capital, a blank line or a list marker
    ['features\ncontact manager\nevents, activities\n', ['features', 'contact manager', 'events, activities']],
    ['Trump wins\nNevada caucus.', ['Trump wins', 'Nevada caucus.']],
    ['Apple unveils\niPhone sales rose.', ['Apple unveils', 'iPhone sales rose.']],
    ['The list:\na. apples\nb. pears.', ['The list:', 'a. apples', 'b. pears.']],
    ['It was a cold\n\nnight.', ['It was a cold', 'night.']],
    ['', []],
    [' \n\t\r\n ', []],
  ])('splitParagraphs(%j)', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('indices and offsets', () => {
    expect(splitParagraphs('A\n\n B ')).toEqual([
      { start: 0, end: 1, index: 0 },
      { start: 4, end: 5, index: 1 },
    ]);
  });

  test('a million short lines take linear time', () => {
    const text = 'a\n'.repeat(1_000_000);
    const t0 = performance.now();
    expect(splitParagraphs(text)).toHaveLength(1_000_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
const timeout = Math.max(30_000, numRuns * 20);
const piece = fc.constantFrom(
  'Jane Doe', 'said', 'the', 'it', '. ', '.', '\n', '\n\n', '\r\n', '\r', ' ', '\t', '\u00a0', '\u2028', 'é', '😀', 'iPhone',
  '"', '“', '”', 'a. ', 'Mr. ',
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

propTest.prop([text], { numRuns })('paragraphs are trimmed, ordered, apart by a line break, and cover every word', (t) => {
  const got = splitParagraphs(t);
  let prevEnd = 0;
  got.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(p.end).toBeGreaterThan(p.start);
    const slice = t.slice(p.start, p.end);
    expect(slice.trim()).toBe(slice);
    expect(slice).not.toMatch(/\n[^\S\n]*\n|\r\n?[^\S\r\n]*\r/);
    const gap = t.slice(prevEnd, p.start);
    expect(gap).toMatch(/^\s*$/);
    if (i > 0) expect(gap).toMatch(/[\n\r\f\v\u2028\u2029]/);
    prevEnd = p.end;
  });
  expect(t.slice(prevEnd)).toMatch(/^\s*$/);
}, timeout);

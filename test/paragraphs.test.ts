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

  // Hard-wrapped text: 8+ lines about as long as each other, 40–100 columns.
  const wire = [
    'HEADLINE OF THE STORY',
    '',
    '    TOKYO, March 18 - The yen has usurped the monster as the',
    'favourite horror story of the year, analysts and traders said.',
    '    "It is not as dear as people think. I never keep track of',
    'the price of rice," said Marta Okonkwo, a 31-year-old',
    'Irish teacher of English in Tokyo, who arrived here in 1984.',
    '    Okonkwo said she makes 1,420 dlrs a month by talking in',
    'English with students who want to pass their exams soon.',
    '    She spends under 7.20 dlrs a day on groceries this year.',
    ' REUTER',
  ].join('\n');
  const email = [
    'Hello all,',
    '',
    'The committee met on Tuesday and agreed that the budget for next',
    'year would be cut. Members said the decision was not an easy one',
    'and that they would review it in six months, after the audit.',
    '',
    'The chair, Jane Doe, said: "We had no choice. The accounts were',
    'in a worse state than anyone expected when we took office."',
    '',
    'Best,',
    'John Smith',
    'Treasurer of the committee and author of this little message',
  ].join('\n');
  test.each([
    ['paragraphs marked by indentation', wire, [
      'HEADLINE OF THE STORY',
      'TOKYO, March 18 - The yen has usurped the monster as the\nfavourite horror story of the year, analysts and traders said.',
      '"It is not as dear as people think. I never keep track of\nthe price of rice," said Marta Okonkwo, a 31-year-old\nIrish teacher of English in Tokyo, who arrived here in 1984.',
      'Okonkwo said she makes 1,420 dlrs a month by talking in\nEnglish with students who want to pass their exams soon.',
      'She spends under 7.20 dlrs a day on groceries this year.',
      'REUTER',
    ]],
    ['paragraphs marked by blank lines; short lines stay apart', email, [
      'Hello all,',
      'The committee met on Tuesday and agreed that the budget for next\nyear would be cut. Members said the decision was not an easy one\nand that they would review it in six months, after the audit.',
      'The chair, Jane Doe, said: "We had no choice. The accounts were\nin a worse state than anyone expected when we took office."',
      'Best,',
      'John Smith',
      'Treasurer of the committee and author of this little message',
    ]],
  ])('hard-wrapped: %s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test.each([
    // near misses: not wrapped, so every line stays a paragraph
    ['too few lines', 'The committee met on Tuesday and agreed that the budget for next\nYear would be cut, members said after the long meeting today.'],
    ['lines far longer than a wrap width', Array.from({ length: 10 }, (_, i) => `Paragraph ${i} is a long one that runs on well past a hundred columns because it is a whole paragraph on one line.`).join('\n')],
    ['a list of short lines', Array.from({ length: 10 }, (_, i) => `Item ${i}`).join('\n')],
    ['one-sentence paragraphs of similar length', Array.from({ length: 10 }, (_, i) => `Paragraph ${i} is a whole sentence, about as long as every other one here.`).join('\n')],
    ['a list of items', Array.from({ length: 10 }, (_, i) => `- Item ${i} of the list, a line about as long as each other one`).join('\n')],
  ])('not hard-wrapped: %s', (_name, text) => {
    expect(texts(text)).toEqual(text.split('\n'));
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

import { describe, expect, test } from 'vitest';
import { stripPossessive, tokenize } from '../src/text/tokens.js';

const toks = (text: string) => tokenize(text, 0, text.length, () => false).map((t) => [t.text, t.word, t.cap]);

describe('tokenize', () => {
  test('words, capitals and punctuation, ASCII and beyond', () => {
    expect(toks('Crane said 2016, “Éric élan” — ΑΘΗΝΑ.')).toEqual([
      ['Crane', true, true], ['said', true, false], ['2016', true, false], [',', false, false], ['“', false, false],
      ['Éric', true, true], ['élan', true, false], ['”', false, false], ['—', false, false], ['ΑΘΗΝΑ', true, true], ['.', false, false],
    ]);
  });

  test('offsets are those of the text, for a slice in the middle', () => {
    const text = 'One. Two words here.';
    const t = tokenize(text, 5, text.length, (o) => o >= 9);
    expect(t.map((x) => [x.text, x.start, x.end, x.lower, x.quoted])).toEqual([
      ['Two', 5, 8, 'two', false], ['words', 9, 14, 'words', true], ['here', 15, 19, 'here', true], ['.', 19, 20, '.', true],
    ]);
  });
});

describe('stripPossessive', () => {
  test.each([
    ["crane's", 'crane'], ["voters'", 'voters'], ['crane', 'crane'], ["'s", ''], ["'", ''], ['s', 's'], ['', ''], ["CRANE'S", "CRANE'S"], ["it's", 'it'],
  ])('%j → %j', (word, expected) => {
    expect(stripPossessive(word)).toEqual(expected);
  });
});

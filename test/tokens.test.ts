import { describe, expect, test } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { countWords, stripPossessive, tokenize, TOKEN_PATTERN } from '../src/text/tokens.js';

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

describe('tokenize reads TOKEN_PATTERN', () => {
  /** The definition: the pattern run over the slice. */
  const byPattern = (text: string, start: number, end: number) =>
    [...text.slice(start, end).matchAll(TOKEN_PATTERN)].map((m) => [start + m.index, start + m.index + m[0].length, m[0]]);
  const pieces = fc.constantFrom(
    'a', 'Z', '9', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', "'", '.', '-', '&', ',', '“', '’', 'é', 'É', 'ß', 'Ω', '中', '٣',
    '😀', '𝒳', '\ud800', '\udc00', 'don', 't', 'U.S', 'e-mail', 'AT&T', "Crane's", '--', "''", '..',
  );

  fcTest.prop([fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), fc.nat(), fc.nat()])('on any text and any slice of it', (text, a, b) => {
    const start = text.length ? a % (text.length + 1) : 0;
    const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
    const got = tokenize(text, start, end, () => false).map((t) => [t.start, t.end, t.text]);
    expect(got).toEqual(byPattern(text, start, end));
  });
});

describe('countWords', () => {
  fcTest.prop([fc.array(fc.constantFrom('a', 'Zé', '9', ' ', '-', "'", '😀', '𝒳', '\ud800', '٣', '.', '\u00a0'), { maxLength: 30 }).map((p) => p.join('')), fc.nat(), fc.nat()])(
    'counts the runs /[\\p{L}\\p{N}]+/gu finds in any slice',
    (text, a, b) => {
      const start = text.length ? a % (text.length + 1) : 0;
      const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
      expect(countWords(text, start, end)).toBe((text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length);
    },
  );
});

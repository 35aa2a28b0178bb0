import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { buildClaims, claimId, foldQuotation, sortClaims } from '../src/pipeline/claims.js';
import { extract } from '../src/pipeline/extract.js';
import { toCodePoints } from '../src/text/code-points.js';
import type { Attribution, Sentence } from '../src/types.js';

/** The id, computed here without the code under test: 'c-' + 12 hex of sha256(doc \0 folded text \0 n), UTF-8. */
function expectedId(doc: string, folded: string, occurrence = 1): string {
  return 'c-' + createHash('sha256').update(Buffer.from(`${doc}\u0000${folded}\u0000${occurrence}`, 'utf8')).digest('hex').slice(0, 12);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when the UTF-16 offset falls between the two halves of a surrogate pair. */
const midPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

describe('toCodePoints', () => {
  test('is the identity on BMP text, including the end offset', () => {
    const text = 'Café “naïve” — ok';
    const cp = toCodePoints(text);
    for (let i = 0; i <= text.length; i++) expect(cp(i)).toBe(i);
  });

  test('refuses an offset outside the text, with or without astral characters', () => {
    for (const text of ['plain text', 'a😀b']) {
      const cp = toCodePoints(text);
      for (const bad of [-1, text.length + 1, 1.5, Number.NaN]) expect(() => cp(bad)).toThrow(RangeError);
    }
  });

  test('lone surrogates count one each', () => {
    const text = 'a\ud800b\udc00c';
    const cp = toCodePoints(text);
    for (let i = 0; i <= text.length; i++) expect(cp(i)).toBe(i);
  });

  test('counts an astral character once', () => {
    const text = 'a😀b𝒳c';
    const cp = toCodePoints(text);
    expect([0, 1, 3, 4, 6, 7].map(cp)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cp(text.length)).toBe(Array.from(text).length);
  });

  test('agrees with Array.from at every offset that is not mid-pair', () => {
    const text = '😀😀 “x” 🇺🇸 e\u0301 \ud800 lone \udc00 z𝒳';
    const cp = toCodePoints(text);
    for (let i = 0; i <= text.length; i++) {
      if (midPair(text, i)) continue;
      expect(cp(i)).toBe(Array.from(text.slice(0, i)).length);
    }
  });

  test('a mid-pair offset maps to the code point of its pair, never past it', () => {
    const text = 'ab😀cd';
    const cp = toCodePoints(text);
    expect(midPair(text, 3)).toBe(true);
    expect(cp(3)).toBe(cp(2));
    expect(cp(3)).toBeLessThan(cp(4));
  });

  test('lone surrogates count as one code point each, as Array.from does', () => {
    const text = '\ud800a\udc00b';
    const cp = toCodePoints(text);
    expect([0, 1, 2, 3, 4].map(cp)).toEqual([0, 1, 2, 3, 4]);
  });

  test('the empty text has one offset, 0', () => {
    const cp = toCodePoints('');
    expect(cp(0)).toBe(0);
    expect(() => cp(1)).toThrow(RangeError);
  });

  test('offsets outside the text throw a RangeError', () => {
    const cp = toCodePoints('abc');
    expect(() => cp(4)).toThrow(RangeError);
    expect(() => cp(-1)).toThrow(RangeError);
  });
});

describe('claimId', () => {
  test.each([
    ['a.txt', 'We will reopen.', 1],
    ['seeds/000_d15032eb7a1b3ddf.txt', 'The union never contested the actual policy itself,', 1],
    ['-', 'no', 3],
    ['dir/naïve 😀.txt', 'Our 𝒳 plan works,', 2],
    ['', '', 1],
  ])('claimId(%j, %j, %i) is c- + 12 hex of sha256(doc\\0text\\0occurrence)', (doc, text, n) => {
    const id = claimId(doc, text, n);
    expect(id).toMatch(/^c-[0-9a-f]{12}$/);
    expect(id).toBe(expectedId(doc, text, n));
  });

  test('depends on the doc, the text and the occurrence', () => {
    const ids = new Set([claimId('a.txt', 'x y', 1), claimId('b.txt', 'x y', 1), claimId('a.txt', 'x y', 2), claimId('a.txt', 'x z', 1), claimId('a.txt', 'x y1', 1)]);
    expect(ids.size).toBe(5);
  });
});

describe('foldQuotation', () => {
  test.each([
    ['We  will\n reopen', 'We will reopen'],
    ['  We\u00a0will\r\n\treopen. ', 'We will reopen.'],
    ['the “plan” works', 'the "plan" works'],
    ['the ‘plan’ works', 'the "plan" works'],
    ['the «plan» works', 'the "plan" works'],
    ['the `plan\' works', 'the "plan" works'],
    ['the „plan“ works', 'the "plan" works'],
    ['don’t', 'don"t'],
  ])('foldQuotation(%j) is %j', (text, expected) => {
    expect(foldQuotation(text)).toBe(expected);
  });

  test.each([
    ['We will reopen', 'we will reopen'],
    ['We will reopen', 'We will reopen.'],
    ['We will reopen', 'We will close'],
  ])('keeps case, punctuation and words apart: %j vs %j', (a, b) => {
    expect(foldQuotation(a)).not.toBe(foldQuotation(b));
  });
});

describe('buildClaims', () => {
  // 😀 (2 units) before the quotation; 𝒳 (2 units) inside it.
  const text = '😀 “Our 𝒳 plan works,” Jane Doe said. She left.';
  const at = (s: string, from = 0) => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`not in text: ${s}`);
    return { start: i, end: i + s.length };
  };
  const sentences: Sentence[] = [
    { ...at('😀 “Our 𝒳 plan works,” Jane Doe said.'), index: 0, paragraph: 0 },
    { ...at('She left.'), index: 1, paragraph: 0 },
  ];
  const quote = at('Our 𝒳 plan works,');
  const attribution: Attribution = {
    type: 'direct',
    content: quote,
    speaker: { ...at('Jane Doe'), name: 'Jane Doe', kind: 'person' },
    cue: { ...at('said'), lemma: 'say' },
    confidence: 0.9349999,
    rule: 'quote-comma-name-cue',
  };
  const doc = { path: 'dir/a.txt', text };
  const chars = Array.from(text);
  const cpSlice = (s: { start: number; end: number }) => chars.slice(s.start, s.end).join('');

  test('offsets are code points; every span slices back to its text', () => {
    const [c] = buildClaims(doc, sentences, [attribution]);
    expect(c).toBeDefined();
    expect(c!.quote).toEqual({ text: 'Our 𝒳 plan works,', start: 3, end: 20 });
    expect(cpSlice(c!.quote)).toBe(c!.quote.text);
    expect(cpSlice(c!.speaker!)).toBe('Jane Doe');
    expect(cpSlice(c!.cue!)).toBe('said');
    expect(c!.speaker).toMatchObject({ name: 'Jane Doe', kind: 'person', start: 22, end: 30 });
    expect(c!.cue).toMatchObject({ lemma: 'say', start: 31, end: 35 });
  });

  test('the id hashes the doc and the folded quotation text, first occurrence', () => {
    const [c] = buildClaims(doc, sentences, [attribution]);
    expect(c!.id).toBe(expectedId('dir/a.txt', 'Our 𝒳 plan works,', 1));
  });

  test('the same words quoted twice get occurrence 1 and 2, in quote order whatever the input order', () => {
    const twice = 'Jane said “Yes.” Bob said “Yes.”';
    const first = { start: twice.indexOf('Yes.'), end: twice.indexOf('Yes.') + 4 };
    const second = { start: twice.lastIndexOf('Yes.'), end: twice.lastIndexOf('Yes.') + 4 };
    const mk = (content: { start: number; end: number }): Attribution => ({ ...attribution, content, speaker: null, cue: null });
    const d = { path: 'b.txt', text: twice };
    const s: Sentence[] = [{ start: 0, end: twice.length, index: 0, paragraph: 0 }];
    const claims = buildClaims(d, s, [mk(second), mk(first)]);
    expect(claims.map((c) => c.id)).toEqual([expectedId('b.txt', 'Yes.', 1), expectedId('b.txt', 'Yes.', 2)]);
  });

  test('confidence is rounded to 2 decimals; doc, type, rule and sentence are kept', () => {
    const [c] = buildClaims(doc, sentences, [attribution]);
    expect(c).toMatchObject({ doc: 'dir/a.txt', type: 'direct', rule: 'quote-comma-name-cue', sentence: 0, confidence: 0.93 });
  });

  test('the sentence is the one holding the quote start', () => {
    const later: Attribution = { ...attribution, content: at('left'), speaker: null, cue: null };
    const [, c] = buildClaims(doc, sentences, [attribution, later]);
    expect(c!.sentence).toBe(1);
    expect(c!.speaker).toBeNull();
    expect(c!.cue).toBeNull();
  });

  test('records come out sorted by quote start, whatever the input order', () => {
    const later: Attribution = { ...attribution, content: at('She left.'), speaker: null, cue: null };
    const claims = buildClaims(doc, sentences, [later, attribution]);
    expect(claims.map((c) => c.quote.text)).toEqual(['Our 𝒳 plan works,', 'She left.']);
  });

  test('does not touch its inputs', () => {
    const copy = structuredClone(attribution);
    buildClaims(doc, sentences, [attribution]);
    expect(attribution).toEqual(copy);
  });

  test('sortClaims orders by doc (code units), then quote start, then end', () => {
    const base = buildClaims(doc, sentences, [attribution])[0]!;
    const mk = (d: string, start: number, end: number) => ({ ...base, doc: d, quote: { ...base.quote, start, end } });
    const sorted = sortClaims([mk('b', 1, 2), mk('a', 5, 9), mk('a', 5, 6), mk('B', 0, 1), mk('a', 1, 2)]);
    expect(sorted.map((c) => `${c.doc}:${c.quote.start}-${c.quote.end}`)).toEqual(['B:0-1', 'a:1-2', 'a:5-6', 'a:5-9', 'b:1-2']);
  });
});

describe('extract around astral characters', () => {
  test.each([
    '😀“We will reopen the office,” Jane Doe said.',
    '“We 😀 will reopen,” said Jane Doe.😀',
    '😀😀😀 Jane Doe said: “It is 𝒳-rated.” 😀',
    'Jane Doe said that the 😀 office would reopen.',
    '🇺🇸 “Yes,” he said. 👍🏽 “No,” she said.',
  ])('no span edge falls inside a surrogate pair: %j', (text) => {
    const chars = Array.from(text);
    const claims = extract({ path: 'a.txt', text });
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      for (const s of [c.quote, c.speaker, c.cue]) {
        if (!s) continue;
        // A mid-pair edge would leave a lone surrogate in the text and a code-point slice that disagrees.
        expect(s.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u);
        expect(chars.slice(s.start, s.end).join('')).toBe(s.text);
      }
    }
  });

  test('the quote after an emoji has exact code-point offsets', () => {
    const text = '😀“We will reopen the office,” Jane Doe said.';
    const claims = extract({ path: 'a.txt', text });
    const c = claims.find((x) => x.quote.text.startsWith('We will reopen'));
    expect(c).toBeDefined();
    expect(c!.quote.start).toBe(2); // 😀 is one code point, “ another
    expect(c!.id).toBe(expectedId('a.txt', foldQuotation(c!.quote.text)));
  });
});

describe('continues (issue 15): an interrupted quotation', () => {
  const run = (text: string) => extract({ path: 'a.txt', text });
  test.each([
    ['“We will win this race,” she said. “The count is wrong and we will prove it.”', 2],
    ['“We will win this race,” Jane Doe said. “The count is wrong.”\n\n“And we will prove it in court,” she added.', 3],
  ])('a later piece points at the claim it continues: %j', (text, pieces) => {
    const claims = run(text);
    expect(claims.length).toBe(pieces);
    expect(claims[0]!.continues).toBeUndefined();
    expect(claims[1]!.continues).toBe(claims[0]!.id);
    expect(claims[1]!.rule).toBe('quote-continued');
    for (const c of claims.slice(2)) expect(c.continues).toBeUndefined(); // attributed again: a new utterance
  });
  test.each([
    '“We will win this race,” she said. “The count is wrong,” he replied.',
    '“We will win this race,” she said.\n\nThe count went on into the night.',
    '“We will win this race,” she said. Jane Doe said the count is wrong.',
  ])('a quotation with its own attribution, or none after, continues nothing: %j', (text) => {
    for (const c of run(text)) expect(c.continues).toBeUndefined();
  });
});

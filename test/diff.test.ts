import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { formatDiff } from '../src/format/diff.js';
import { dice, diffClaims, wordsOf } from '../src/pipeline/diff.js';
import { extract } from '../src/pipeline/extract.js';
import { parseClaimsFile } from '../src/cli/diff.js';
import type { Claim, ClaimChange } from '../src/types.js';

const SEED = 'seeds/000_d15032eb7a1b3ddf.txt';
const TEXT = readFileSync(new URL(`../${SEED}`, import.meta.url), 'utf8');
const BASE = extract({ path: SEED, text: TEXT });
const claimsOf = (text: string) => extract({ path: SEED, text });
const plain = new Chalk({ level: 0 });
const color = new Chalk({ level: 1 });

function claim(over: Partial<Claim> & { text?: string } = {}): Claim {
  const { text = 'We will reopen the office on Monday.', ...rest } = over;
  return {
    id: 'c-000000000001', doc: 'a.txt', sentence: 0, type: 'direct',
    quote: { text, start: 1, end: 1 + text.length },
    speaker: { text: 'Jane Doe', start: 40, end: 48, name: 'Jane Doe', kind: 'person' },
    cue: { text: 'said', start: 49, end: 53, lemma: 'say' },
    confidence: 0.95, rule: 'quote-comma-name-cue',
    ...rest,
  };
}

describe('wordsOf and dice', () => {
  test.each([
    ['We will  reopen.', ['we', 'will', 'reopen']],
    ['don’t go', ['don"t', 'go']],
    ['U.S. e-mail', ['u.s', 'e-mail']],
  ])('wordsOf(%j)', (text, words) => expect(wordsOf(text)).toEqual(words));

  test.each([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['c', 'd'], 0],
    [['a', 'a', 'b'], ['a', 'b', 'b'], 2 * 2 / 6],
    [[], [], 1],
    [['a'], [], 0],
  ])('dice(%j, %j) = %d', (a, b, d) => expect(dice(a, b)).toBeCloseTo(d, 10));
});

describe('diffClaims', () => {
  test('no change: same claims, offsets moved, mention and confidence changed', () => {
    const a = claim();
    const b = claim({ quote: { ...a.quote, start: 100, end: 136 }, sentence: 4, confidence: 0.5, speaker: { ...a.speaker!, text: 'she' }, rule: 'other' });
    expect(diffClaims([a], [b])).toEqual([]);
  });

  test.each([
    ['speaker', { speaker: { text: 'Bob Roe', start: 40, end: 47, name: 'Bob Roe', kind: 'person' as const } }],
    ['speaker lost', { speaker: null }],
    ['type', { type: 'mixed' as const }],
    ['cue', { cue: { text: 'claimed', start: 49, end: 56, lemma: 'claim' } }],
    ['cue lost', { cue: null }],
  ])('same id, different %s: changed', (_, over) => {
    const a = claim();
    const b = claim(over);
    expect(diffClaims([a], [b])).toEqual([{ change: 'changed', id: a.id, before: a, after: b }]);
  });

  test('unmatched ids: removed and added when the words differ a lot, or the speaker differs', () => {
    const a = claim();
    const b = claim({ id: 'c-000000000002', text: 'Taxes are too high.' });
    const c = claim({ id: 'c-000000000003', text: 'We will reopen the office on Tuesday.', speaker: { ...a.speaker!, name: 'Bob Roe' } });
    expect(diffClaims([a], [b, c]).map((x) => [x.change, x.id])).toEqual([
      ['removed', a.id], ['added', b.id], ['added', c.id],
    ]);
  });

  test('a few words edited, same doc and speaker: one changed, with the new id', () => {
    const a = claim();
    const b = claim({ id: 'c-000000000002', text: 'We will reopen the office on Tuesday.' });
    expect(diffClaims([a], [b])).toEqual([{ change: 'changed', id: b.id, before: a, after: b }]);
    // Not in another document.
    expect(diffClaims([a], [{ ...b, doc: 'b.txt' }]).map((x) => x.change)).toEqual(['removed', 'added']);
    // The threshold decides.
    expect(diffClaims([a], [b], { similarity: 0.95 }).map((x) => x.change)).toEqual(['removed', 'added']);
  });

  test('pairs the most similar first, each claim once', () => {
    const a = claim({ id: 'c-a', text: 'one two three four five six' });
    const near = claim({ id: 'c-n', text: 'one two three four five seven' });
    const far = claim({ id: 'c-f', text: 'one two three four eight nine' });
    expect(diffClaims([a], [far, near]).map((x) => [x.change, x.id])).toEqual([['changed', 'c-n'], ['added', 'c-f']]);
  });

  test('does not touch its inputs; duplicate ids pair in order', () => {
    const a = claim();
    const before = [a, a];
    const copy = structuredClone(before);
    expect(diffClaims(before, [a])).toEqual([{ change: 'removed', id: a.id, before: a, after: null }]);
    expect(before).toEqual(copy);
  });

  test('issue 17: an article with an added first line has no change', () => {
    expect(diffClaims(BASE, claimsOf(`Updated at 5 p.m. with new details.\n\n${TEXT}`))).toEqual([]);
  });

  test('issue 17: one quotation’s words changed gives exactly that one claim, as changed', () => {
    const edited = TEXT.replace('never contested', 'never once contested');
    expect(edited).not.toBe(TEXT);
    const changes = diffClaims(BASE, claimsOf(edited));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ change: 'changed', before: { quote: { text: 'The union never contested the actual policy itself,' } }, after: { quote: { text: 'The union never once contested the actual policy itself,' } } });
  });

  test('a paragraph cut: its claims removed, nothing else', () => {
    const para = TEXT.split('\n\n').find((p) => BASE.some((c) => p.includes(c.quote.text)) && BASE.filter((c) => p.includes(c.quote.text)).length === 1)!;
    const changes = diffClaims(BASE, claimsOf(TEXT.replace(para + '\n\n', '')));
    expect(changes.map((c) => c.change)).toEqual(['removed']);
    expect(para).toContain(changes[0]!.before!.quote.text);
  });
});

describe('formatDiff', () => {
  const a = claim({ text: 'We will reopen the "office" on Monday.' });
  const b = claim({ id: 'c-000000000002', text: 'We will reopen the “office” on Tuesday.' });
  const r = claim({ id: 'c-000000000009', doc: 'b.txt', type: 'indirect', text: 'taxes were too high', cue: null });
  const changes: ClaimChange[] = [{ change: 'changed', id: b.id, before: a, after: b }, { change: 'removed', id: r.id, before: r, after: null }];
  const opts = { chalk: plain, width: 100, stat: false };

  test('json is the array of {change, id, before, after}; [] when empty', () => {
    expect(formatDiff(changes, 'json', opts)).toBe(JSON.stringify(changes, null, 2) + '\n');
    expect(JSON.parse(formatDiff(changes, 'json', opts))).toEqual(changes);
    expect(formatDiff([], 'json', opts)).toBe('[]\n');
  });

  test('jsonl is one change per line; nothing when empty', () => {
    const lines = formatDiff(changes, 'jsonl', opts).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(changes);
    expect(formatDiff([], 'jsonl', opts)).toBe('');
  });

  test('table without colour marks edited words [-old-] {+new+} and has no escapes', () => {
    const out = formatDiff(changes, 'table', opts);
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toContain('“We will reopen the “office” on [-Monday.-] {+Tuesday.+}”');
    expect(out).toContain('changed  c-000000000002  Jane Doe said');
    expect(out).toContain('removed  c-000000000009  Jane Doe');
    expect(out).toContain('taxes were too high');
    expect(out.trimEnd().split('\n').pop()).toBe('0 added, 1 removed, 1 changed in 2 documents');
    expect(formatDiff([], 'table', opts)).toBe('no changes\n');
  });

  test('table with colour paints the edited words instead of bracketing them', () => {
    const out = formatDiff(changes, 'table', { ...opts, chalk: color });
    expect(out).toMatch(/\u001b\[/);
    expect(out).not.toContain('[-');
    expect(out).toContain(color.red.strikethrough('Monday.'));
    expect(out).toContain(color.green.underline('Tuesday.'));
  });

  test('table: a changed attribution says what changed; long quotes wrap within the width', () => {
    const c = claim({ id: 'c-x', speaker: null, text: 'word '.repeat(40).trim() });
    const out = formatDiff([{ change: 'changed', id: 'c-x', before: claim({ id: 'c-x', text: c.quote.text }), after: c }], 'table', { ...opts, width: 60 });
    expect(out).toContain('speaker: Jane Doe → (none)');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  test('--stat: counts only', () => {
    expect(JSON.parse(formatDiff(changes, 'json', { ...opts, stat: true }))).toEqual({ added: 0, removed: 1, changed: 1 });
    expect(formatDiff(changes, 'jsonl', { ...opts, stat: true })).toBe('{"added":0,"removed":1,"changed":1}\n');
    expect(formatDiff(changes, 'table', { ...opts, stat: true })).toBe('a.txt  0 added, 0 removed, 1 changed\nb.txt  0 added, 1 removed, 0 changed\n0 added, 1 removed, 1 changed in 2 documents\n');
    expect(formatDiff([], 'table', { ...opts, stat: true })).toBe('no changes\n');
  });
});

describe('parseClaimsFile', () => {
  const one = JSON.stringify(claim());
  test.each([
    ['', 0],
    ['\n\n', 0],
    ['[]\n', 0],
    [`[\n  ${one}\n]\n`, 1],
    [`[${one},${one}]`, 2],
    [`${one}\n\n${one}\n`, 2],
    [`\uFEFF${one}\r\n${one}`, 2],
  ])('reads %j', (text, n) => {
    const r = parseClaimsFile(text);
    expect('claims' in r && r.claims.length).toBe(n);
  });

  test.each([
    [`${one}\n${one}\n{"id": "c-1"`, 3, 'not valid JSON'],
    [`${one}\n\n{"id": "c-1"}`, 3, 'not a claim record'],
    [`${one}\n[1]`, 2, 'not a claim record'],
    [`[\n  ${one},\n  {"id": 1}\n]`, 3, 'not a claim record'],
    [`[\n  ${one},\n  {"id": \n]`, 3, 'not valid JSON'],
    [`[\n  ${one},\n]`, 3, 'not valid JSON'],
    [`[\n  ${one}\n`, 3, 'not closed'],
    [`[\n  ${one},\n  {"id": "c-1",\n  "doc": "a`, 3, 'not valid JSON'],
    [`[\n  ${one}\n]\nx`, 4, 'after the array'],
    [`[${one}]`.replace('"direct"', '"quoted"'), 1, 'not a claim record'],
  ])('a problem in %j is on line %i', (text, line, reason) => {
    const r = parseClaimsFile(text);
    expect('problem' in r).toBe(true);
    if ('problem' in r) {
      expect(r.problem.line).toBe(line);
      expect(r.problem.reason).toContain(reason);
    }
  });
});

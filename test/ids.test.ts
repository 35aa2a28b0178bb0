import { readdirSync, readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as plainTest } from 'vitest';
import { foldQuotation } from '../src/pipeline/claims.js';
import { extract, extractSentences } from '../src/pipeline/extract.js';
import type { Claim } from '../src/types.js';

/**
 * Issue 17: claim ids come from the claim's own words, so an edit above, below or between claims leaves
 * every other claim's id as it was. Real articles (seeds/), edited at line and sentence boundaries.
 */
const numRuns = Math.max(30, Math.floor(Number(process.env.FUZZ_RUNS ?? 200) / 5));
const timeout = Math.max(60_000, numRuns * 500);

const ROOT = new URL('../', import.meta.url);
const SEEDS = readdirSync(new URL('seeds/', ROOT)).filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`);
const TEXTS = new Map(SEEDS.map((p) => [p, readFileSync(new URL(p, ROOT), 'utf8').replace(/^\uFEFF/u, '')]));
const BEFORE = new Map(SEEDS.map((p) => [p, extract({ path: p, text: TEXTS.get(p)! })]));

/** Text with no claim of its own and nothing that could attach to a neighbour's. */
const INSERTS = [
  'Updated at 5 p.m. with new details.',
  'Correction: an earlier version of this article misstated the date of the hearing.',
  'The hearing lasted three hours.',
  'Photo: Jane Doe for the Herald.',
  'Read more: Immigration policy in 2014',
] as const;

interface Edit {
  readonly at: number; // code points
  readonly removed: number; // code points removed at `at`
  readonly inserted: string;
}

/** Line starts, and sentence ends (code points), of a seed. */
function boundaries(path: string): { lines: number[]; sentenceEnds: number[]; sentences: { start: number; end: number }[] } {
  const chars = Array.from(TEXTS.get(path)!);
  const lines = [0];
  chars.forEach((c, i) => c === '\n' && lines.push(i + 1));
  const sentences = extractSentences({ path, text: TEXTS.get(path)! }).map((s) => ({ start: s.start, end: s.end }));
  return { lines, sentenceEnds: sentences.map((s) => s.end), sentences };
}
const BOUNDS = new Map(SEEDS.map((p) => [p, boundaries(p)]));

const edit = fc
  .record({ seed: fc.constantFrom(...SEEDS), kind: fc.constantFrom('insert-line', 'insert-sentence', 'delete-line', 'delete-sentence'), pick: fc.nat(), text: fc.constantFrom(...INSERTS) })
  .map(({ seed, kind, pick, text }): { seed: string; edit: Edit; kind: string } => {
    const b = BOUNDS.get(seed)!;
    const chars = Array.from(TEXTS.get(seed)!);
    if (kind === 'insert-line') {
      const at = b.lines[pick % b.lines.length]!;
      return { seed, kind, edit: { at, removed: 0, inserted: `${text}\n\n` } };
    }
    if (kind === 'insert-sentence') {
      const at = b.sentenceEnds[pick % b.sentenceEnds.length]!;
      return { seed, kind, edit: { at, removed: 0, inserted: ` ${text}` } };
    }
    if (kind === 'delete-line') {
      const i = pick % b.lines.length;
      const at = b.lines[i]!;
      const next = b.lines[i + 1] ?? chars.length;
      return { seed, kind, edit: { at, removed: next - at, inserted: '' } };
    }
    const s = b.sentences[pick % b.sentences.length]!;
    let end = s.end;
    while (end < chars.length && chars[end] === ' ') end++;
    return { seed, kind, edit: { at: s.start, removed: end - s.start, inserted: '' } };
  });

function apply(text: string, e: Edit): string {
  const chars = Array.from(text);
  return chars.slice(0, e.at).join('') + e.inserted + chars.slice(e.at + e.removed).join('');
}

/** The old claims whose quotation is outside the edit, with where that quotation is after it. */
function untouched(claims: readonly Claim[], e: Edit): { claim: Claim; start: number; end: number }[] {
  const shift = Array.from(e.inserted).length - e.removed;
  return claims
    .filter((c) => c.quote.end <= e.at || c.quote.start >= e.at + e.removed)
    .map((c) => (c.quote.start >= e.at + e.removed ? { claim: c, start: c.quote.start + shift, end: c.quote.end + shift } : { claim: c, start: c.quote.start, end: c.quote.end }));
}

describe('ids survive edits elsewhere (issue 17)', () => {
  test.prop([edit], { numRuns })('an inserted or deleted line or sentence changes no other claim’s id', ({ seed, edit: e }) => {
    const before = BEFORE.get(seed)!;
    const text = apply(TEXTS.get(seed)!, e);
    const after = extract({ path: seed, text });
    const byPlace = new Map(after.map((c) => [`${c.quote.start}:${c.quote.end}`, c]));
    // Words the edit removed: a later quotation of the same words moves up one occurrence (its id may change).
    const gone = new Set(before.filter((c) => !(c.quote.end <= e.at || c.quote.start >= e.at + e.removed)).map((c) => foldQuotation(c.quote.text)));
    let compared = 0;
    for (const { claim, start, end } of untouched(before, e)) {
      const now = byPlace.get(`${start}:${end}`);
      if (!now || gone.has(foldQuotation(claim.quote.text))) continue; // not found again (the edit changed how it reads)
      expect(now.quote.text).toBe(claim.quote.text);
      expect(now.id, `${claim.quote.text} after ${JSON.stringify(e)}`).toBe(claim.id);
      compared++;
    }
    // Most claims are found again where they moved to: the test compares, it does not skip.
    expect(compared).toBeGreaterThanOrEqual(Math.floor(untouched(before, e).length / 2));
  }, timeout);

  plainTest.each(SEEDS)('a line added at the top of %s keeps every id', (seed) => {
    const before = BEFORE.get(seed)!;
    const after = extract({ path: seed, text: `Updated at 5 p.m. with new details.\n\n${TEXTS.get(seed)!}` });
    expect(before.length).toBeGreaterThan(0);
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
  });

  plainTest('re-wrapping and a change of quotation-mark style keep the id; editing the words changes it', () => {
    const id = (text: string) => extract({ path: 'a.txt', text }).map((c) => c.id);
    const base = id('“We will reopen the office on Monday,” Jane Doe said.');
    expect(base).toHaveLength(1);
    expect(id('"We will reopen the\noffice on Monday," Jane Doe said.')).toEqual(base);
    expect(id('Intro line.\n\n“We  will reopen the office on Monday,” Jane Doe said.')).toEqual(base);
    expect(id('“We will reopen the office on Tuesday,” Jane Doe said.')).not.toEqual(base);
  });

  plainTest('the same words quoted twice get two ids, and a quotation added above does not swap them', () => {
    const text = '“No comment,” Jane Doe said.\n\nLater, “No comment,” Bob Roe said.';
    const [a, b] = extract({ path: 'a.txt', text });
    expect(a!.id).not.toBe(b!.id);
    const below = extract({ path: 'a.txt', text: text + '\n\n“We will see,” Ann Poe said.' });
    expect(below.slice(0, 2).map((c) => c.id)).toEqual([a!.id, b!.id]);
  });
});

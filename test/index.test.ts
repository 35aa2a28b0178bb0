import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { extract, filter, format, FORMAT_NAMES, formatter, sentences, speakers } from '../src/index.js';
import type * as Api from '../src/index.js';
import { extract as extractDoc, extractSentences } from '../src/pipeline/extract.js';
import { groupSpeakers } from '../src/pipeline/speakers.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEEDS = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seed = (f: string) => readFileSync(path.join(ROOT, 'seeds', f), 'utf8');
const STORY = '“We will win,” said Jane Doe. She added that the vote was close. “Maybe,” someone said.';

// Worker threads run compiled JavaScript: extractAll comes from dist/ (npm test builds first).
let lib: typeof Api;
beforeAll(async () => {
  lib = (await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)) as typeof Api;
});

describe('extract(text, { doc })', () => {
  test('the pipeline’s claims with a speaker; doc defaults to "-" (as stdin)', () => {
    const got = extract(STORY);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(extractDoc({ path: '-', text: STORY }).filter((c) => c.speaker !== null));
    expect(got.every((c) => c.doc === '-')).toBe(true);
  });
  test('{ all: true } keeps the quotations with no speaker; { doc } names the document', () => {
    expect(extract(STORY, { all: true, doc: 'a.txt' })).toEqual(extractDoc({ path: 'a.txt', text: STORY }));
  });
  test('a leading BOM is dropped, as when a file is read', () => {
    expect(extract('\uFEFF' + STORY)).toEqual(extract(STORY));
  });
});

test('sentences(text) and speakers(claims) are the CLI’s records', () => {
  expect(sentences(STORY, { doc: 'x' })).toEqual(extractSentences({ path: 'x', text: STORY }));
  const claims = SEEDS.flatMap((f) => extract(seed(f), { doc: f }));
  expect(speakers(claims)).toEqual(groupSpeakers(claims));
});

test('format(kind, records, name): every format, no colour unless asked', () => {
  const claims = extract(STORY);
  for (const name of FORMAT_NAMES) expect(format('claims', claims, name)).not.toMatch(/\u001b\[/);
  expect(JSON.parse(format('claims', claims, 'json'))).toEqual(claims);
  expect(format('claims', claims, 'table', { color: true })).toMatch(/\u001b\[/);
  expect(() => format('claims', claims, 'xml' as Api.FormatName)).toThrow(/unknown format/);
});

test('formatter(kind, name): begin, item per record, end joined are format()’s text, for every format', () => {
  const claims = SEEDS.flatMap((f) => extract(seed(f), { doc: f }));
  for (const name of FORMAT_NAMES) {
    const f = formatter('claims', name, { explain: true });
    expect(f.begin() + claims.map((c) => f.item(c)).join('') + f.end()).toBe(format('claims', claims, name, { explain: true }));
  }
});

describe('filter: --speaker matches the resolved name or a non-pronoun mention of it', () => {
  const text = '“We will win,” said Jane Doe. “We lost,” said Tom Hart. “It was close,” she said. “No,” he said.';
  const claims = extract(text);
  test.each([
    ['jane doe', ['We will win,', 'It was close,']], // the name: also where she is "she"
    ['DOE', []], // not a mention as written here ("Jane Doe" is)
    ['she', []], // a pronoun is never a mention of the entity
    ['he', []],
    ['Tom Hart', ['We lost,', 'No,']],
  ])('-s %j', (who, quotes) => {
    expect(claims.some((c) => c.speaker?.text === 'she' && c.speaker.name === 'Jane Doe')).toBe(true);
    expect(filter(claims, { speaker: who }).map((c) => c.quote.text)).toEqual(quotes);
  });
  test('a mention as written selects the entity’s claims in that document only', () => {
    const a = extract('“Yes,” said Chris Crane. “No,” Crane said. “Maybe,” he said.', { doc: 'a' });
    const b = extract('“Later,” said Hart Crane.', { doc: 'b' });
    expect(filter([...a, ...b], { speaker: 'crane' }).map((c) => c.quote.text)).toEqual(['Yes,', 'No,', 'Maybe,']);
  });
});

describe('extractAll(docs, { jobs })', () => {
  const docs = SEEDS.map((f) => ({ id: f, text: seed(f) }));
  test('yields each document’s claims in input order, the same for any jobs, as extract gives them', async () => {
    const runs: Api.DocClaims[][] = [];
    for (const jobs of [1, 3]) {
      const got: Api.DocClaims[] = [];
      for await (const d of lib.extractAll(docs, { jobs })) got.push(d);
      runs.push(got);
    }
    expect(runs[0]!.map((d) => d.doc)).toEqual(SEEDS);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[0]!.map((d) => d.claims)).toEqual(docs.map((d) => lib.extract(d.text, { doc: d.id })));
  });
  test('takes an async iterable and a filter', async () => {
    async function* gen() {
      for (const d of docs) yield d;
    }
    const got: Api.DocClaims[] = [];
    for await (const d of lib.extractAll(gen(), { jobs: 2, filter: { types: ['direct'] } })) got.push(d);
    expect(got.flatMap((d) => d.claims)).toEqual(docs.flatMap((d) => lib.extract(d.text, { doc: d.id })).filter((c) => c.type === 'direct'));
  });
  test('jobs must be a whole number ≥ 1', async () => {
    await expect(lib.extractAll([], { jobs: 0 }).next()).rejects.toThrow(RangeError);
  });
});

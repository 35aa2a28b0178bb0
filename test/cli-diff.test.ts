import { runClaims } from './helpers/run-bin.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimChange } from '../src/types.js';

/** `claims diff`, run as the built bin (as in test/cli.test.ts; `npm test` builds first). */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = path.join(ROOT, 'bin/claims.js');
const SEED = 'seeds/000_d15032eb7a1b3ddf.txt';
const TEXT = readFileSync(path.join(ROOT, SEED), 'utf8');
const ANSI = /\u001b\[/;
const claims = (args: readonly string[], opts: { input?: string; env?: Record<string, string> } = {}) => runClaims(args, opts);
const BASE_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), LANG: 'C.UTF-8' };


const parseJsonl = (s: string): ClaimChange[] => s.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as ClaimChange);

let dir: string;
const at = (name: string) => path.join(dir, name);
const EDITED = TEXT.replace('never contested', 'never once contested');
const TOP = `Updated at 5 p.m. with new details.\n\n${TEXT}`;

/** Extract `text` as doc `story` (through --input jsonl, so both versions get the same doc) to a file. */
async function extractTo(name: string, text: string, format: 'json' | 'jsonl'): Promise<void> {
  const r = await claims(['extract', '--input', 'jsonl', '-f', format], { input: JSON.stringify({ id: 'story', text }) + '\n' });
  expect(r.code).toBe(0);
  writeFileSync(at(name), r.stdout);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claims-diff-'));
  await Promise.all([extractTo('old.json', TEXT, 'json'), extractTo('old.jsonl', TEXT, 'jsonl'), extractTo('top.jsonl', TOP, 'jsonl'), extractTo('edited.jsonl', EDITED, 'jsonl')]);
  writeFileSync(at('v1.txt'), TEXT);
  writeFileSync(at('v2.txt'), EDITED);
  writeFileSync(at('v2-top.txt'), TOP);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claims diff: exit status', () => {
  test('0, and [] on stdout, for an article whose only change is an added first line (json vs jsonl files)', async () => {
    const r = await claims(['diff', at('old.json'), at('top.jsonl')]);
    expect(r).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' });
  });

  test('1, and exactly the one claim whose words changed', async () => {
    const r = await claims(['diff', at('old.jsonl'), at('edited.jsonl'), '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const changes = parseJsonl(r.stdout);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ change: 'changed', before: { doc: 'story', quote: { text: 'The union never contested the actual policy itself,' } }, after: { quote: { text: 'The union never once contested the actual policy itself,' } } });
    expect(changes[0]!.id).toBe(changes[0]!.after!.id);
  });

  test('1 both ways round: OLD and NEW swapped', async () => {
    const r = await claims(['diff', at('edited.jsonl'), at('old.json'), '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout).map((c) => c.change)).toEqual(['changed']);
  });

  test('2 for a file that cannot be read: one line, nothing on stdout', async () => {
    const r = await claims(['diff', at('nope.jsonl'), at('old.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`claims: ${at('nope.jsonl')}: no such file or directory\n`);
  });

  test('2 for a malformed line, with its number', async () => {
    const lines = readFileSync(at('old.jsonl'), 'utf8').split('\n');
    lines[2] = lines[2]!.slice(0, 40);
    writeFileSync(at('bad.jsonl'), lines.join('\n'));
    const r = await claims(['diff', at('old.jsonl'), at('bad.jsonl')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`claims: ${at('bad.jsonl')}:3: not valid JSON\n`);
  });

  test('2 for a record that is not a claim, in a JSON array, with the line it starts on', async () => {
    writeFileSync(at('notclaim.json'), '[\n  {"id": "c-1", "doc": "a"}\n]\n');
    const r = await claims(['diff', at('notclaim.json'), at('old.jsonl')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(new RegExp(`^claims: ${at('notclaim.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not a claim record.*\\n$`));
  });

  test.each([
    [['diff', 'only-one.jsonl']],
    [['diff', '-', '-']],
    [['diff', 'a.jsonl', 'b.jsonl', '--doc', 'x']],
    [['diff', 'a.jsonl', 'b.jsonl', '-f', 'csv']],
    [['diff', 'a.jsonl', 'b.jsonl', '--similarity', '2']],
  ])('2 for a usage error: %j', async (args) => {
    const r = await claims(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--help/);
  });
});

describe('claims diff --text', () => {
  test('0 for an added first line; the doc is NEW as given', async () => {
    const r = await claims(['diff', '--text', at('v1.txt'), at('v2-top.txt'), '-f', 'jsonl']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  test('1 for an edited quotation; --doc names the doc', async () => {
    const r = await claims(['diff', '--text', at('v1.txt'), at('v2.txt'), '-f', 'jsonl']);
    expect(r.code).toBe(1);
    const [c, ...rest] = parseJsonl(r.stdout);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ change: 'changed', before: { doc: at('v2.txt') }, after: { doc: at('v2.txt') } });
    const named = await claims(['diff', '--text', at('v1.txt'), at('v2.txt'), '--doc', 'story', '-f', 'jsonl']);
    expect(parseJsonl(named.stdout)[0]).toMatchObject({ before: { doc: 'story' }, after: { doc: 'story' } });
  });

  test('NEW from stdin', async () => {
    const r = await claims(['diff', '--text', at('v1.txt'), '-', '--doc', 'story', '-f', 'jsonl'], { input: EDITED });
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout)).toHaveLength(1);
  });

  test('2 when a version cannot be read', async () => {
    const r = await claims(['diff', '--text', at('v1.txt'), at('missing.txt')]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `claims: ${at('missing.txt')}: no such file or directory\n` });
  });
});

describe('claims diff: output formats', () => {
  test('json by default in a pipe: an array of {change, id, before, after}', async () => {
    const r = await claims(['diff', at('old.jsonl'), at('edited.jsonl')]);
    const changes = JSON.parse(r.stdout) as ClaimChange[];
    expect(changes).toHaveLength(1);
    expect(Object.keys(changes[0]!)).toEqual(['change', 'id', 'before', 'after']);
    expect(r.stdout.endsWith('\n]\n')).toBe(true);
  });

  test('a claims file on stdin (-)', async () => {
    const r = await claims(['diff', at('old.json'), '-', '-f', 'jsonl'], { input: readFileSync(at('edited.jsonl'), 'utf8') });
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout)).toHaveLength(1);
  });

  test('table without colour (NO_COLOR=1): edited words as [-…-] {+…+}, no escapes', async () => {
    const r = await claims(['diff', at('old.jsonl'), at('edited.jsonl'), '-f', 'table'], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toContain('story\n  changed  c-');
    expect(r.stdout).toContain('“The union never {+once+} contested the actual policy itself,”');
    expect(r.stdout).toContain('0 added, 0 removed, 1 changed in 1 document\n');
  });

  test('table with colour (--color): escapes, and no brackets', async () => {
    const r = await claims(['diff', at('old.jsonl'), at('edited.jsonl'), '-f', 'table', '--color']);
    expect(r.stdout).toMatch(ANSI);
    expect(r.stdout).not.toContain('{+');
  });

  test('table for no change says so', async () => {
    const r = await claims(['diff', at('old.json'), at('top.jsonl'), '-f', 'table']);
    expect(r).toMatchObject({ code: 0, stdout: 'no changes\n' });
  });

  test.each([
    ['json', '{\n  "added": 0,\n  "removed": 0,\n  "changed": 1\n}\n'],
    ['jsonl', '{"added":0,"removed":0,"changed":1}\n'],
    ['table', 'story  0 added, 0 removed, 1 changed\n0 added, 0 removed, 1 changed in 1 document\n'],
  ])('--stat -f %s: counts only', async (format, expected) => {
    const r = await claims(['diff', at('old.jsonl'), at('edited.jsonl'), '--stat', '-f', format], { env: { NO_COLOR: '1' } });
    expect(r).toMatchObject({ code: 1, stdout: expected, stderr: '' });
  });

  test('claims removed and added: a cut paragraph and a new quotation', async () => {
    const cut = TEXT.split('\n\n');
    const text = cut.filter((_, i) => i !== 5).join('\n\n') + '\n\n“We will appeal,” Jane Doe said.\n';
    await extractTo('cut.jsonl', text, 'jsonl');
    const r = await claims(['diff', at('old.jsonl'), at('cut.jsonl'), '-f', 'jsonl']);
    expect(r.code).toBe(1);
    const changes = parseJsonl(r.stdout);
    expect(changes.filter((c) => c.change === 'added').map((c) => c.after!.quote.text)).toEqual(['We will appeal,']);
    expect(changes.filter((c) => c.change === 'removed').length).toBeGreaterThan(0);
    for (const c of changes.filter((x) => x.change === 'removed')) expect(cut[5]).toContain(c.before!.quote.text);
  });
});

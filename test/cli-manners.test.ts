import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { HAS_PTY, onPty, PTY_SKIPPED } from './pty.js';

/** issue 18: the command line's manners (what it says, where, and with which status), on the built bin. */
const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/claims.js');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), LANG: 'C.UTF-8' };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'claims-manners-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const STORY = '“We will win,” said Jane Doe.\n';

function claims(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: { ...ENV, ...opts.env }, input: opts.input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (s: string) => s.split('\n').filter(Boolean);

describe('issue 18: directory walks say what they skip', { timeout: 60_000 }, () => {
  const dir = path.join(tmp, 'mixed');
  mkdirSync(path.join(dir, 'sub'), { recursive: true });
  writeFileSync(path.join(dir, 'a.txt'), STORY);
  for (const f of ['p.html', 'q.html', 'sub/r.html', 's.story', 'notes']) writeFileSync(path.join(dir, f), STORY);

  test('a count by extension, on stderr, once, at the end; records unchanged', () => {
    const r = claims(['extract', 'mixed', '-f', 'jsonl'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('claims: skipped 5 files (.html 3, .story 1, no extension 1); add them with --ext\n');
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { doc: string }).doc)).toEqual(['mixed/a.txt']);
  });
  test('--verbose names each skipped file', () => {
    const r = claims(['extract', 'mixed', '--verbose', '-f', 'jsonl'], { cwd: tmp });
    expect(lines(r.stderr)).toEqual([
      'claims: mixed/notes: extension not read (--ext adds it); skipped',
      'claims: mixed/p.html: extension not read (--ext adds it); skipped',
      'claims: mixed/q.html: extension not read (--ext adds it); skipped',
      'claims: mixed/s.story: extension not read (--ext adds it); skipped',
      'claims: mixed/sub/r.html: extension not read (--ext adds it); skipped',
      'claims: skipped 5 files (.html 3, .story 1, no extension 1); add them with --ext',
    ]);
  });
  test('--ext story,html reads them; only the rest is counted', () => {
    const r = claims(['extract', 'mixed', '--ext', 'story,html', '-f', 'jsonl'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('claims: skipped 1 file (no extension 1); add them with --ext\n');
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { doc: string }).doc)).toEqual(['mixed/a.txt', 'mixed/p.html', 'mixed/q.html', 'mixed/s.story', 'mixed/sub/r.html']);
  });
  test('a bad --ext is a usage error', () => {
    const r = claims(['extract', 'mixed', '--ext', 'a/b'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
  test('an empty directory: exit 1, one line', () => {
    mkdirSync(path.join(tmp, 'empty'));
    const r = claims(['extract', 'empty', '-f', 'jsonl'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('claims: empty: no input files (.txt, .text, .md)\n');
    expect(r.stdout).toBe('');
  });
});

describe('issue 18: messages and help', { timeout: 60_000 }, () => {
  test.each([
    [['extract', 'seeds', '--bogus'], 'extract'],
    [['extract', 'seeds', '--tpye', 'direct'], 'extract'],
    [['sentences', 'seeds', '-f', 'xml'], 'sentences'],
    [['speakers', 'seeds', '--min-confidence', '2'], 'speakers'],
    [['extract', '--input', 'jsonl', 'seeds'], 'extract'],
    [['--bogus'], null],
    [['bogus'], null],
    [['help', 'bogus'], null],
  ])('usage error %j: exit 2, one claims: line, then the hint to that command’s --help', (args, command) => {
    const r = claims(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [message, hint, ...rest] = lines(r.stderr);
    expect(message).toMatch(/^claims: \S/);
    expect(hint).toBe(`Run 'claims${command ? ` ${command}` : ''} --help' for usage.`);
    expect(rest).toEqual([]);
  });
  test('a misspelt option: the suggestion on the same line', () => {
    expect(lines(claims(['extract', 'seeds', '--tpye', 'direct']).stderr)[0]).toBe("claims: unknown option '--tpye' (did you mean --type?)");
  });
  test('--input jsonl with a PATH is a usage error naming it', () => {
    expect(lines(claims(['extract', '--input', 'jsonl', 'seeds'], { input: '{"id":"a","text":"x"}\n' }).stderr)[0]).toBe("claims: --input jsonl reads standard input: give no PATH (got 'seeds')");
  });
  test.each(['extract', 'sentences', 'speakers'])('claims help <command> is <command> --help: %s', (command) => {
    const help = claims(['help', command]);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(claims([command, '--help']).stdout);
    expect(help.stdout).toContain(`Usage: claims ${command}`);
  });
  test('claims help is claims --help, and lists the help command', () => {
    const r = claims(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(claims(['--help']).stdout);
    expect(r.stdout).toMatch(/^\s+help \[command\]/m);
  });
  test.each([[['--help']], [['extract', '--help']], [['speakers', '--help']]])('%j lists every exit status, 130 included', (args) => {
    const out = claims(args).stdout;
    for (const [code, what] of [['0', 'every input was read'], ['1', 'could not be read'], ['2', 'usage error'], ['130', 'interrupted']]) {
      expect(out).toMatch(new RegExp(`^\\s+${code}\\s+.*${what}`, 'm'));
    }
  });
});

describe('issue 18: --input jsonl, duplicate ids', { timeout: 60_000 }, () => {
  test('a warning with both line numbers; later duplicates get doc id#2, id#3…; no claim id twice', () => {
    const doc = (id: string) => JSON.stringify({ id, text: STORY });
    const r = claims(['extract', '--input', 'jsonl', '-f', 'jsonl'], { input: [doc('a'), doc('b'), doc('a'), doc('a#2'), doc('a')].join('\n') + '\n' });
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([
      'claims: -:3: duplicate id "a" (line 1); its records have doc "a#2"',
      'claims: -:4: duplicate id "a#2" (line 3); its records have doc "a#2#2"',
      'claims: -:5: duplicate id "a" (line 1); its records have doc "a#3"',
    ]);
    const records = lines(r.stdout).map((l) => JSON.parse(l) as { id: string; doc: string });
    expect(records.map((c) => c.doc)).toEqual(['a', 'b', 'a#2', 'a#2#2', 'a#3']);
    expect(new Set(records.map((c) => c.id)).size).toBe(records.length);
  });
  test('distinct ids: no warning, docs are the ids', () => {
    const r = claims(['extract', '--input', 'jsonl', '-f', 'jsonl'], { input: `{"id":"x","text":${JSON.stringify(STORY)}}\n{"id":7,"text":${JSON.stringify(STORY)}}\n` });
    expect(r.stderr).toBe('');
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { doc: string }).doc)).toEqual(['x', '7']);
  });
});

describe(`issue 18: colour and progress ${PTY_SKIPPED}`, { timeout: 60_000 }, () => {
  const node = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;
  test.skipIf(!HAS_PTY)(`FORCE_COLOR=0 turns colour off on a terminal (${PTY_SKIPPED})`, () => {
    const command = `${node} extract seeds -f table`;
    expect(onPty(command, { cwd: ROOT, env: { ...ENV, TERM: 'xterm' } }).stdout).toMatch(/\u001b\[3\dm/);
    expect(onPty(command, { cwd: ROOT, env: { ...ENV, TERM: 'xterm', FORCE_COLOR: '0' } }).stdout).not.toMatch(/\u001b\[3\dm/);
  });
  test.skipIf(!HAS_PTY)(`--input jsonl on a terminal: a progress line of documents done and MB/s (${PTY_SKIPPED})`, () => {
    const input = path.join(tmp, 'sixty.jsonl');
    writeFileSync(input, Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `d${i}`, text: STORY })).join('\n') + '\n');
    const r = onPty(`${node} extract --input jsonl -f jsonl < ${JSON.stringify(input)} > /dev/null`, { cwd: ROOT, env: { ...ENV, TERM: 'xterm' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\r\u001b\[2K\d+ documents, \d+\.\d MB\/s/);
    expect(r.stdout).toMatch(/\r\u001b\[2K$/); // cleared at the end
    // a pipe gets none
    const piped = claims(['extract', '--input', 'jsonl', '-f', 'jsonl'], { input: readFileSync(input, 'utf8') });
    expect(piped.stderr).toBe('');
  });
  test.skipIf(!HAS_PTY)(`a few --input jsonl documents: no progress line (${PTY_SKIPPED})`, () => {
    const input = path.join(tmp, 'three.jsonl');
    writeFileSync(input, Array.from({ length: 3 }, (_, i) => JSON.stringify({ id: `d${i}`, text: STORY })).join('\n') + '\n');
    const r = onPty(`${node} extract --input jsonl -f jsonl < ${JSON.stringify(input)} > /dev/null`, { cwd: ROOT, env: { ...ENV, TERM: 'xterm' } });
    expect(r.stdout).toBe('');
  });
});

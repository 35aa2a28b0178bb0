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
  test('claims diff --help lists its exit statuses, 130 included', () => {
    const out = claims(['diff', '--help']).stdout;
    for (const [code, what] of [['0', 'no change'], ['1', 'changes'], ['2', 'trouble'], ['130', 'interrupted']]) expect(out).toMatch(new RegExp(`^\\s+${code}\\s+${what}`, 'm'));
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

describe('issue 18: claims completion bash|zsh|fish', { timeout: 60_000 }, () => {
  const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
  /** Every long option a command's --help lists (the parser's own table, as the user sees it). */
  const optionsIn = (command: string) => {
    const help = claims([command, '--help']).stdout;
    return [...new Set(help.slice(help.indexOf('Options:'), help.indexOf('\nExit status:')).match(/--[a-z][a-z-]*/g) ?? [])];
  };
  const diffOptions = () => {
    const help = claims(['diff', '--help']).stdout;
    return [...new Set(help.slice(help.indexOf('Options:'), help.indexOf('\nExit status:')).match(/--[a-z][a-z-]*/g) ?? [])];
  };
  const COMMANDS = ['extract', 'sentences', 'speakers'];

  test.each(['bash', 'zsh', 'fish'])('%s: every command and every option of each', (shell) => {
    const r = claims(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const c of [...COMMANDS, 'diff', 'completion', 'help']) expect(r.stdout).toContain(c);
    for (const c of COMMANDS) {
      const options = optionsIn(c);
      expect(options).toEqual(expect.arrayContaining(['--format', '--output', '--ext', '--no-color', '--help']));
      // each option, as that shell spells it
      for (const o of options) expect(r.stdout).toContain(shell === 'fish' ? `-l ${o.slice(2)}` : o);
    }
    const diff = diffOptions();
    expect(diff).toEqual(expect.arrayContaining(['--text', '--similarity', '--stat']));
    for (const o of diff) expect(r.stdout).toContain(shell === 'fish' ? `-l ${o.slice(2)}` : o);
  });

  test('bash: the script parses (bash -n) and completes commands, options and values', () => {
    const script = path.join(tmp, 'claims.bash');
    writeFileSync(script, claims(['completion', 'bash']).stdout);
    expect(spawnSync('bash', ['-n', script], { encoding: 'utf8' }).stderr).toBe('');
    const complete = (...words: string[]) =>
      spawnSync('bash', ['-c', `source ${JSON.stringify(script)}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _claims; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' }).stdout.trim();
    expect(complete('claims', 'ex')).toBe('extract');
    expect(complete('claims', 'extract', '--fo')).toBe('--format');
    expect(complete('claims', 'speakers', '-f', 'j')).toBe('json jsonl');
    expect(complete('claims', 'extract', '--in')).toBe('--input');
    expect(complete('claims', 'completion', '')).toBe('bash zsh fish');
  });

  test.skipIf(!has('zsh'))('zsh: the script parses (zsh -n)', () => {
    const script = path.join(tmp, '_claims');
    writeFileSync(script, claims(['completion', 'zsh']).stdout);
    expect(spawnSync('zsh', ['-n', script], { encoding: 'utf8' }).status).toBe(0);
  });
  test.skipIf(!has('fish'))('fish: the script parses (fish -n)', () => {
    const script = path.join(tmp, 'claims.fish');
    writeFileSync(script, claims(['completion', 'fish']).stdout);
    expect(spawnSync('fish', ['-n', script], { encoding: 'utf8' }).status).toBe(0);
    const complete = (line: string) =>
      spawnSync('fish', ['--no-config', '-c', `source ${JSON.stringify(script)}; complete -C ${JSON.stringify(line)}`], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    expect(complete('claims ex')).toEqual(['extract']);
    expect(complete('claims extract --fo')).toEqual(['--format']);
    expect(complete('claims speakers -f j')).toEqual(['json', 'jsonl']);
  });

  test('an unknown shell is a usage error pointing to claims completion --help', () => {
    const r = claims(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)[1]).toBe("Run 'claims completion --help' for usage.");
  });
});

test('issue 18: no command: a claims: line first, then the help, on stderr, exit 2', () => {
  for (const args of [[]]) {
    const r = claims(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('claims: give a command (extract, sentences, speakers, diff, completion)');
    expect(r.stderr).toMatch(/Usage: claims/);
  }
});

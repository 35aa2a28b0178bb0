import { runClaims } from './helpers/run-bin.js';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatSize, parseSize } from '../src/cli/inputs.js';
import type { Claim } from '../src/types.js';

// issue 19: faults and hostile input: endless sources, big documents, full disks, odd names, a deleted
// working directory. Each runs the built bin (npm test builds first).
const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/claims.js');
const SEED = path.join(ROOT, 'seeds/000_d15032eb7a1b3ddf.txt');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), LANG: 'C.UTF-8' };
const POSIX = process.platform !== 'win32';
const SLOW = 60_000;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'claims-faults-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const claims = (args: readonly string[], opts: { input?: string | Buffer; cwd?: string } = {}) => runClaims(args, { ...opts, env: ENV });

const jsonl = (s: string): Claim[] => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Claim);
const lines = (s: string) => s.split('\n').filter(Boolean);

describe('issue 19: --max-size', { timeout: SLOW }, () => {
  test.each([
    ['200k', 200_000], ['200kB', 200_000], ['10MB', 10_000_000], ['10m', 10_000_000], ['1.5G', 1_500_000_000],
    ['4MiB', 4 * 1024 * 1024], ['500000', 500_000],
  ])('parseSize(%j) = %d', (text, bytes) => expect(parseSize(text)).toBe(bytes));
  test.each(['', 'abc', '-5', '10 parsecs', '0'])('parseSize(%j) is not a size', (text) => expect(parseSize(text)).toBeNull());
  test.each([[50_000_000, '50 MB'], [200_000, '200 kB'], [1_500_000_000, '1.5 GB'], [999, '999 bytes']])('formatSize(%d) = %j', (n, s) => expect(formatSize(n)).toBe(s));

  test.skipIf(!existsSync('/dev/zero'))('an endless source (/dev/zero) stops at the limit: one line, exit 1, the other input written', async () => {
    const r = await claims(['extract', '/dev/zero', SEED, '-f', 'jsonl', '--max-size', '200k']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('claims: /dev/zero: larger than 200 kB (use --max-size)\n');
    expect(jsonl(r.stdout).length).toBeGreaterThan(5);
  });

  test('a file over the limit is skipped with one line; stdin over the limit likewise', async () => {
    const big = path.join(tmp, 'big.txt');
    writeFileSync(big, readFileSync(SEED, 'utf8').repeat(60)); // ~300 kB
    const r = await claims(['extract', big, SEED, '-', '-f', 'jsonl', '--max-size', '200kB'], { input: 'x'.repeat(300_000) });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`claims: -: larger than 200 kB (use --max-size)`, `claims: ${big}: larger than 200 kB (use --max-size)`].sort());
    expect(new Set(jsonl(r.stdout).map((c) => c.doc))).toEqual(new Set([SEED]));
  });

  test('a JSONL line over the limit (even one with no end) is one failure; the other lines go on', async () => {
    const good = JSON.stringify({ id: 'good', text: readFileSync(SEED, 'utf8') });
    const input = `${good}\n{"id": "huge", "text": "${'a'.repeat(300_000)}"}\n${good.replace('"good"', '"again"')}\n{"id": "endless", "text": "${'b'.repeat(300_000)}`;
    const r = await claims(['extract', '--input', 'jsonl', '-f', 'jsonl', '--max-size', '200k'], { input });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(['claims: -:2: larger than 200 kB (use --max-size)', 'claims: -:4: larger than 200 kB (use --max-size)']);
    expect([...new Set(jsonl(r.stdout).map((c) => c.doc))]).toEqual(['good', 'again']);
  });

  test('a bad --max-size is a usage error', async () => {
    const r = await claims(['extract', SEED, '--max-size', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('issue 19: write errors', { timeout: SLOW }, () => {
  const full = existsSync('/dev/full');
  const sh = (command: string) => spawnSync('sh', ['-c', command], { cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 45_000 });
  test.skipIf(!full)('stdout on a full disk: one line, exit 1, no stack trace', () => {
    for (const args of [`extract ${SEED} -f jsonl`, `extract ${SEED} -f md`, `speakers ${SEED}`, '--help', 'extract --help']) {
      const r = sh(`node ${BIN} ${args} > /dev/full`);
      expect(r.status, args).toBe(1);
      expect(r.stderr, args).toBe('claims: stdout: no space left on device\n');
    }
  });
  test.skipIf(!full)('claims diff on a full disk: one line, exit 2, whether or not anything changed', () => {
    for (const other of [SEED, 'seeds/../README.md']) {
      const r = sh(`node ${BIN} diff --text ${SEED} ${other} -f json > /dev/full`);
      expect(r.status, other).toBe(2);
      expect(r.stderr, other).toBe('claims: stdout: no space left on device\n');
    }
  });
  test.skipIf(!full)('stderr on a full disk: exit 1, the records still on stdout, no crash', () => {
    const r = sh(`node ${BIN} extract missing.txt ${SEED} -f jsonl 2>/dev/full`);
    expect(r.status).toBe(1);
    expect(jsonl(r.stdout).length).toBeGreaterThan(5);
  });
});

describe('issue 19: hostile names and input', { timeout: SLOW }, () => {
  test('a missing path with a newline and ESC in its name: one line, escaped', async () => {
    const r = await claims(['extract', 'no\nsuch\u001b[31m.txt', SEED, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('claims: no\\nsuch\\u001b[31m.txt: no such file or directory\n');
  });

  test('--input jsonl: a byte-order mark before the first line is dropped', async () => {
    const line = JSON.stringify({ id: 'a', text: readFileSync(SEED, 'utf8') });
    const r = await claims(['extract', '--input', 'jsonl', '-f', 'jsonl'], { input: `\uFEFF${line}\n` });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).length).toBeGreaterThan(5);
  });

  test('--input jsonl: lone surrogates are U+FFFD in every format, at the same offsets', async () => {
    const input = '{"id": "s\\ud800", "text": "Jane Doe said: \\"We will \\udc00 reopen \\ud83d.\\""}\n';
    const json = JSON.parse((await claims(['extract', '--input', 'jsonl', '-f', 'json'], { input })).stdout) as Claim[];
    expect(json).toHaveLength(1);
    expect(json[0]!.doc).toBe('s\uFFFD');
    expect(json[0]!.quote.text).toBe('We will \uFFFD reopen \uFFFD.');
    for (const f of ['csv', 'md', 'jsonl']) {
      const r = await claims(['extract', '--input', 'jsonl', '-f', f], { input });
      expect(r.stdout, f).toContain('We will \uFFFD reopen \uFFFD.');
      expect(r.stdout, f).not.toContain('\\ud');
    }
  });

  test.skipIf(!POSIX)('a deleted working directory: absolute paths run as usual, a relative one is one line', async () => {
    const dir = path.join(tmp, 'gone');
    mkdirSync(dir);
    const r = spawnSync('sh', ['-c', `cd "${dir}" && rmdir "${dir}" && node "${BIN}" extract "${SEED}" seed.txt -f jsonl`], { env: ENV, encoding: 'utf8', timeout: 45_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('claims: seed.txt: the working directory no longer exists (give an absolute path)\n');
    expect(jsonl(r.stdout).length).toBeGreaterThan(5);
  });

  test('--jobs more than the documents starts no more threads than documents, and says nothing', async () => {
    const r = await claims(['extract', SEED, '-f', 'jsonl', '--jobs', '64']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  test('--jobs more than the cores: one note on stderr, the same records', async () => {
    const cores = os.availableParallelism();
    const files = Array.from({ length: cores + 2 }, (_, i) => {
      const f = path.join(tmp, `many-${i}.txt`);
      writeFileSync(f, readFileSync(SEED));
      return f;
    });
    const r = await claims(['extract', ...files, '-f', 'jsonl', '--jobs', String(cores + 2)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`claims: --jobs ${cores + 2}: more threads than the ${cores} cores; this is slower, not faster\n`);
    const one = await claims(['extract', ...files, '-f', 'jsonl', '--jobs', '1']);
    expect(r.stdout).toBe(one.stdout);
  });
});

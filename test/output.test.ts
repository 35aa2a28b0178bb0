import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** issue 18: `-o, --output FILE` goes through a temporary file beside FILE, renamed onto it at the end. */
const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/claims.js');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' };
const OLD = 'the previous output, which must survive a failed run\n';

const run = (args: string[], opts: { cwd?: string; shell?: string } = {}) =>
  opts.shell
    ? spawnSync('sh', ['-c', `${opts.shell}; exec "$0" "$@"`, process.execPath, BIN, ...args], { cwd: opts.cwd ?? ROOT, env: ENV, encoding: 'utf8', timeout: 60_000 })
    : spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: ENV, encoding: 'utf8', timeout: 60_000 });

describe('issue 18: -o, --output FILE', { timeout: 60_000 }, () => {
  test('writes what stdout would get; nothing on stdout; no temporary file left', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claims-out-'));
    const file = path.join(dir, 'claims.jsonl');
    writeFileSync(file, OLD);
    const r = run(['extract', 'seeds', '-f', 'jsonl', '-o', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(run(['extract', 'seeds', '-f', 'jsonl']).stdout);
    expect(readdirSync(dir)).toEqual(['claims.jsonl']);
  });

  test('the default format for a file is json (not the terminal table), with no colour', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claims-out-'));
    const r = run(['speakers', 'seeds', '--output', path.join(dir, 's.json')]);
    expect(r.status).toBe(0);
    const text = readFileSync(path.join(dir, 's.json'), 'utf8');
    expect(Array.isArray(JSON.parse(text))).toBe(true);
    expect(text).not.toMatch(/\u001b\[/);
  });

  test('a write error (file size limit): exit 1, one line, the old file intact, no temporary file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claims-out-'));
    const file = path.join(dir, 'claims.json');
    writeFileSync(file, OLD);
    const r = run(['extract', 'seeds', '-f', 'json', '-o', file], { shell: 'ulimit -f 8' }); // 4 KB; the output is ~50 KB
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`claims: ${file}: file too large\n`);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['claims.json']);
  });

  test('a directory that does not exist: exit 1, one line, nothing written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claims-out-'));
    const r = run(['extract', 'seeds', '-o', path.join(dir, 'no/such/dir/x.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`claims: ${path.join(dir, 'no/such/dir/x.json')}: no such file or directory\n`);
    expect(r.stdout).toBe('');
  });

  test('-o naming a directory: exit 1, one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claims-out-'));
    const r = run(['extract', 'seeds', '-o', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`claims: ${dir}: is a directory\n`);
  });

  test('Ctrl-C midway: exit 130, the old file intact, no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claims-out-'));
    const inputs = path.join(dir, 'in');
    spawnSync('mkdir', [inputs]);
    const seed = readFileSync(path.join(ROOT, 'seeds/000_d15032eb7a1b3ddf.txt'), 'utf8');
    for (let i = 0; i < 400; i++) writeFileSync(path.join(inputs, `${String(i).padStart(4, '0')}.txt`), seed);
    const file = path.join(dir, 'claims.jsonl');
    writeFileSync(file, OLD);
    const child = spawn(process.execPath, [BIN, 'extract', inputs, '-f', 'jsonl', '--jobs', '1', '-o', file], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    // Interrupt once the temporary file has records in it.
    const temp = () => readdirSync(dir).find((f) => f.endsWith('.tmp'));
    for (let waited = 0; waited < 30_000; waited += 20) {
      const t = temp();
      if (t && statSync(path.join(dir, t)).size > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(temp()).toBeDefined();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(['claims.jsonl', 'in']);
  });
});

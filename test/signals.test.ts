import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/claims.js');

// issue 7: Ctrl-C ends the run promptly with status 130, and the JSON Lines already written stay valid.
test('issue 7: SIGINT during a long run exits 130 promptly with whole JSON lines on stdout', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-sigint-'));
  const seed = readFileSync(path.join(ROOT, 'seeds/000_d15032eb7a1b3ddf.txt'), 'utf8');
  for (let i = 0; i < 400; i++) writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.txt`), seed);
  const child = spawn(process.execPath, [BIN, 'extract', dir, '-f', 'jsonl', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  // Interrupt once records are flowing.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const sent = Date.now();
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(code).toBe(130);
  expect(Date.now() - sent).toBeLessThan(5000);
  expect(err).toBe('');
  const lines = out.split('\n');
  expect(lines.pop()).toBe(''); // ends on a whole line
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  expect(lines.length).toBeLessThan(400 * 20); // it stopped before the end
}, 60_000);

// issue 19: Ctrl-C (and SIGTERM) end the run at once wherever it is: in one long document (between its
// windows), waiting on stdin, on --input jsonl, on a FIFO with no writer. Whatever was written is whole lines.
const SEED = readFileSync(path.join(ROOT, 'seeds/000_d15032eb7a1b3ddf.txt'), 'utf8');
const POSIX = process.platform !== 'win32';

interface Ended { code: number | null; out: string; err: string; ms: number }

/**
 * How long the bin takes to start on this machine now (`--version`, which loads the same modules as far
 * as the signal handlers): a signal sent on a timer waits at least three times this, so a loaded machine
 * does not signal a process that has not yet installed its handlers.
 */
const STARTUP_MS = (() => {
  const t = Date.now();
  spawnSync(process.execPath, [BIN, '--version']);
  return Date.now() - t;
})();

/** Spawn the bin, wait for `ready` (stdout data, or a delay), send `signal`, and time the exit. */
function interrupt(args: string[], opts: { signal?: NodeJS.Signals; afterMs?: number; stdin?: (w: NodeJS.WritableStream) => void; waitForOutput?: boolean }): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let sent = 0;
    const send = () => {
      if (sent) return;
      sent = Date.now();
      child.kill(opts.signal ?? 'SIGINT');
    };
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (opts.waitForOutput) send();
    });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdin.on('error', () => {});
    opts.stdin?.(child.stdin); // left open: the bin waits on it
    if (!opts.waitForOutput) setTimeout(send, Math.max(opts.afterMs ?? 1500, 3 * STARTUP_MS));
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, out, err, ms: Date.now() - sent });
    });
  });
}

function wholeLines(out: string): void {
  if (out === '') return;
  const lines = out.split('\n');
  expect(lines.pop()).toBe('');
  for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
}

test.skipIf(!POSIX)('issue 19: SIGINT during one long document (--jobs 1) exits 130 within a window’s time', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-long-'));
  const file = path.join(dir, 'long.txt');
  writeFileSync(file, (SEED + '\n\n').repeat(1200)); // ~4 MB: several windows, many seconds of work
  const r = await interrupt(['extract', file, '-f', 'jsonl', '--jobs', '1'], { afterMs: 1500 });
  expect(r.code).toBe(130);
  expect(r.ms).toBeLessThan(20_000); // a window is ~1 s of one core (3-5 s on a loaded machine); the whole document, ~10 s of CPU
  expect(r.err).toBe('');
  wholeLines(r.out);
}, 60_000);

test.skipIf(!POSIX)('issue 19: SIGINT while stdin is open and silent exits 130 at once', async () => {
  const r = await interrupt(['extract', '-', '-f', 'jsonl'], { afterMs: 800, stdin: () => {} });
  expect(r.code).toBe(130);
  expect(r.ms).toBeLessThan(1500);
});

test.skipIf(!POSIX)('issue 19: SIGINT on --input jsonl with stdin open: 130 at once, the lines written stay whole', async () => {
  const line = JSON.stringify({ id: 'a', text: SEED }) + '\n';
  const r = await interrupt(['extract', '--input', 'jsonl', '-f', 'jsonl', '--jobs', '1'], { waitForOutput: true, stdin: (w) => w.write(line) });
  expect(r.code).toBe(130);
  expect(r.ms).toBeLessThan(1500);
  expect(r.out.length).toBeGreaterThan(0);
  wholeLines(r.out);
}, 30_000);

test.skipIf(!POSIX || !existsSync('/usr/bin/mkfifo'))('issue 19: SIGINT and SIGTERM on a FIFO with no writer: 130 and 143 at once', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-fifo-'));
  const fifo = path.join(dir, 'fifo');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const a = await interrupt(['extract', fifo, '-f', 'jsonl'], { afterMs: 800 });
  expect(a.code).toBe(130);
  expect(a.ms).toBeLessThan(1500);
  const b = await interrupt(['extract', fifo, '-f', 'jsonl'], { afterMs: 800, signal: 'SIGTERM' });
  expect(b.code).toBe(143);
  expect(b.ms).toBeLessThan(1500);
}, 30_000);

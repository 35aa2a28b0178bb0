import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createFormatter, isSplitFormat, type FormatName, type Formatter, type SplitFormatter } from '../format/index.js';
import type { Claim, SentenceRecord } from '../types.js';
import { groupSpeakers } from '../pipeline/speakers.js';
import { chalkFor, colorLevel } from './color.js';
import { runDiff } from './diff.js';
import { describeSkipped, listInputs, readInput, type InputRef } from './inputs.js';
import { parseOptions } from './options.js';
import { OutputFile } from './output-file.js';
import { readJsonlInputs } from './jsonl-input.js';
import { createExtractor, type ClaimFilter, type DocResult, type Work } from '../run/workers.js';

import type { Proc } from './proc.js';

export type { Proc } from './proc.js';
const VERSION = readVersion();

export async function main(argv: string[], proc: Proc): Promise<0 | 1 | 2 | 130> {
  const err = (line: string) => proc.stderr.write(line);
  const parsed = parseOptions(argv, { writeOut: (s) => proc.stdout.write(s), writeErr: err }, VERSION);
  if (parsed.kind === 'exit') return parsed.code;
  const o = parsed.options;
  if (o.command === 'diff') return runDiff(o, proc);

  if (o.paths.length === 0 && proc.stdin.isTTY) {
    err(`claims: no input: give a file, a directory or '-', or pipe text in\nRun 'claims ${o.command} --help' for usage.\n`);
    return 2;
  }
  // -o FILE: a temporary file beside it, renamed onto it at the end (so FILE is never left half-written).
  const file = o.output === null ? null : await OutputFile.open(o.output);
  if (file && 'reason' in file) {
    err(`claims: ${o.output}: ${file.reason}\n`);
    return 1;
  }
  const out = file ?? new Output(proc.stdout);
  const outTTY = file ? false : Boolean(proc.stdout.isTTY);
  const level = colorLevel({ isTTY: outTTY }, proc.env, o.color);
  const format: FormatName = o.format ?? (outTTY ? 'table' : 'json');
  const fmtOptions = { chalk: chalkFor(level), width: Math.max(40, Math.min(proc.stdout.columns || 100, 160)), explain: o.explain };
  let failed = false;
  const fail = (path: string, reason: string) => {
    failed = true;
    err(`claims: ${path}: ${reason}\n`);
  };

  // The inputs, in path order: files are read where they are extracted (a worker, or here with --jobs 1).
  let work: AsyncIterable<Work>;
  let total = 0;
  let skippedLine: string | null = null; // said at the end, where it is seen
  if (o.input === 'jsonl') {
    work = readJsonlInputs(proc.stdin);
  } else {
    const listed = await listInputs(o.paths, { stdinIsTTY: Boolean(proc.stdin.isTTY), extensions: o.extensions });
    for (const f of listed.failures) fail(f.path, f.reason);
    for (const n of listed.notes) if (n.level === 'warning' || o.verbose) err(`claims: ${n.path}: ${n.message}\n`);
    if (o.verbose) for (const p of listed.skipped) err(`claims: ${p}: extension not read (--ext adds it); skipped\n`);
    skippedLine = describeSkipped(listed.skipped);
    const refs = [...listed.inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    total = refs.length;
    work = withStdinRead(refs, proc.stdin);
  }

  const what = o.command === 'sentences' ? 'sentences' : 'claims';
  const filter: ClaimFilter = { types: o.types, speaker: o.speaker, minConfidence: o.minConfidence, all: o.all };
  // json, jsonl and csv are formatted where each document runs; the table, md and speakers need the records here.
  const split = o.command !== 'speakers' && isSplitFormat(format) ? format : undefined;
  const extractor = createExtractor({ what, filter, ...(split ? { format: split } : {}) }, o.jobs ?? availableParallelism(), total);
  const progress = new Progress(proc.stderr, o.input === 'jsonl' ? Progress.UNKNOWN : total);
  let interrupted = false;
  const onSigint = () => { interrupted = true; extractor.close(); };
  process.once('SIGINT', onSigint);
  /** A result's notes, read failure and internal error, in path order; true when it has records. */
  const report = (r: DocResult): boolean => {
    for (const n of r.notes ?? []) if (n.level === 'warning' || o.verbose) err(`claims: ${n.path}: ${n.message}\n`);
    if (r.failure !== undefined) {
      fail(r.path, r.failure);
      return false;
    }
    if (r.error) {
      fail(r.path, `internal error: ${r.error.message}`);
      if (process.env.DEBUG?.split(',').includes('claims') && r.error.stack) process.stderr.write(r.error.stack + '\n');
      return false;
    }
    return true;
  };
  try {
    if (o.command === 'speakers') {
      const claims: Claim[] = [];
      for await (const r of extractor.run(work)) {
        if (report(r)) claims.push(...(r.claims ?? []));
        progress.tick(r);
      }
      const f = createFormatter('speakers', format, fmtOptions);
      await out.write(f.begin() + groupSpeakers(claims).map((s) => f.item(s)).join('') + f.end());
    } else {
      const f: Formatter<Claim | SentenceRecord> = createFormatter(what, format, fmtOptions);
      await out.write(f.begin());
      for await (const r of extractor.run(work)) {
        if (out.closed || interrupted) break;
        progress.tick(r);
        if (!report(r)) continue;
        let chunk = '';
        if (split) chunk = (f as SplitFormatter<unknown>).place(r.text ?? '');
        else for (const rec of r.sentences ?? r.claims ?? []) chunk += f.item(rec);
        if (chunk) await out.write(chunk);
      }
      if (!out.closed && !interrupted) await out.write(f.end());
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    extractor.close();
    progress.done();
    if (file) {
      const reason = await file.finish(!interrupted);
      if (reason !== null) fail(file.target, reason);
    }
  }
  if (interrupted) return 130;
  if (skippedLine) err(`claims: ${skippedLine}\n`);
  return failed ? 1 : 0;
}

/** The listed inputs; stdin (`-`) is read here, as it comes, since no worker can read it. */
async function* withStdinRead(refs: readonly InputRef[], stdin: NodeJS.ReadableStream): AsyncIterable<Work> {
  for (const ref of refs) yield ref.source === 'stdin' ? await readInput(ref, stdin) : ref;
}

/** stdout with back-pressure; a reader that goes away (EPIPE) ends the run quietly. */
class Output {
  closed = false;
  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw e;
    });
  }
  write(s: string): Promise<void> {
    if (this.closed || s.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const ok = this.stream.write(s);
      if (ok) resolve();
      else {
        const done = () => { this.stream.removeListener('error', done); resolve(); };
        this.stream.once('drain', done);
        this.stream.once('error', done);
      }
    });
  }
}

/**
 * Documents done / total and MB/s on stderr: only on a terminal, only for more than 50 documents. With
 * no total known (`--input jsonl`), documents done and MB/s, from the 51st document on.
 */
class Progress {
  private n = 0;
  private bytes = 0;
  private readonly t0 = Date.now();
  private readonly on: boolean;
  private last = 0;
  private shown = false;
  constructor(private readonly stream: NodeJS.WritableStream & { isTTY?: boolean }, private readonly total: number) {
    this.on = Boolean(stream.isTTY) && (total > 50 || total === Progress.UNKNOWN) && !process.env.CI;
  }
  static readonly UNKNOWN = -1;
  tick(r: DocResult): void {
    this.n++;
    this.bytes += r.bytes;
    if (!this.on || (this.total === Progress.UNKNOWN && this.n <= 50)) return;
    const now = Date.now();
    if (now - this.last < 100 && this.n < this.total) return;
    this.last = now;
    const mbs = this.bytes / 1e6 / Math.max(0.001, (now - this.t0) / 1000);
    const done = this.total === Progress.UNKNOWN ? `${this.n}` : `${this.n}/${this.total}`;
    this.shown = true;
    this.stream.write(`\r\x1b[2K${done} documents, ${mbs.toFixed(1)} MB/s`);
  }
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
  }
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

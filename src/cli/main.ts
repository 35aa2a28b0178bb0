import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createFormatter, isSplitFormat, type FormatName, type Formatter, type SplitFormatter } from '../format/index.js';
import type { Claim, SentenceRecord } from '../types.js';
import { groupSpeakers } from '../pipeline/speakers.js';
import { chalkFor, colorLevel } from './color.js';
import { listInputs, readInput, reasonFor, type InputRef } from './inputs.js';
import { parseOptions } from './options.js';
import { readJsonlInputs } from './jsonl-input.js';
import { createExtractor, type ClaimFilter, type DocResult, type Work } from './workers.js';

/** What main needs of the process: streams and environment, so tests can pass their own. */
export interface Proc {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: Record<string, string | undefined>;
  /** Ends the process (Ctrl-C while waiting on input); without it an interrupted run returns at the next document. */
  readonly exit?: (code: number) => void;
}

/** Exit status on a signal: 128 + its number. */
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

const VERSION = readVersion();

export async function main(argv: string[], proc: Proc): Promise<0 | 1 | 2 | 130 | 143> {
  // Every write goes through a guard: a full disk or a closed stream is a value, never a stack trace.
  const out = new Output(proc.stdout);
  const errStream = new Output(proc.stderr);
  const err = (line: string) => void errStream.write(line);
  /** stdout failed (not a reader going away): one line, status 1. */
  const writeFailed = async (): Promise<1 | null> => {
    await out.settled();
    if (!out.error) return null;
    err(`claims: stdout: ${reasonFor(out.error)}\n`);
    await errStream.settled();
    return 1;
  };
  const parsed = parseOptions(argv, { writeOut: (s) => void out.write(s), writeErr: err }, VERSION);
  if (parsed.kind === 'exit') return (await writeFailed()) ?? parsed.code;
  const o = parsed.options;

  if (o.paths.length === 0 && proc.stdin.isTTY) {
    err(`claims: no input: give a file, a directory or '-', or pipe text in\nRun 'claims ${o.command} --help' for usage.\n`);
    return 2;
  }
  const level = colorLevel(proc.stdout, proc.env, o.color);
  const format: FormatName = o.format ?? (proc.stdout.isTTY ? 'table' : 'json');
  const fmtOptions = { chalk: chalkFor(level), width: Math.max(40, Math.min(proc.stdout.columns || 100, 160)), explain: o.explain };
  let failed = false;
  const fail = (path: string, reason: string) => {
    failed = true;
    err(`claims: ${escapeName(path)}: ${reason}\n`);
  };

  // Ctrl-C (or SIGTERM) ends the run at once when it waits on input, and between documents or windows of a
  // long one otherwise: writes are whole records, so the JSON Lines already written stay whole.
  let interrupted: 130 | 143 | 0 = 0;
  let extractor: ReturnType<typeof createExtractor> | null = null;
  let progress: Progress | null = null;
  const onSignal = (signal: keyof typeof SIGNALS) => {
    interrupted = SIGNALS[signal];
    extractor?.close();
    progress?.done();
    proc.exit?.(interrupted);
  };
  const onSigint = () => onSignal('SIGINT');
  const onSigterm = () => onSignal('SIGTERM');
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigterm);
  try {
    // The inputs, in path order: files are read where they are extracted (a worker, or here with --jobs 1).
    let work: AsyncIterable<Work>;
    let total = 0;
    if (o.input === 'jsonl') {
      work = readJsonlInputs(proc.stdin, o.maxBytes);
    } else {
      const listed = await listInputs(o.paths, { stdinIsTTY: Boolean(proc.stdin.isTTY) });
      for (const f of listed.failures) fail(f.path, f.reason);
      for (const n of listed.notes) if (n.level === 'warning' || o.verbose) err(`claims: ${escapeName(n.path)}: ${n.message}\n`);
      const refs = [...listed.inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      total = refs.length;
      work = withStdinRead(refs, proc.stdin, o.maxBytes);
    }

    const cores = availableParallelism();
    const jobs = o.jobs ?? cores;
    const threads = total > 0 ? Math.min(jobs, total) : jobs;
    if (o.jobs !== null && threads > cores) err(`claims: --jobs ${o.jobs}: more threads than the ${cores} cores; this is slower, not faster\n`);
    const what = o.command === 'sentences' ? 'sentences' : 'claims';
    const filter: ClaimFilter = { types: o.types, speaker: o.speaker, minConfidence: o.minConfidence, all: o.all };
    // json, jsonl and csv are formatted where each document runs; the table, md and speakers need the records here.
    const split = o.command !== 'speakers' && isSplitFormat(format) ? format : undefined;
    extractor = createExtractor({ what, filter, maxBytes: o.maxBytes, ...(split ? { format: split } : {}) }, jobs, total);
    progress = new Progress(proc.stderr, total, errStream);
    const ex = extractor;
    const prog = progress;
    /** A result's notes, read failure and internal error, in path order; true when it has records. */
    const report = (r: DocResult): boolean => {
      for (const n of r.notes ?? []) if (n.level === 'warning' || o.verbose) err(`claims: ${escapeName(n.path)}: ${n.message}\n`);
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
    if (o.command === 'speakers') {
      const claims: Claim[] = [];
      for await (const r of ex.run(work)) {
        if (interrupted) break;
        if (report(r)) claims.push(...(r.claims ?? []));
        prog.tick(r);
      }
      const f = createFormatter('speakers', format, fmtOptions);
      if (!interrupted) await out.write(f.begin() + groupSpeakers(claims).map((s) => f.item(s)).join('') + f.end());
    } else {
      const f: Formatter<Claim | SentenceRecord> = createFormatter(what, format, fmtOptions);
      await out.write(f.begin());
      for await (const r of ex.run(work)) {
        if (out.closed || interrupted) break;
        prog.tick(r);
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
    process.removeListener('SIGTERM', onSigterm);
    extractor?.close();
    progress?.done();
  }
  if (interrupted) return interrupted;
  const written = await writeFailed();
  if (written !== null) return written;
  await errStream.settled();
  return failed || errStream.error ? 1 : 0;
}

/**
 * A name (a path, a JSONL id) as a message shows it: control characters (a newline, ESC, DEL, C1) are
 * written as JSON escapes (`\n`, `\u001b`), so every message stays one line and cannot drive a terminal.
 */
export function escapeName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** The listed inputs; stdin (`-`) is read here, as it comes, since no worker can read it. */
async function* withStdinRead(refs: readonly InputRef[], stdin: NodeJS.ReadableStream, maxBytes: number): AsyncIterable<Work> {
  for (const ref of refs) yield ref.source === 'stdin' || ref.special ? await readInput(ref, stdin, maxBytes) : ref;
}

/**
 * A stream with back-pressure whose errors are values: a reader that goes away (EPIPE) ends the run
 * quietly (`closed`); any other error (a full disk: ENOSPC) is kept in `error` for one message.
 */
class Output {
  closed = false;
  error: NodeJS.ErrnoException | null = null;
  private pending: Promise<void> = Promise.resolve();
  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => this.failed(e));
  }
  private failed(e: NodeJS.ErrnoException): void {
    if (this.closed) return;
    this.closed = true;
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') this.error = e;
  }
  write(s: string): Promise<void> {
    if (this.closed || s.length === 0) return this.pending;
    this.pending = new Promise((resolve) => {
      try {
        // Resolved when the write is done (its callback), so a failure is known before the next one.
        this.stream.write(s, (e?: Error | null) => {
          if (e) this.failed(e as NodeJS.ErrnoException);
          resolve();
        });
      } catch (e) {
        this.failed(e as NodeJS.ErrnoException);
        resolve();
      }
    });
    return this.pending;
  }
  /** Every write so far is done (or failed). */
  settled(): Promise<void> {
    return this.pending;
  }
}

/** Documents done / total and MB/s on stderr: only on a terminal, only for more than 50 documents. */
class Progress {
  private n = 0;
  private bytes = 0;
  private readonly t0 = Date.now();
  private readonly on: boolean;
  private last = 0;
  constructor(stream: NodeJS.WritableStream & { isTTY?: boolean }, private readonly total: number, private readonly out: Output) {
    this.on = Boolean(stream.isTTY) && total > 50 && !process.env.CI;
  }
  tick(r: DocResult): void {
    this.n++;
    this.bytes += r.bytes;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 100 && this.n < this.total) return;
    this.last = now;
    const mbs = this.bytes / 1e6 / Math.max(0.001, (now - this.t0) / 1000);
    void this.out.write(`\r\x1b[2K${this.n}/${this.total} documents, ${mbs.toFixed(1)} MB/s`);
  }
  done(): void {
    if (this.on && this.n > 0) void this.out.write('\r\x1b[2K');
  }
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

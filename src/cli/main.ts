import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createFormatter, isSplitFormat, type FormatName, type Formatter, type SplitFormatter } from '../format/index.js';
import type { Claim, SentenceRecord } from '../types.js';
import { groupSpeakers } from '../pipeline/speakers.js';
import { chalkFor, colorLevel } from './color.js';
import { runDiff } from './diff.js';
import { Output } from './output-stream.js';
import { describeSkipped, listInputs, readInput, reasonFor, type InputRef } from './inputs.js';
import { parseOptions } from './options.js';
import { OutputFile } from './output-file.js';
import { readJsonlInputs } from './jsonl-input.js';
import { escapeName } from './messages.js';
import { createExtractor, type ClaimFilter, type DocResult, type Work } from '../run/workers.js';
import type { Proc } from './proc.js';

export type { Proc } from './proc.js';
export { escapeName } from './messages.js';

/** Exit status on a signal: 128 + its number. */
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

const VERSION = readVersion();

export async function main(argv: string[], proc: Proc): Promise<0 | 1 | 2 | 130 | 143> {
  // Every write goes through a guard: a full disk or a closed stream is a value, never a stack trace.
  const stdout = new Output(proc.stdout);
  const errStream = new Output(proc.stderr);
  const err = (line: string) => void errStream.write(line);
  /** stdout failed (not a reader going away): one line, status 1. */
  const writeFailed = async (): Promise<1 | null> => {
    await stdout.settled();
    if (!stdout.error) return null;
    err(`claims: stdout: ${reasonFor(stdout.error)}\n`);
    await errStream.settled();
    return 1;
  };
  const parsed = parseOptions(argv, { writeOut: (s) => void stdout.write(s), writeErr: err }, VERSION);
  if (parsed.kind === 'exit') return (await writeFailed()) ?? parsed.code;
  const o = parsed.options;
  if (o.command === 'diff') {
    const code = await runDiff(o, proc, stdout, err);
    await errStream.settled();
    return code;
  }

  if (o.paths.length === 0 && proc.stdin.isTTY) {
    err(`claims: no input: give a file, a directory or '-', or pipe text in\nRun 'claims ${o.command} --help' for usage.\n`);
    return 2;
  }
  let failed = false;
  const fail = (path: string, reason: string) => {
    failed = true;
    err(`claims: ${escapeName(path)}: ${reason}\n`);
  };

  // Ctrl-C (or SIGTERM) ends the run at once when it waits on input, and between documents or windows of a
  // long one otherwise: writes are whole records, so the JSON Lines already written stay whole, and an
  // -o file is left as it was (its temporary file removed).
  let interrupted: 130 | 143 | 0 = 0;
  let file: OutputFile | null = null;
  let opening = false; // -o's temporary file is being created: a signal waits for it, to remove it
  let extractor: ReturnType<typeof createExtractor> | null = null;
  let progress: Progress | null = null;
  const onSignal = (signal: keyof typeof SIGNALS) => {
    interrupted = SIGNALS[signal];
    extractor?.close();
    progress?.done();
    if (proc.exit && !opening) {
      file?.discardSync();
      proc.exit(interrupted);
    }
  };
  const onSigint = () => onSignal('SIGINT');
  const onSigterm = () => onSignal('SIGTERM');
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigterm);
  let skippedLine: string | null = null; // said at the end, where it is seen
  try {
    // -o FILE: a temporary file beside it, renamed onto it at the end (so FILE is never left half-written).
    if (o.output !== null) {
      opening = true;
      const opened = await OutputFile.open(o.output);
      opening = false;
      if ('reason' in opened) {
        if (interrupted) return interrupted;
        err(`claims: ${escapeName(o.output)}: ${opened.reason}\n`);
        await errStream.settled();
        return 1;
      }
      file = opened;
      if (interrupted) {
        // The signal came while it was created: remove it and end now.
        opened.discardSync();
        proc.exit?.(interrupted);
        return interrupted;
      }
    }
    const out = file ?? stdout;
    const outTTY = file ? false : Boolean(proc.stdout.isTTY);
    const level = colorLevel({ isTTY: outTTY }, proc.env, o.color);
    const format: FormatName = o.format ?? (outTTY ? 'table' : 'json');
    const fmtOptions = { chalk: chalkFor(level), width: Math.max(40, Math.min(proc.stdout.columns || 100, 160)), explain: o.explain };

    // The inputs, in path order: files are read where they are extracted (a worker, or here with --jobs 1).
    let work: AsyncIterable<Work>;
    let total = 0;
    if (o.input === 'jsonl') {
      work = readJsonlInputs(proc.stdin, o.maxBytes);
    } else {
      const listed = await listInputs(o.paths, { stdinIsTTY: Boolean(proc.stdin.isTTY), extensions: o.extensions });
      for (const f of listed.failures) fail(f.path, f.reason);
      for (const n of listed.notes) if (n.level === 'warning' || o.verbose) err(`claims: ${escapeName(n.path)}: ${n.message}\n`);
      if (o.verbose) for (const p of listed.skipped) err(`claims: ${escapeName(p)}: extension not read (--ext adds it); skipped\n`);
      skippedLine = describeSkipped(listed.skipped);
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
    progress = new Progress(proc.stderr, o.input === 'jsonl' ? Progress.UNKNOWN : total, errStream);
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
    if (file) {
      // Interrupted or failed: the temporary file is removed and FILE left as it was.
      const reason = await file.finish(!interrupted);
      if (reason !== null) fail(file.target, reason);
    }
  }
  if (interrupted) return interrupted;
  const written = await writeFailed();
  if (written !== null) return written;
  if (skippedLine) err(`claims: ${escapeName(skippedLine)}\n`);
  await errStream.settled();
  return failed || errStream.error ? 1 : 0;
}

/** The listed inputs; stdin (`-`) is read here, as it comes, since no worker can read it. */
async function* withStdinRead(refs: readonly InputRef[], stdin: NodeJS.ReadableStream, maxBytes: number): AsyncIterable<Work> {
  for (const ref of refs) yield ref.source === 'stdin' || ref.special ? await readInput(ref, stdin, maxBytes) : ref;
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
  constructor(stream: NodeJS.WritableStream & { isTTY?: boolean }, private readonly total: number, private readonly out: Output) {
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
    void this.out.write(`\r\x1b[2K${done} documents, ${mbs.toFixed(1)} MB/s`);
  }
  done(): void {
    if (this.shown) void this.out.write('\r\x1b[2K');
    this.shown = false;
  }
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

import type { Worker } from 'node:worker_threads';
import type { Claim } from '../types.js';
import { extract, extractSentences } from '../pipeline/extract.js';
import { createSplitFormatter } from '../format/split.js';
import { PRONOUNS } from '../rules/pronouns.js';
import { readInputFile } from '../cli/inputs.js';
import type { ClaimFilter, DocResult, FromWorker, RunSetup, ToWorker, What, Work, WorkerSetup } from './work-types.js';

export type { ClaimFilter, DocResult, RunSetup, What, Work } from './work-types.js';

export interface Extractor {
  run(work: AsyncIterable<Work>): AsyncIterable<DocResult>;
  close(): void;
}

/** For tests. */
export interface ExtractorOptions {
  /** The script each worker runs (default: the compiled worker-thread.js beside this file). */
  readonly workerUrl?: URL;
  /** Send every document to a worker: `jobs` workers, none of the work in this thread. */
  readonly workersOnly?: boolean;
  /** UTF-16 units of text in hand (stdin, `--input jsonl`) taken ahead of the output (default MAX_HELD_TEXT). */
  readonly maxHeldText?: number;
}

/**
 * Runs the pipeline on each input and yields the results in the order `run` receives the inputs,
 * whatever `jobs` is, so output is byte-identical for any `--jobs`.
 *
 * One input or `jobs` 1: in this thread. Otherwise this thread and `jobs` − 1 worker threads (`jobs`
 * never more than `total` when it is known), started only when a second input arrives. At most
 * DEPTH × `jobs` inputs (and MAX_HELD_TEXT of text in hand) are taken ahead of the one being yielded,
 * so memory stays flat on any number of files. A bug on one document is an error result for it; a
 * worker that dies takes only the document it was on with it (an error result) and is replaced.
 * `close()` terminates the workers at once.
 */
export function createExtractor(setup: What | RunSetup, jobs: number, total: number, options: ExtractorOptions = {}): Extractor {
  const run: RunSetup = typeof setup === 'string' ? { what: setup } : setup;
  const threads = Math.max(1, Math.min(Number.isFinite(jobs) ? Math.floor(jobs) : 1, total > 0 ? total : Infinity));
  let closed = false;
  let pool: Pool | null = null;
  return {
    async *run(work) {
      const it = work[Symbol.asyncIterator]();
      let done = false;
      const next = async (): Promise<Work | null> => {
        const r = await it.next();
        if (r.done) done = true;
        return r.done ? null : r.value;
      };
      try {
        const first = await next();
        if (first === null || closed) return;
        if (threads === 1) {
          const one = createRunner(run);
          for (let w: Work | null = first; w !== null && !closed; w = await next()) {
            yield one(w);
            // A file is read in one blocking call, so nothing here waits on the event loop: give it a turn per
            // document, so a signal (Ctrl-C) is seen before the next one.
            await turn();
          }
          return;
        }
        const second = await next();
        if (second === null || closed) {
          if (!closed) yield createRunner(run)(first);
          return;
        }
        // Loaded only now: a single article never pays for the worker machinery.
        const { Worker } = await import('node:worker_threads');
        if (closed) return;
        const workers = options.workersOnly ? threads : threads - 1;
        const url = options.workerUrl ?? new URL('./worker-thread.js', import.meta.url);
        pool = new Pool(Worker, run, workers, !options.workersOnly, url, options.maxHeldText ?? MAX_HELD_TEXT);
        done = true; // the pool reads the rest and releases the source itself
        yield* pool.run(it, [first, second]);
      } finally {
        pool?.close();
        if (!done) void it.return?.()?.catch(() => {});
      }
    },
    close() {
      closed = true;
      pool?.close();
    },
  };
}

/**
 * The work on one input, where it runs (this thread or a worker): read it, run the pipeline, filter the
 * claims and, with a format, turn them into text. A bug on it (an exception) becomes its error result.
 */
export function createRunner(setup: RunSetup): (work: Work) => DocResult {
  const format = setup.format ? createSplitFormatter(setup.what, setup.format) : null;
  const filter = setup.filter ?? null;
  return (work) => {
    const read = 'source' in work ? readInputFile(work) : work;
    const notes = read.notes.length > 0 ? { notes: read.notes } : {};
    if ('failure' in read) return { path: read.failure.path, bytes: 0, ...notes, failure: read.failure.reason };
    const doc = read.doc;
    const bytes = typeof doc.text === 'string' ? Buffer.byteLength(doc.text) : 0;
    try {
      if (setup.what === 'sentences') {
        const sentences = extractSentences(doc);
        return format ? { path: doc.path, bytes, ...notes, text: format.body(sentences) } : { path: doc.path, bytes, ...notes, sentences };
      }
      const claims = filter ? filterClaims(extract(doc), filter) : extract(doc);
      return format ? { path: doc.path, bytes, ...notes, text: format.body(claims) } : { path: doc.path, bytes, ...notes, claims };
    } catch (e) {
      return { path: doc.path, bytes, ...notes, error: errorOf(e) };
    }
  };
}

/**
 * `--speaker NAME` (case-insensitive) keeps a claim whose resolved `speaker.name` is NAME, or whose speaker
 * is an entity of the same document mentioned as NAME somewhere (`-s Crane` keeps the claims of Chris Crane,
 * also where he is `he`). A pronoun is never a mention of an entity here: `-s he` keeps no more than the
 * claims whose resolved name is "he". `claims` holds one document's claims (as the runner gives them).
 */
export function filterClaims(claims: readonly Claim[], o: ClaimFilter): Claim[] {
  const who = o.speaker?.toLowerCase() ?? null;
  let names: Set<string> | null = null;
  if (who !== null) {
    names = new Set();
    for (const c of claims) {
      if (!c.speaker) continue;
      const text = c.speaker.text.toLowerCase();
      if (c.speaker.name.toLowerCase() === who || (text === who && !PRONOUN_WORDS.has(text))) names.add(`${c.doc}\0${c.speaker.name}`);
    }
  }
  return claims.filter((c) => {
    if (!o.all && !c.speaker) return false;
    if (o.types && !o.types.includes(c.type)) return false;
    if (c.confidence < o.minConfidence) return false;
    if (names !== null && !(c.speaker && names.has(`${c.doc}\0${c.speaker.name}`))) return false;
    return true;
  });
}

const PRONOUN_WORDS: ReadonlySet<string> = new Set(PRONOUNS.map((p) => p.word));

function errorOf(e: unknown): { message: string; stack?: string } {
  const err = e instanceof Error ? e : new Error(String(e));
  return { message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}

/** One turn of the event loop: worker messages, a signal (Ctrl-C), a closing pipe. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Text in hand (stdin, `--input jsonl`), in UTF-16 units, for the read-ahead limit. */
function heldText(work: Work): number {
  return 'doc' in work && typeof work.doc.text === 'string' ? work.doc.text.length : 0;
}

function pathOf(work: Work): string {
  return 'source' in work ? work.path : 'failure' in work ? work.failure.path : work.doc.path;
}

interface Task {
  readonly seq: number;
  readonly work: Work;
}

interface Slot {
  readonly worker: Worker;
  readonly inflight: Task[]; // in the order sent; a worker answers in that order, so [0] is the one it is on
  ready: boolean; // its script has loaded: a death after this is blamed on the document it was on
  error: Error | null;
}

/**
 * Documents a worker holds at once: the one it is on and the next ones, so it never waits for this thread.
 * With 2 (the one it is on and one more) workers sat idle 15–20% of the time at 25 MB on 2 cores: this
 * thread, woken for each result, often got the CPU too late to send the next document; with 8, ~1%.
 */
const DEPTH = 8;
/** Text in hand taken ahead of the output, in UTF-16 units (files are read where they run: they count 0). */
const MAX_HELD_TEXT = 16 * 1024 * 1024;
/** Worker scripts that may fail to load before the rest of the run goes on in this thread. */
const MAX_START_FAILURES = 3;

class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = []; // taken, not yet sent to a worker
  private readonly results = new Map<number, DocResult>();
  private readonly window: number;
  private wake: (() => void) | null = null;
  private closed = false;
  private startFailures = 0;
  private inThread = false; // the worker script cannot load: finish in this thread
  private runner: ((work: Work) => DocResult) | null = null;

  /** `size` workers; `here`: this thread takes the documents they have no room for. */
  constructor(
    private readonly WorkerClass: typeof Worker,
    private readonly setup: RunSetup,
    private readonly size: number,
    private readonly here: boolean,
    private readonly url: URL,
    private readonly maxHeld: number,
  ) {
    this.window = DEPTH * (size + (here ? 1 : 0));
  }

  async *run(it: AsyncIterator<Work>, head: readonly Work[]): AsyncGenerator<DocResult> {
    let assigned = 0;
    let yielded = 0;
    let exhausted = false;
    let reading = false;
    let readError = null as { error: unknown } | null; // the source threw: rethrown in its place in the order
    let held = 0; // text in hand taken and not yet yielded
    const heldBy = new Map<number, number>();
    const submit = (work: Work) => {
      const seq = assigned++;
      const size = heldText(work);
      if (size > 0) {
        held += size;
        heldBy.set(seq, size);
      }
      // Failed before it got here (an unreadable stdin, a bad JSONL line): nothing for a worker to do.
      if ('failure' in work) this.finish(seq, { path: work.failure.path, bytes: 0, ...(work.notes.length > 0 ? { notes: work.notes } : {}), failure: work.failure.reason });
      else {
        this.queue.push({ seq, work });
        this.dispatch();
      }
    };
    for (const w of head) submit(w);
    try {
      while (!this.closed) {
        if (!reading && !exhausted && assigned - yielded < this.window && (held < this.maxHeld || assigned === yielded)) {
          reading = true;
          it.next().then(
            (r) => {
              reading = false;
              if (r.done) exhausted = true;
              else if (!this.closed) submit(r.value);
              this.notify();
            },
            (e: unknown) => {
              reading = false;
              exhausted = true;
              readError = { error: e };
              this.notify();
            },
          );
        }
        const r = this.results.get(yielded);
        if (r) {
          this.results.delete(yielded);
          held -= heldBy.get(yielded) ?? 0;
          heldBy.delete(yielded);
          yielded++;
          yield r;
          continue;
        }
        if (exhausted && yielded === assigned) {
          if (readError) throw readError.error;
          return;
        }
        if (this.inThread && (this.queue.length > 0 || this.slots.length > 0)) {
          this.runQueueInThread();
          continue;
        }
        // This thread is one of the jobs: it takes a document the workers have no room for, then lets
        // their results (and a Ctrl-C) in. At 25 MB on 2 cores this and one worker used ~1 CPU-s less than
        // two workers and an idle thread here (one isolate fewer to load and warm up), and ~40 MB less.
        if (this.here && this.queue.length > 0) {
          const task = this.queue.shift()!;
          this.runner ??= createRunner(this.setup);
          this.finish(task.seq, this.runner(task.work));
          await turn();
          continue;
        }
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      if (!exhausted) void it.return?.()?.catch(() => {});
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.slots.splice(0)) void s.worker.terminate();
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  private finish(seq: number, result: DocResult): void {
    this.results.set(seq, result);
    this.notify();
  }

  /** Send queued inputs to the least-loaded worker, starting one while there are fewer than `size`. */
  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed && !this.inThread) {
      let slot = this.slots.reduce<Slot | null>((best, s) => (best === null || s.inflight.length < best.inflight.length ? s : best), null);
      if ((slot === null || slot.inflight.length > 0) && this.slots.length < this.size) slot = this.spawn() ?? slot;
      if (slot === null || slot.inflight.length >= DEPTH) return;
      const task = this.queue.shift()!;
      slot.inflight.push(task);
      slot.worker.postMessage({ seq: task.seq, work: task.work } satisfies ToWorker);
    }
  }

  private spawn(): Slot | null {
    const setup: WorkerSetup = this.setup;
    let worker: Worker;
    try {
      worker = new this.WorkerClass(this.url, { workerData: setup });
    } catch {
      // No thread to be had (out of resources, a bad script path): go on in this thread.
      if (this.slots.length === 0) {
        this.inThread = true;
        this.notify();
      }
      return null;
    }
    const slot: Slot = { worker, inflight: [], ready: false, error: null };
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') {
        slot.ready = true;
        return;
      }
      const i = slot.inflight.findIndex((t) => t.seq === m.seq);
      if (i < 0) return;
      const [task] = slot.inflight.splice(i, 1);
      this.finish(task!.seq, m.json !== undefined ? (JSON.parse(m.json) as DocResult) : m.result!);
      this.dispatch();
    });
    worker.on('error', (e) => {
      slot.error = e;
    });
    worker.on('exit', (code) => this.onExit(slot, code));
    this.slots.push(slot);
    return slot;
  }

  /** A worker that stops on its own: blame the document it was on, send the others again, replace it. */
  private onExit(slot: Slot, code: number): void {
    const at = this.slots.indexOf(slot);
    if (at < 0 || this.closed) return; // terminated by close()
    this.slots.splice(at, 1);
    const tasks = slot.inflight.splice(0);
    if (slot.ready && tasks.length > 0) {
      const task = tasks.shift()!;
      const why = slot.error ? slot.error.message : `exited with code ${code}`;
      const error = { message: `worker stopped: ${why}`, ...(slot.error?.stack ? { stack: slot.error.stack } : {}) };
      this.finish(task.seq, { path: pathOf(task.work), bytes: 0, error });
    } else if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      this.inThread = true;
      this.notify();
    }
    this.queue.unshift(...tasks);
    this.dispatch();
  }

  private runQueueInThread(): void {
    for (const s of this.slots.splice(0)) {
      this.queue.push(...s.inflight.splice(0));
      void s.worker.terminate();
    }
    this.runner ??= createRunner(this.setup);
    for (const t of this.queue.splice(0)) this.finish(t.seq, this.runner(t.work));
  }
}

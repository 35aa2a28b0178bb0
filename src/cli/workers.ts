import type { Worker } from 'node:worker_threads';
import type { Claim, SentenceRecord, SourceDoc } from '../types.js';
import { extract, extractSentences } from '../pipeline/extract.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-thread.js';

export interface DocResult {
  readonly path: string;
  readonly bytes: number;
  readonly claims?: Claim[];
  readonly sentences?: SentenceRecord[];
  readonly error?: { message: string; stack?: string };
}

export interface Extractor {
  run(docs: AsyncIterable<SourceDoc>): AsyncIterable<DocResult>;
  close(): void;
}

export type What = 'claims' | 'sentences';

/** For tests: the script each worker runs (default: the compiled worker-thread.js beside this file). */
export interface ExtractorOptions {
  readonly workerUrl?: URL;
}

/**
 * Runs the pipeline on each document and yields the results in the order `run` receives the documents,
 * whatever `jobs` is, so output is byte-identical for any `--jobs`.
 *
 * One document or `jobs` 1: in this thread. Otherwise up to `jobs` worker threads (never more than
 * `total` when it is known), started only when a second document arrives. At most 2 × workers
 * documents are read ahead of the one being yielded, so memory stays flat on any number of files.
 * A bug on one document is an error result for it; a worker that dies takes only the document it
 * was on with it (an error result) and is replaced. `close()` terminates the workers at once.
 */
export function createExtractor(what: What, jobs: number, total: number, options: ExtractorOptions = {}): Extractor {
  const maxWorkers = Math.max(1, Math.min(Number.isFinite(jobs) ? Math.floor(jobs) : 1, total > 0 ? total : Infinity));
  let closed = false;
  let pool: Pool | null = null;
  return {
    async *run(docs) {
      const it = docs[Symbol.asyncIterator]();
      let done = false;
      const next = async (): Promise<SourceDoc | null> => {
        const r = await it.next();
        if (r.done) done = true;
        return r.done ? null : r.value;
      };
      try {
        const first = await next();
        if (first === null || closed) return;
        if (maxWorkers === 1) {
          for (let doc: SourceDoc | null = first; doc !== null && !closed; doc = await next()) yield runOne(what, doc);
          return;
        }
        const second = await next();
        if (second === null || closed) {
          if (!closed) yield runOne(what, first);
          return;
        }
        // Loaded only now: a single article never pays for the worker machinery.
        const { Worker } = await import('node:worker_threads');
        if (closed) return;
        pool = new Pool(Worker, what, maxWorkers, options.workerUrl ?? new URL('./worker-thread.js', import.meta.url));
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

/** The pipeline on one document; a bug on it (an exception) becomes its error result. */
export function runOne(what: What, doc: SourceDoc): DocResult {
  const bytes = byteLength(doc);
  try {
    return what === 'claims' ? { path: doc.path, bytes, claims: extract(doc) } : { path: doc.path, bytes, sentences: extractSentences(doc) };
  } catch (e) {
    return { path: doc.path, bytes, error: errorOf(e) };
  }
}

function errorOf(e: unknown): { message: string; stack?: string } {
  const err = e instanceof Error ? e : new Error(String(e));
  return { message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}

interface Task {
  readonly seq: number;
  readonly doc: SourceDoc;
}

interface Slot {
  readonly worker: Worker;
  readonly inflight: Task[]; // in the order sent; a worker answers in that order, so [0] is the one it is on
  ready: boolean; // its script has loaded: a death after this is blamed on the document it was on
  error: Error | null;
}

/** Documents a worker holds at once: the one it is on and the next, so it never waits for a round trip. */
const DEPTH = 2;
/** Worker scripts that may fail to load before the rest of the run goes on in this thread. */
const MAX_START_FAILURES = 3;

class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = []; // read, not yet sent to a worker
  private readonly results = new Map<number, DocResult>();
  private readonly window: number;
  private wake: (() => void) | null = null;
  private closed = false;
  private startFailures = 0;
  private inThread = false; // the worker script cannot load: finish in this thread

  constructor(
    private readonly WorkerClass: typeof Worker,
    private readonly what: What,
    private readonly size: number,
    private readonly url: URL,
  ) {
    this.window = DEPTH * size;
  }

  async *run(it: AsyncIterator<SourceDoc>, head: readonly SourceDoc[]): AsyncGenerator<DocResult> {
    let assigned = 0;
    let yielded = 0;
    let exhausted = false;
    let reading = false;
    let readError = null as { error: unknown } | null; // the source threw: rethrown in its place in the order
    const submit = (doc: SourceDoc) => {
      this.queue.push({ seq: assigned++, doc });
      this.dispatch();
    };
    for (const doc of head) submit(doc);
    try {
      while (!this.closed) {
        if (!reading && !exhausted && assigned - yielded < this.window) {
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

  /** Send queued documents to the least-loaded worker, starting one while there are fewer than `size`. */
  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed && !this.inThread) {
      let slot = this.slots.reduce<Slot | null>((best, s) => (best === null || s.inflight.length < best.inflight.length ? s : best), null);
      if ((slot === null || slot.inflight.length > 0) && this.slots.length < this.size) slot = this.spawn() ?? slot;
      if (slot === null || slot.inflight.length >= DEPTH) return;
      const task = this.queue.shift()!;
      slot.inflight.push(task);
      slot.worker.postMessage({ seq: task.seq, doc: task.doc } satisfies ToWorker);
    }
  }

  private spawn(): Slot | null {
    const setup: WorkerSetup = { what: this.what };
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
      this.finish(task!.seq, JSON.parse(m.json) as DocResult);
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
      this.finish(task.seq, { path: task.doc.path, bytes: byteLength(task.doc), error });
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
    for (const t of this.queue.splice(0)) this.finish(t.seq, runOne(this.what, t.doc));
  }
}

function byteLength(doc: SourceDoc): number {
  return typeof doc.text === 'string' ? Buffer.byteLength(doc.text) : 0;
}

import type { Claim, ClaimType, SentenceRecord } from '../types.js';
import type { SplitFormatName } from '../format/split.js';
import type { InputNote, InputRead, InputRef } from '../cli/inputs.js';

/** The types workers.ts and worker-thread.ts share: what a run does, its inputs and results, and the messages between threads. */

export type What = 'claims' | 'sentences';

/** Which claims are printed (`--type`, `--speaker`, `--min-confidence`, `--all`). */
export interface ClaimFilter {
  readonly types: readonly ClaimType[] | null;
  readonly speaker: string | null;
  readonly minConfidence: number;
  readonly all: boolean;
}

/**
 * What to do with each document. With `format` (json, jsonl, csv) a result carries the document's records
 * as that format's `body` text, built where the document ran, so the writing thread only places it;
 * without, it carries the records. `filter` applies to claims either way (none: every claim).
 */
export interface RunSetup {
  readonly what: What;
  readonly format?: SplitFormatName;
  readonly filter?: ClaimFilter;
}

/**
 * One input: a file, read (and decoded) where it runs, or one already read in this thread (stdin,
 * `--input jsonl`, tests). A stdin `InputRef` must be read here first with `readInput`.
 */
export type Work = InputRef | InputRead;

export interface DocResult {
  readonly path: string;
  readonly bytes: number; // UTF-8 bytes of the text, for the progress line (0 when it was not read)
  readonly notes?: InputNote[]; // from reading it: printed before anything else of this document
  readonly failure?: string; // it could not be read: the reason (nothing else is set)
  readonly claims?: Claim[];
  readonly sentences?: SentenceRecord[];
  readonly text?: string; // with `RunSetup.format`: the records as its `body` ('' for none)
  readonly error?: { message: string; stack?: string };
}

/** Sent once, in `workerData`. */
export type WorkerSetup = RunSetup;
/** One input to read and extract; `seq` is its place in the run. */
export interface ToWorker {
  readonly seq: number;
  readonly work: Work;
}
/**
 * `ready` once the pipeline has loaded, then one `result` per input, in the order they were sent.
 * Records travel as JSON text (`json`): copying one string costs a worker ~4× less than a structured
 * clone of the many small claim objects (that clone took ~6% of a worker's time on PolNeAR). With a
 * format the result is already a few fields and one string (`result`), sent as it is.
 */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly seq: number; readonly json?: string; readonly result?: DocResult };

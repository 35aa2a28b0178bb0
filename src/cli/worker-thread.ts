import { parentPort, workerData } from 'node:worker_threads';
import type { SourceDoc } from '../types.js';
import { runOne, type What } from './workers.js';

/** Sent once, in `workerData`. */
export interface WorkerSetup {
  readonly what: What;
}
/** One document to extract; `seq` is its place in the run. */
export interface ToWorker {
  readonly seq: number;
  readonly doc: SourceDoc;
}
/**
 * `ready` once the pipeline has loaded, then one `result` per document, in the order they were sent.
 * A result travels as JSON text: copying one string costs a worker ~4× less than a structured clone
 * of the many small claim objects (that clone took ~6% of a worker's time on PolNeAR).
 */
export type FromWorker = { readonly type: 'ready' } | { readonly type: 'result'; readonly seq: number; readonly json: string };

// The body of each worker thread started by workers.ts: answer documents one at a time, in order.
if (parentPort) {
  const port = parentPort;
  const { what } = workerData as WorkerSetup;
  port.on('message', (m: ToWorker) => {
    port.postMessage({ type: 'result', seq: m.seq, json: JSON.stringify(runOne(what, m.doc)) } satisfies FromWorker);
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

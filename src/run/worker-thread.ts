import { parentPort, workerData } from 'node:worker_threads';
import { createRunner, type DocResult, type RunSetup, type Work } from './workers.js';

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

// The body of each worker thread started by workers.ts: answer inputs one at a time, in order.
if (parentPort) {
  const port = parentPort;
  const run = createRunner(workerData as WorkerSetup);
  port.on('message', (m: ToWorker) => {
    const result = run(m.work);
    const records = result.claims !== undefined || result.sentences !== undefined;
    port.postMessage((records ? { type: 'result', seq: m.seq, json: JSON.stringify(result) } : { type: 'result', seq: m.seq, result }) satisfies FromWorker);
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

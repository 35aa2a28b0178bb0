import { parentPort, workerData } from 'node:worker_threads';
import { createRunner } from './workers.js';
import type { FromWorker, ToWorker, WorkerSetup } from './work-types.js';


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

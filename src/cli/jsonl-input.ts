import { createInterface } from 'node:readline';
import type { InputRead } from './inputs.js';

/**
 * `--input jsonl`: one `{"id": ..., "text": ...}` per line on stdin; `doc` is the id. A bad line is a
 * failure in its place (one stderr line, `-:LINE: reason`, printed in order) and the rest go on.
 */
export async function* readJsonlInputs(stdin: NodeJS.ReadableStream): AsyncIterable<InputRead> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      yield { failure: { path: `-:${n}`, reason: 'not valid JSON' }, notes: [] };
      continue;
    }
    const o = v as { id?: unknown; text?: unknown };
    if (typeof o !== 'object' || o === null || (typeof o.id !== 'string' && typeof o.id !== 'number') || typeof o.text !== 'string') {
      yield { failure: { path: `-:${n}`, reason: 'expected {"id": string, "text": string}' }, notes: [] };
      continue;
    }
    yield { doc: { path: String(o.id), text: o.text.replace(/^\uFEFF/u, '') }, notes: [] };
  }
}

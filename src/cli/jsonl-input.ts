import { createInterface } from 'node:readline';
import type { InputNote, InputRead } from './inputs.js';

/**
 * `--input jsonl`: one `{"id": ..., "text": ...}` per line on stdin; `doc` is the id. A bad line is a
 * failure in its place (one stderr line, `-:LINE: reason`, printed in order) and the rest go on.
 * An id seen before is a warning with both line numbers, and that document's `doc` becomes `id#2`
 * (`#3`, …; the first free one), so no two documents, and so no two claims, share an id.
 */
export async function* readJsonlInputs(stdin: NodeJS.ReadableStream): AsyncIterable<InputRead> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  let n = 0;
  // Every doc given out (ids and id#k) → its line: ~60 bytes a document (61 MB for 1M short ids, measured
  // with node --expose-gc), small beside the text of a million documents.
  const used = new Map<string, number>();
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
    const id = String(o.id);
    const first = used.get(id);
    let doc = id;
    for (let k = 2; used.has(doc); k++) doc = `${id}#${k}`;
    used.set(doc, n);
    const notes: InputNote[] =
      first === undefined ? [] : [{ path: `-:${n}`, message: `duplicate id ${JSON.stringify(id)} (line ${first}); its records have doc ${JSON.stringify(doc)}`, level: 'warning' }];
    yield { doc: { path: doc, text: o.text.replace(/^\uFEFF/u, '') }, notes };
  }
}

import { createInterface } from 'node:readline';
import type { SourceDoc } from '../types.js';

/**
 * `--input jsonl`: one `{"id": ..., "text": ...}` per line on stdin; `doc` is the id. A bad line is
 * one stderr line (`-:LINE: reason`) and the rest go on.
 */
export async function* readJsonlDocs(stdin: NodeJS.ReadableStream, fail: (path: string, reason: string) => void): AsyncIterable<SourceDoc> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      fail(`-:${n}`, 'not valid JSON');
      continue;
    }
    const o = v as { id?: unknown; text?: unknown };
    if (typeof o !== 'object' || o === null || (typeof o.id !== 'string' && typeof o.id !== 'number') || typeof o.text !== 'string') {
      fail(`-:${n}`, 'expected {"id": string, "text": string}');
      continue;
    }
    yield { path: String(o.id), text: o.text.replace(/^\uFEFF/u, '') };
  }
}

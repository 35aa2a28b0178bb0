import type { InputNote, InputRead } from './inputs.js';
import { tooLarge } from './inputs.js';

/**
 * `--input jsonl`: one `{"id": ..., "text": ...}` per line on stdin; `doc` is the id. A bad line is a
 * failure in its place (one stderr line, `-:LINE: reason`, printed in order) and the rest go on.
 * A line longer than `maxBytes` is a failure too, and is skipped without being held (an endless line
 * costs no memory). A byte-order mark before the first line is dropped, as for files; lone surrogates
 * (`"\ud800"`) in the id or text become U+FFFD here, so every format shows the same text at the same offsets.
 * An id seen before is a warning with both line numbers, and that document's `doc` becomes `id#2`
 * (`#3`, …; the first free one), so no two documents, and so no two claims, share an id.
 */
export async function* readJsonlInputs(stdin: NodeJS.ReadableStream, maxBytes = Infinity): AsyncIterable<InputRead> {
  let n = 0;
  // Every doc given out (ids and id#k) → its line: ~60 bytes a document (61 MB for 1M short ids, measured
  // with node --expose-gc), small beside the text of a million documents.
  const used = new Map<string, number>();
  for await (const line of readLines(stdin, maxBytes)) {
    n++;
    if (line === null) {
      yield { failure: { path: `-:${n}`, reason: tooLarge(maxBytes) }, notes: [] };
      continue;
    }
    const text = n === 1 ? line.replace(/^\uFEFF/u, '') : line;
    if (text.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
      yield { failure: { path: `-:${n}`, reason: 'not valid JSON' }, notes: [] };
      continue;
    }
    const o = v as { id?: unknown; text?: unknown };
    if (typeof o !== 'object' || o === null || (typeof o.id !== 'string' && typeof o.id !== 'number') || typeof o.text !== 'string') {
      yield { failure: { path: `-:${n}`, reason: 'expected {"id": string, "text": string}' }, notes: [] };
      continue;
    }
    const id = wellFormed(String(o.id));
    const first = used.get(id);
    let doc = id;
    for (let k = 2; used.has(doc); k++) doc = `${id}#${k}`;
    used.set(doc, n);
    const notes: InputNote[] =
      first === undefined ? [] : [{ path: `-:${n}`, message: `duplicate id ${JSON.stringify(id)} (line ${first}); its records have doc ${JSON.stringify(doc)}`, level: 'warning' }];
    yield { doc: { path: doc, text: wellFormed(o.text.replace(/^\uFEFF/u, '')) }, notes };
  }
}

/** Lone surrogates → U+FFFD (same length, so offsets do not move). */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Lines of a byte stream, decoded as UTF-8 (CRLF or LF; a last line without a break counts), or null for a
 * line over `maxBytes`, whose bytes are dropped as they come.
 */
async function* readLines(stream: NodeJS.ReadableStream, maxBytes: number): AsyncIterable<string | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const line = (): string | null => {
    const bytes = Buffer.concat(parts);
    parts = [];
    size = 0;
    if (over) {
      over = false;
      return null;
    }
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    return bytes.toString('utf8', 0, end);
  };
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    for (let nl = b.indexOf(0x0a, from); ; nl = b.indexOf(0x0a, from)) {
      const piece = b.subarray(from, nl < 0 ? b.length : nl);
      if (!over) {
        size += piece.length;
        if (size > maxBytes + 1) { // + 1: room for the CR of a CRLF
          over = true;
          parts = [];
        } else if (piece.length > 0) parts.push(Buffer.from(piece));
      }
      if (nl < 0) break;
      yield line();
      from = nl + 1;
    }
  }
  if (size > 0 || over || parts.length > 0) yield line();
}

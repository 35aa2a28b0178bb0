import type { SplitFormatter } from './types.js';

/** One record as it sits in the array: 2-space indent, nested one level. */
function jsonItem(record: unknown): string {
  // JSON.stringify escapes newlines inside strings, so every '\n' here is layout: indent it one level.
  return JSON.stringify(record, null, 2).replace(/\n/g, '\n  ');
}

/**
 * A JSON array, 2-space indent, written one record at a time. The pieces join to exactly
 * `JSON.stringify(records, null, 2) + '\n'` (`[]\n` when empty); key order is the record's own.
 * `body` (records joined by `,\n  `) is pure; `place` adds the comma before all but the first.
 */
export function formatJson<T>(): SplitFormatter<T> {
  let count = 0;
  const place = (body: string) => (body === '' ? '' : (count++ === 0 ? '\n  ' : ',\n  ') + body);
  return {
    begin: () => '[',
    item: (record) => place(jsonItem(record)),
    end: () => (count === 0 ? ']\n' : '\n]\n'),
    body: (records) => records.map(jsonItem).join(',\n  '),
    place,
  };
}

import type { Formatter } from './index.js';

/**
 * A JSON array, 2-space indent, written one record at a time. The pieces join to exactly
 * `JSON.stringify(records, null, 2) + '\n'` (`[]\n` when empty); key order is the record's own.
 */
export function formatJson<T>(): Formatter<T> {
  let count = 0;
  return {
    begin: () => '[',
    // JSON.stringify escapes newlines inside strings, so every '\n' here is layout: indent it one level.
    item: (record) => (count++ === 0 ? '\n  ' : ',\n  ') + JSON.stringify(record, null, 2).replace(/\n/g, '\n  '),
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}

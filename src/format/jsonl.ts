import type { SplitFormatter } from './types.js';

/** JSON Lines: one compact `JSON.stringify(record)` per line, nothing before or after. */
export function formatJsonl<T>(): SplitFormatter<T> {
  const item = (record: T) => JSON.stringify(record) + '\n';
  return {
    begin: () => '',
    item,
    end: () => '',
    body: (records) => records.map(item).join(''),
    place: (body) => body,
  };
}

import type { Formatter } from './index.js';

/** JSON Lines: one compact `JSON.stringify(record)` per line, nothing before or after. */
export function formatJsonl<T>(): Formatter<T> {
  return {
    begin: () => '',
    item: (record) => JSON.stringify(record) + '\n',
    end: () => '',
  };
}

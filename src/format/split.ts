import { formatCsv } from './csv.js';
import type { RecordKind, SplitFormatter } from './types.js';
import { formatJson } from './json.js';
import { formatJsonl } from './jsonl.js';

/** The formats whose text for one document does not depend on the documents before it (but for a separator). */
export type SplitFormatName = 'json' | 'jsonl' | 'csv';

export function isSplitFormat(name: string): name is SplitFormatName {
  return name === 'json' || name === 'jsonl' || name === 'csv';
}

/**
 * json, jsonl or csv, with `body`/`place`, so a worker thread can format a document's records and the
 * thread that writes only places the text. Imports no other formatter (a worker loads only this).
 */
export function createSplitFormatter(kind: RecordKind, name: SplitFormatName): SplitFormatter<any> {
  switch (name) {
    case 'json':
      return formatJson();
    case 'jsonl':
      return formatJsonl();
    case 'csv':
      return formatCsv(kind);
  }
}

import type { Claim, SentenceRecord, SpeakerRecord } from '../types.js';
import { formatMarkdown } from './markdown.js';
import { createSplitFormatter } from './split.js';
import { formatTable } from './table.js';
import type { FormatOptions, Formatter, RecordKind } from './types.js';

export { createSplitFormatter, isSplitFormat, type SplitFormatName } from './split.js';
export type { FormatOptions, Formatter, RecordKind, SplitFormatter } from './types.js';

export type FormatName = 'json' | 'jsonl' | 'csv' | 'md' | 'table';
export const FORMAT_NAMES: readonly FormatName[] = ['json', 'jsonl', 'csv', 'md', 'table'];

/** A fresh formatter per run: some keep state (the JSON comma, the table's current document). */
export function createFormatter(kind: 'claims', name: FormatName, options: FormatOptions): Formatter<Claim>;
export function createFormatter(kind: 'sentences', name: FormatName, options: FormatOptions): Formatter<SentenceRecord>;
export function createFormatter(kind: 'speakers', name: FormatName, options: FormatOptions): Formatter<SpeakerRecord>;
export function createFormatter(kind: RecordKind, name: FormatName, options: FormatOptions): Formatter<any>;
export function createFormatter(kind: RecordKind, name: FormatName, options: FormatOptions): Formatter<any> {
  switch (name) {
    case 'json':
    case 'jsonl':
    case 'csv':
      return createSplitFormatter(kind, name);
    case 'md':
      return formatMarkdown(kind, options);
    case 'table':
      return formatTable(kind, options);
  }
}

/** The whole output at once: for tests, golden files and callers that already hold every record. */
export function formatAll<T>(formatter: Formatter<T>, records: readonly T[]): string {
  let out = formatter.begin();
  for (const record of records) out += formatter.item(record);
  return out + formatter.end();
}

import type { ChalkInstance } from 'chalk';
import type { Claim, SentenceRecord, SpeakerRecord } from '../types.js';
import { formatMarkdown } from './markdown.js';
import { createSplitFormatter } from './split.js';
import { formatTable } from './table.js';

export { createSplitFormatter, isSplitFormat, type SplitFormatName } from './split.js';

export type FormatName = 'json' | 'jsonl' | 'csv' | 'md' | 'table';
export const FORMAT_NAMES: readonly FormatName[] = ['json', 'jsonl', 'csv', 'md', 'table'];

export type RecordKind = 'claims' | 'sentences' | 'speakers';

export interface FormatOptions {
  /** `new Chalk({ level })` from the CLI; level 0 = no colour. Only the table uses it. */
  readonly chalk: ChalkInstance;
  /** Terminal columns (e.g. 100 when unknown). Only the table uses it. */
  readonly width: number;
  /** Show the id of the rule behind each claim (md, table; json/jsonl/csv always carry it). */
  readonly explain: boolean;
}

/**
 * Output written piece by piece, so the CLI can print records as documents finish:
 * `begin()`, then `item()` per record in order, then `end()`. The concatenation is the whole output.
 */
export interface Formatter<T> {
  begin(): string;
  item(record: T): string;
  end(): string;
}

/**
 * json, jsonl and csv: `body(records)` is pure (a worker thread can build it for one document's records, in
 * order) and `place(body)` adds what goes between documents, in the thread that writes. `item(r)` is
 * `place(body([r]))`; `body([])` is '' and `place('')` is ''.
 */
export interface SplitFormatter<T> extends Formatter<T> {
  body(records: readonly T[]): string;
  place(body: string): string;
}

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

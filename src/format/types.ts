import type { ChalkInstance } from 'chalk';

/** The types the formatters share (index.ts re-exports them): formatters import only types. */

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

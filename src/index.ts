/**
 * The library: `import { extract } from 'claims'`. The same pipeline, records and formatters as the
 * command line (which is one user of them); nothing here reads argv, writes to stdout or exits.
 */
import { availableParallelism } from 'node:os';
import { Chalk } from 'chalk';
import { createFormatter, formatAll, FORMAT_NAMES as ALL_FORMATS } from './format/index.js';
import { extract as extractDoc, extractSentences } from './pipeline/extract.js';
import { groupSpeakers } from './pipeline/speakers.js';
import { createExtractor, filterClaims } from './run/workers.js';
import type { Claim, ClaimType, SentenceRecord, SpeakerKind, SpeakerRecord, TextSpan } from './types.js';

export type { Claim, ClaimType, SentenceRecord, SpeakerKind, SpeakerRecord, TextSpan };

/**
 * The output formats. Spelled out here (not re-exported) so the public types never reach the
 * formatters' chalk types, which need @types/node; `format` passing it on checks it is the same set.
 */
export type FormatName = 'json' | 'jsonl' | 'csv' | 'md' | 'table';
export const FORMAT_NAMES: readonly FormatName[] = ALL_FORMATS;

/** `claim.speaker`: the mention as written (`text`, offsets) with the resolved `name` and `kind`. */
export type Speaker = NonNullable<Claim['speaker']>;
/** `claim.cue`: the word(s) that attribute (`said`, `according to`) with their `lemma`. */
export type Cue = NonNullable<Claim['cue']>;

export interface ExtractOptions {
  /** The `doc` field of every record, also part of each claim `id` (default `-`, as for stdin). */
  readonly doc?: string;
  /** Also quotations with no speaker found (`speaker: null`), as `--all` (default false). */
  readonly all?: boolean;
}

/** Which claims to keep, as the command line's `--type`, `--speaker`, `--min-confidence` and `--all`. */
export interface ClaimFilter {
  readonly types?: readonly ClaimType[];
  /** Case-insensitive: the resolved name, or any (non-pronoun) mention of that speaker in the document. */
  readonly speaker?: string;
  readonly minConfidence?: number;
  /** Also quotations with no speaker found (`speaker: null`); default false, as on the command line. */
  readonly all?: boolean;
}

/** One document, as `--input jsonl` reads it: `id` becomes each record's `doc`. */
export interface Doc {
  readonly id: string;
  readonly text: string;
}

/** What `extractAll` yields per document, in the order the documents came. */
export interface DocClaims {
  readonly doc: string;
  readonly claims: Claim[];
  /** Set when the pipeline failed on this document (a bug): `claims` is then empty. */
  readonly error?: string;
}

export interface ExtractAllOptions {
  /** Threads: this one and `jobs` − 1 worker threads (default: available cores). Output is the same for any. */
  readonly jobs?: number;
  readonly filter?: ClaimFilter;
}

/**
 * The claims of one text, sorted by `quote.start`, offsets in code points: the records `claims extract`
 * writes for it (with `doc: '-'` unless given). A leading byte-order mark is dropped, as on reading a file.
 */
export function extract(text: string, options: ExtractOptions = {}): Claim[] {
  const claims = extractDoc({ path: options.doc ?? '-', text: withoutBom(text) });
  return options.all ? claims : claims.filter((c) => c.speaker !== null);
}

/** The sentence records of one text: `{doc, index, paragraph, start, end, text}`, offsets in code points. */
export function sentences(text: string, options: ExtractOptions = {}): SentenceRecord[] {
  return extractSentences({ path: options.doc ?? '-', text: withoutBom(text) });
}

/** One record per resolved speaker, most claims first (what `claims speakers` prints). */
export function speakers(claims: readonly Claim[]): SpeakerRecord[] {
  return groupSpeakers(claims);
}

/** Keep the claims a filter asks for (claims of one or more documents). */
export function filter(claims: readonly Claim[], f: ClaimFilter): Claim[] {
  const byDoc = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byDoc.get(c.doc);
    if (list) list.push(c);
    else byDoc.set(c.doc, [c]);
  }
  const kept = new Set<Claim>();
  for (const list of byDoc.values()) for (const c of filterClaims(list, filterOf(f))) kept.add(c);
  return claims.filter((c) => kept.has(c));
}

/**
 * Many documents over a pool of worker threads, as the command line runs them: yields each document's
 * claims in the order the documents came, whatever `jobs` is. `docs` may be an async iterable (a stream
 * of lines); at most a few documents per thread are taken ahead, so memory stays flat. Without a
 * `filter`, claims with no speaker are left out, as on the command line.
 */
export async function* extractAll(docs: Iterable<Doc> | AsyncIterable<Doc>, options: ExtractAllOptions = {}): AsyncGenerator<DocClaims> {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a whole number of at least 1 (got ${jobs})`);
  const extractor = createExtractor({ what: 'claims', filter: filterOf(options.filter ?? {}) }, jobs, 0);
  async function* work() {
    for await (const d of docs) yield { doc: { path: String(d.id), text: withoutBom(d.text) }, notes: [] };
  }
  try {
    for await (const r of extractor.run(work())) {
      yield r.error ? { doc: r.path, claims: [], error: r.error.message } : { doc: r.path, claims: r.claims ?? [] };
    }
  } finally {
    extractor.close();
  }
}

export interface FormatSettings {
  /** ANSI colour in the table (default false). */
  readonly color?: boolean;
  /** Columns for the table (default 100). */
  readonly width?: number;
  /** Show the rule behind each claim (table and md). */
  readonly explain?: boolean;
}

/** Records as one of the command line's formats: `format('claims', claims, 'csv')`. */
export function format(kind: 'claims', records: readonly Claim[], name: FormatName, settings?: FormatSettings): string;
export function format(kind: 'sentences', records: readonly SentenceRecord[], name: FormatName, settings?: FormatSettings): string;
export function format(kind: 'speakers', records: readonly SpeakerRecord[], name: FormatName, settings?: FormatSettings): string;
export function format(kind: 'claims' | 'sentences' | 'speakers', records: readonly unknown[], name: FormatName, settings: FormatSettings = {}): string {
  return formatAll(formatter(kind as 'claims', name, settings), records as readonly Claim[]);
}

/**
 * A format written piece by piece, as the command line streams it: `begin()`, then `item(record)` for
 * each record in order (across documents), then `end()`; the pieces joined are `format(…)`'s text.
 */
export interface RecordFormatter<T> {
  begin(): string;
  item(record: T): string;
  end(): string;
}

/** A fresh streaming formatter (some keep state between items: the JSON comma, the table's document). */
export function formatter(kind: 'claims', name: FormatName, settings?: FormatSettings): RecordFormatter<Claim>;
export function formatter(kind: 'sentences', name: FormatName, settings?: FormatSettings): RecordFormatter<SentenceRecord>;
export function formatter(kind: 'speakers', name: FormatName, settings?: FormatSettings): RecordFormatter<SpeakerRecord>;
export function formatter(kind: 'claims' | 'sentences' | 'speakers', name: FormatName, settings: FormatSettings = {}): RecordFormatter<any> {
  if (!FORMAT_NAMES.includes(name)) throw new RangeError(`unknown format '${name}' (${FORMAT_NAMES.join(', ')})`);
  const options = { chalk: new Chalk({ level: settings.color ? 1 : 0 }), width: settings.width ?? 100, explain: settings.explain ?? false };
  return createFormatter(kind, name, options);
}

function filterOf(f: ClaimFilter) {
  return { types: f.types ?? null, speaker: f.speaker ?? null, minConfidence: f.minConfidence ?? 0, all: f.all ?? false };
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

import type { Claim, SentenceRecord, SpeakerRecord } from '../types.js';
import type { RecordKind, SplitFormatter } from './types.js';

type Field = string | number | null;
interface Column<T> {
  readonly name: string;
  readonly value: (record: T) => Field;
}

/** `speaker` is the mention as written; `start`/`end` are the quotation's code-point offsets. */
const CLAIM_COLUMNS: readonly Column<Claim>[] = [
  { name: 'doc', value: (c) => c.doc },
  { name: 'sentence', value: (c) => c.sentence },
  { name: 'type', value: (c) => c.type },
  { name: 'speaker', value: (c) => c.speaker?.text ?? null },
  { name: 'speaker_name', value: (c) => c.speaker?.name ?? null },
  { name: 'speaker_kind', value: (c) => c.speaker?.kind ?? null },
  { name: 'cue', value: (c) => c.cue?.text ?? null },
  { name: 'cue_lemma', value: (c) => c.cue?.lemma ?? null },
  { name: 'quote', value: (c) => c.quote.text },
  { name: 'confidence', value: (c) => c.confidence },
  { name: 'start', value: (c) => c.quote.start },
  { name: 'end', value: (c) => c.quote.end },
  { name: 'id', value: (c) => c.id },
  { name: 'rule', value: (c) => c.rule },
  { name: 'continues', value: (c) => c.continues ?? null },
];

const SENTENCE_COLUMNS: readonly Column<SentenceRecord>[] = [
  { name: 'doc', value: (s) => s.doc },
  { name: 'index', value: (s) => s.index },
  { name: 'paragraph', value: (s) => s.paragraph },
  { name: 'start', value: (s) => s.start },
  { name: 'end', value: (s) => s.end },
  { name: 'text', value: (s) => s.text },
];

/** Lists flattened for a spreadsheet cell: `he; Crane`, `say:3; tell:1`. */
const SPEAKER_COLUMNS: readonly Column<SpeakerRecord>[] = [
  { name: 'name', value: (s) => s.name },
  { name: 'kind', value: (s) => s.kind },
  { name: 'claims', value: (s) => s.claims },
  { name: 'documents', value: (s) => s.documents },
  { name: 'mentions', value: (s) => s.mentions.join('; ') },
  { name: 'cues', value: (s) => Object.entries(s.cues).map(([lemma, n]) => `${lemma}:${n}`).join('; ') },
  { name: 'direct', value: (s) => s.types.direct },
  { name: 'mixed', value: (s) => s.types.mixed },
  { name: 'indirect', value: (s) => s.types.indirect },
];

const COLUMNS = { claims: CLAIM_COLUMNS, sentences: SENTENCE_COLUMNS, speakers: SPEAKER_COLUMNS };

/**
 * RFC 4180 CSV: a header row, CRLF after every row, fields quoted only when they hold `"`, `,`, CR or LF,
 * quotes doubled, null as an empty field. Numbers are written as JavaScript prints them.
 *
 * No formula-injection guard: a quotation that starts with `=`, `+`, `-` or `@` is written as it is. The
 * usual guard (a leading `'` or tab) changes the data, and this CSV is evidence that gets diffed, joined and
 * checked against the source by offsets; a changed quote would no longer match its own span. Whoever opens
 * it in a spreadsheet should import it as text (or use the json/jsonl output).
 */
export function formatCsv(kind: 'claims'): SplitFormatter<Claim>;
export function formatCsv(kind: 'sentences'): SplitFormatter<SentenceRecord>;
export function formatCsv(kind: 'speakers'): SplitFormatter<SpeakerRecord>;
export function formatCsv(kind: RecordKind): SplitFormatter<any>;
export function formatCsv(kind: RecordKind): SplitFormatter<any> {
  const columns: readonly Column<any>[] = COLUMNS[kind];
  const item = (record: unknown) => writeRow(columns.map((c) => c.value(record)));
  return {
    begin: () => writeRow(columns.map((c) => c.name)),
    item,
    end: () => '',
    body: (records) => records.map(item).join(''),
    place: (body) => body,
  };
}

function writeRow(fields: readonly Field[]): string {
  return fields.map(writeField).join(',') + '\r\n';
}

function writeField(field: Field): string {
  if (field === null) return '';
  const text = String(field);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

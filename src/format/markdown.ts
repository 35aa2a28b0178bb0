import type { Claim, SentenceRecord, SpeakerRecord } from '../types.js';
import type { FormatOptions, Formatter, RecordKind } from './types.js';

interface Column<T> {
  readonly name: string;
  readonly align: 'left' | 'right';
  readonly value: (record: T) => string;
}

const RULE_COLUMN: Column<Claim> = { name: 'rule', align: 'left', value: (c) => c.rule };

/** `speaker` is the canonical name, with the mention as written when it differs: `Chris Crane (he)`. */
const CLAIM_COLUMNS: readonly Column<Claim>[] = [
  { name: 'doc', align: 'left', value: (c) => c.doc },
  { name: 'speaker', align: 'left', value: (c) => describeSpeaker(c) },
  { name: 'cue', align: 'left', value: (c) => c.cue?.text ?? '' },
  { name: 'type', align: 'left', value: (c) => c.type },
  { name: 'quote', align: 'left', value: (c) => c.quote.text },
  { name: 'confidence', align: 'right', value: (c) => c.confidence.toFixed(2) },
];

const SENTENCE_COLUMNS: readonly Column<SentenceRecord>[] = [
  { name: 'doc', align: 'left', value: (s) => s.doc },
  { name: 'index', align: 'right', value: (s) => String(s.index) },
  { name: 'paragraph', align: 'right', value: (s) => String(s.paragraph) },
  { name: 'start', align: 'right', value: (s) => String(s.start) },
  { name: 'end', align: 'right', value: (s) => String(s.end) },
  { name: 'text', align: 'left', value: (s) => s.text },
];

const SPEAKER_COLUMNS: readonly Column<SpeakerRecord>[] = [
  { name: 'name', align: 'left', value: (s) => s.name },
  { name: 'kind', align: 'left', value: (s) => s.kind },
  { name: 'claims', align: 'right', value: (s) => String(s.claims) },
  { name: 'documents', align: 'right', value: (s) => String(s.documents) },
  { name: 'mentions', align: 'left', value: (s) => s.mentions.join(', ') },
  { name: 'cues', align: 'left', value: (s) => Object.entries(s.cues).map(([lemma, n]) => `${lemma} ${n}`).join(', ') },
  { name: 'direct', align: 'right', value: (s) => String(s.types.direct) },
  { name: 'mixed', align: 'right', value: (s) => String(s.types.mixed) },
  { name: 'indirect', align: 'right', value: (s) => String(s.types.indirect) },
];

/**
 * A GitHub-flavoured Markdown table, one row per record (so it streams; columns are not padded).
 * In cells `|` becomes `\|` and line breaks become `<br>`; other Markdown in the text is left alone.
 */
export function formatMarkdown(kind: 'claims', options: FormatOptions): Formatter<Claim>;
export function formatMarkdown(kind: 'sentences', options: FormatOptions): Formatter<SentenceRecord>;
export function formatMarkdown(kind: 'speakers', options: FormatOptions): Formatter<SpeakerRecord>;
export function formatMarkdown(kind: RecordKind, options: FormatOptions): Formatter<any>;
export function formatMarkdown(kind: RecordKind, options: FormatOptions): Formatter<any> {
  const columns: readonly Column<any>[] =
    kind === 'claims' ? (options.explain ? [...CLAIM_COLUMNS, RULE_COLUMN] : CLAIM_COLUMNS)
    : kind === 'sentences' ? SENTENCE_COLUMNS
    : SPEAKER_COLUMNS;
  return {
    begin: () =>
      writeRow(columns.map((c) => c.name)) + writeRow(columns.map((c) => (c.align === 'right' ? '---:' : '---'))),
    item: (record) => writeRow(columns.map((c) => escapeCell(c.value(record)))),
    end: () => '',
  };
}

function describeSpeaker(c: Claim): string {
  if (!c.speaker) return '';
  return c.speaker.text === c.speaker.name ? c.speaker.name : `${c.speaker.name} (${c.speaker.text})`;
}

function writeRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
}

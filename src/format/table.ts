import type { ChalkInstance } from 'chalk';
import type { Claim, ClaimType, SentenceRecord, SpeakerRecord } from '../types.js';
import type { FormatOptions, Formatter, RecordKind } from './types.js';
import { cleanText, measureWidth, truncateText, wrapText } from './wrap.js';

const BADGE_WIDTH = 8; // 'indirect'
const BADGE_COLORS = { direct: 'green', mixed: 'yellow', indirect: 'blue' } as const satisfies Record<ClaimType, string>;
const CLAIM_INDENT = 18; // '  ' + badge + '  ' + '0.92' + '  ': the quote hangs under the speaker
const NARROW_INDENT = 6; // when the quote would get fewer than MIN_QUOTE_WIDTH columns at CLAIM_INDENT
const MIN_QUOTE_WIDTH = 30;
const MIN_WIDTH = 20;
const TOP_MENTIONS = 3;

/**
 * For a person at a terminal, in the manner of ripgrep and gh: a header line per document, then per
 * claim a line with the type badge, confidence, speaker and cue, and the quotation wrapped under it with a
 * hanging indent (direct quotations between “ ”). A summary line closes the output. Colours come only from
 * `options.chalk`, so level 0 prints no escapes; control characters in the text never reach the terminal.
 *
 *     seeds/000_d15032eb7a1b3ddf.txt
 *       direct    0.92  Chris Crane (he) said
 *                       “The union never contested the actual policy itself”
 *
 *     1 claim from 1 document, 1 speaker
 */
export function formatTable(kind: 'claims', options: FormatOptions): Formatter<Claim>;
export function formatTable(kind: 'sentences', options: FormatOptions): Formatter<SentenceRecord>;
export function formatTable(kind: 'speakers', options: FormatOptions): Formatter<SpeakerRecord>;
export function formatTable(kind: RecordKind, options: FormatOptions): Formatter<any>;
export function formatTable(kind: RecordKind, options: FormatOptions): Formatter<any> {
  const width = Number.isFinite(options.width) ? Math.max(MIN_WIDTH, Math.floor(options.width)) : 100;
  if (kind === 'claims') return tableClaims(options.chalk, width, options.explain);
  if (kind === 'sentences') return tableSentences(options.chalk, width);
  return tableSpeakers(options.chalk, width);
}

/** Streams: a document's header is written with its first claim (records arrive sorted by document). */
function tableClaims(chalk: ChalkInstance, width: number, explain: boolean): Formatter<Claim> {
  let current: string | undefined;
  let claims = 0;
  const docs = new Set<string>();
  const speakers = new Set<string>();
  const indent = width - CLAIM_INDENT >= MIN_QUOTE_WIDTH ? CLAIM_INDENT : NARROW_INDENT;
  return {
    begin: () => '',
    item: (c) => {
      let out = '';
      if (c.doc !== current) {
        out += (claims > 0 ? '\n' : '') + chalk.bold.magenta(cleanText(c.doc)) + '\n';
        current = c.doc;
      }
      claims++;
      docs.add(c.doc);
      if (c.speaker) speakers.add(c.speaker.name);
      const badge = chalk[BADGE_COLORS[c.type]](c.type) + ' '.repeat(BADGE_WIDTH - c.type.length);
      const parts = [describeSpeaker(chalk, c)];
      if (c.cue) parts.push(cleanText(c.cue.text));
      let head = `  ${badge}  ${chalk.dim(c.confidence.toFixed(2))}  ${parts.join(' ')}`;
      if (explain) head += '  ' + chalk.dim(c.rule);
      const pad = ' '.repeat(indent);
      return out + head + '\n' + layoutQuote(c, width - indent).map((line) => pad + line + '\n').join('');
    },
    end: () =>
      claims === 0
        ? 'no claims\n'
        : '\n' + chalk.dim(`${plural(claims, 'claim')} from ${plural(docs.size, 'document')}, ${plural(speakers.size, 'speaker')}`) + '\n',
  };
}

function describeSpeaker(chalk: ChalkInstance, c: Claim): string {
  if (!c.speaker) return chalk.dim('unknown speaker');
  const name = chalk.bold(cleanText(c.speaker.name));
  const mention = cleanText(c.speaker.text);
  return mention === cleanText(c.speaker.name) ? name : `${name} ${chalk.dim(`(${mention})`)}`;
}

/** Direct quotations get “ ” and continuation lines hang one column in, past the opening mark. */
function layoutQuote(c: Claim, available: number): string[] {
  if (c.type !== 'direct') return wrapText(c.quote.text, available);
  const lines = wrapText(c.quote.text, available - 2).map((line, i) => (i === 0 ? '“' : ' ') + line);
  if (lines.length === 0) return ['“”'];
  lines[lines.length - 1] += '”';
  return lines;
}

/** Buffers one document at a time, to align its sentence numbers; writes it when the next one starts. */
function tableSentences(chalk: ChalkInstance, width: number): Formatter<SentenceRecord> {
  let pending: SentenceRecord[] = [];
  let sentences = 0;
  let docs = 0;
  const flush = (): string => {
    const first = pending[0];
    if (!first) return '';
    const numberWidth = Math.max(...pending.map((s) => String(s.index).length));
    const pad = ' '.repeat(2 + numberWidth + 2);
    let out = (docs > 0 ? '\n' : '') + chalk.bold.magenta(cleanText(first.doc)) + '\n';
    for (const s of pending) {
      const lines = wrapText(s.text, width - pad.length);
      const number = cell(String(s.index), numberWidth, chalk.green, 'right');
      out += `  ${number}  ${lines[0] ?? ''}\n` + lines.slice(1).map((line) => pad + line + '\n').join('');
    }
    docs++;
    pending = [];
    return out;
  };
  return {
    begin: () => '',
    item: (s) => {
      const out = pending[0] && pending[0].doc !== s.doc ? flush() : '';
      pending.push(s);
      sentences++;
      return out;
    },
    end: () => {
      const out = flush();
      if (sentences === 0) return 'no sentences\n';
      return out + '\n' + chalk.dim(`${plural(sentences, 'sentence')} from ${plural(docs, 'document')}`) + '\n';
    },
  };
}

/** Buffers everything: the speaker list only exists once every claim is in, and its columns align. */
function tableSpeakers(chalk: ChalkInstance, width: number): Formatter<SpeakerRecord> {
  const records: SpeakerRecord[] = [];
  return {
    begin: () => '',
    item: (s) => {
      records.push(s);
      return '';
    },
    end: () => {
      if (records.length === 0) return 'no speakers\n';
      const rows = records.map((s) => ({
        name: cleanText(s.name),
        kind: s.kind,
        claims: String(s.claims),
        documents: String(s.documents),
        mentions: s.mentions.slice(0, TOP_MENTIONS).map(cleanText).join(', '),
      }));
      const header = { name: 'NAME', kind: 'KIND', claims: 'CLAIMS', documents: 'DOCUMENTS', mentions: 'MENTIONS' };
      const widest = (key: keyof typeof header): number =>
        Math.max(measureWidth(header[key]), ...rows.map((row) => measureWidth(row[key])));
      const nameWidth = Math.min(widest('name'), Math.max(16, Math.floor(width * 0.4)));
      const kindWidth = widest('kind');
      const claimsWidth = widest('claims');
      const documentsWidth = widest('documents');
      const mentionsWidth = Math.max(8, width - (nameWidth + kindWidth + claimsWidth + documentsWidth + 8));
      const line = (row: typeof header, paint: Paint = (t) => t): string =>
        [
          cell(truncateText(row.name, nameWidth), nameWidth, paint),
          cell(row.kind, kindWidth, paint),
          cell(row.claims, claimsWidth, paint, 'right'),
          cell(row.documents, documentsWidth, paint, 'right'),
          paint(truncateText(row.mentions, mentionsWidth)),
        ].join('  ').trimEnd() + '\n';
      const claims = records.reduce((sum, s) => sum + s.claims, 0);
      return (
        line(header, chalk.bold) +
        rows.map((row) => line(row)).join('') +
        '\n' + chalk.dim(`${plural(records.length, 'speaker')}, ${plural(claims, 'claim')}`) + '\n'
      );
    },
  };
}

type Paint = (text: string) => string;

/** Pad to `width` columns outside the colour, so no escape codes wrap the padding. */
function cell(text: string, width: number, paint: Paint, align: 'left' | 'right' = 'left'): string {
  const pad = ' '.repeat(Math.max(0, width - measureWidth(text)));
  return align === 'left' ? paint(text) + pad : pad + paint(text);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

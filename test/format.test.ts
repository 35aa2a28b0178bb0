import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { createFormatter, createSplitFormatter, FORMAT_NAMES, formatAll, type FormatOptions, type RecordKind } from '../src/format/index.js';
import { cleanText, measureWidth, truncateText, wrapText } from '../src/format/wrap.js';
import type { Claim, SentenceRecord, SpeakerRecord } from '../src/types.js';

const ANSI = /\u001b\[/;
const strip = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
const plain: FormatOptions = { chalk: new Chalk({ level: 0 }), width: 80, explain: false };
const coloured: FormatOptions = { ...plain, chalk: new Chalk({ level: 1 }) };

const CRANE: Claim = {
  id: 'c-3f2a9b1c0d4e', doc: 'seeds/000_d15032eb7a1b3ddf.txt', sentence: 7, type: 'direct',
  quote: { text: 'The union never contested the actual policy itself', start: 954, end: 1038 },
  speaker: { text: 'he', start: 1267, end: 1269, name: 'Chris Crane', kind: 'person' },
  cue: { text: 'said', start: 1270, end: 1274, lemma: 'say' }, confidence: 0.92, rule: 'quote-comma-name-cue',
};
const TRICKY: Claim = {
  id: 'c-000000000002', doc: 'seeds/000_d15032eb7a1b3ddf.txt', sentence: 9, type: 'indirect',
  quote: { text: 'prices, he said, were "too high" | and\nrising', start: 1400, end: 1446 },
  speaker: { text: 'Jane Doe', start: 1380, end: 1388, name: 'Jane Doe', kind: 'person' },
  cue: { text: 'argued', start: 1389, end: 1395, lemma: 'argue' }, confidence: 0.7, rule: 'name-cue-that',
};
const ANON: Claim = {
  id: 'c-000000000003', doc: 'seeds/001_1f40b65356465b59.txt', sentence: 0, type: 'mixed',
  quote: { text: '=SUM(A1:A9)', start: 3, end: 14 }, speaker: null, cue: null, confidence: 0.5, rule: 'lone-quote',
};
const CLAIMS = [CRANE, TRICKY, ANON];

const SENTENCES: SentenceRecord[] = [
  { doc: 'a.txt', index: 0, paragraph: 0, start: 0, end: 16, text: '“We will reopen.”' },
  { doc: 'a.txt', index: 1, paragraph: 0, start: 17, end: 37, text: 'Mr. Smith, "sure",\r\nleft.' },
  { doc: 'b.txt', index: 0, paragraph: 0, start: 0, end: 3, text: 'Hi.' },
];

const SPEAKERS: SpeakerRecord[] = [
  {
    name: 'Chris Crane', kind: 'person', claims: 4, documents: 2,
    mentions: ['he', 'Crane', 'National ICE Council President Chris Crane'],
    cues: { say: 3, tell: 1 }, types: { direct: 2, mixed: 1, indirect: 1 },
  },
  {
    name: 'ICE, "the agency"', kind: 'organization', claims: 1, documents: 1,
    mentions: ['ICE'], cues: {}, types: { direct: 0, mixed: 0, indirect: 1 },
  },
];

const RECORDS: Record<RecordKind, readonly unknown[]> = { claims: CLAIMS, sentences: SENTENCES, speakers: SPEAKERS };
const KINDS: RecordKind[] = ['claims', 'sentences', 'speakers'];

describe('json', () => {
  test.each(KINDS)('%s: byte for byte JSON.stringify(records, null, 2) plus a newline', (kind) => {
    expect(formatAll(createFormatter(kind, 'json', plain), RECORDS[kind])).toBe(JSON.stringify(RECORDS[kind], null, 2) + '\n');
  });
  test.each([[[]], [[CRANE]]])('edge sizes: %#', (records) => {
    expect(formatAll(createFormatter('claims', 'json', plain), records)).toBe(JSON.stringify(records, null, 2) + '\n');
  });
  test('an empty run prints []', () => {
    expect(formatAll(createFormatter('claims', 'json', plain), [])).toBe('[]\n');
  });
  test('streams: the opening bracket comes before any record', () => {
    const f = createFormatter('claims', 'json', plain);
    expect(f.begin()).toBe('[');
    expect(f.item(CRANE).startsWith('\n  {\n    "id": "c-3f2a9b1c0d4e",')).toBe(true);
    expect(f.item(CRANE).startsWith(',\n  {')).toBe(true);
    expect(f.end()).toBe('\n]\n');
  });
  test('keeps the record key order', () => {
    const out = formatAll(createFormatter('claims', 'json', plain), [CRANE]);
    const keys = [...out.matchAll(/^ {4}"(\w+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual(['id', 'doc', 'sentence', 'type', 'quote', 'speaker', 'cue', 'confidence', 'rule']);
  });
});

describe('jsonl', () => {
  test.each(KINDS)('%s: one JSON.stringify per line', (kind) => {
    const out = formatAll(createFormatter(kind, 'jsonl', plain), RECORDS[kind]);
    expect(out).toBe(RECORDS[kind].map((r) => JSON.stringify(r) + '\n').join(''));
    expect(out.split('\n').slice(0, -1).map((line) => JSON.parse(line))).toEqual(RECORDS[kind]);
  });
  test('nothing at all for no records', () => {
    expect(formatAll(createFormatter('claims', 'jsonl', plain), [])).toBe('');
  });
});

describe('csv', () => {
  const csv = (kind: RecordKind, records: readonly unknown[]): string => formatAll(createFormatter(kind, 'csv', plain), records);

  test('claims: header, CRLF rows, mention as speaker, quote offsets, nulls empty', () => {
    expect(csv('claims', [CRANE])).toBe(
      'doc,sentence,type,speaker,speaker_name,speaker_kind,cue,cue_lemma,quote,confidence,start,end,id,rule,continues\r\n' +
        'seeds/000_d15032eb7a1b3ddf.txt,7,direct,he,Chris Crane,person,said,say,' +
        'The union never contested the actual policy itself,0.92,954,1038,c-3f2a9b1c0d4e,quote-comma-name-cue,\r\n',
    );
    expect(csv('claims', [ANON]).split('\r\n')[1]).toBe(
      'seeds/001_1f40b65356465b59.txt,0,mixed,,,,,,=SUM(A1:A9),0.5,3,14,c-000000000003,lone-quote,',
    );
  });
  test('quotes fields with commas, quotes and newlines, doubling the quotes; the data stays exact', () => {
    const row = csv('claims', [TRICKY]).split('\r\n')[1];
    expect(row).toContain(',"prices, he said, were ""too high"" | and\nrising",0.7,');
  });
  test.each([
    ['line one\nline two', '"line one\nline two"'],
    ['line one\rline two', '"line one\rline two"'],
    ['plain text; no trouble', 'plain text; no trouble'],
    ["it's 'fine'", "it's 'fine'"],
  ])('a bare line break is enough to quote: %j', (text, field) => {
    expect(csv('sentences', [{ ...SENTENCES[2]!, text }])).toBe(`doc,index,paragraph,start,end,text\r\nb.txt,0,0,0,3,${field}\r\n`);
  });
  test('an empty run is just the header', () => {
    expect(csv('claims', [])).toBe('doc,sentence,type,speaker,speaker_name,speaker_kind,cue,cue_lemma,quote,confidence,start,end,id,rule,continues\r\n');
  });
  test('sentences: a CR LF inside a field is kept and quoted', () => {
    expect(csv('sentences', SENTENCES)).toBe(
      'doc,index,paragraph,start,end,text\r\n' +
        'a.txt,0,0,0,16,“We will reopen.”\r\n' +
        'a.txt,1,0,17,37,"Mr. Smith, ""sure"",\r\nleft."\r\n' +
        'b.txt,0,0,0,3,Hi.\r\n',
    );
  });
  test('speakers: lists joined with "; ", cues as lemma:count, one column per type', () => {
    expect(csv('speakers', SPEAKERS)).toBe(
      'name,kind,claims,documents,mentions,cues,direct,mixed,indirect\r\n' +
        'Chris Crane,person,4,2,he; Crane; National ICE Council President Chris Crane,say:3; tell:1,2,1,1\r\n' +
        '"ICE, ""the agency""",organization,1,1,ICE,,0,0,1\r\n',
    );
  });
});

describe('md', () => {
  const md = (kind: RecordKind, records: readonly unknown[], options = plain): string =>
    formatAll(createFormatter(kind, 'md', options), records);

  test('claims: the six columns, confidence right-aligned, speaker with its mention', () => {
    expect(md('claims', [CRANE])).toBe(
      '| doc | speaker | cue | type | quote | confidence |\n' +
        '| --- | --- | --- | --- | --- | ---: |\n' +
        '| seeds/000_d15032eb7a1b3ddf.txt | Chris Crane (he) | said | direct | The union never contested the actual policy itself | 0.92 |\n',
    );
  });
  test('escapes pipes and turns line breaks into <br>', () => {
    const row = md('claims', [TRICKY]).split('\n')[2];
    expect(row).toBe('| seeds/000_d15032eb7a1b3ddf.txt | Jane Doe | argued | indirect | prices, he said, were "too high" \\| and<br>rising | 0.70 |');
    expect(md('sentences', [SENTENCES[1]!]).split('\n')[2]).toBe('| a.txt | 1 | 0 | 17 | 37 | Mr. Smith, "sure",<br>left. |');
  });
  test('explain adds the rule column', () => {
    const lines = md('claims', [CRANE, ANON], { ...plain, explain: true }).split('\n');
    expect(lines[0]).toBe('| doc | speaker | cue | type | quote | confidence | rule |');
    expect(lines[3]).toBe('| seeds/001_1f40b65356465b59.txt |  |  | mixed | =SUM(A1:A9) | 0.50 | lone-quote |');
  });
  test('speakers', () => {
    expect(md('speakers', SPEAKERS).split('\n').slice(0, 3)).toEqual([
      '| name | kind | claims | documents | mentions | cues | direct | mixed | indirect |',
      '| --- | --- | ---: | ---: | --- | --- | ---: | ---: | ---: |',
      '| Chris Crane | person | 4 | 2 | he, Crane, National ICE Council President Chris Crane | say 3, tell 1 | 2 | 1 | 1 |',
    ]);
  });
  test('every row has as many cells as the header', () => {
    for (const kind of KINDS) {
      const lines = md(kind, RECORDS[kind]).trimEnd().split('\n');
      const cells = (line: string): number => line.replace(/\\\|/g, '').split('|').length;
      for (const line of lines) expect(cells(line)).toBe(cells(lines[0]!));
    }
  });
});

describe('table', () => {
  const table = (kind: RecordKind, records: readonly unknown[], options = plain): string =>
    formatAll(createFormatter(kind, 'table', options), records);

  test('claims: a header per document, badge, confidence, name (mention), cue, quotation, summary', () => {
    expect(table('claims', CLAIMS)).toBe(
      [
        'seeds/000_d15032eb7a1b3ddf.txt',
        '  direct    0.92  Chris Crane (he) said',
        '                  “The union never contested the actual policy itself”',
        '  indirect  0.70  Jane Doe argued',
        '                  prices, he said, were "too high" | and rising',
        '',
        'seeds/001_1f40b65356465b59.txt',
        '  mixed     0.50  unknown speaker',
        '                  =SUM(A1:A9)',
        '',
        '3 claims from 2 documents, 2 speakers',
        '',
      ].join('\n'),
    );
  });
  test('summary uses singular forms and says "no claims" when empty', () => {
    expect(table('claims', [CRANE]).endsWith('\n\n1 claim from 1 document, 1 speaker\n')).toBe(true);
    expect(table('claims', [ANON]).endsWith('\n\n1 claim from 1 document, 0 speakers\n')).toBe(true);
    expect(table('claims', [])).toBe('no claims\n');
    expect(table('sentences', [])).toBe('no sentences\n');
    expect(table('speakers', [])).toBe('no speakers\n');
  });
  test('the rule id is shown only with explain', () => {
    expect(table('claims', [CRANE])).not.toContain('quote-comma-name-cue');
    expect(table('claims', [CRANE], { ...plain, explain: true }).split('\n')[1]).toBe(
      '  direct    0.92  Chris Crane (he) said  quote-comma-name-cue',
    );
  });
  test('no escapes at level 0; colours from the given chalk at level 1', () => {
    for (const kind of KINDS) {
      expect(table(kind, RECORDS[kind])).not.toMatch(ANSI);
      const out = table(kind, RECORDS[kind], coloured);
      expect(out).toMatch(ANSI);
      expect(strip(out)).toBe(table(kind, RECORDS[kind]));
    }
    expect(table('claims', [CRANE], coloured)).toContain('\u001b[32mdirect\u001b[39m');
  });
  test('long quotations wrap to the width with a hanging indent', () => {
    const long: Claim = { ...CRANE, quote: { ...CRANE.quote, text: 'word '.repeat(40).trim() } };
    const lines = table('claims', [long], { ...plain, width: 50 }).split('\n').slice(2, -3);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(measureWidth(line)).toBeLessThanOrEqual(50);
    expect(lines[0]!.startsWith(' '.repeat(18) + '“word')).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith(' '.repeat(19) + 'word')).toBe(true);
    expect(lines.at(-1)!.endsWith('word”')).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(`“${long.quote.text}”`);
  });
  test('a narrow terminal moves the quotation left instead of squeezing it', () => {
    const out = table('claims', [CRANE], { ...plain, width: 40 }).split('\n');
    expect(out[2]).toBe('      “The union never contested the');
    for (const line of out) expect(measureWidth(line)).toBeLessThanOrEqual(40);
  });
  test('emoji count as two columns and are never cut', () => {
    const emoji: Claim = { ...CRANE, quote: { ...CRANE.quote, text: '😀'.repeat(30) + ' 👨‍👩‍👧 ok 🇫🇷' } };
    const lines = table('claims', [emoji], { ...plain, width: 40 }).split('\n').slice(2, -3);
    for (const line of lines) {
      expect(measureWidth(line)).toBeLessThanOrEqual(40);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(lines.join('')).toContain('👨‍👩‍👧');
  });
  test('control characters in the text never reach the terminal', () => {
    const evil: Claim = { ...CRANE, doc: 'x\u001b[2J.txt', quote: { ...CRANE.quote, text: 'a\u0007b\u001b[31mc' } };
    const out = table('claims', [evil]);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('x\uFFFD[2J.txt');
  });
  test('sentences: header per document, aligned numbers, wrapped text', () => {
    const many: SentenceRecord[] = [
      { doc: 'a.txt', index: 9, paragraph: 0, start: 0, end: 1, text: 'Nine.' },
      { doc: 'a.txt', index: 10, paragraph: 1, start: 2, end: 3, text: 'Ten is a longer sentence that has to wrap here.' },
    ];
    expect(table('sentences', [...many, SENTENCES[2]!], { ...plain, width: 30 })).toBe(
      [
        'a.txt',
        '   9  Nine.',
        '  10  Ten is a longer sentence',
        '      that has to wrap here.',
        '',
        'b.txt',
        '  0  Hi.',
        '',
        '3 sentences from 2 documents',
        '',
      ].join('\n'),
    );
  });
  test('sentences stream a document once the next one starts', () => {
    const f = createFormatter('sentences', 'table', plain);
    expect(f.begin() + f.item(SENTENCES[0]!) + f.item(SENTENCES[1]!)).toBe('');
    expect(f.item(SENTENCES[2]!)).toBe('a.txt\n  0  “We will reopen.”\n  1  Mr. Smith, "sure", left.\n');
    expect(f.end()).toBe('\nb.txt\n  0  Hi.\n\n3 sentences from 2 documents\n');
  });
  test('speakers: aligned columns with the top mentions', () => {
    expect(table('speakers', SPEAKERS, { ...plain, width: 120 })).toBe(
      [
        'NAME               KIND          CLAIMS  DOCUMENTS  MENTIONS',
        'Chris Crane        person             4          2  he, Crane, National ICE Council President Chris Crane',
        'ICE, "the agency"  organization       1          1  ICE',
        '',
        '2 speakers, 5 claims',
        '',
      ].join('\n'),
    );
  });
  test('speakers: long mentions are cut to the width with an ellipsis', () => {
    const lines = table('speakers', SPEAKERS, { ...plain, width: 60 }).split('\n');
    expect(lines[1]).toBe('Chris Crane        person             4          2  he, Cra…');
    for (const line of lines) expect(measureWidth(line)).toBeLessThanOrEqual(60);
  });
});

describe('createFormatter', () => {
  test('knows every format for every kind, each a fresh instance', () => {
    expect(FORMAT_NAMES).toEqual(['json', 'jsonl', 'csv', 'md', 'table']);
    for (const kind of KINDS) for (const name of FORMAT_NAMES) {
      const a = createFormatter(kind, name, plain);
      const b = createFormatter(kind, name, plain);
      expect(a).not.toBe(b);
      expect(formatAll(a, RECORDS[kind])).toBe(formatAll(b, RECORDS[kind]));
    }
  });
});

describe('createSplitFormatter (json, jsonl, csv: a worker formats a document, the writer places it)', () => {
  const cuts: number[][] = [[], [0], [1], [0, 0, 1], [1, 1, 1]]; // how many records each document has, in turn
  test.each(['json', 'jsonl', 'csv'] as const)('%s: begin + place(body(…)) per document + end is formatAll', (name) => {
    for (const kind of KINDS) for (const cut of cuts) {
      const records = RECORDS[kind];
      const parts: unknown[][] = [];
      let at = 0;
      for (const n of [...cut, records.length]) {
        parts.push(records.slice(at, Math.min(records.length, at + n)));
        at = Math.min(records.length, at + n);
      }
      const writer = createSplitFormatter(kind, name);
      const worker = createSplitFormatter(kind, name); // another instance: body keeps no state
      const out = writer.begin() + parts.map((p) => writer.place(worker.body(p))).join('') + writer.end();
      expect(out).toBe(formatAll(createFormatter(kind, name, plain), records));
    }
  });
});

describe('wrap helpers', () => {
  test.each([
    ['abc', 3], ['😀', 2], ['é', 1], ['e\u0301', 1], ['日本', 4], ['👨‍👩‍👧', 2], ['🇫🇷', 2], ['©', 1], ['❤️', 2], ['a\u200bb', 2],
  ])('measureWidth(%j) = %i', (text, width) => {
    expect(measureWidth(text)).toBe(width);
  });
  test('wrapText breaks at spaces and cuts an over-long word between graphemes', () => {
    expect(wrapText('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('😀😀😀', 3)).toEqual(['😀', '😀', '😀']);
    expect(wrapText('e\u0301e\u0301e\u0301', 2)).toEqual(['e\u0301e\u0301', 'e\u0301']);
    expect(wrapText('  \n ', 10)).toEqual([]);
  });
  test('truncateText cuts at a grapheme and adds an ellipsis', () => {
    expect(truncateText('abcdef', 4)).toBe('abc…');
    expect(truncateText('😀😀😀', 4)).toBe('😀…');
    expect(truncateText('abc', 3)).toBe('abc');
  });
  test('cleanText flattens whitespace and replaces control characters', () => {
    expect(cleanText(' a\r\n\tb \u001b[0m\u0085')).toBe('a b \uFFFD[0m\uFFFD');
  });
});

// issue 19: control characters in Markdown are replaced as in the table (one function, replaceControls).
test('issue 19: md escapes control characters as the table does', () => {
  const nasty: Claim = { ...CRANE, quote: { ...CRANE.quote, text: 'red \u001b[31mALERT\u0007 \u0000 \u009b tab\there' }, doc: 'a\u001b.txt' };
  const md = formatAll(createFormatter('claims', 'md', plain), [nasty]);
  expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(md).toContain('red \uFFFD[31mALERT\uFFFD \uFFFD \uFFFD tab here');
  const table = strip(formatAll(createFormatter('claims', 'table', plain), [nasty]));
  expect(table).toContain('\uFFFD[31mALERT\uFFFD');
});

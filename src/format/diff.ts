import type { ChalkInstance } from 'chalk';
import type { ChangeKind, Claim, ClaimChange } from '../types.js';
import { cleanText, measureWidth } from './wrap.js';

export type DiffFormatName = 'json' | 'jsonl' | 'table';
export const DIFF_FORMAT_NAMES: readonly DiffFormatName[] = ['json', 'jsonl', 'table'];

export interface DiffFormatOptions {
  /** `new Chalk({ level })`; level 0 = no colour, and the table marks edited words with [-…-]{+…+}. */
  readonly chalk: ChalkInstance;
  /** Terminal columns. Only the table uses it. */
  readonly width: number;
  /** Counts only. */
  readonly stat: boolean;
}

const KINDS: readonly ChangeKind[] = ['added', 'removed', 'changed'];
const BADGE_COLORS = { added: 'green', removed: 'red', changed: 'yellow' } as const satisfies Record<ChangeKind, string>;
const BADGE_WIDTH = 7; // 'removed', 'changed'
const INDENT = 2 + BADGE_WIDTH + 2 + 14 + 2; // '  ' + badge + '  ' + 'c-' + 12 hex + '  '
const NARROW_INDENT = 6;
const MIN_QUOTE_WIDTH = 30;

/**
 * `claims diff` output. json: an array of `{change, id, before, after}` (2-space indent, `[]` when empty);
 * jsonl: one change per line; table: per document, each change with its badge, id, speaker and cue and the
 * quotation, edited words marked (red/green, or `[-old-]{+new+}` without colour), then a summary line.
 * With `stat`: counts only (json/jsonl: `{"added", "removed", "changed"}`; table: a line per document and a total).
 */
export function formatDiff(changes: readonly ClaimChange[], format: DiffFormatName, options: DiffFormatOptions): string {
  if (options.stat) return formatStat(changes, format, options.chalk);
  if (format === 'json') return JSON.stringify(changes, null, 2) + '\n';
  if (format === 'jsonl') return changes.map((c) => JSON.stringify(c) + '\n').join('');
  return formatTableDiff(changes, options);
}

function count(changes: readonly ClaimChange[]): Record<ChangeKind, number> {
  const n = { added: 0, removed: 0, changed: 0 };
  for (const c of changes) n[c.change]++;
  return n;
}

function docOf(c: ClaimChange): string {
  return (c.after ?? c.before)!.doc;
}

function summary(n: Record<ChangeKind, number>): string {
  return KINDS.map((k) => `${n[k]} ${k}`).join(', ');
}

function formatStat(changes: readonly ClaimChange[], format: DiffFormatName, chalk: ChalkInstance): string {
  const total = count(changes);
  if (format === 'json') return JSON.stringify(total, null, 2) + '\n';
  if (format === 'jsonl') return JSON.stringify(total) + '\n';
  const docs = [...new Set(changes.map(docOf))];
  const lines = docs.map((d) => `${chalk.bold.magenta(cleanText(d))}  ${summary(count(changes.filter((c) => docOf(c) === d)))}\n`);
  return lines.join('') + (changes.length === 0 ? 'no changes\n' : chalk.dim(`${summary(total)} in ${docs.length} document${docs.length === 1 ? '' : 's'}`) + '\n');
}

function formatTableDiff(changes: readonly ClaimChange[], options: DiffFormatOptions): string {
  const { chalk } = options;
  if (changes.length === 0) return 'no changes\n';
  const width = Math.max(20, Math.floor(Number.isFinite(options.width) ? options.width : 100));
  const indent = width - INDENT >= MIN_QUOTE_WIDTH ? INDENT : NARROW_INDENT;
  const pad = ' '.repeat(indent);
  let out = '';
  let current: string | undefined;
  const docs = new Set<string>();
  for (const c of changes) {
    const doc = docOf(c);
    if (doc !== current) {
      out += (current === undefined ? '' : '\n') + chalk.bold.magenta(cleanText(doc)) + '\n';
      current = doc;
      docs.add(doc);
    }
    const shown = (c.after ?? c.before)!;
    const badge = chalk[BADGE_COLORS[c.change]](c.change) + ' '.repeat(BADGE_WIDTH - c.change.length);
    out += `  ${badge}  ${chalk.dim(c.id)}  ${describe(chalk, shown)}\n`;
    const words = c.change === 'changed' ? markedWords(chalk, c.before!, c.after!) : plainWords(shown, c.change === 'added' ? chalk.green : chalk.red);
    out += layout(words, width - indent).map((line) => pad + line + '\n').join('');
    if (c.change === 'changed') for (const line of fieldChanges(c.before!, c.after!)) out += pad + chalk.dim(line) + '\n';
  }
  return out + '\n' + chalk.dim(`${summary(count(changes))} in ${docs.size} document${docs.size === 1 ? '' : 's'}`) + '\n';
}

function describe(chalk: ChalkInstance, c: Claim): string {
  const who = c.speaker ? chalk.bold(cleanText(c.speaker.name)) : chalk.dim('unknown speaker');
  return c.cue ? `${who} ${cleanText(c.cue.text)}` : who;
}

/** The attribution fields that differ, one line each: `speaker: A → B`. */
function fieldChanges(b: Claim, a: Claim): string[] {
  const lines: string[] = [];
  const field = (name: string, x: string, y: string) => x !== y && lines.push(`${name}: ${cleanText(x)} → ${cleanText(y)}`);
  field('speaker', b.speaker?.name ?? '(none)', a.speaker?.name ?? '(none)');
  field('type', b.type, a.type);
  field('cue', b.cue?.lemma ?? '(none)', a.cue?.lemma ?? '(none)');
  return lines;
}

/** A word as shown: its plain form (for widths) and its painted form. */
interface Shown {
  readonly plain: string;
  readonly painted: string;
}

type Op = 'same' | 'del' | 'ins';

function splitWords(text: string): string[] {
  return cleanText(text).split(' ').filter((w) => w !== '');
}

/** Direct quotations get “ ” around them, as in `claims extract`'s table. */
function quoted(c: Claim, words: Shown[]): Shown[] {
  if (c.type !== 'direct' || words.length === 0) return words;
  const out = [...words];
  const first = out[0]!;
  out[0] = { plain: '“' + first.plain, painted: '“' + first.painted };
  const end = out[out.length - 1]!;
  out[out.length - 1] = { plain: end.plain + '”', painted: end.painted + '”' };
  return out;
}

function plainWords(c: Claim, paint: (s: string) => string): Shown[] {
  return quoted(c, splitWords(c.quote.text).map((w) => ({ plain: w, painted: paint(w) })));
}

/**
 * The after text with the words edited since before marked, as in `git diff --word-diff`: a run of removed
 * words then a run of added ones, `[-old words-] {+new words+}` without colour, red struck and green
 * underlined with colour. Words compare with quotation-mark style folded (as the id does).
 */
function markedWords(chalk: ChalkInstance, before: Claim, after: Claim): Shown[] {
  const ops = diffWords(splitWords(before.quote.text), splitWords(after.quote.text));
  const colour = chalk.level > 0;
  const out: Shown[] = [];
  const run = (words: string[], op: Op) => {
    words.forEach((w, i) => {
      const open = !colour && i === 0 ? (op === 'del' ? '[-' : '{+') : '';
      const close = !colour && i === words.length - 1 ? (op === 'del' ? '-]' : '+}') : '';
      const plain = open + w + close;
      out.push({ plain, painted: op === 'del' ? (colour ? chalk.red.strikethrough(w) : plain) : colour ? chalk.green.underline(w) : plain });
    });
  };
  let dels: string[] = [];
  let ins: string[] = [];
  const flush = () => {
    if (dels.length) run(dels, 'del');
    if (ins.length) run(ins, 'ins');
    dels = [];
    ins = [];
  };
  for (const [op, w] of ops) {
    if (op === 'same') {
      flush();
      out.push({ plain: w, painted: w });
    } else if (op === 'del') dels.push(w);
    else ins.push(w);
  }
  flush();
  return quoted(after, out);
}

const FOLD = /["'`\u00ab\u00bb\u2018-\u201f\u2039\u203a]/gu;

/** A shortest edit script over words (longest common subsequence), in order. */
function diffWords(a: readonly string[], b: readonly string[]): [Op, string][] {
  const fa = a.map((w) => w.replace(FOLD, '"'));
  const fb = b.map((w) => w.replace(FOLD, '"'));
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = fa[i] === fb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: [Op, string][] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && fa[i] === fb[j]) ops.push(['same', b[j++]!]), i++;
    else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) ops.push(['ins', b[j++]!]);
    else ops.push(['del', a[i++]!]);
  }
  return ops;
}

/** Fill lines of at most `width` columns with words (a word wider than a line gets a line of its own). */
function layout(words: readonly Shown[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const w of words) {
    const size = measureWidth(w.plain);
    if (used > 0 && used + 1 + size > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += (used > 0 ? ' ' : '') + w.painted;
    used += (used > 0 ? 1 : 0) + size;
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}

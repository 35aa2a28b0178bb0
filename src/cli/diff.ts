import { readFileSync } from 'node:fs';
import { formatDiff, type DiffFormatName } from '../format/diff.js';
import { diffClaims } from '../pipeline/diff.js';
import { extract } from '../pipeline/extract.js';
import type { Claim } from '../types.js';
import { chalkFor, colorLevel } from './color.js';
import { readInput, reasonFor } from './inputs.js';
import { escapeName } from './messages.js';
import type { Output } from './output-stream.js';
import type { Proc } from './proc.js';
import type { Options } from './options.js';
import { filterClaims } from '../run/workers.js';

/** A problem with an input: `claims: FILE[:LINE]: reason`. */
export interface ReadProblem {
  readonly line: number | null;
  readonly reason: string;
}

/**
 * `claims diff OLD NEW`: read both sides (claims files, or with `--text` two versions of an article
 * extracted as one doc), diff them, write the changes. 0 no change, 1 changes, 2 trouble (nothing on stdout).
 */
export async function runDiff(o: Options, proc: Proc, out: Output, err: (line: string) => void): Promise<0 | 1 | 2> {
  const d = o.diff!;
  const [oldPath, newPath] = o.paths as [string, string];
  if (oldPath === '-' && newPath === '-') {
    err("claims: OLD and NEW cannot both be '-' (standard input)\nRun 'claims diff --help' for usage.\n");
    return 2;
  }
  if (!d.text && d.doc !== null) {
    err("claims: --doc needs --text (claims files already name their docs)\nRun 'claims diff --help' for usage.\n");
    return 2;
  }
  const sides: Claim[][] = [];
  let trouble = false;
  if (d.text) {
    const doc = d.doc ?? newPath;
    for (const path of [oldPath, newPath]) {
      const read = await readInput({ path, source: path === '-' ? 'stdin' : 'file' }, proc.stdin, o.maxBytes);
      for (const n of read.notes) if (n.level === 'warning') err(`claims: ${escapeName(n.path)}: ${n.message}\n`);
      if ('failure' in read) {
        err(`claims: ${escapeName(read.failure.path)}: ${read.failure.reason}\n`);
        trouble = true;
        continue;
      }
      sides.push(filterClaims(extract({ path: doc, text: read.doc.text }), { types: null, speaker: null, minConfidence: 0, all: o.all }));
    }
  } else {
    for (const path of [oldPath, newPath]) {
      let text: string;
      try {
        text = path === '-' ? await readStdin(proc.stdin) : readFileSync(path, 'utf8');
      } catch (e) {
        err(`claims: ${escapeName(path)}: ${reasonFor(e)}\n`);
        trouble = true;
        continue;
      }
      const parsed = parseClaimsFile(text);
      if ('problem' in parsed) {
        err(`claims: ${escapeName(path)}${parsed.problem.line === null ? '' : `:${parsed.problem.line}`}: ${parsed.problem.reason}\n`);
        trouble = true;
        continue;
      }
      sides.push(parsed.claims);
    }
  }
  if (trouble) return 2;
  const changes = diffClaims(sides[0]!, sides[1]!, { similarity: d.similarity });
  const level = colorLevel(proc.stdout, proc.env, o.color);
  const format = (o.format ?? (proc.stdout.isTTY ? 'table' : 'json')) as DiffFormatName;
  const width = Math.max(40, Math.min(proc.stdout.columns || 100, 160));
  await out.write(formatDiff(changes, format, { chalk: chalkFor(level), width, stat: d.stat }));
  await out.settled();
  if (out.error) {
    err(`claims: stdout: ${reasonFor(out.error)}\n`);
    return 2;
  }
  return changes.length > 0 ? 1 : 0;
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const TYPES = new Set(['direct', 'mixed', 'indirect']);

/**
 * A claims file as `claims extract` writes it: a JSON array (`-f json`) when the first non-blank character
 * is `[`, JSON Lines (`-f jsonl`) otherwise; blank lines are skipped and an empty file holds no claims.
 * A problem is the first bad line: not JSON, or not a claim record (id, doc, type, quote are checked).
 */
export function parseClaimsFile(text: string): { claims: Claim[] } | { problem: ReadProblem } {
  const body = text.replace(/^\uFEFF/u, '');
  const first = body.search(/\S/u);
  if (first >= 0 && body[first] === '[') return parseArray(body, first);
  const claims: Claim[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const problem = take(line, i + 1, claims);
    if (problem) return { problem };
  }
  return { claims };
}

/** Parse one record's JSON into `into`; a problem on `line` otherwise. */
function take(json: string, line: number, into: Claim[]): ReadProblem | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return { line, reason: 'not valid JSON' };
  }
  if (!isClaim(v)) return { line, reason: 'not a claim record (expected id, doc, type and quote {text, start, end})' };
  into.push(v);
  return null;
}

/**
 * A JSON array, element by element, so a problem has the line where its element starts: a scan that
 * knows strings and nesting splits it at its top-level commas, then each element is parsed on its own.
 */
function parseArray(text: string, open: number): { claims: Claim[] } | { problem: ReadProblem } {
  const claims: Claim[] = [];
  let line = 1 + count(text, '\n', 0, open);
  const stack: string[] = []; // the closers the open brackets wait for
  let inString = false;
  let start = open + 1;
  let startLine = line;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c === '{' ? '}' : ']');
    else if ((c === '}' || c === ']') && stack.length > 0) {
      if (stack.pop() !== c) {
        stack.push(c); // `{"id": ]`: a bad element, reported from its first line below
        break;
      }
    } else if (stack.length === 0 && (c === ',' || c === ']')) {
      const element = text.slice(start, i);
      const lead = element.search(/\S/u);
      if (lead >= 0) {
        const problem = take(element, startLine + count(element, '\n', 0, lead), claims);
        if (problem) return { problem };
      } else if (c === ',' || claims.length > 0) {
        return { problem: { line, reason: 'not valid JSON' } }; // `[,` `[1,,2]` `[1,]`
      }
      if (c === ']') {
        const rest = text.slice(i + 1);
        const extra = rest.search(/\S/u);
        if (extra >= 0) return { problem: { line: line + count(rest, '\n', 0, extra), reason: 'not valid JSON (text after the array)' } };
        return { claims };
      }
      start = i + 1;
      startLine = line;
    }
  }
  const rest = text.slice(start);
  const lead = rest.search(/\S/u);
  if (lead >= 0 && (stack.length > 0 || inString)) return { problem: { line: startLine + count(rest, '\n', 0, lead), reason: 'not valid JSON' } };
  return { problem: { line, reason: 'not valid JSON (the array is not closed)' } };
}

function count(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === ch) n++;
  return n;
}

function isSpan(v: unknown): boolean {
  const s = v as { text?: unknown; start?: unknown; end?: unknown };
  return typeof s === 'object' && s !== null && typeof s.text === 'string' && Number.isInteger(s.start) && Number.isInteger(s.end);
}

function isClaim(v: unknown): v is Claim {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const c = v as Record<string, unknown>;
  if (typeof c.id !== 'string' || typeof c.doc !== 'string' || typeof c.type !== 'string' || !TYPES.has(c.type) || !isSpan(c.quote)) return false;
  const speaker = c.speaker as { name?: unknown } | null | undefined;
  if (speaker !== undefined && speaker !== null && (!isSpan(speaker) || typeof speaker.name !== 'string')) return false;
  const cue = c.cue as { lemma?: unknown } | null | undefined;
  if (cue !== undefined && cue !== null && (!isSpan(cue) || typeof cue.lemma !== 'string')) return false;
  return true;
}

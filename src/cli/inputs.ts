/**
 * From command-line paths to documents. `listInputs` only lists (stat, readdir, glob, an 8 KB sniff of walked
 * files), so a directory of thousands of files costs a list of paths; `readInput` then reads one whole file.
 * Nothing here throws for a bad input: it becomes an `InputFailure` (one stderr line) or an `InputNote`.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, looksBinary, SNIFF_BYTES } from '../text/decode.js';
import type { SourceDoc } from '../types.js';

export interface InputRef {
  readonly path: string; // as reached from the command line, `/` separators; "-" for stdin
  readonly source: 'file' | 'stdin';
  readonly file?: string; // absolute fs path to open
}
export interface InputFailure {
  readonly path: string;
  readonly reason: string;
}
export interface InputNote {
  readonly path: string;
  readonly message: string;
  readonly level: 'warning' | 'verbose';
}
export interface InputList {
  readonly inputs: InputRef[];
  readonly failures: InputFailure[];
  readonly notes: InputNote[];
  /** Files a directory walk passed over for their extension, in walk order (see `describeSkipped`). */
  readonly skipped: string[];
}
export type InputRead =
  | { readonly doc: SourceDoc; readonly notes: InputNote[] }
  | { readonly failure: InputFailure; readonly notes: InputNote[] };

/** Extensions read when walking a directory (compared lowercased). Globs and named files take any name. */
export const TEXT_EXTENSIONS = ['.txt', '.text', '.md'] as const;

const WINDOWS = path.sep === '\\';

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Display form of a path the user typed: `/` separators on every platform. */
function shown(typed: string): string {
  return WINDOWS ? typed.replaceAll('\\', '/') : typed;
}

/** `dir` as typed + a relative path, without doubling the slash (`articles/` + `a.txt` → `articles/a.txt`). */
function under(dir: string, rel: string): string {
  const base = dir.length > 1 ? dir.replace(/\/+$/, '') : dir;
  return base === '/' ? `/${rel}` : `${base}/${rel}`;
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** A short lowercase phrase for an fs error. */
export function reasonFor(err: unknown): string {
  switch (errorCode(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop';
    case 'EISDIR':
      return 'is a directory';
    case 'ENAMETOOLONG':
      return 'name too long';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'file too large';
    default: {
      if (err instanceof RangeError) return 'file too large'; // longer than a JS string can be
      const message = err instanceof Error ? err.message : String(err);
      return `read error: ${message.toLowerCase()}`;
    }
  }
}

/** Same file reached twice (another spelling, a symlink, two overlapping arguments) is read once. */
function fileKey(s: { dev: number; ino: number }): string {
  return `${s.dev}:${s.ino}`;
}

const head = new Uint8Array(SNIFF_BYTES);

/** True when the file's head is binary; false when it can't be opened (readInput will report why). */
function sniffBinary(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return looksBinary(head.subarray(0, readSync(fd, head, 0, SNIFF_BYTES, 0)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

interface Found {
  readonly path: string;
  readonly file: string;
}

/**
 * Text files under a directory, in no particular order. Hidden entries are skipped; a symlinked directory is
 * followed unless it leads back to one already being walked (a loop); a broken symlink is skipped with a note.
 */
async function walk(dir: string, shownDir: string, out: Found[], failures: InputFailure[], notes: InputNote[], extensions: readonly string[], skipped: string[]): Promise<void> {
  const seen = new Set<string>();
  const visit = async (abs: string, display: string, real: string, ancestors: readonly string[]): Promise<void> => {
    seen.add(real);
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (err) {
      failures.push({ path: display, reason: reasonFor(err) });
      return;
    }
    const chain = [...ancestors, real];
    for (const entry of entries.sort((a, b) => byCodeUnits(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const childAbs = path.join(abs, entry.name);
      const childShown = under(display, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(childAbs);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (err) {
          const code = errorCode(err);
          const message = code === 'ENOENT' ? 'broken symlink; skipped' : `${reasonFor(err)}; skipped`;
          notes.push({ path: childShown, message, level: 'warning' });
          continue;
        }
      }
      if (isDir) {
        let childReal: string;
        try {
          childReal = await realpath(childAbs);
        } catch (err) {
          failures.push({ path: childShown, reason: reasonFor(err) });
          continue;
        }
        if (chain.includes(childReal)) {
          notes.push({ path: childShown, message: 'symlink loop; skipped', level: 'verbose' });
        } else if (!seen.has(childReal)) {
          await visit(childAbs, childShown, childReal, chain);
        } // else: a second way into a directory already walked
      } else if (isFile && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
        out.push({ path: childShown, file: childAbs });
      } else if (isFile) {
        skipped.push(childShown);
      }
    }
  };
  await visit(dir, shownDir, await realpath(dir), []);
}

/** tinyglobby, loaded only for a path that is not there as typed (most runs never glob; a worker never lists). */
const tinyglobby = () => import('tinyglobby');

async function globFiles(pattern: string, cwd: string): Promise<Found[]> {
  const { glob } = await tinyglobby();
  const posixPattern = shown(pattern);
  const absolute = path.isAbsolute(pattern);
  const matches = await glob(posixPattern, { cwd, absolute, onlyFiles: true, expandDirectories: false });
  const keepDot = posixPattern.startsWith('./'); // tinyglobby drops a leading "./"; the user typed it
  return matches.map((m) => {
    const display = shown(m);
    return { path: keepDot && !display.startsWith('../') ? `./${display}` : display, file: path.resolve(cwd, m) };
  });
}

/**
 * Expand command-line paths, in the order given; a directory or glob expands to its files sorted by path
 * (code-unit order). No paths: stdin, unless it is a terminal (then nothing: the caller decides what to say).
 */
export async function listInputs(paths: readonly string[], opts: { stdinIsTTY: boolean; cwd?: string; extensions?: readonly string[] }): Promise<InputList> {
  const cwd = opts.cwd ?? path.resolve('.');
  const extensions = [...TEXT_EXTENSIONS, ...(opts.extensions ?? [])];
  const inputs: InputRef[] = [];
  const failures: InputFailure[] = [];
  const notes: InputNote[] = [];
  const skipped: string[] = [];
  const keys = new Set<string>();

  const addStdin = (): void => {
    if (keys.has('-')) return;
    keys.add('-');
    inputs.push({ path: '-', source: 'stdin' });
  };
  /** Expanded files: sorted, de-duplicated, binary ones skipped with a verbose note. */
  let again = 0; // files met a second time (another argument, a symlink): listed under their first path
  const addExpanded = (found: Found[]): void => {
    // A stat and an 8 KB sniff per file, in blocking calls: for 5,400 cached files ~0.1 s, where fs/promises
    // took ~0.8 s 64 at a time (and ~3 s one at a time): each promise round trip costs more than the call.
    for (const f of found.sort((a, b) => byCodeUnits(a.path, b.path))) {
      let key: string;
      try {
        key = fileKey(statSync(f.file));
      } catch (err) {
        failures.push({ path: f.path, reason: reasonFor(err) });
        continue;
      }
      if (keys.has(key)) {
        again++;
        continue;
      }
      keys.add(key);
      if (sniffBinary(f.file)) {
        notes.push({ path: f.path, message: 'binary file; skipped', level: 'verbose' });
        continue;
      }
      inputs.push({ path: f.path, source: 'file', file: f.file });
    }
  };

  if (paths.length === 0) {
    if (!opts.stdinIsTTY) addStdin();
    return { inputs, failures, notes, skipped };
  }

  for (const typed of paths) {
    if (typed === '-') {
      addStdin();
      continue;
    }
    const abs = path.resolve(cwd, typed);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      if ((await tinyglobby()).isDynamicPattern(shown(typed))) {
        const found = await globFiles(typed, cwd).catch(() => []);
        // "report (1).txt" also counts as a pattern: without a wildcard, say the file is missing
        if (found.length === 0) failures.push({ path: typed, reason: /[*?[{]/.test(typed) ? 'no files match' : reasonFor(err) });
        else addExpanded(found);
      } else if (errorCode(err) === 'ENOENT' && (await isSymlink(abs))) {
        failures.push({ path: typed, reason: 'broken symlink' });
      } else {
        failures.push({ path: typed, reason: reasonFor(err) });
      }
      continue;
    }
    if (info.isDirectory()) {
      const found: Found[] = [];
      const before = inputs.length;
      const againBefore = again;
      const failedBefore = failures.length;
      try {
        await walk(abs, shown(typed), found, failures, notes, extensions, skipped);
      } catch (err) {
        failures.push({ path: typed, reason: reasonFor(err) });
        continue;
      }
      addExpanded(found);
      // Nothing to read in it (empty, or only other kinds of file): an error, as a missing file is.
      if (inputs.length === before && again === againBefore && failures.length === failedBefore) failures.push({ path: shown(typed), reason: `no input files (${extensions.join(', ')})` });
      continue;
    }
    // A file, or something readable like a pipe (`<(cat a.txt)`): named, so a binary one fails when read.
    const key = fileKey(info);
    if (keys.has(key)) continue;
    keys.add(key);
    inputs.push({ path: shown(typed), source: 'file', file: abs });
  }
  return { inputs, failures, notes, skipped };
}

/**
 * The end-of-run line for files a walk skipped for their extension, most frequent first:
 * `skipped 12 files (.html 9, .story 3); add them with --ext`; null for none.
 */
export function describeSkipped(skipped: readonly string[]): string | null {
  if (skipped.length === 0) return null;
  const counts = new Map<string, number>();
  for (const p of skipped) {
    const name = p.slice(p.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot).toLowerCase() : 'no extension';
    counts.set(ext, (counts.get(ext) ?? 0) + 1);
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([ext, n]) => `${ext} ${n}`);
  return `skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} (${parts.join(', ')}); add them with --ext`;
}

/** `--ext story,.markdown` → ['.story', '.markdown']: lowercased, with a leading dot. */
export function parseExtensions(list: string): string[] {
  const exts = list.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
  if (exts.length === 0 || exts.some((e) => e === '.' || /[/\\*?]/.test(e))) throw new Error('give extensions like story,markdown');
  return exts;
}

async function isSymlink(abs: string): Promise<boolean> {
  try {
    return (await lstat(abs)).isSymbolicLink();
  } catch {
    return false;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Read and decode one input whole (a file through readInputFile). A binary file here was named on the command line, so it is a failure. */
export async function readInput(ref: InputRef, stdin: NodeJS.ReadableStream): Promise<InputRead> {
  if (ref.source !== 'stdin') return readInputFile(ref);
  try {
    return decoded(ref, await readAll(stdin));
  } catch (err) {
    return { failure: { path: ref.path, reason: reasonFor(err) }, notes: [] };
  }
}

/**
 * `readInput` for a file, in one blocking read: what a worker thread does with its next document (it has
 * nothing else to do meanwhile, and a small file costs a fraction of the promise version's round trips).
 */
export function readInputFile(ref: InputRef): InputRead {
  if (ref.source === 'stdin') throw new Error('readInputFile: stdin is read by readInput');
  try {
    return decoded(ref, readFileSync(ref.file ?? ref.path));
  } catch (err) {
    return { failure: { path: ref.path, reason: reasonFor(err) }, notes: [] };
  }
}

function decoded(ref: InputRef, bytes: Uint8Array): InputRead {
  const notes: InputNote[] = [];
  const text = decodeText(bytes);
  if (text.binary) return { failure: { path: ref.path, reason: 'binary file' }, notes };
  if (text.encoding === 'windows-1252') {
    notes.push({ path: ref.path, message: 'not valid UTF-8; decoded as windows-1252', level: 'warning' });
  }
  return { doc: { path: ref.path, text: text.text }, notes };
}

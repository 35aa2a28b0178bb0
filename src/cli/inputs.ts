/**
 * From command-line paths to documents. `listInputs` only lists (stat, readdir, glob, an 8 KB sniff of walked
 * files), so a directory of thousands of files costs a list of paths; `readInput` then reads one whole file.
 * Nothing here throws for a bad input: it becomes an `InputFailure` (one stderr line) or an `InputNote`.
 */
import { closeSync, constants, createReadStream, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { Socket } from 'node:net';
import { isatty, ReadStream as TtyReadStream } from 'node:tty';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, looksBinary, SNIFF_BYTES } from '../text/decode.js';
import type { SourceDoc } from '../types.js';
import { errorCode, reasonFor } from './fs-reasons.js';
import { tooLarge } from './sizes.js';

export { reasonFor } from './fs-reasons.js';
export { DEFAULT_MAX_BYTES, formatSize, parseSize, tooLarge } from './sizes.js';
export { describeSkipped, parseExtensions } from './extensions.js';

export interface InputRef {
  readonly path: string; // as reached from the command line, `/` separators; "-" for stdin
  readonly source: 'file' | 'stdin';
  readonly file?: string; // absolute fs path to open
  /** Not a regular file (a FIFO, `/dev/stdin`, a device): read in the main thread, without blocking it, like stdin. */
  readonly special?: boolean;
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
  const cwd = opts.cwd ?? currentDirectory();
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
    if (cwd === null && !path.isAbsolute(typed)) {
      failures.push({ path: typed, reason: 'the working directory no longer exists (give an absolute path)' });
      continue;
    }
    const abs = path.resolve(cwd ?? '/', typed);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      if ((await tinyglobby()).isDynamicPattern(shown(typed))) {
        const found = await globFiles(typed, cwd ?? '/').catch(() => []);
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
    inputs.push({ path: shown(typed), source: 'file', file: abs, ...(info.isFile() ? {} : { special: true }) });
  }
  return { inputs, failures, notes, skipped };
}

/** The working directory, or null when it has been deleted (process.cwd() throws ENOENT). */
function currentDirectory(): string | null {
  try {
    return process.cwd();
  } catch {
    return null;
  }
}

async function isSymlink(abs: string): Promise<boolean> {
  try {
    return (await lstat(abs)).isSymbolicLink();
  } catch {
    return false;
  }
}

class TooLarge extends Error {}

/** A stream read whole, or `TooLarge` as soon as it passes `maxBytes` (the rest is never read or held). */
async function readAll(stream: NodeJS.ReadableStream, maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) throw new TooLarge();
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * Read and decode one input whole: stdin, or a file that is not a regular one (a FIFO, a device), as a
 * stream in this thread, so waiting on it never blocks a signal; a regular file through readInputFile.
 * At most `maxBytes` is read: a larger input is a failure (`larger than 50 MB (use --max-size)`).
 * A binary file here was named on the command line, so it is a failure.
 */
export async function readInput(ref: InputRef, stdin: NodeJS.ReadableStream, maxBytes = Infinity): Promise<InputRead> {
  if (ref.source !== 'stdin' && !ref.special) return readInputFile(ref, maxBytes);
  let stream: NodeJS.ReadableStream = stdin;
  try {
    if (ref.source !== 'stdin') stream = openSpecial(ref.file ?? ref.path);
    return decoded(ref, await readAll(stream, maxBytes));
  } catch (err) {
    return { failure: { path: ref.path, reason: err instanceof TooLarge ? tooLarge(maxBytes) : reasonFor(err) }, notes: [] };
  } finally {
    if (stream !== stdin) (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
}

/**
 * A stream on a file that is not a regular one, read without tying up a thread: a FIFO is opened
 * non-blocking and read through the event loop (it still waits for a writer, but a signal can end the
 * process meanwhile; a blocking open or read in libuv's thread pool would hold the exit up for ever);
 * a terminal as a terminal; anything else (`/dev/zero`) with ordinary reads, which do not block.
 */
function openSpecial(file: string): NodeJS.ReadableStream {
  if (statSync(file).isFIFO()) {
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    return new Socket({ fd, readable: true, writable: false });
  }
  const fd = openSync(file, 'r');
  return isatty(fd) ? new TtyReadStream(fd) : createReadStream('', { fd });
}

/**
 * `readInput` for a file, in one blocking read: what a worker thread does with its next document (it has
 * nothing else to do meanwhile, and a small file costs a fraction of the promise version's round trips).
 * A regular file larger than `maxBytes` is not read; anything else is read up to `maxBytes` and no further.
 */
export function readInputFile(ref: InputRef, maxBytes = Infinity): InputRead {
  if (ref.source === 'stdin') throw new Error('readInputFile: stdin is read by readInput');
  let fd: number | undefined;
  try {
    fd = openSync(ref.file ?? ref.path, 'r');
    const bytes = readBounded(fd, maxBytes);
    if (bytes === null) return { failure: { path: ref.path, reason: tooLarge(maxBytes) }, notes: [] };
    return decoded(ref, bytes);
  } catch (err) {
    return { failure: { path: ref.path, reason: reasonFor(err) }, notes: [] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The whole content of `fd`, or null once it passes `maxBytes`. */
function readBounded(fd: number, maxBytes: number): Uint8Array | null {
  const info = fstatSync(fd);
  if (info.isFile()) {
    if (info.size > maxBytes) return null;
    const bytes = readFileSync(fd);
    return bytes.length > maxBytes ? null : bytes; // it grew meanwhile
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, Math.max(1, maxBytes + 1 - size)));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks);
    size += n;
    if (size > maxBytes) return null;
    chunks.push(chunk.subarray(0, n));
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

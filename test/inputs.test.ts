import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeSkipped, listInputs, parseExtensions, readInput, type InputRef } from '../src/cli/inputs.js';
import { decodeText, looksBinary } from '../src/text/decode.js';

const asRoot = process.getuid?.() === 0; // root reads chmod 000 files anyway
const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
};
const LATIN1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x2e]); // Café “ok”.
const SPACED = 'name with spaces é ü.txt';

let cwd: string; // the temp dir; tests type paths relative to it, as a user would
const files: Record<string, string | Buffer> = {
  'tree/a.txt': 'Alpha said "yes."\n',
  'tree/b.md': '# B\n',
  'tree/notes.text': 'Notes.\n',
  'tree/Upper.MD': 'Upper.\n',
  'tree/Zed.txt': 'Zed.\n',
  'tree/skip.json': '{"not": "read"}\n',
  'tree/.hidden.txt': 'hidden\n',
  [`tree/${SPACED}`]: 'Spaces.\n',
  'tree/bom-crlf.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Line one.\r\nLine two.\r\n')]),
  'tree/latin1.txt': LATIN1,
  'tree/utf16le.txt': utf16le('He said “hi” — é 😀.'),
  'tree/utf16be.txt': utf16be('Big “end”.'),
  'tree/nul.txt': Buffer.from('abc\0def\n'),
  'tree/report.txt': Buffer.from('%PDF-1.7\nnot really text\n'),
  'tree/empty.txt': '',
  'tree/blank.txt': '  \n\t\r\n',
  'tree/locked.txt': 'locked\n',
  'tree/sub-x.txt': 'Sub x.\n', // "-" (0x2d) sorts before "/" (0x2f): sub-x.txt comes before sub/c.txt
  'tree/sub/c.txt': 'C.\n',
  'tree/sub/deeper/d.txt': 'D.\n',
  'tree/sub/deeper/e.md': 'E.\n',
  'many/.keep': '',
};

beforeAll(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'claims-inputs-'));
  for (const [rel, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(cwd, rel)), { recursive: true });
    await writeFile(path.join(cwd, rel), body);
  }
  await symlink('..', path.join(cwd, 'tree/sub/loop')); // a directory symlink to its parent: a loop
  await symlink('nowhere.txt', path.join(cwd, 'tree/broken.txt'));
  await symlink('a.txt', path.join(cwd, 'tree/link-to-a.txt')); // a.txt again, by another name
  await chmod(path.join(cwd, 'tree/locked.txt'), 0o000);
  for (let i = 0; i < 1500; i++) await writeFile(path.join(cwd, 'many', `f${String(i).padStart(4, '0')}.txt`), `Doc ${i}.\n`);
});

afterAll(async () => {
  await chmod(path.join(cwd, 'tree/locked.txt'), 0o644).catch(() => undefined);
  await rm(cwd, { recursive: true, force: true });
});

const list = (paths: string[], stdinIsTTY = true) => listInputs(paths, { stdinIsTTY, cwd });
const noStdin = Readable.from([]);

async function readText(ref: InputRef): Promise<string> {
  const r = await readInput(ref, noStdin);
  if (!('doc' in r)) throw new Error(`expected a doc, got ${JSON.stringify(r.failure)}`);
  return r.doc.text;
}

describe('listInputs: a directory', () => {
  test('walks text files only, sorted by whole path in code-unit order, hidden and binary skipped', async () => {
    const { inputs, failures } = await list(['tree']);
    expect(inputs.map((i) => i.path)).toEqual([
      'tree/Upper.MD',
      'tree/Zed.txt',
      'tree/a.txt',
      'tree/b.md',
      'tree/blank.txt',
      'tree/bom-crlf.txt',
      'tree/empty.txt',
      'tree/latin1.txt',
      // tree/link-to-a.txt is tree/a.txt again: read once, under the first path
      'tree/locked.txt',
      `tree/${SPACED}`,
      'tree/notes.text',
      'tree/sub-x.txt',
      'tree/sub/c.txt',
      'tree/sub/deeper/d.txt',
      'tree/sub/deeper/e.md',
      'tree/utf16be.txt',
      'tree/utf16le.txt',
    ]);
    expect(inputs.every((i) => i.source === 'file' && i.file === path.join(cwd, i.path))).toBe(true);
    expect(failures).toEqual([]);
  });

  test('notes: broken symlink (warning), loop and binary files (verbose)', async () => {
    const { notes } = await list(['tree/']);
    expect(notes).toEqual(
      expect.arrayContaining([
        { path: 'tree/broken.txt', message: 'broken symlink; skipped', level: 'warning' },
        { path: 'tree/sub/loop', message: 'symlink loop; skipped', level: 'verbose' },
        { path: 'tree/nul.txt', message: 'binary file; skipped', level: 'verbose' },
        { path: 'tree/report.txt', message: 'binary file; skipped', level: 'verbose' },
      ]),
    );
    expect(notes).toHaveLength(4);
  });

  test('keeps the directory as typed: trailing slash, "./" and absolute paths', async () => {
    expect((await list(['tree/sub/'])).inputs.map((i) => i.path).slice(0, 1)).toEqual(['tree/sub/c.txt']);
    expect((await list(['./tree/sub/deeper'])).inputs.map((i) => i.path)).toEqual([
      './tree/sub/deeper/d.txt',
      './tree/sub/deeper/e.md',
    ]);
    const abs = path.join(cwd, 'tree/sub/deeper');
    expect((await list([abs])).inputs.map((i) => i.path)).toEqual([`${abs}/d.txt`, `${abs}/e.md`]);
  });

  test('from inside the loop, walks back through the parent once and stops', async () => {
    const { inputs, notes } = await list(['tree/sub']);
    const paths = inputs.map((i) => i.path);
    expect(paths).toContain('tree/sub/c.txt');
    expect(paths).toContain('tree/sub/loop/a.txt'); // the parent, reached through the link
    expect(paths.filter((p) => p.endsWith('/c.txt'))).toEqual(['tree/sub/c.txt']);
    expect(notes).toContainEqual({ path: 'tree/sub/loop/sub', message: 'symlink loop; skipped', level: 'verbose' });
  });

  test('thousands of files are listed, not read: reading happens later, one at a time', async () => {
    const { inputs } = await list(['many']);
    expect(inputs).toHaveLength(1500);
    expect(inputs[0]).toEqual({ path: 'many/f0000.txt', source: 'file', file: path.join(cwd, 'many/f0000.txt') });
    expect(inputs.map((i) => i.path)).toEqual(inputs.map((i) => i.path).sort());
    await writeFile(path.join(cwd, 'many/f0000.txt'), 'Changed after listing.\n');
    expect(await readText(inputs[0]!)).toBe('Changed after listing.\n');
  });
});

describe('listInputs: files, globs, stdin, failures', () => {
  test('failures are values with the path as typed', async () => {
    const { inputs, failures } = await list(['tree/nope.txt', 'tree/**/*.nomatch', 'tree/broken.txt', 'tree/a.txt/x', 'tree/gone (1).txt']);
    expect(inputs).toEqual([]);
    expect(failures).toEqual([
      { path: 'tree/nope.txt', reason: 'no such file or directory' },
      { path: 'tree/**/*.nomatch', reason: 'no files match' },
      { path: 'tree/broken.txt', reason: 'broken symlink' },
      { path: 'tree/a.txt/x', reason: 'no such file or directory' },
      { path: 'tree/gone (1).txt', reason: 'no such file or directory' }, // parens: a pattern to tinyglobby
    ]);
  });

  test('named files keep command-line order and any extension; the same file twice is read once', async () => {
    const { inputs, failures } = await list(['tree/skip.json', 'tree/a.txt', './tree/a.txt', 'tree/link-to-a.txt', 'tree']);
    expect(failures).toEqual([]);
    const paths = inputs.map((i) => i.path);
    expect(paths.slice(0, 3)).toEqual(['tree/skip.json', 'tree/a.txt', 'tree/Upper.MD']);
    expect(paths.filter((p) => p.endsWith('a.txt'))).toEqual(['tree/a.txt']);
  });

  test('a name with spaces and non-ASCII characters', async () => {
    const { inputs } = await list([`tree/${SPACED}`]);
    expect(inputs.map((i) => i.path)).toEqual([`tree/${SPACED}`]);
    expect(await readText(inputs[0]!)).toBe('Spaces.\n');
  });

  test('a glob expands sorted, recursively, without hidden or binary files, and keeps "./"', async () => {
    const { inputs, notes, failures } = await list(['tree/**/*.txt']);
    const paths = inputs.map((i) => i.path);
    expect(failures).toEqual([]);
    expect(paths).toContain('tree/sub/deeper/d.txt');
    expect(paths).toContain(`tree/${SPACED}`);
    expect(paths).not.toContain('tree/.hidden.txt');
    expect(paths).not.toContain('tree/nul.txt');
    expect(paths.filter((p) => p.endsWith('/c.txt'))).toEqual(['tree/sub/c.txt']); // not again via the loop
    expect(paths).toEqual([...paths].sort());
    expect(notes).toContainEqual({ path: 'tree/report.txt', message: 'binary file; skipped', level: 'verbose' });
    expect((await list(['./tree/sub/*.txt'])).inputs.map((i) => i.path)).toEqual(['./tree/sub/c.txt']);
  });

  test('stdin: read when no paths and not a TTY; "-" read once', async () => {
    expect((await list([], false)).inputs).toEqual([{ path: '-', source: 'stdin' }]);
    expect((await list([], true)).inputs).toEqual([]);
    expect((await list(['-', 'tree/a.txt', '-'])).inputs.map((i) => i.path)).toEqual(['-', 'tree/a.txt']);
    const r = await readInput({ path: '-', source: 'stdin' }, Readable.from([Buffer.from([0xef, 0xbb, 0xbf, 0x48]), Buffer.from('i\r\n')]));
    expect(r).toEqual({ doc: { path: '-', text: 'Hi\r\n' }, notes: [] });
  });
});

describe('readInput', () => {
  const ref = (rel: string): InputRef => ({ path: rel, source: 'file', file: path.join(cwd, rel) });

  test.each([
    ['tree/bom-crlf.txt', 'Line one.\r\nLine two.\r\n'],
    ['tree/utf16le.txt', 'He said “hi” — é 😀.'],
    ['tree/utf16be.txt', 'Big “end”.'],
    ['tree/empty.txt', ''],
    ['tree/blank.txt', '  \n\t\r\n'],
  ])('%s decodes', async (rel, text) => {
    expect(await readInput(ref(rel), noStdin)).toEqual({ doc: { path: rel, text }, notes: [] });
  });

  test('invalid UTF-8 is read as windows-1252, with a warning', async () => {
    expect(await readInput(ref('tree/latin1.txt'), noStdin)).toEqual({
      doc: { path: 'tree/latin1.txt', text: 'Café “ok”.' },
      notes: [{ path: 'tree/latin1.txt', message: 'not valid UTF-8; decoded as windows-1252', level: 'warning' }],
    });
  });

  test('a named binary file is a failure, not a throw', async () => {
    const { inputs } = await list(['tree/nul.txt', 'tree/report.txt']);
    expect(inputs.map((i) => i.path)).toEqual(['tree/nul.txt', 'tree/report.txt']);
    for (const i of inputs) expect(await readInput(i, noStdin)).toEqual({ failure: { path: i.path, reason: 'binary file' }, notes: [] });
  });

  test('a file gone or a directory: failures', async () => {
    expect(await readInput(ref('tree/gone.txt'), noStdin)).toEqual({ failure: { path: 'tree/gone.txt', reason: 'no such file or directory' }, notes: [] });
    expect(await readInput(ref('tree/sub'), noStdin)).toEqual({ failure: { path: 'tree/sub', reason: 'is a directory' }, notes: [] });
  });

  test.skipIf(asRoot)('an unreadable file: permission denied', async () => {
    expect(await readInput(ref('tree/locked.txt'), noStdin)).toEqual({ failure: { path: 'tree/locked.txt', reason: 'permission denied' }, notes: [] });
  });
});

describe('decodeText', () => {
  test.each([
    [[0x68, 0x69], 'hi', 'utf-8'],
    [[0xef, 0xbb, 0xbf, 0x68, 0x0d, 0x0a], 'h\r\n', 'utf-8'],
    [[0xe2, 0x80, 0x9c, 0x78, 0xe2, 0x80, 0x9d], '“x”', 'utf-8'],
    [[0xff, 0xfe, 0x68, 0x00, 0x3d, 0xd8, 0x00, 0xde], 'h😀', 'utf-16le'],
    [[0xfe, 0xff, 0x00, 0x68, 0xd8, 0x3d, 0xde, 0x00], 'h😀', 'utf-16be'],
    [[0x80, 0x93, 0x94, 0x96, 0xe9, 0x81], '€“”–é\u0081', 'windows-1252'], // not C1 controls, as Node 20's TextDecoder gives
    [[0xef, 0xbb, 0xbf, 0xe9], 'é', 'windows-1252'],
    [[], '', 'utf-8'],
  ])('%j → %j (%s)', (bytes, text, encoding) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text, encoding, binary: false });
  });

  test.each([
    ['NUL early', [0x61, 0x00, 0x62]],
    ['PDF', [...Buffer.from('%PDF-1.4')]],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14]],
    ['gzip', [0x1f, 0x8b, 0x08]],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ])('%s is binary', (_name, bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toMatchObject({ binary: true, text: '' });
  });

  test('a NUL only after the first 8 KB is not binary', () => {
    const bytes = new Uint8Array(9000).fill(0x61);
    bytes[8500] = 0;
    expect(looksBinary(bytes)).toBe(false);
    bytes[8000] = 0;
    expect(looksBinary(bytes)).toBe(true);
  });

  test('windows-1252 decoding of a large buffer keeps its length', () => {
    const bytes = new Uint8Array(100_000).fill(0x93);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('windows-1252');
    expect(text.length).toBe(100_000);
    expect(text.startsWith('““')).toBe(true);
  });
});

describe('issue 18: a directory walk says what it skips; --ext adds extensions', () => {
  test('files of other extensions are listed as skipped (hidden, binary and symlink notes are not)', async () => {
    const { skipped } = await list(['tree']);
    expect(skipped).toEqual(['tree/skip.json']);
    expect(describeSkipped(skipped)).toBe('skipped 1 file (.json 1); add them with --ext');
  });
  test('extensions given are read too, case-insensitively', async () => {
    const { inputs, skipped } = await list(['tree']);
    const more = await listInputs(['tree'], { stdinIsTTY: true, cwd, extensions: parseExtensions('JSON') });
    expect(more.skipped).toEqual([]);
    expect(more.inputs.map((i) => i.path)).toEqual([...inputs.map((i) => i.path), ...skipped].sort((a, b) => (a < b ? -1 : 1)));
  });
  test.each([
    [['a/x.html', 'b/y.html', 'c.story', 'README', 'z.HTML'], 'skipped 5 files (.html 3, .story 1, no extension 1); add them with --ext'],
    [['.profile/x'], 'skipped 1 file (no extension 1); add them with --ext'],
    [[], null],
  ])('describeSkipped(%j)', (paths, line) => {
    expect(describeSkipped(paths)).toBe(line);
  });
  test.each([
    ['story,markdown', ['.story', '.markdown']],
    [' .Story , ,HTM ', ['.story', '.htm']],
  ])('parseExtensions(%j)', (list, exts) => {
    expect(parseExtensions(list)).toEqual(exts);
  });
  test.each([',', '.', 'a/b', '*.txt'])('parseExtensions(%j) is an error', (list) => {
    expect(() => parseExtensions(list)).toThrow();
  });
  test('an empty directory, or one with nothing readable, is a failure; a directory of files already listed is not', async () => {
    await mkdir(path.join(cwd, 'void/inner'), { recursive: true });
    await mkdir(path.join(cwd, 'bin-only'), { recursive: true });
    await writeFile(path.join(cwd, 'bin-only/x.txt'), Buffer.from('a\0b'));
    const r = await list(['void', 'bin-only', 'tree/sub/deeper', 'tree/sub/deeper/']);
    expect(r.failures).toEqual([
      { path: 'void', reason: 'no input files (.txt, .text, .md)' },
      { path: 'bin-only', reason: 'no input files (.txt, .text, .md)' },
    ]);
    expect(r.inputs.map((i) => i.path)).toEqual(['tree/sub/deeper/d.txt', 'tree/sub/deeper/e.md']);
  });
});

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Chalk } from 'chalk';
import type { DocResult, Extractor, ExtractorOptions, RunSetup, What, Work } from '../src/run/workers.js';
import type { InputRef } from '../src/cli/inputs.js';
import type * as Format from '../src/format/index.js';
import type * as Workers from '../src/run/workers.js';
import type { Claim, SourceDoc } from '../src/types.js';

// Worker threads run compiled JavaScript, so this suite takes createExtractor from dist/ (npm test
// builds first): in-process and worker results then come from the same build of the real pipeline.
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/run');
const workerThread = pathToFileURL(path.join(dist, 'worker-thread.js'));
let createExtractor: (setup: What | RunSetup, jobs: number, total: number, options?: ExtractorOptions) => Extractor;
let filterClaims: typeof Workers.filterClaims;
let format: typeof Format;

let tmp: string;
let crashing: URL; // the real worker, except that `crash.txt` kills the thread and `throw.txt` throws in it
let crashAll: URL; // a worker that dies on every document
beforeAll(async () => {
  if (!existsSync(path.join(dist, 'workers.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
  ({ createExtractor, filterClaims } = (await import(pathToFileURL(path.join(dist, 'workers.js')).href)) as typeof Workers);
  format = (await import(pathToFileURL(path.join(dist, '../format/index.js')).href)) as typeof Format;
  tmp = await mkdtemp(path.join(os.tmpdir(), 'claims-workers-'));
  // Test workers: the real one, with a postMessage that fails as it is about to answer for some documents.
  const failing = async (name: string, on: string): Promise<URL> => {
    const url = pathToFileURL(path.join(tmp, name));
    const body = `import { parentPort } from 'node:worker_threads';
import ${JSON.stringify(workerThread.href)};
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (m) => {
  const s = JSON.stringify(m);
${on}
  post(m);
};
`;
    await writeFile(url, body);
    return url;
  };
  crashing = await failing(
    'crashing-worker.mjs',
    `  if (s.includes('crash.txt')) return void process.exit(7);\n  if (s.includes('throw.txt')) throw new Error('boom in the worker');`,
  );
  crashAll = await failing('crash-all-worker.mjs', `  if (s.includes('.txt')) return void process.exit(3);`);
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

// News-like documents from a fixed seed: quotations, names, cues, pronouns, paragraphs.
function articles(n: number, seed = 7): SourceDoc[] {
  let s = seed;
  const rand = (k: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % k;
  };
  const names = ['Jane Doe', 'John Smith', 'Maria García', 'Chris Crane', 'the agency', 'Mr. Lee', 'Dr. Ana Ruiz'];
  const cues = ['said', 'told reporters', 'warned', 'added', 'argued'];
  const lines = [
    (a: string, c: string) => `“We will reopen the plant next week,” ${a} ${c}.`,
    (a: string, c: string) => `${a} ${c} that the budget was “not enough for anyone.”`,
    (a: string, c: string) => `${a} ${c}: "The numbers speak for themselves."`,
    (a: string, c: string) => `The council met on Tuesday. ${a} ${c} the vote would be close.`,
    () => `“It is too early,” she said. “Nobody knows yet.”`,
    () => `Prices rose 3.5% in the U.S. last year 😀, according to the report.`,
  ];
  return Array.from({ length: n }, (_, i) => {
    const paras = Array.from({ length: 1 + rand(6) }, () =>
      Array.from({ length: 1 + rand(4) }, () => lines[rand(lines.length)]!(names[rand(names.length)]!, cues[rand(cues.length)]!)).join(' '),
    );
    return { path: `doc-${String(i).padStart(3, '0')}.txt`, text: paras.join('\n\n') + '\n' };
  });
}

/** Documents already read (as `--input jsonl` gives them). */
async function* source(docs: readonly SourceDoc[], counter?: { pulled: number }): AsyncIterable<Work> {
  for (const d of docs) {
    await new Promise((r) => setImmediate(r)); // as if read from disk
    if (counter) counter.pulled++;
    yield { doc: d, notes: [] };
  }
}

async function collect(what: What | RunSetup, jobs: number, docs: readonly SourceDoc[], total = docs.length, options: ExtractorOptions = {}): Promise<DocResult[]> {
  return collectWork(what, jobs, source(docs), total, options);
}

async function collectWork(what: What | RunSetup, jobs: number, work: AsyncIterable<Work>, total: number, options: ExtractorOptions = {}): Promise<DocResult[]> {
  const x = createExtractor(what, jobs, total, options);
  const out: DocResult[] = [];
  try {
    for await (const r of x.run(work)) out.push(r);
  } finally {
    x.close();
  }
  return out;
}

/** What reaches the output: everything but an error's stack, which names the thread it ran in. */
const printed = (rs: readonly DocResult[]) => JSON.stringify(rs.map((r) => (r.error ? { ...r, error: { message: r.error.message } } : r)));

describe('createExtractor', () => {
  const docs = articles(40);

  test('the documents find claims at all (the comparison below is not vacuous)', async () => {
    const one = await collect('claims', 1, docs);
    expect(one.reduce((n, r) => n + (r.claims?.length ?? 0), 0)).toBeGreaterThan(40);
  });

  test.each([2, 4])('claims: --jobs %i gives the same results as --jobs 1, in input order', async (jobs) => {
    const one = await collect('claims', 1, docs);
    const many = await collect('claims', jobs, docs);
    expect(many.map((r) => r.path)).toEqual(docs.map((d) => d.path));
    expect(printed(many)).toBe(printed(one));
  }, 60_000);

  test('sentences: --jobs 2 gives the same results as --jobs 1', async () => {
    expect(printed(await collect('sentences', 2, docs))).toBe(printed(await collect('sentences', 1, docs)));
  }, 60_000);

  test('an unknown total (JSONL on stdin) still uses workers and keeps the order', async () => {
    const one = await collect('claims', 1, docs.slice(0, 10));
    expect(printed(await collect('claims', 2, docs.slice(0, 10), 0))).toBe(printed(one));
  }, 60_000);

  test('a bug on one document is an error result for it alone, in and out of workers', async () => {
    const bad = { path: 'bad.txt', text: 42 as unknown as string }; // the pipeline throws on it
    const mixed = [...docs.slice(0, 5), bad, ...docs.slice(5, 10)];
    for (const jobs of [1, 2]) {
      const rs = await collect('claims', jobs, mixed);
      expect(rs.map((r) => r.path)).toEqual(mixed.map((d) => d.path));
      expect(rs[5]!.error?.message).toMatch(/replace is not a function/);
      expect(rs.filter((r) => r.error)).toHaveLength(1);
    }
  }, 60_000);

  test('a worker that dies takes only its document down; it is replaced and the others come through', async () => {
    const mixed = [...docs.slice(0, 6), { path: 'crash.txt', text: 'He said “hi.”' }, ...docs.slice(6, 12), { path: 'throw.txt', text: 'x' }, ...docs.slice(12, 20)];
    const rs = await collect('claims', 2, mixed, mixed.length, { workerUrl: crashing, workersOnly: true });
    expect(rs.map((r) => r.path)).toEqual(mixed.map((d) => d.path));
    const errors = rs.filter((r) => r.error).map((r) => [r.path, r.error!.message]);
    expect(errors).toEqual([
      ['crash.txt', 'worker stopped: exited with code 7'],
      ['throw.txt', 'worker stopped: boom in the worker'],
    ]);
    const expected = await collect('claims', 1, mixed.filter((d) => d.path !== 'crash.txt' && d.path !== 'throw.txt'));
    expect(printed(rs.filter((r) => !r.error))).toBe(printed(expected));
  }, 60_000);

  test('one document, or --jobs 1, runs in this thread: no worker is started', async () => {
    // With a worker that dies on every document, only an in-process run can succeed.
    const [first] = docs;
    for (const [jobs, total] of [[4, 1], [4, 0], [1, 5]] as const) {
      const rs = await collect('claims', jobs, jobs === 1 ? docs.slice(0, 5) : [first!], total, { workerUrl: crashAll });
      expect(rs.every((r) => !r.error)).toBe(true);
    }
    // A second document starts the pool (and here every document fails in it).
    const rs = await collect('claims', 2, docs.slice(0, 2), 2, { workerUrl: crashAll });
    expect(rs.map((r) => r.error?.message)).toEqual(['worker stopped: exited with code 3', 'worker stopped: exited with code 3']);
  }, 60_000);

  test('a worker script that cannot load: the run finishes in this thread', async () => {
    const missing = pathToFileURL(path.join(tmp, 'no-such-worker.mjs'));
    const rs = await collect('claims', 2, docs.slice(0, 6), 6, { workerUrl: missing });
    expect(printed(rs)).toBe(printed(await collect('claims', 1, docs.slice(0, 6))));
  }, 60_000);

  const DEPTH = 8;

  /** Run `docs` through `x`, checking the order; how many were taken from the source ahead of the output at most. */
  async function drain(x: Extractor, docs: SourceDoc[], counter: { pulled: number }, onFirst?: () => Promise<void>): Promise<number> {
    let consumed = 0;
    let maxAhead = 0;
    try {
      for await (const r of x.run(source(docs, counter))) {
        if (consumed === 0) await onFirst?.();
        expect(r.path).toBe(docs[consumed]!.path);
        consumed++;
        maxAhead = Math.max(maxAhead, counter.pulled - consumed);
      }
    } finally {
      x.close();
    }
    expect(consumed).toBe(docs.length);
    return maxAhead;
  }

  test.each([1, 2, 4])('--jobs %i reads at most 8 × jobs documents ahead of the one it yields', async (jobs) => {
    const many = articles(80, 11);
    const counter = { pulled: 0 };
    const maxAhead = await drain(createExtractor('claims', jobs, many.length), many, counter, async () => {
      await new Promise((res) => setTimeout(res, 300)); // a slow writer: the extractor must not read on
      expect(counter.pulled).toBeLessThanOrEqual(DEPTH * jobs);
    });
    expect(maxAhead).toBeLessThanOrEqual(DEPTH * jobs);
  }, 60_000);

  test('text in hand is read ahead only up to a limit', async () => {
    const many = articles(40, 13);
    const shortest = Math.min(...many.map((d) => d.text.length));
    const counter = { pulled: 0 };
    const maxAhead = await drain(createExtractor('claims', 2, many.length, { maxHeldText: 3 * shortest }), many, counter); // 3 documents at most
    expect(maxAhead).toBeLessThanOrEqual(3);
  }, 60_000);

  test('--jobs 2 runs documents in this thread and in a worker, in order either way', async () => {
    // With a worker that dies on every document, only the documents run here succeed: some must.
    const rs = await collect('claims', 2, docs.slice(0, 24), 24, { workerUrl: crashAll });
    expect(rs.map((r) => r.path)).toEqual(docs.slice(0, 24).map((d) => d.path));
    expect(rs.some((r) => !r.error)).toBe(true);
    expect(rs.some((r) => r.error)).toBe(true);
  }, 60_000);

  test('close() ends a run at once', async () => {
    const many = articles(200, 3);
    const x = createExtractor('claims', 2, many.length);
    const it = x.run(source(many))[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    const pending = it.next(); // waits on the workers …
    x.close(); // … as Ctrl-C does
    const t0 = Date.now();
    const rest: DocResult[] = [];
    for (let r = await pending; !r.done; r = await it.next()) rest.push(r.value);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(rest.length).toBeLessThan(many.length - 1);
  }, 60_000);
});

describe('files are read where they run; json, jsonl and csv are formatted there', () => {
  const docs = articles(12, 5);
  const refs: InputRef[] = [];
  beforeAll(async () => {
    const dir = path.join(tmp, 'files');
    await mkdir(dir);
    const files: [string, Uint8Array | null][] = [
      ...docs.map((d): [string, Uint8Array] => [d.path, Buffer.from(d.text)]),
      ['doc-003b.txt', Buffer.from('Caf\xe9 owner Jane Doe said: "We close at six."\n', 'latin1')], // windows-1252
      ['doc-005b.txt', null], // gone by the time it is read
      ['doc-007b.txt', Buffer.from([0x48, 0x69, 0x00, 0x01])], // binary
    ];
    for (const [name, bytes] of files.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (bytes) await writeFile(path.join(dir, name), bytes);
      refs.push({ path: `files/${name}`, source: 'file', file: path.join(dir, name) });
    }
  });
  async function* listed(): AsyncIterable<Work> {
    for (const r of refs) {
      await new Promise((res) => setImmediate(res));
      yield r;
    }
  }

  test.each([1, 2])('--jobs %i: records, notes and failures come in path order, as readInput gives them', async (jobs) => {
    const rs = await collectWork('claims', jobs, listed(), refs.length);
    expect(rs.map((r) => r.path)).toEqual(refs.map((r) => r.path));
    const odd = rs.filter((r) => r.failure !== undefined || r.notes);
    expect(odd.map((r) => [r.path, r.failure, r.notes?.map((n) => n.message)])).toEqual([
      ['files/doc-003b.txt', undefined, ['not valid UTF-8; decoded as windows-1252']],
      ['files/doc-005b.txt', 'no such file or directory', undefined],
      ['files/doc-007b.txt', 'binary file', undefined],
    ]);
    const fromText = await collect('claims', 1, docs.map((d) => ({ path: `files/${d.path}`, text: d.text })));
    expect(JSON.stringify(rs.filter((r) => !r.path.endsWith('b.txt')))).toBe(JSON.stringify(fromText));
  }, 60_000);

  test.each(['json', 'jsonl', 'csv'] as const)('%s: the bodies, placed, are the formatter\'s output of the filtered claims, for --jobs 1 and 2', async (name) => {
    const filter = { types: null, speaker: null, minConfidence: 0.5, all: false };
    const claims: Claim[] = (await collectWork('claims', 1, listed(), refs.length)).flatMap((r) => r.claims ?? []);
    const options = { chalk: new Chalk({ level: 0 }), width: 80, explain: false };
    const expected = format.formatAll(format.createFormatter('claims', name, options), filterClaims(claims, filter));
    expect(filterClaims(claims, filter).length).toBeGreaterThan(10);
    for (const jobs of [1, 2]) {
      const rs = await collectWork({ what: 'claims', format: name, filter }, jobs, listed(), refs.length);
      expect(rs.every((r) => r.claims === undefined)).toBe(true);
      const f = format.createSplitFormatter('claims', name);
      expect(f.begin() + rs.map((r) => f.place(r.text ?? '')).join('') + f.end()).toBe(expected);
    }
  }, 60_000);
});

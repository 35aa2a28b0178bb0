#!/usr/bin/env node
// npm run bench [-- --sizes 5,25,100] [--runs 5] [--pairs 1] [--wait-load N] [--no-write] [--keep]
// Builds corpora of the given sizes (MB) by cycling the PolNeAR train texts into a temp dir (as many
// files), then times whole processes: a read+regex floor, `claims extract DIR -f jsonl --jobs 1` and
// `--jobs 2` (stdout to /dev/null), and cold start on one seed article (median of --runs). Reports
// MB/s, the ratio to the floor, the speed-up from 1 to 2 jobs and peak RSS, and writes the table with
// the machine's description between the markers in BENCHMARKS.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.CLAIMS_SHARED ?? path.resolve(root, '../shared');
const texts = path.join(shared, 'eval/polnear/train/texts');
const bin = path.join(root, 'bin/claims.js');
const report = path.join(root, 'BENCHMARKS.md');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
if (flag('--help') || flag('-h')) {
  console.log(`usage: npm run bench [-- --sizes 5,25,100] [--runs 5] [--pairs 1] [--wait-load N] [--no-write] [--keep]
  --sizes      corpus sizes in MB (quick run: --sizes 5)
  --runs       cold-start runs per command (median)
  --pairs      --jobs 1 and --jobs 2 runs per corpus, interleaved; the table shows their medians and
               the median speed-up of the pairs
  --wait-load  before each timed run, wait (up to 10 min) for the 1-minute load average to fall to N
  --no-write   print the tables only; leave BENCHMARKS.md alone
  --keep       keep the temp dir with the corpora`);
  process.exit(0);
}
const sizes = value('--sizes', '5,25,100').split(',').map(Number);
const runs = Number(value('--runs', '5'));
const pairs = Number(value('--pairs', '1'));
const waitLoad = Number(value('--wait-load', 'Infinity'));
if (sizes.some((s) => !(s > 0)) || !(runs >= 1) || !(pairs >= 1) || !(waitLoad >= 0)) {
  console.error('bench: --sizes takes MB like 5,25, --runs and --pairs a count\nRun npm run bench -- --help');
  process.exit(2);
}
if (!existsSync(texts)) {
  console.error(`bench: ${texts} not found: the PolNeAR texts live in ../shared beside the repository (or set CLAIMS_SHARED)`);
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist/cli/main.js'))) {
  console.error('bench: dist/ is missing: run it as `npm run bench`, which builds first');
  process.exit(2);
}
const seedDir = path.join(root, 'seeds');
const seed = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0] : undefined;

// GNU time reports peak RSS and CPU; without it (or a time without -v) poll /proc for the peak.
const TIME = existsSync('/usr/bin/time') && /Maximum resident/.test(spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr ?? '') ? '/usr/bin/time' : null;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'claims-bench-'));
process.on('exit', () => {
  if (!flag('--keep')) rmSync(tmp, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));

// The floor: read every file and run one regex pass for quotation spans.
const floor = path.join(tmp, 'floor.mjs');
writeFileSync(
  floor,
  `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
const QUOTES = /["\\u201c][^"\\u201c\\u201d]*["\\u201d]/g;
const dir = process.argv[2];
let n = 0;
for (const f of readdirSync(dir).sort()) n += (readFileSync(path.join(dir, f), 'utf8').match(QUOTES) ?? []).length;
process.stdout.write(n + '\\n');
`,
);

/**
 * CPU seconds the hypervisor gave to other guests so far (all CPUs; the `steal` column of /proc/stat), or
 * NaN where there is none. On a shared VM this is the noise in a wall time: while a run is timed, its
 * threads wait for a CPU that is busy elsewhere.
 */
function stealSeconds() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/);
    return Number(cpu[8]) / 100; // USER_HZ
  } catch {
    return NaN;
  }
}

/** Run a whole process; resolve wall seconds, CPU seconds (user + sys), peak RSS in MB and the steal meanwhile. */
async function measure(argv, { out = 'ignore' } = {}) {
  for (const t0 = Date.now(); load() > waitLoad && Date.now() - t0 < 600_000; ) await new Promise((r) => setTimeout(r, 5000));
  maxLoad = Math.max(maxLoad, load());
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const steal0 = stealSeconds();
    const viaTime = TIME !== null;
    const child = viaTime ? spawn(TIME, ['-v', ...argv], { stdio: ['ignore', out, 'pipe'] }) : spawn(argv[0], argv.slice(1), { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    let hwm = 0;
    child.stderr.on('data', (d) => (stderr += d));
    // Without /usr/bin/time: poll the peak (VmHWM) while it runs.
    const poll = viaTime ? null : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch {}
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const wall = (performance.now() - t0) / 1000;
      const status = viaTime ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? code) : code;
      if (status !== 0) return reject(new Error(`${argv.join(' ')} exited ${status}\n${stderr.slice(-2000)}`));
      const num = (re) => Number(re.exec(stderr)?.[1] ?? NaN);
      const cpu = viaTime ? num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/) : NaN;
      const rss = viaTime ? num(/Maximum resident set size \(kbytes\): (\d+)/) : hwm || NaN;
      resolve({ wall, cpu, rssMb: rss / 1024, steal: stealSeconds() - steal0 });
    });
  });
}

/** `mb` megabytes of PolNeAR texts, cycled, one file per text; names sort in the order written. */
function buildCorpus(mb) {
  const dir = path.join(tmp, `corpus-${mb}mb`);
  mkdirSync(dir);
  const names = readdirSync(texts).filter((f) => f.endsWith('.txt')).sort();
  const bodies = names.map((f) => readFileSync(path.join(texts, f)));
  let bytes = 0;
  let files = 0;
  while (bytes < mb * 1e6) {
    const i = files % bodies.length;
    writeFileSync(path.join(dir, `${String(Math.floor(files / bodies.length)).padStart(3, '0')}-${names[i]}`), bodies[i]);
    bytes += bodies[i].length;
    files++;
  }
  return { dir, bytes, files };
}

/** The commit measured, `+` when the tree has changes; CLAIMS_REV names it outside a git checkout. */
function revision() {
  const git = (...a) => spawnSync('git', ['-C', root, ...a], { encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return process.env.CLAIMS_REV ?? null;
  return head.stdout.trim() + (git('status', '--porcelain', '--untracked-files=no').stdout.trim() ? '+' : '');
}

/** Several runs of one command: median wall, CPU and steal; the highest peak RSS. */
const summary = (ms) => ({
  wall: median(ms.map((m) => m.wall)),
  cpu: median(ms.map((m) => m.cpu)),
  steal: median(ms.map((m) => m.steal)),
  rssMb: Math.max(...ms.map((m) => m.rssMb)),
  n: ms.length,
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () => os.loadavg()[0];
let maxLoad = 0; // the highest 1-minute load average seen as a timed run starts: others' work, and the tail of ours
const node = process.execPath;
const log = (s) => process.stderr.write(s + '\n');

// ------------------------------------------------------------------ measure
const machine = {
  node: process.version,
  cores: os.availableParallelism(),
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  memGb: os.totalmem() / 2 ** 30,
  os: `${os.type()} ${os.release()}`,
  date: new Date().toISOString().slice(0, 10),
  rssVia: TIME ? '/usr/bin/time -v' : 'polling /proc/PID/status VmHWM',
  rev: revision(),
};
log(`bench: node ${machine.node}, ${machine.cores} cores, ${machine.cpu}, ${machine.memGb.toFixed(1)} GB; load ${load().toFixed(2)}`);

// Cold start, and what it is made of: node itself, loading the CLI, the pipeline without the
// lexicon (`claims sentences`), compromise alone, and the whole extract.
const cold = [];
if (seed) {
  const article = path.join(seedDir, seed);
  const compromise = `require('node:module').createRequire(${JSON.stringify(path.join(root, 'package.json'))})('compromise').world()`;
  const rows = [
    ['`node -e 0`', [node, '-e', '0']],
    ['`claims --version` (CLI modules)', [node, bin, '--version']],
    [`\`claims sentences\` one seed (no lexicon)`, [node, bin, 'sentences', article, '-f', 'jsonl']],
    ['`require(\'compromise\')` alone (CommonJS build)', [node, '-e', compromise]],
    [`\`claims extract seeds/${seed} -f jsonl\``, [node, bin, 'extract', article, '-f', 'jsonl'], 'extract'],
  ];
  for (const [label, argv, key] of rows) {
    await measure(argv); // warm the file cache
    const ms = [];
    const cpu = [];
    let rss = 0;
    let steal = 0;
    for (let i = 0; i < runs; i++) {
      const m = await measure(argv);
      ms.push(m.wall * 1000);
      cpu.push(m.cpu * 1000);
      rss = Math.max(rss, m.rssMb);
      steal += m.steal * 1000;
    }
    cold.push({ label, key, median: median(ms), min: Math.min(...ms), cpu: median(cpu), rss, steal });
    log(`bench: ${label}: median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}), CPU ${median(cpu).toFixed(0)} ms, ${rss.toFixed(0)} MB, steal ${steal.toFixed(0)} ms over the runs`);
  }
} else {
  log('bench: no seeds/*.txt: cold start not measured');
}

// The sentence splitter alone (issue 3: ≥ 20 MB/s on one core), in this process, on the PolNeAR texts:
// normalise and paragraphs first, then splitSentences timed by CPU over warm passes.
const splitter = await (async () => {
  const { normalise } = await import(path.join(root, 'dist/pipeline/normalise.js'));
  const { splitParagraphs } = await import(path.join(root, 'dist/pipeline/paragraphs.js'));
  const { splitSentences } = await import(path.join(root, 'dist/pipeline/sentences.js'));
  const { RULES } = await import(path.join(root, 'dist/rules/index.js'));
  const docs = readdirSync(texts).map((f) => normalise(readFileSync(path.join(texts, f), 'utf8')));
  const paras = docs.map((d) => splitParagraphs(d));
  const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);
  const pass = () => { for (let i = 0; i < docs.length; i++) splitSentences(docs[i], paras[i], RULES); };
  for (let i = 0; i < 5; i++) pass(); // warm the JIT
  const passes = 20;
  const t0 = process.cpuUsage();
  for (let i = 0; i < passes; i++) pass();
  const u = process.cpuUsage(t0);
  const mbs = (bytes * passes) / 1e6 / ((u.user + u.system) / 1e6);
  log(`bench: sentence splitter alone: ${mbs.toFixed(1)} MB per CPU-second (${(bytes / 1e6).toFixed(2)} MB × ${passes} passes)`);
  return { mbs, bytes };
})();

const rows = [];
for (const mb of sizes) {
  const c = buildCorpus(mb);
  const MB = c.bytes / 1e6;
  log(`bench: ${mb} MB corpus: ${c.files} files, ${MB.toFixed(1)} MB`);
  const f = await measure([node, floor, c.dir], { out: 'ignore' });
  log(`bench:   floor ${f.wall.toFixed(2)} s`);
  const runs1 = [];
  const runs2 = [];
  for (let p = 0; p < pairs; p++) {
    for (const [jobs, into] of [[1, runs1], [2, runs2]]) {
      const m = await measure([node, bin, 'extract', c.dir, '-f', 'jsonl', '--jobs', String(jobs)]);
      into.push(m);
      log(`bench:   --jobs ${jobs} ${m.wall.toFixed(1)} s, CPU ${m.cpu.toFixed(1)} s, ${m.rssMb.toFixed(0)} MB, steal ${m.steal.toFixed(1)} s`);
    }
  }
  // Each pair ran back to back, so its ratio sees the same machine; the median of the pair ratios is the speed-up.
  const ratios = runs1.map((m, i) => m.wall / runs2[i].wall);
  rows.push({ mb, files: c.files, MB, f, j1: summary(runs1), j2: summary(runs2), speedup: median(ratios), ratios });
  rmSync(c.dir, { recursive: true, force: true });
}

// ------------------------------------------------------------------ report
const fx = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
/** The best speed-up from 1 to 2 jobs that the CPU time of `--jobs 1` leaves on this machine. */
const ceiling = (r) => Math.min(2, machine.cores) / (r.j1.cpu / r.j1.wall);
const lines = [];
lines.push(`Measured ${machine.date}${machine.rev ? ` at ${machine.rev}` : ''} on Node ${machine.node}, ${machine.cores} cores (${machine.cpu}), ${fx(machine.memGb)} GB of memory, ${machine.os}.`);
lines.push(`Whole processes, wall time; peak RSS via ${machine.rssVia}; CPU = user + sys seconds of the process (all threads); steal = CPU seconds the hypervisor gave to other guests while the run was timed (/proc/stat), the noise in a wall time on a shared VM.${pairs > 1 ? ` \`--jobs 1\` and \`--jobs 2\` ran ${pairs} times each, interleaved: medians.` : ''}`);
lines.push('');
if (rows.length > 0) {
  lines.push('| input | files | floor MB/s | --jobs 1 MB/s | ×floor | --jobs 2 MB/s | ×floor | speed-up 1→2 | CPU s (1 / 2) | steal s (1 / 2) | peak RSS MB (1 / 2) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const s1 = r.MB / r.j1.wall;
    const s2 = r.MB / r.j2.wall;
    const sf = r.MB / r.f.wall;
    lines.push(
      `| ${r.mb} MB | ${r.files} | ${fx(sf)} | ${fx(s1, 2)} | 1/${fx(sf / s1, 0)} | ${fx(s2, 2)} | 1/${fx(sf / s2, 0)} | ${fx(r.speedup, 2)}× | ${fx(r.j1.cpu)} / ${fx(r.j2.cpu)} | ${fx(r.j1.steal)} / ${fx(r.j2.steal)} | ${fx(r.j1.rssMb, 0)} / ${fx(r.j2.rssMb, 0)} |`,
    );
  }
  lines.push('');
  if (pairs > 1) {
    lines.push(`Speed-up = the median over the pairs of \`--jobs 1\` wall ÷ \`--jobs 2\` wall (each pair ran back to back): ${rows.map((r) => `${r.mb} MB: ${r.ratios.map((x) => fx(x, 2)).join(', ')}`).join('; ')}.`);
    lines.push('');
  }
  // --jobs 1 already keeps more than one core busy (V8's GC and compiler threads beside the main thread);
  // 2 jobs can at best spread that same CPU time over 2 cores.
  const busy = rows.map((r) => `${r.mb} MB: ${fx(r.j1.cpu / r.j1.wall, 2)} cores, at most ${fx(ceiling(r), 2)}×`);
  lines.push(`\`--jobs 1\` keeps more than one core busy (CPU s / wall s; V8's GC and compiler threads run beside the main thread), so even if \`--jobs 2\` did no extra work, ${Math.min(2, machine.cores)} cores allow at most ${Math.min(2, machine.cores)} ÷ that from 1 to 2 jobs: ${busy.join('; ')}.`);
  lines.push('');
}
if (cold.length > 0) {
  lines.push(`| cold start (median of ${runs}) | wall ms | min ms | CPU ms | peak RSS MB | steal ms (all runs) |`);
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const c of cold) lines.push(`| ${c.label} | ${fx(c.median, 0)} | ${fx(c.min, 0)} | ${fx(c.cpu, 0)} | ${fx(c.rss, 0)} | ${fx(c.steal, 0)} |`);
  lines.push('');
}
lines.push(`Sentence splitter alone (normalised PolNeAR train texts, ${fx(splitter.bytes / 1e6, 2)} MB, warm, in one thread): ${fx(splitter.mbs)} MB per CPU-second.`);
lines.push('');
// Targets from issues 3 and 6.
const checks = [['sentence splitter ≥ 20 MB/s on one core', splitter.mbs >= 20, `${fx(splitter.mbs)} MB/s`]];
const at = (mb) => rows.find((r) => r.mb === mb);
const r25 = at(25);
if (r25) {
  checks.push([`≥ 1 MB/s with --jobs 2 on 25 MB`, r25.MB / r25.j2.wall >= 1, `${fx(r25.MB / r25.j2.wall, 2)} MB/s`]);
  checks.push([`speed-up ≥ 1.7× from 1 to 2 jobs (25 MB)`, r25.speedup >= 1.7, `${fx(r25.speedup, 2)}× (ceiling ${fx(ceiling(r25), 2)}×)`]);
}
const coldExtract = cold.find((c) => c.key === 'extract');
if (coldExtract) checks.push(['cold start ≤ 0.4 s', coldExtract.median <= 400, `${fx(coldExtract.median, 0)} ms`]);
const big = at(100);
if (big) checks.push(['peak RSS ≤ 300 MB at 100 MB', Math.max(big.j1.rssMb, big.j2.rssMb) <= 300, `${fx(Math.max(big.j1.rssMb, big.j2.rssMb), 0)} MB${r25 ? ` (25 MB: ${fx(Math.max(r25.j1.rssMb, r25.j2.rssMb), 0)} MB)` : ''}`]);
if (checks.length > 0) {
  lines.push('| target | measured | met |');
  lines.push('|---|---:|:---:|');
  for (const [what, ok, got] of checks) lines.push(`| ${what} | ${got} | ${ok ? 'yes' : '**no**'} |`);
  lines.push('');
}
lines.push(`Highest 1-minute load average as a run started: ${fx(maxLoad, 2)}.`);
if (maxLoad > machine.cores * 0.5) {
  lines.push(`That is above ${machine.cores * 0.5} on ${machine.cores} cores: other processes (or the tail of the previous run) shared the CPUs, so wall times and the speed-up may be pessimistic; CPU seconds are the steadier figure. \`--wait-load 0.5\` waits for quiet before each run.`);
}
lines.push('');

const table = lines.join('\n');
process.stdout.write(table + '\n');
if (!flag('--no-write')) {
  const START = '<!-- bench:start (written by npm run bench) -->';
  const END = '<!-- bench:end -->';
  const old = existsSync(report) ? readFileSync(report, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const a = old.indexOf(START);
  const b = old.indexOf(END);
  const next = a >= 0 && b > a ? old.slice(0, a + START.length) + '\n' + table + '\n' + old.slice(b) : old.trimEnd() + `\n\n${START}\n${table}\n${END}\n`;
  writeFileSync(report, next);
  log(`bench: wrote ${path.relative(process.cwd(), report) || report}`);
}

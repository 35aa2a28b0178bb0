#!/usr/bin/env node
// node test/tools/threads.mjs [--every MS] -- COMMAND [ARGS…]
// Runs COMMAND (stdout to /dev/null) and prints its wall time and the CPU seconds (user + sys) of each of
// its threads, read from /proc/PID/task/*/stat until it exits (Linux only): the main thread, then the
// others by CPU (with `claims extract --jobs 2` the busiest is the worker; the rest are V8's compiler and
// GC helpers and libuv's pool, which Node does not name). BENCHMARKS.md uses it to show where `--jobs 1`
// and `--jobs 2` spend their CPU.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
if (dash < 0 || dash === args.length - 1 || args.includes('--help')) {
  console.error('usage: node test/tools/threads.mjs [--every MS] -- COMMAND [ARGS…]');
  process.exit(2);
}
if (!existsSync('/proc/self/task')) {
  console.error('threads: needs /proc (Linux)');
  process.exit(2);
}
const everyAt = args.indexOf('--every');
const every = everyAt >= 0 && everyAt < dash ? Number(args[everyAt + 1]) : 20;
const [cmd, ...rest] = args.slice(dash + 1);
const ticks = 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

const t0 = process.hrtime.bigint();
const child = spawn(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
/** tid → { order, cpu seconds }; the last reading before the thread or the process ended. */
const threads = new Map();
function poll() {
  let tids;
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(fields[11]) + Number(fields[12])) / ticks; // utime, stime
      const known = threads.get(tid);
      threads.set(tid, { order: known?.order ?? threads.size, cpu });
    } catch {
      // the thread ended between the listing and the read
    }
  }
}
const timer = setInterval(poll, every);
child.on('exit', (code) => {
  clearInterval(timer);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const list = [...threads.entries()].sort((a, b) => a[1].order - b[1].order);
  const main = list.find(([tid]) => tid === String(child.pid))?.[1].cpu ?? 0;
  const others = list.filter(([tid]) => tid !== String(child.pid)).map(([, t]) => t.cpu).sort((a, b) => b - a);
  const total = main + others.reduce((s, x) => s + x, 0);
  const shown = others.filter((x) => x >= 0.05);
  const fmt = (x) => x.toFixed(2);
  console.log(
    `wall ${fmt(wall)} s · CPU ${fmt(total)} s (${fmt(total / wall)} cores) · main thread ${fmt(main)} · other threads ${shown.map(fmt).join(' ')}` +
      (shown.length < others.length ? ` (+${others.length - shown.length} under 0.05)` : '') +
      (code ? ` · exit ${code}` : ''),
  );
  process.exitCode = code ?? 1;
});

#!/usr/bin/env node
// npm run eval [-- --check] [-- --errors N] [-- --only seeds|polnear|train-names|styles]
// Extracts each development set with the built CLI, scores it with ../shared/eval/score.mjs (and the
// styles set per house style with by-style.mjs), prints the tables, and with --check fails when a
// headline figure drops below its floor in eval-floors.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.CLAIMS_SHARED ?? path.resolve(root, '../shared');
const args = process.argv.slice(2);
const check = args.includes('--check');
const errorsAt = args.indexOf('--errors');
const errors = errorsAt >= 0 ? args[errorsAt + 1] : null;
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
const score = path.join(shared, 'eval/score.mjs');
if (!existsSync(score)) {
  console.error(`eval: ${score} not found: the evaluation data lives in ../shared beside the repository`);
  process.exit(2);
}
const out = path.join(root, '.eval');
mkdirSync(out, { recursive: true });
const bin = path.join(root, 'bin/claims.js');
const ev = path.join(shared, 'eval');

const sets = [
  { name: 'seeds', texts: path.join(shared, 'seeds'), gold: path.join(ev, 'seeds/gold.jsonl') },
  { name: 'polnear', texts: path.join(ev, 'polnear/train/texts'), gold: path.join(ev, 'polnear/train/gold.jsonl') },
  { name: 'train-names', texts: path.join(ev, 'polnear/train-names/texts'), gold: path.join(ev, 'polnear/train-names/gold.jsonl') },
  { name: 'styles', texts: path.join(ev, 'styles/texts'), gold: path.join(ev, 'styles/gold.jsonl'), byStyle: path.join(ev, 'styles/by-style.mjs') },
].filter((s) => (!only || s.name === only) && existsSync(s.gold));

// Speaker names that are only a pronoun: a resolved name should never be one.
const PRONOUN_NAMES = new Set(['i', "i've", "i'm", "i'd", "i'll", 'me', 'my', 'you', 'he', 'she', 'it', 'we', 'they', 'him', 'her', 'us', 'them', 'his', 'its', 'our', 'their', 'who', 'which', 'that', 'this', 'one']);
const run = (argv) => spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });

const figures = {};
for (const set of sets) {
  const pred = path.join(out, `${set.name}.json`);
  const t0 = Date.now();
  const ex = run([bin, 'extract', set.texts, '-f', 'json']);
  if (ex.status !== 0) {
    console.error(`eval: claims extract ${set.texts} exited ${ex.status}\n${ex.stderr}`);
    process.exit(1);
  }
  writeFileSync(pred, ex.stdout);
  const secs = (Date.now() - t0) / 1000;
  const base = [score, '--gold', set.gold, '--texts', set.texts, '--pred', pred];
  const table = run([...base, ...(errors ? ['--errors', errors] : [])]);
  console.log(`\n=== ${set.name} (${secs.toFixed(1)} s to extract)\n`);
  console.log(table.stdout);
  const json = JSON.parse(run([...base, '--json']).stdout);
  const direct = JSON.parse(run([...base, '--json', '--type', 'direct']).stdout);
  const o = json.overall;
  const claims = JSON.parse(ex.stdout);
  const f = (figures[set.name] = {
    joint_f1: o.joint.f1,
    direct_joint_f1_splits_ignored: direct.overall.joint.f1_splits_ignored, // --type direct: both sides filtered
    direct_column_joint_f1_splits_ignored: json.by_type.direct.joint.f1_splits_ignored, // the direct column of the full table
    speaker_accuracy: o.speaker.accuracy,
    content_precision: o.content.precision,
  });
  if (o.speaker_name?.total) {
    f.resolved_name_accuracy = o.speaker_name.accuracy;
    for (const [k, v] of Object.entries(o.speaker_name_by_mention ?? {})) if (v.total) f[`resolved_name_accuracy_${k}`] = v.accuracy;
  }
  if (o.joint_named && o.speaker_name?.total) f.who_said_what_f1 = o.joint_named.f1; // names in the gold only
  const cal = json.calibration;
  if (cal) {
    f.calibration_ece = cal.ece;
    f.calibration_auc = cal.auc;
    const top = cal.at_least?.find((a) => a.threshold === 0.9);
    if (top) {
      f.precision_at_0_9 = top.precision;
      f.share_at_0_9 = cal.claims ? top.claims / cal.claims : 0;
    }
  }
  const pronounNamed = claims.filter((c) => c.speaker && PRONOUN_NAMES.has(String(c.speaker.name).toLowerCase())).length;
  f.pronoun_name_share = claims.length ? pronounNamed / claims.length : 0;
  // Precision of confident claims: what `confidence` means.
  const confident = claims.filter((c) => c.confidence >= 0.8);
  const cpath = path.join(out, `${set.name}-confident.json`);
  writeFileSync(cpath, JSON.stringify(confident));
  const cj = JSON.parse(run([score, '--gold', set.gold, '--texts', set.texts, '--pred', cpath, '--json']).stdout);
  f.confident_joint_precision = cj.overall.joint.precision;
  f.confident_claims = confident.length;
  if (set.byStyle) {
    const rows = JSON.parse(run([set.byStyle, set.gold, pred, '--json']).stdout);
    console.log(run([set.byStyle, set.gold, pred]).stdout);
    for (const r of rows) {
      const key = r.style === 'all' ? '' : `${r.style}_`;
      f[`${key}who_said_what_f1`] = r.who_said_what_f1;
      if (r.style !== 'all') {
        f[`${key}joint_f1`] = r.joint_f1;
        f[`${key}direct_recall`] = r.direct_recall;
      }
    }
  }
}

const LOWER_IS_BETTER = new Set(['calibration_ece', 'pronoun_name_share']);
console.log('\nheadline figures');
for (const [set, f] of Object.entries(figures)) {
  for (const [k, v] of Object.entries(f)) {
    const shown = k.endsWith('_claims') ? String(v) : k === 'calibration_ece' || k === 'calibration_auc' ? v.toFixed(3) : (v * 100).toFixed(1) + '%';
    console.log(`  ${set.padEnd(12)} ${k.padEnd(40)} ${shown}`);
  }
}
writeFileSync(path.join(out, 'figures.json'), JSON.stringify(figures, null, 2) + '\n');

if (check) {
  const floors = JSON.parse(readFileSync(path.join(root, 'eval-floors.json'), 'utf8'));
  const below = [];
  for (const [set, fl] of Object.entries(floors)) {
    if (!figures[set]) continue;
    for (const [k, floor] of Object.entries(fl)) {
      const v = figures[set][k];
      const bad = typeof v !== 'number' || (LOWER_IS_BETTER.has(k) ? v - 1e-9 > floor : v + 1e-9 < floor);
      if (bad) below.push(`${set} ${k}: ${v === undefined ? 'missing' : (v * 100).toFixed(1) + '%'} ${LOWER_IS_BETTER.has(k) ? '>' : '<'} limit ${(floor * 100).toFixed(1)}%`);
    }
  }
  if (below.length) {
    console.error('\neval --check: past the limit:\n  ' + below.join('\n  '));
    process.exit(1);
  }
  console.log('\neval --check: every headline figure is within its limit');
}

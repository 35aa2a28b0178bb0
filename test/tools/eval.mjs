#!/usr/bin/env node
// npm run eval [-- --check] [-- --errors N] [-- --only seeds|polnear]
// Extracts the PolNeAR train texts and the seeds with the built CLI, scores them with
// ../shared/eval/score.mjs, prints the tables, and with --check fails when a headline figure
// drops below the floors in eval-floors.json.
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

const sets = [
  { name: 'seeds', texts: path.join(shared, 'seeds'), gold: path.join(shared, 'eval/seeds/gold.jsonl') },
  { name: 'polnear', texts: path.join(shared, 'eval/polnear/train/texts'), gold: path.join(shared, 'eval/polnear/train/gold.jsonl') },
].filter((s) => !only || s.name === only);

const figures = {};
for (const set of sets) {
  const pred = path.join(out, `${set.name}.json`);
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [bin, 'extract', set.texts, '-f', 'json'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`eval: claims extract ${set.texts} exited ${run.status}\n${run.stderr}`);
    process.exit(1);
  }
  writeFileSync(pred, run.stdout);
  const secs = (Date.now() - t0) / 1000;
  const base = [score, '--gold', set.gold, '--texts', set.texts, '--pred', pred];
  const table = spawnSync(process.execPath, [...base, ...(errors ? ['--errors', errors] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
  console.log(`\n=== ${set.name} (${secs.toFixed(1)} s to extract)\n`);
  console.log(table.stdout);
  const json = JSON.parse(spawnSync(process.execPath, [...base, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  const direct = JSON.parse(spawnSync(process.execPath, [...base, '--json', '--type', 'direct'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  const o = json.overall;
  figures[set.name] = {
    joint_f1: o.joint.f1,
    direct_joint_f1_splits_ignored: direct.overall.joint.f1_splits_ignored, // --type direct: both sides filtered
    direct_column_joint_f1_splits_ignored: json.by_type.direct.joint.f1_splits_ignored, // the direct column of the full table
    speaker_accuracy: o.speaker.accuracy,
    content_precision: o.content.precision,
    ...(o.speaker_name?.total ? { resolved_name_accuracy: o.speaker_name.accuracy } : {}),
  };
  // Precision of confident claims: what `confidence` means.
  const claims = JSON.parse(run.stdout);
  const confident = claims.filter((c) => c.confidence >= 0.8);
  const cpath = path.join(out, `${set.name}-confident.json`);
  writeFileSync(cpath, JSON.stringify(confident));
  const cj = JSON.parse(spawnSync(process.execPath, [score, '--gold', set.gold, '--texts', set.texts, '--pred', cpath, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  figures[set.name].confident_joint_precision = cj.overall.joint.precision;
  figures[set.name].confident_claims = confident.length;
}

console.log('\nheadline figures');
for (const [set, f] of Object.entries(figures)) {
  for (const [k, v] of Object.entries(f)) console.log(`  ${set.padEnd(8)} ${k.padEnd(34)} ${k.endsWith('_claims') ? v : (v * 100).toFixed(1) + '%'}`);
}
writeFileSync(path.join(out, 'figures.json'), JSON.stringify(figures, null, 2) + '\n');

if (check) {
  const floors = JSON.parse(readFileSync(path.join(root, 'eval-floors.json'), 'utf8'));
  const below = [];
  for (const [set, f] of Object.entries(floors)) {
    if (!figures[set]) continue;
    for (const [k, floor] of Object.entries(f)) {
      const v = figures[set][k];
      if (typeof v !== 'number' || v + 1e-9 < floor) below.push(`${set} ${k}: ${v === undefined ? 'missing' : (v * 100).toFixed(1) + '%'} < floor ${(floor * 100).toFixed(1)}%`);
    }
  }
  if (below.length) {
    console.error('\neval --check: below the floor:\n  ' + below.join('\n  '));
    process.exit(1);
  }
  console.log('\neval --check: every headline figure is at or above its floor');
}

#!/usr/bin/env node
// npm run fit-confidence [-- --dry-run] [-- --no-polnear] [-- --dump FILE | --rows FILE] [-- --cv SETTINGS | --select SETTINGS]
// Fits the confidence model (src/rules/confidence-model.ts): a claim's confidence is the probability that
// it is right, its content matched and its speaker the right entity (../shared/eval/README.md rules 1, 3,
// 4, 8 and 9; label-claims.mjs). Rerun it whenever rules change, then `npm run build` and
// `npx vitest run -u test/golden.test.ts` (golden files hold confidences: read their diff) and `npm test`.
//
// 1. Extracts the development sets in process (dist/, with each claim's features), as `claims extract`
//    prints them (claims without a speaker dropped), and labels every claim. Self-checks: the in-process
//    claims equal the CLI's output, and the labels give exactly score.mjs's `calibration` block.
// 2. Splits the documents of each set, stratified by set (by house style in the styles set), into a fit
//    part and a held-out part (~30%, by sha256 of the document name: deterministic), and into
//    ROTATIONS - 1 other such splits (other hashes) that only judge the fit.
// 3. Fits an L2 logistic regression by Newton's method on the fit part: the names sets (train-names,
//    styles, seeds: right = who said what) and, unless --no-polnear, the rest of PolNeAR train, whose gold
//    has no names: right = the span rule (joint). Those rows carry indicator features of their own
//    (overall and by mention form and resolution) that absorb the difference between the two labels and
//    are not written to the model. The weights of WEIGHT_SIGNS (src/pipeline/confidence.ts) keep their
//    sign (projected Newton), so the model orders a resolved pronoun below the name whatever the data.
//    Then Platt scaling on out-of-fold scores (five folds stratified like the split) folds into the weights.
// 4. Reports on the held-out part (names sets): bucket table, ECE with its spread (articles resampled;
//    the ECE noise alone would give), AUC, precision and share at ≥ 0.9, before (the records' current
//    confidence) and after; the same on the other splits and by five-fold cross-validation; writes the
//    model file and the figures block of README.md (unless --dry-run). Exits 1 if a self-check fails.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { calibrationOf, calibrationOfClaims, labelClaims, readGold, readTexts } from './label-claims.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.CLAIMS_SHARED ?? path.resolve(root, '../shared');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const usePolnear = !args.includes('--no-polnear');
const score = path.join(shared, 'eval/score.mjs');
if (!existsSync(score)) {
  console.error(`fit-confidence: ${score} not found: the evaluation data lives in ../shared beside the repository`);
  process.exit(2);
}
const { extract } = await import(path.join(root, 'dist/pipeline/extract.js'));
const { RULES } = await import(path.join(root, 'dist/rules/index.js'));
const { featureVector, modelLogit, WEIGHT_SIGNS = {} } = await import(path.join(root, 'dist/pipeline/confidence.js'));
const { SHAPES } = await import(path.join(root, 'dist/pipeline/attribute/index.js'));

const HELD_OUT = 0.3;
// Other splits of the same size (other hashes), each fitted and judged like the first: how much the
// held-out figures owe to which articles fell in the held-out part.
const ROTATIONS = 5;
// Chosen by five-fold cross-validation on the fit part (--cv): ECE, AUC and precision at ≥ 0.9.
const L2 = 3; // penalty on every weight but the intercept (sum of squares × L2 / 2)
const SPAN_WEIGHT = 0.2; // weight of a PolNeAR row (span-rule label) against a names row
const MIN_COUNT = 30;
const PLATT = 1; // a categorical value seen fewer times in the fit rows is pooled into `group=*`

const ev = path.join(shared, 'eval');
const SETS = [
  { name: 'train-names', texts: path.join(ev, 'polnear/train-names/texts'), gold: path.join(ev, 'polnear/train-names/gold.jsonl'), names: true },
  { name: 'styles', texts: path.join(ev, 'styles/texts'), gold: path.join(ev, 'styles/gold.jsonl'), names: true },
  { name: 'seeds', texts: path.join(shared, 'seeds'), gold: path.join(ev, 'seeds/gold.jsonl'), names: true },
  ...(usePolnear ? [{ name: 'polnear', texts: path.join(ev, 'polnear/train/texts'), gold: path.join(ev, 'polnear/train/gold.jsonl'), names: false }] : []),
];

const tmp = mkdtempSync(path.join(tmpdir(), 'claims-fit-'));
const run = (argv) => spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
const fail = (msg) => { console.error(`fit-confidence: ${msg}`); rmSync(tmp, { recursive: true, force: true }); process.exit(1); };
const strip = ({ features, ...claim }) => claim;

// ------------------------------------------------------------------ 1. extract and label
const rows = []; // { set, doc, part, features, x, y, before }
const trainNames = new Set(readTexts(SETS[0].texts).keys());
const rowsAt = args.indexOf('--rows'); // --rows FILE: the rows of an earlier --dump, to try settings without extracting
if (rowsAt >= 0) rows.push(...JSON.parse(readFileSync(args[rowsAt + 1], 'utf8')));
else for (const set of SETS) {
  let texts = readTexts(set.texts);
  // PolNeAR train holds the train-names articles: they are labelled (with names) in their own set.
  if (!set.names) texts = new Map([...texts].filter(([doc]) => !trainNames.has(doc)));
  const gold = readGold(set.gold).filter((g) => texts.has(g.doc));
  const claims = [];
  for (const [doc, text] of texts) {
    for (const c of extract({ path: path.join(set.texts, doc), text }, RULES, { features: true })) if (c.speaker) claims.push(c);
  }
  const labels = labelClaims(gold, texts, claims);
  const pred = path.join(tmp, `${set.name}.json`);
  writeFileSync(pred, JSON.stringify(claims.map(strip)));
  if (set.names) {
    // The fit sees what users see: the CLI's records, claim for claim.
    const cli = run([path.join(root, 'bin/claims.js'), 'extract', set.texts, '-f', 'json']);
    if (cli.status !== 0) fail(`claims extract ${set.texts} exited ${cli.status}`);
    if (!isDeepStrictEqual(JSON.parse(cli.stdout), claims.map(strip))) fail(`${set.name}: in-process claims differ from the CLI's`);
    // The labels are score.mjs's: same calibration block.
    const ref = JSON.parse(run([score, '--gold', set.gold, '--texts', set.texts, '--pred', pred, '--json']).stdout).calibration;
    const mine = calibrationOfClaims(claims, labels);
    if (!isDeepStrictEqual(mine, ref)) fail(`${set.name}: labels disagree with score.mjs's calibration block\n  mine ${JSON.stringify(mine)}\n  ref  ${JSON.stringify(ref)}`);
    console.log(`${set.name}: ${texts.size} documents, ${claims.length} claims; labels = score.mjs calibration (ECE ${ref.ece.toFixed(4)}, AUC ${ref.auc.toFixed(4)})`);
  } else {
    // Without names, the joint pairs (rule 5) are score.mjs's.
    const goldFile = path.join(tmp, 'polnear-gold.jsonl');
    writeFileSync(goldFile, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    const ref = JSON.parse(run([score, '--gold', goldFile, '--texts', set.texts, '--pred', pred, '--json']).stdout).overall.joint.tp;
    const mine = labels.filter((l) => l.paired && l.spanRight).length;
    if (mine !== ref) fail(`${set.name}: ${mine} joint pairs, score.mjs counts ${ref}`);
    console.log(`${set.name} (without train-names): ${texts.size} documents, ${claims.length} claims; joint pairs = score.mjs (${ref})`);
  }
  const splits = Array.from({ length: ROTATIONS }, (_, k) => splitDocs(set.name, [...texts.keys()], k));
  claims.forEach((c, i) => {
    const l = labels[i];
    if (!l.scored || l.split) return;
    rows.push({ set: set.name, names: set.names, doc: c.doc, part: splits[0].get(path.basename(c.doc)), parts: splits.map((sp) => sp.get(path.basename(c.doc))), features: c.features, y: set.names ? l.right : l.spanRight, before: c.confidence, name: c.speaker.name, speakerText: c.speaker.text, paired: l.paired });
  });
}

/** Documents to `fit` or `held-out`: per stratum (the set; the house style in the styles set), by hash. */
function sha(x) {
  return createHash('sha256').update(x).digest('hex');
}
function splitDocs(setName, docs, rotation = 0) {
  const strata = new Map();
  for (const doc of docs) {
    const key = setName === 'styles' ? doc.replace(/-\d+\.txt$/u, '') : setName;
    if (!strata.has(key)) strata.set(key, []);
    strata.get(key).push(doc);
  }
  const out = new Map();
  for (const list of strata.values()) {
    const hash = (d) => sha(`${rotation ? `${rotation}/` : ''}${setName}/${d}`);
    const sorted = [...list].sort((a, b) => (hash(a) < hash(b) ? -1 : 1));
    const n = Math.round(sorted.length * HELD_OUT);
    sorted.forEach((d, i) => out.set(d, i < n ? 'held-out' : 'fit'));
  }
  return out;
}

const dumpAt = args.indexOf('--dump'); // --dump FILE: the labelled rows, for a look at what separates them
if (dumpAt >= 0) writeFileSync(args[dumpAt + 1], JSON.stringify(rows));

// ------------------------------------------------------------------ 2. design and fit
for (const r of rows) {
  r.x = featureVector(r.features);
  if (!r.names) {
    // nuisance: what the span rule forgives (a pronoun whose span is right but whose name is not)
    r.x['src=span'] = 1;
    r.x[`src=span&mention=${r.features.mention}`] = 1;
    r.x[`src=span&resolution=${r.features.resolution}`] = 1;
    r.x[`src=span&name=${r.features.speakerKind ?? 'none'}:${r.features.nameShape}`] = 1;
  }
}

/**
 * An L2 logistic regression fitted by Newton's method. A categorical value seen fewer than `minCount`
 * times is pooled into its group's `*` (as the runtime falls back to it). Returns the model as written:
 * nuisance (`src=`) weights dropped, every other weight kept (a zero too: else the runtime would fall
 * back to `*`), rounded to four decimals.
 */
function fitModel(train, { l2 = L2, spanWeight = SPAN_WEIGHT, minCount = MIN_COUNT } = {}) {
  const counts = new Map();
  for (const r of train) for (const k of Object.keys(r.x)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const pooled = (k) => {
    const eq = k.indexOf('=');
    return eq > 0 && (counts.get(k) ?? 0) < minCount ? k.slice(0, eq + 1) + '*' : k;
  };
  const encoded = train.map((r) => {
    const out = {};
    for (const [k, v] of Object.entries(r.x)) { const p = pooled(k); out[p] = (out[p] ?? 0) + v; }
    return out;
  });
  const keys = [...new Set(encoded.flatMap((x) => Object.keys(x)))].sort();
  const col = new Map(keys.map((k, i) => [k, i + 1])); // 0 is the intercept
  const P = keys.length + 1;
  const design = train.map((r, i) => ({ idx: [0, ...Object.keys(encoded[i]).map((k) => col.get(k))], val: [1, ...Object.values(encoded[i])], y: r.y ? 1 : 0, w: r.names ? 1 : spanWeight }));
  // Weights named in WEIGHT_SIGNS keep their sign: Newton's method projected on the bounds (a weight at
  // its bound that the gradient pushes outward is held there; the rest take the Newton step, halved
  // until the penalised loss falls).
  const sign = new Float64Array(P);
  keys.forEach((k, i) => { sign[i + 1] = WEIGHT_SIGNS[k] ?? 0; });
  const loss = (b) => {
    let L = 0;
    for (let j = 1; j < P; j++) L += (l2 / 2) * b[j] * b[j];
    for (const d of design) {
      let z = 0;
      for (let a = 0; a < d.idx.length; a++) z += b[d.idx[a]] * d.val[a];
      L += d.w * (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - d.y * z);
    }
    return L;
  };
  let beta = new Float64Array(P);
  let current = loss(beta);
  for (let iter = 0; iter < 100; iter++) {
    const g = new Float64Array(P);
    const H = Array.from({ length: P }, () => new Float64Array(P));
    for (let j = 1; j < P; j++) { g[j] = l2 * beta[j]; H[j][j] = l2; }
    for (const d of design) {
      let z = 0;
      for (let a = 0; a < d.idx.length; a++) z += beta[d.idx[a]] * d.val[a];
      const p = 1 / (1 + Math.exp(-z));
      const r = d.w * (p - d.y);
      const s = d.w * p * (1 - p);
      for (let a = 0; a < d.idx.length; a++) {
        g[d.idx[a]] += r * d.val[a];
        for (let b = 0; b < d.idx.length; b++) H[d.idx[a]][d.idx[b]] += s * d.val[a] * d.val[b];
      }
    }
    // Held at the bound: a weight there that the gradient, or else the Newton step, would push outward.
    const held = new Set();
    for (let j = 0; j < P; j++) if (sign[j] && sign[j] * beta[j] <= 1e-12 && sign[j] * g[j] > 0) held.add(j);
    let step;
    for (;;) {
      const free = [];
      for (let j = 0; j < P; j++) if (!held.has(j)) free.push(j);
      const sub = solve(free.map((a) => Float64Array.from(free, (b) => H[a][b])), Float64Array.from(free, (j) => g[j]));
      step = new Float64Array(P);
      free.forEach((j, i) => { step[j] = sub[i]; });
      const out = free.filter((j) => sign[j] && sign[j] * beta[j] <= 1e-12 && sign[j] * step[j] > 0);
      if (!out.length) break;
      for (const j of out) held.add(j);
    }
    let t = 1;
    let next;
    let after;
    for (;;) {
      next = beta.map((b, j) => { const x = b - t * step[j]; return sign[j] && sign[j] * x < 0 ? 0 : x; });
      after = loss(next);
      if (after <= current || t < 1e-6) break;
      t /= 2;
    }
    let size = 0;
    for (let j = 0; j < P; j++) size = Math.max(size, Math.abs(next[j] - beta[j]));
    const gain = current - after;
    beta = next;
    current = after;
    if (size < 1e-9 || (t < 1e-6 && gain <= 1e-12 * Math.abs(current))) { if (process.env.FIT_DEBUG) console.error(`newton: ${iter + 1} steps, ${P} columns`); break; }
  }
  const round = (v) => Math.round(v * 1e4) / 1e4;
  const weights = {};
  keys.forEach((k, i) => { if (!k.startsWith('src=')) weights[k] = round(beta[i + 1]); });
  return { intercept: round(beta[0]), weights };
}

/** The stratum of a row's document: its set, or its house style in the styles set. */
const stratumOf = (r) => (r.set === 'styles' ? `styles/${path.basename(r.doc).replace(/-\d+\.txt$/u, '')}` : r.set);
/**
 * Five folds of the names rows' documents, stratified as the held-out part is: the documents of each
 * stratum in hash order, dealt round the folds in turn, so that every fold sees every house style (a
 * fold without the interview articles would fit no weight for them, and Platt scaling, fitted on such
 * out-of-fold scores, would then flatten every confidence).
 */
function foldsOf(list) {
  const strata = new Map();
  for (const r of list) {
    if (!r.names) continue;
    const key = stratumOf(r);
    if (!strata.has(key)) strata.set(key, new Set());
    strata.get(key).add(r.doc);
  }
  const out = new Map();
  let i = 0;
  for (const key of [...strata.keys()].sort()) {
    for (const d of [...strata.get(key)].sort((a, b) => (sha(a) < sha(b) ? -1 : 1))) out.set(d, i++ % 5);
  }
  return out;
}
const logit = (r, m) => modelLogit(r.x, m);

/** Platt scaling: a, b minimising the log loss of σ(a·z + b) over [z, y] pairs (Newton). */
function plattOf(zs) {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const [z, y] of zs) {
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const s = p * (1 - p);
      ga += (p - y) * z; gb += p - y; haa += s * z * z; hab += s * z; hbb += s;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da; b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

/**
 * The regression, then Platt scaling fitted on out-of-fold log-odds of the names rows (five folds by
 * document): p = σ(a·z + b). L2 shrinks the log-odds toward the middle; the scaling undoes it, and being
 * linear in z it folds into the weights: the result is again a plain logistic regression.
 */
function fitCalibrated(train, opts = {}) {
  if ((opts.platt ?? PLATT) === 0) return { ...fitModel(train, opts), platt: { a: 1, b: 0 } };
  const fold = foldsOf(train);
  const perFold = [];
  for (let k = 0; k < 5; k++) {
    const m = fitModel(train.filter((r) => !r.names || fold.get(r.doc) !== k), opts);
    perFold.push(train.filter((r) => r.names && fold.get(r.doc) === k).map((r) => [logit(r, m), r.y ? 1 : 0]));
  }
  let a;
  let b;
  if ((opts.platt ?? PLATT) === 2) {
    // each fold's scaling on its own model's scores, averaged
    const fits = perFold.map(plattOf);
    a = fits.reduce((s, f) => s + f.a, 0) / fits.length;
    b = fits.reduce((s, f) => s + f.b, 0) / fits.length;
  } else ({ a, b } = plattOf(perFold.flat()));
  const m = fitModel(train, opts);
  const round = (v) => Math.round(v * 1e4) / 1e4;
  const weights = {};
  for (const [k, v] of Object.entries(m.weights)) weights[k] = round(a * v);
  return { intercept: round(a * m.intercept + b), weights, platt: { a, b } };
}

const fitRows = rows.filter((r) => r.part === 'fit');
/** Five-fold cross-validation on the fit part: each names row scored by a model fitted without its document. */
function crossValidate({ l2, spanWeight, minCount, platt }) {
  const fold = foldsOf(fitRows);
  const out = [];
  for (let k = 0; k < 5; k++) {
    const train = fitRows.filter((r) => !r.names || fold.get(r.doc) !== k);
    const m = platt ? fitCalibrated(train, { l2, spanWeight, minCount }) : fitModel(train, { l2, spanWeight, minCount });
    for (const r of fitRows) if (r.names && fold.get(r.doc) === k) out.push({ conf: Math.round(100 / (1 + Math.exp(-logit(r, m)))) / 100, ok: r.y });
  }
  return out;
}
const cvAt = args.indexOf('--cv'); // --cv 'l2,spanWeight,minCount,platt;…': 5-fold out-of-fold figures on the fit part's names rows
if (cvAt >= 0) {
  for (const setting of args[cvAt + 1].split(';')) {
    const [l2, spanWeight, minCount, platt] = setting.split(',').map(Number);
    const out = crossValidate({ l2, spanWeight, minCount, platt });
    const cal = calibrationOf(out);
    const top = cal.at_least.find((a) => a.threshold === 0.9);
    console.log(`cv l2=${l2} span=${spanWeight} min=${minCount} platt=${platt}: ${out.length} claims, ECE ${cal.ece.toFixed(3)}, AUC ${cal.auc.toFixed(3)}, ≥ 0.9 ${top.precision?.toFixed(3)} of ${top.claims} (${(100 * top.claims / out.length).toFixed(1)}%)  ` + cal.buckets.map((b) => `${b.claims}:${b.precision?.toFixed(2)}`).join(' '));
  }
  process.exit(0);
}
const selectAt = args.indexOf('--select'); // --select 'l2,spanWeight,minCount,platt;…': figures on held-out parts 1… (not the one of the model written)
if (selectAt >= 0) {
  for (const setting of args[selectAt + 1].split(';')) {
    const [l2, spanWeight, minCount, platt] = setting.split(',').map(Number);
    const per = [];
    for (let k = 1; k < ROTATIONS; k++) {
      const m = fitCalibrated(rows.filter((r) => r.parts[k] === 'fit'), { l2, spanWeight, minCount, platt });
      const cal = calibrationOf(rows.filter((r) => r.names && r.parts[k] === 'held-out').map((r) => ({ conf: Math.round(100 / (1 + Math.exp(-logit(r, m)))) / 100, ok: r.y })));
      const t = cal.at_least.find((a) => a.threshold === 0.9);
      per.push({ ece: cal.ece, auc: cal.auc, precision: t.precision, share: t.claims / cal.claims, a: m.platt.a });
    }
    const mean = (key) => (per.reduce((x, r) => x + r[key], 0) / per.length).toFixed(3);
    console.log(`select l2=${l2} span=${spanWeight} min=${minCount} platt=${platt}: ECE ${mean('ece')} [${per.map((r) => r.ece.toFixed(3)).join(' ')}], AUC ${mean('auc')}, ≥ 0.9 ${mean('precision')} on ${mean('share')}, a ${mean('a')}`);
  }
  process.exit(0);
}
const { platt, ...model } = fitCalibrated(fitRows);
const weights = model.weights;
const keys = Object.keys(weights);

/** Solve H x = g (H symmetric positive definite) by Cholesky. */
function solve(H, g) {
  const n = g.length;
  const L = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = H[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / L[j][j];
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) { let s = g[i]; for (let k = 0; k < i; k++) s -= L[i][k] * y[k]; y[i] = s / L[i][i]; }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) { let s = y[i]; for (let k = i + 1; k < n; k++) s -= L[k][i] * x[k]; x[i] = s / L[i][i]; }
  return x;
}

// Monotonic sanity. The signs of WEIGHT_SIGNS hold (the fit keeps them; Platt's a > 0 keeps them), and so,
// by the way a resolved pronoun is encoded (src/pipeline/confidence.ts), it never scores above the same
// claim whose speaker is the name as written or expanded from a surname (no other full name with that
// surname), all else equal. The loop checks the consequence too; test/confidence.test.ts does the same.
if (!(platt.a > 0)) fail(`Platt scaling inverted the log-odds (a = ${platt.a}): the regression ranks claims backwards`);
for (const [k, sign] of Object.entries(WEIGHT_SIGNS)) if ((weights[k] ?? 0) * sign < 0) fail(`weight ${k} = ${weights[k]} breaks its sign (${sign})`);
const template = rows.find((r) => r.names).features;
for (const type of ['direct', 'mixed', 'indirect']) {
  for (const rivals of [0, 1, 2, 3]) {
    for (const antecedentDistance of [0, 1, 2, 3, 4]) {
      for (const resolution of ['as-written', 'expanded']) {
        const f = { ...template, type, rivals, antecedentDistance };
        const name = modelLogit(featureVector({ ...f, mention: 'name', resolution, resolutionFactor: resolution === 'as-written' ? 1 : 0.97, rivals: 0 }), model);
        const pron = Math.max(...[0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6].map((resolutionFactor) => modelLogit(featureVector({ ...f, mention: 'pronoun', resolution: 'antecedent', resolutionFactor }), model)));
        if (pron > name + 1e-9) fail(`a ${type} claim with a resolved pronoun (rivals ${rivals}, distance ${antecedentDistance}) scores above one with a name (${resolution}): the encoding of src/pipeline/confidence.ts no longer orders them`);
      }
    }
  }
}

// ------------------------------------------------------------------ 4. report
const conf = (r) => Math.round((1 / (1 + Math.exp(-modelLogit(r.x, model)))) * 100) / 100;
const f2 = (x) => (x == null ? '  –  ' : x.toFixed(2));
function report(title, list, pick) {
  const cal = calibrationOf(list.map((r) => ({ conf: pick(r), ok: r.y })));
  const top = cal.at_least.find((a) => a.threshold === 0.9);
  console.log(`\n${title}: ${cal.claims} claims, ${list.filter((r) => r.y).length} right`);
  console.log('  | confidence | claims | mean confidence | precision |');
  console.log('  |---|---:|---:|---:|');
  for (const b of cal.buckets) console.log(`  | ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.claims} | ${f2(b.mean_confidence)} | ${f2(b.precision)} |`);
  console.log(`  ECE ${cal.ece.toFixed(3)}   AUC ${cal.auc.toFixed(3)}   ≥ 0.9: precision ${f2(top.precision)}, ${top.claims} claims (${(100 * top.claims / cal.claims).toFixed(1)}% of all)`);
  return cal;
}
/** A seeded generator (mulberry32), so that the spread printed is the same on every run. */
function random(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
/**
 * How sure an ECE on this many claims is: a 90% interval over the articles resampled with replacement
 * (a bootstrap by document: claims of an article stand or fall together), and the ECE a perfectly
 * calibrated model would show on the same confidences (each claim right with probability its
 * confidence; the median of the draws): the floor that noise alone gives.
 */
function spread(list, pick, draws = 1000) {
  const rnd = random(16);
  const byDoc = new Map();
  for (const r of list) { if (!byDoc.has(r.doc)) byDoc.set(r.doc, []); byDoc.get(r.doc).push({ conf: pick(r), ok: r.y }); }
  const docs = [...byDoc.values()];
  const eces = [];
  for (let i = 0; i < draws; i++) {
    const sample = [];
    for (let k = 0; k < docs.length; k++) sample.push(...docs[Math.floor(rnd() * docs.length)]);
    eces.push(calibrationOf(sample).ece);
  }
  const floors = [];
  const items = list.map(pick);
  for (let i = 0; i < draws; i++) floors.push(calibrationOf(items.map((c) => ({ conf: c, ok: rnd() < c }))).ece);
  const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  return { lo: q(eces, 0.05), hi: q(eces, 0.95), floor: q(floors, 0.5) };
}
const f3 = (x) => x.toFixed(3);
const held = rows.filter((r) => r.part === 'held-out' && r.names);
console.log(`\nPlatt scaling of the fitted log-odds: a = ${platt.a.toFixed(3)}, b = ${platt.b.toFixed(3)}`);
console.log(`fit on ${fitRows.length} claims (${fitRows.filter((r) => r.names).length} with names), ${keys.length} features; held out: ${held.length} claims with names in ${new Set(held.map((r) => r.doc)).size} documents`);
const shapes = report('held-out (train-names, styles, seeds), the shapes\' own scores (before any model)', held, (r) => Math.round(r.features.heuristic * 100) / 100);
const before = report('held-out (train-names, styles, seeds), as built now (src/rules/confidence-model.ts before this fit)', held, (r) => r.before);
const beforeSpread = spread(held, (r) => r.before);
console.log(`  ECE 90% interval over resampled articles ${f3(beforeSpread.lo)}–${f3(beforeSpread.hi)}; a calibrated model would show ${f3(beforeSpread.floor)}`);
const after = report('held-out (train-names, styles, seeds), after: the model', held, conf);
const afterSpread = spread(held, conf);
console.log(`  ECE 90% interval over resampled articles ${f3(afterSpread.lo)}–${f3(afterSpread.hi)}; a calibrated model would show ${f3(afterSpread.floor)}`);
for (const s of ['train-names', 'styles', 'seeds']) report(`  held-out ${s}, after`, held.filter((r) => r.set === s), conf);
if (usePolnear) report('held-out PolNeAR (span rule, without train-names), after', rows.filter((r) => r.part === 'held-out' && !r.names), conf);
report('fit part with names, after', fitRows.filter((r) => r.names), conf);
const cvOut = crossValidate({ l2: L2, spanWeight: SPAN_WEIGHT, minCount: MIN_COUNT, platt: 1 });
const cv = calibrationOf(cvOut);
const cvTop = cv.at_least.find((a) => a.threshold === 0.9);
console.log(`\nfive-fold cross-validation on the fit part (${cv.claims} claims with names): ECE ${f3(cv.ece)}, AUC ${f3(cv.auc)}, ≥ 0.9: precision ${f2(cvTop.precision)}, ${cvTop.claims} claims (${(100 * cvTop.claims / cv.claims).toFixed(1)}%)`);

// The same fit and the same figures on other held-out parts of the same size (rotation 0 is the model written).
const rotations = [];
for (let k = 0; k < ROTATIONS; k++) {
  const m = k === 0 ? model : fitCalibrated(rows.filter((r) => r.parts[k] === 'fit'));
  const out = rows.filter((r) => r.names && r.parts[k] === 'held-out').map((r) => ({ conf: Math.round(100 / (1 + Math.exp(-logit(r, m)))) / 100, ok: r.y }));
  const cal = calibrationOf(out);
  const t = cal.at_least.find((a) => a.threshold === 0.9);
  rotations.push({ ece: cal.ece, auc: cal.auc, precision: t.precision, share: t.claims / cal.claims });
  console.log(`held-out part ${k}${k === 0 ? ' (the model written)' : ''}: ${cal.claims} claims, ECE ${f3(cal.ece)}, AUC ${f3(cal.auc)}, ≥ 0.9: precision ${f2(t.precision)}, ${(100 * t.claims / cal.claims).toFixed(1)}% of claims`);
}
const range = (key) => {
  const xs = rotations.map((r) => r[key]);
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) };
};
const rot = { ece: range('ece'), auc: range('auc'), precision: range('precision'), share: range('share') };
console.log(`over the ${ROTATIONS} held-out parts: ECE ${f3(rot.ece.mean)} (${f3(rot.ece.min)}–${f3(rot.ece.max)}), AUC ${f3(rot.auc.mean)} (${f3(rot.auc.min)}–${f3(rot.auc.max)}), ≥ 0.9 precision ${f2(rot.precision.mean)} (${f2(rot.precision.min)}–${f2(rot.precision.max)}) on ${(100 * rot.share.mean).toFixed(1)}% of claims`);

const top = after.at_least.find((a) => a.threshold === 0.9);
const targets = [
  [`ECE ${f3(after.ece)} ≤ 0.04`, after.ece <= 0.04],
  [`AUC ${f3(after.auc)} ≥ 0.80`, after.auc >= 0.8],
  [`≥ 0.9 right ${f2(top.precision)} ≥ 0.95`, top.precision >= 0.95],
  [`≥ 0.9 share ${(top.claims / after.claims).toFixed(2)} ≥ 0.15`, top.claims / after.claims >= 0.15],
];
console.log(`\ntargets on the held-out part (issue 16): ${targets.map(([t, ok]) => `${t} ${ok ? 'met' : 'NOT met'}`).join('; ')}`);

const pct = (x) => `${Math.round(100 * x)}%`;
const table = ['| confidence | claims | mean confidence | right |', '|---|---:|---:|---:|',
  ...after.buckets.map((b) => `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.claims} | ${f2(b.mean_confidence)} | ${f2(b.precision)} |`)].join('\n');
const readmeBlock = `<!-- written by npm run fit-confidence: do not edit by hand -->
On the held-out documents (${after.claims} claims in ${new Set(held.map((r) => r.doc)).size} articles), a claim is right
when the scorer in \`../shared/eval\` pairs its content with an annotated attribution and its resolved
name is the annotated entity:

${table}

A right claim outranks a wrong one ${pct(after.auc)} of the time (AUC ${f3(after.auc)}; ${f3(shapes.auc)} for the shapes' own
scores before the model), and the expected calibration error is ${f3(after.ece)} (${f3(shapes.ece)} before). On so few claims
that figure is itself uncertain: over the articles resampled with replacement it lies between ${f3(afterSpread.lo)}
and ${f3(afterSpread.hi)} (90%), and a perfectly calibrated model would show about ${f3(afterSpread.floor)} from noise alone.
Claims at 0.9 or more are ${pct(top.precision)} right and ${pct(top.claims / after.claims)} of all claims. Five-fold
cross-validation over the fit documents (${cv.claims} claims, each scored by a model that did not see its
article) gives ECE ${f3(cv.ece)}, AUC ${f3(cv.auc)} and ${pct(cvTop.precision)} right at 0.9 or more, on ${pct(cvTop.claims / cv.claims)} of the claims; the
same fit judged on this and ${ROTATIONS - 1} other held-out parts of the same size gives ECE ${f3(rot.ece.min)}–${f3(rot.ece.max)} (mean ${f3(rot.ece.mean)}),
AUC ${f3(rot.auc.min)}–${f3(rot.auc.max)}, and ${pct(rot.precision.min)}–${pct(rot.precision.max)} right at 0.9 or more.
<!-- end of the figures written by npm run fit-confidence -->`;

if (!dryRun) {
  const file = path.join(root, 'src/rules/confidence-model.ts');
  const src = readFileSync(file, 'utf8');
  const at = src.search(/(\/\/ Fitted by[^\n]*\n)?export const CONFIDENCE_MODEL/u);
  if (at < 0) fail(`${file}: no CONFIDENCE_MODEL to replace`);
  const body = Object.entries(weights).map(([k, v]) => `    '${k}': ${v},`).join('\n');
  const stamp = `// Fitted by test/tools/fit-confidence.mjs on ${fitRows.length} claims${usePolnear ? ' (PolNeAR rows with the span rule)' : ''}; held out ${held.length} claims: ECE ${after.ece.toFixed(3)}, AUC ${after.auc.toFixed(3)}.\n`;
  writeFileSync(file, `${src.slice(0, at)}${stamp}export const CONFIDENCE_MODEL: ConfidenceModel = {\n  intercept: ${model.intercept},\n  weights: {\n${body}\n  },\n};\n`);
  const readme = path.join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const block = /<!-- written by npm run fit-confidence[^]*?<!-- end of the figures written by npm run fit-confidence -->/u;
  if (!block.test(text)) fail(`${readme}: no block of figures to replace`);
  writeFileSync(readme, text.replace(block, () => readmeBlock));
  console.log(`\nwrote ${path.relative(root, file)} (${Object.keys(weights).length} weights) and the figures in README.md; now npm run build && npx vitest run -u test/golden.test.ts (read the diff) && npm test`);
} else console.log(`\n--dry-run: nothing written; README.md would say:\n${readmeBlock}`);
const unknown = Object.keys(weights).filter((k) => k.startsWith('rule=') && k !== 'rule=*' && !SHAPES.some((p) => `rule=${p.id}` === k));
if (unknown.length) fail(`weights for rules that do not exist: ${unknown.join(', ')}`);
rmSync(tmp, { recursive: true, force: true });

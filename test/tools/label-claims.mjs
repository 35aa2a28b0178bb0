// Per-claim labels for the confidence fit: is each claim right? The same rules as
// ../shared/eval/score.mjs (README rules 1, 3, 4, 8 and 9), reimplemented here because score.mjs prints
// only aggregates: a claim is right when its content is paired with a gold attribution (rule 1: word
// sets, overlap ≥ 0.5 of the smaller, one-to-one, greedy by Dice) and its speaker is the right entity
// (rules 8–9: the resolved name equals the gold name or an alias where the gold has a name; else the
// speaker rule 4, span overlap or last word of the name; a gold without source wants a null speaker).
// Split pieces (rule 3) are left out of the calibration. `calibrationOf` gives the same block as
// score.mjs's `calibration` (--json); fit-confidence.mjs asserts that the two agree.
// No dependencies; plain Node.
import fs from 'node:fs';
import path from 'node:path';

const PRONOUNS = new Set(('i me my mine we us our ours you your yours he him his she her hers it its they them ' +
  'their theirs this that these those who whom whose which one someone somebody').split(' '));
const MATCH_MIN = 0.5;
const WORD = /[\p{L}\p{N}]/u;

const docKey = (doc) => String(doc).split(/[\\/]/).pop();
const isInt = (x) => Number.isInteger(x) && x >= 0;
const validSpan = (s, len) => s && typeof s === 'object' && isInt(s.start) && isInt(s.end) && s.start < s.end && s.end <= len;

/** Gold attributions of a JSON Lines file, each span with its `fragments`. */
export function readGold(file) {
  const out = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    for (const k of ['content', 'source', 'cue']) {
      const x = g[k];
      if (x && !Array.isArray(x.fragments)) x.fragments = [[x.start, x.end]];
    }
    g.doc = docKey(g.doc);
    out.push(g);
  }
  return out;
}

function loadDoc(text) {
  const cps = Array.from(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const tokens = [];
  let i = 0;
  while (i < cps.length) {
    if (WORD.test(cps[i])) {
      let j = i + 1;
      while (j < cps.length && WORD.test(cps[j])) j++;
      tokens.push([i, j, cps.slice(i, j).join('').toLowerCase()]);
      i = j;
    } else i++;
  }
  return { cps, tokens };
}

function tokensIn(d, s, e) {
  const t = d.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (t[m][1] <= s) lo = m + 1; else hi = m; }
  const out = [];
  for (let k = lo; k < t.length && t[k][0] < e; k++) out.push(k);
  return out;
}

function spanTokens(d, frags) {
  let ids = [];
  for (const [s, e] of frags) ids.push(...tokensIn(d, s, e));
  ids = [...new Set(ids)].sort((a, b) => a - b);
  if (ids.length > 1 && d.tokens[ids[0]][2] === 'that') ids.shift();
  return ids;
}

const overlaps = (a, frags) => frags.some(([s, e]) => a.start < e && a.end > s);

/** Rule 4: the speaker span overlaps a gold source fragment, or the name's last word is a word of the source. */
function speakerRight(g, p, d) {
  const sp = p.speaker;
  if (!sp || typeof sp !== 'object') return false;
  if (validSpan(sp, d.cps.length) && overlaps(sp, g.source.fragments)) return true;
  if (typeof sp.name === 'string') {
    const toks = sp.name.toLowerCase().match(/[\p{L}\p{N}]+/gu);
    const last = toks && toks[toks.length - 1];
    if (last && !PRONOUNS.has(last)) {
      for (const [s, e] of g.source.fragments) for (const k of tokensIn(d, s, e)) if (d.tokens[k][2] === last) return true;
    }
  }
  return false;
}

function normName(n) {
  if (typeof n !== 'string') return null;
  return n.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/**
 * One label per claim, in the order given: `{ scored, paired, split, right, spanRight }`.
 * `scored` is false for a claim score.mjs skips (unknown document, no valid quote span); `right` is
 * rules 8–9 (who said what), `spanRight` rule 5 (joint: the speaker by span or last word only).
 * `texts` maps a document basename to its text; every document in it is known to the gold.
 */
export function labelClaims(gold, texts, claims) {
  const docs = new Map();
  const doc = (name) => {
    let d = docs.get(name);
    if (!d) docs.set(name, (d = loadDoc(texts.get(name))));
    return d;
  };
  const known = new Set([...texts.keys(), ...gold.map((g) => g.doc)]);
  const goldDocs = new Map();
  gold.forEach((g, gi) => {
    if (!goldDocs.has(g.doc)) goldDocs.set(g.doc, []);
    goldDocs.get(g.doc).push({ g, gi });
  });
  const labels = claims.map(() => ({ scored: false, paired: false, split: false, right: false, spanRight: false }));
  const predDocs = new Map();
  claims.forEach((p, pi) => {
    if (!p || typeof p !== 'object' || p.doc == null || !p.quote) return;
    const key = docKey(p.doc);
    if (!known.has(key)) return;
    const d = doc(key);
    if (!validSpan(p.quote, d.cps.length)) return;
    labels[pi].scored = true;
    if (!predDocs.has(key)) predDocs.set(key, []);
    predDocs.get(key).push({ p, pi });
  });
  for (const [key, ps] of predDocs) {
    const d = doc(key);
    const gs = goldDocs.get(key) ?? [];
    const gtok = gs.map(({ g }) => spanTokens(d, g.content.fragments));
    const ptok = ps.map(({ p }) => spanTokens(d, [[p.quote.start, p.quote.end]]));
    const cand = [];
    gs.forEach(({ gi }, a) => {
      const gset = new Set(gtok[a]);
      ps.forEach(({ pi }, b) => {
        let inter = 0;
        for (const k of ptok[b]) if (gset.has(k)) inter++;
        if (!inter) return;
        const ratio = inter / Math.min(gtok[a].length, ptok[b].length);
        const dice = (2 * inter) / (gtok[a].length + ptok[b].length);
        if (ratio >= MATCH_MIN) cand.push({ a, b, gi, pi, inter, dice });
      });
    });
    cand.sort((x, y) => y.dice - x.dice || y.inter - x.inter || x.gi - y.gi || x.pi - y.pi);
    const goldPaired = new Set();
    const predPaired = new Map(); // b → a
    for (const c of cand) {
      if (goldPaired.has(c.a) || predPaired.has(c.b)) continue;
      goldPaired.add(c.a);
      predPaired.set(c.b, c.a);
    }
    ps.forEach(({ p, pi }, b) => {
      const label = labels[pi];
      const a = predPaired.get(b);
      if (a === undefined) {
        // Rule 3: an unpaired claim overlapping a paired discontinuous gold content is a split piece
        // (any such gold, as in score.mjs).
        for (let k = 0; k < gs.length; k++) {
          if (!goldPaired.has(k)) continue;
          const gset = new Set(gtok[k]);
          let inter = 0;
          for (const t of ptok[b]) if (gset.has(t)) inter++;
          if (!inter || inter / Math.min(gtok[k].length, ptok[b].length) < MATCH_MIN) continue;
          if (gs[k].g.content.fragments.length > 1) { label.split = true; break; }
        }
        return;
      }
      const g = gs[a].g;
      label.paired = true;
      label.spanRight = g.source ? speakerRight(g, p, d) : !p.speaker;
      if (g.source && typeof g.source.name === 'string') {
        const ok = [g.source.name, ...(Array.isArray(g.source.aliases) ? g.source.aliases : [])].map(normName);
        label.right = ok.includes(normName(p.speaker?.name));
      } else label.right = label.spanRight;
    });
  }
  return labels;
}

/** score.mjs's `calibration` block for `{ conf, ok }` items (split pieces already left out). */
export function calibrationOf(scored) {
  const edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
  const buckets = edges.slice(0, -1).map((lo, i) => {
    const b = scored.filter((x) => x.conf >= lo && x.conf < edges[i + 1]);
    const mean = b.length ? b.reduce((s, x) => s + x.conf, 0) / b.length : null;
    const precision = b.length ? b.filter((x) => x.ok).length / b.length : null;
    return { from: lo, to: Math.min(1, edges[i + 1]), claims: b.length, mean_confidence: mean, precision };
  });
  const ece = scored.length ? buckets.reduce((s, b) => s + (b.claims ? (b.claims / scored.length) * Math.abs(b.precision - b.mean_confidence) : 0), 0) : null;
  const pos = scored.filter((x) => x.ok).map((x) => x.conf);
  const neg = scored.filter((x) => !x.ok).map((x) => x.conf);
  let auc = null;
  if (pos.length && neg.length) {
    const all = [...pos.map((c) => [c, 1]), ...neg.map((c) => [c, 0])].sort((a, b) => a[0] - b[0]);
    let rankSum = 0;
    for (let i = 0; i < all.length;) {
      let j = i;
      while (j < all.length && all[j][0] === all[i][0]) j++;
      const rank = (i + j + 1) / 2;
      for (let k = i; k < j; k++) if (all[k][1]) rankSum += rank;
      i = j;
    }
    auc = (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
  }
  const atLeast = (t) => {
    const b = scored.filter((x) => x.conf >= t);
    return { threshold: t, claims: b.length, precision: b.length ? b.filter((x) => x.ok).length / b.length : null };
  };
  return { claims: scored.length, buckets, ece, auc, at_least: [0.7, 0.8, 0.9].map(atLeast) };
}

/** The calibration block of claims and their labels, as score.mjs computes it (confidence as printed). */
export function calibrationOfClaims(claims, labels) {
  const scored = [];
  claims.forEach((c, i) => {
    const l = labels[i];
    if (!l.scored || l.split || typeof c.confidence !== 'number') return;
    scored.push({ conf: c.confidence, ok: l.right });
  });
  return calibrationOf(scored);
}

/** Every text of a folder, by basename (as score.mjs reads them: UTF-8, BOM dropped). */
export function readTexts(dir) {
  const texts = new Map();
  for (const f of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (!fs.statSync(p).isFile()) continue;
    const s = fs.readFileSync(p, 'utf8');
    texts.set(f, s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
  }
  return texts;
}

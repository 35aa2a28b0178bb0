import type { Claim, ClaimChange } from '../types.js';
import { foldQuotation } from './claims.js';

export interface DiffOptions {
  /**
   * Token Dice coefficient (0–1) at or above which an unmatched removed claim and an unmatched added claim
   * of the same document and speaker are one utterance with its words edited (reported once, as `changed`).
   */
  readonly similarity: number;
}

export const DIFF_OPTIONS: DiffOptions = { similarity: 0.6 };

/**
 * What changed from `before` to `after` (two extractions, e.g. two versions of a claims file), each change
 * once, sorted by doc and then by position:
 *
 * - same id on both sides: `changed` when the speaker's `name`, the `type` or the cue's `lemma` differs
 *   (a cue or speaker present on one side only counts); offsets, sentence number, the speaker mention as
 *   written, confidence and rule are not compared: text that only moved is no change;
 * - an id on one side only: `removed` or `added`, except that a removed and an added claim of the same doc
 *   and speaker name whose quotation words have a Dice coefficient ≥ `options.similarity` are paired as one
 *   `changed` (best pairs first), since editing a quotation's own words gives it a new id.
 *
 * An id that occurs several times on a side (a concatenated file) is paired in order. Pure: inputs untouched.
 */
export function diffClaims(before: readonly Claim[], after: readonly Claim[], options: DiffOptions = DIFF_OPTIONS): ClaimChange[] {
  const changes: ClaimChange[] = [];
  const waiting = new Map<string, Claim[]>();
  for (const c of after) {
    const list = waiting.get(c.id);
    if (list) list.push(c);
    else waiting.set(c.id, [c]);
  }
  const removed: Claim[] = [];
  for (const b of before) {
    const a = waiting.get(b.id)?.shift();
    if (!a) removed.push(b);
    else if (!sameAttribution(b, a)) changes.push({ change: 'changed', id: a.id, before: b, after: a });
  }
  const added = [...waiting.values()].flat();

  // Edited words: the best-scoring removed/added pairs of one doc and speaker, each claim in one pair at most.
  // Candidates only within one doc and speaker, so a corpus-wide change (a new rule) stays near linear.
  const pairs: { r: number; a: number; score: number }[] = [];
  const key = (c: Claim) => `${c.doc}\0${c.speaker?.name ?? ''}\0${c.speaker ? 1 : 0}`;
  const bucket = new Map<string, { index: number; words: string[] }[]>();
  added.forEach((a, index) => {
    const list = bucket.get(key(a)) ?? [];
    list.push({ index, words: wordsOf(a.quote.text) });
    bucket.set(key(a), list);
  });
  removed.forEach((r, ri) => {
    const candidates = bucket.get(key(r));
    if (!candidates) return;
    const rw = wordsOf(r.quote.text);
    for (const a of candidates) {
      const score = dice(rw, a.words);
      if (score >= options.similarity) pairs.push({ r: ri, a: a.index, score });
    }
  });
  pairs.sort((x, y) => y.score - x.score || x.r - y.r || x.a - y.a);
  const usedR = new Set<number>();
  const usedA = new Set<number>();
  for (const p of pairs) {
    if (usedR.has(p.r) || usedA.has(p.a)) continue;
    usedR.add(p.r);
    usedA.add(p.a);
    changes.push({ change: 'changed', id: added[p.a]!.id, before: removed[p.r]!, after: added[p.a]! });
  }
  removed.forEach((r, i) => usedR.has(i) || changes.push({ change: 'removed', id: r.id, before: r, after: null }));
  added.forEach((a, i) => usedA.has(i) || changes.push({ change: 'added', id: a.id, before: null, after: a }));
  return changes.sort(byPlace);
}

const ORDER = { removed: 0, changed: 1, added: 2 } as const;

function byPlace(x: ClaimChange, y: ClaimChange): number {
  const cx = (x.after ?? x.before)!;
  const cy = (y.after ?? y.before)!;
  return (cx.doc < cy.doc ? -1 : cx.doc > cy.doc ? 1 : 0) || cx.quote.start - cy.quote.start || ORDER[x.change] - ORDER[y.change] || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** Same speaker name, type and cue lemma: what a reader of who-said-what would call the same attribution. */
function sameAttribution(a: Claim, b: Claim): boolean {
  return a.type === b.type && (a.speaker?.name ?? null) === (b.speaker?.name ?? null) && (a.cue?.lemma ?? null) === (b.cue?.lemma ?? null);
}

const WORD = /[\p{L}\p{N}]+(?:[".\-][\p{L}\p{N}]+)*/gu;

/** The quotation's words, lowercased, with quotation marks and apostrophes folded as in the id. */
export function wordsOf(text: string): string[] {
  return foldQuotation(text).toLowerCase().match(WORD) ?? [];
}

/** Dice coefficient of two word multisets: 2·|A∩B| / (|A| + |B|); 1 for two empty lists. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

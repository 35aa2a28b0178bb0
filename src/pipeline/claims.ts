import { createHash } from 'node:crypto';
import type { Attribution, Claim, SentenceRecord, Sentence, SourceDoc, Span } from '../types.js';
import { toCodePoints } from '../text/code-points.js';
import { findIndexBefore } from '../text/span.js';
import { scoreConfidence, type ConfidenceModel } from './confidence.js';

/**
 * Turn attributions (UTF-16) into records (code points), with an id from content (see `claimId`). One
 * code-point table per document; the occurrence numbers count equal quotation texts in quote order.
 * The confidence is the model's probability that the claim is right, from the attribution's features
 * (a model without weights, or an attribution without features, keeps the shape's own score).
 * `features: true` leaves the features on the records (the fit script's view; never printed).
 */
export function buildClaims(
  doc: SourceDoc, sentences: readonly Sentence[], attributions: readonly Attribution[],
  model: ConfidenceModel = { intercept: 0, weights: {} }, options: { features?: boolean } = {},
): Claim[] {
  const modelled = Object.keys(model.weights).length > 0;
  const cp = toCodePoints(doc.text);
  const slice = (s: Span) => ({ text: doc.text.slice(s.start, s.end), start: cp(s.start), end: cp(s.end) });
  const seen = new Map<string, number>();
  const idAt = new Map<string, string>(); // content span → id, for `continues` (a piece comes after the one it continues)
  const ordered = [...attributions].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  const claims = ordered.map((a): Claim => {
    const quote = slice(a.content);
    const index = findIndexBefore(sentences, a.content.start);
    const folded = foldQuotation(quote.text);
    const occurrence = (seen.get(folded) ?? 0) + 1;
    seen.set(folded, occurrence);
    const claim: Claim = {
      id: claimId(doc.path, folded, occurrence),
      doc: doc.path,
      sentence: Math.max(0, sentences[index]?.index ?? 0),
      type: a.type,
      quote,
      speaker: a.speaker ? { ...slice(a.speaker), name: a.speaker.name, kind: a.speaker.kind } : null,
      cue: a.cue ? { ...slice(a.cue), lemma: a.cue.lemma } : null,
      confidence: Math.round((modelled && a.features ? scoreConfidence(a.features, model) : a.confidence) * 100) / 100,
      rule: a.rule,
      ...(options.features && a.features ? { features: a.features } : {}),
    };
    idAt.set(`${a.content.start}:${a.content.end}`, claim.id);
    const continued = a.continues && idAt.get(`${a.continues.start}:${a.continues.end}`);
    return continued ? { ...claim, continues: continued } : claim;
  });
  return sortClaims(claims);
}

/**
 * `c-` + 12 hex of sha256(`doc` NUL folded-text NUL occurrence): the id depends on the document and the
 * quotation's own words, not on where they sit, so an edit elsewhere in the document leaves it as it was.
 * `occurrence` (1, 2, …) tells apart the same words quoted twice in one document, in quote order.
 */
export function claimId(doc: string, folded: string, occurrence: number): string {
  return 'c-' + createHash('sha256').update(`${doc}\0${folded}\0${occurrence}`).digest('hex').slice(0, 12);
}

/** Every quotation mark, any style (curly, straight, guillemets, low-9, backtick, prime; single or double). */
const QUOTATION_MARKS = /["'`\u00ab\u00bb\u2018-\u201f\u2032\u2033\u2039\u203a\u301d-\u301f\uff02\uff07]/gu;

/**
 * The quotation text as the id sees it: whitespace runs (line breaks, NBSP, tabs) folded to one space and
 * trimmed, and every quotation mark or apostrophe folded to `"`, so re-wrapping a paragraph or a house
 * style change from “curly” to "straight" (or ‘single’ to «guillemets») keeps the id. Case and all other
 * characters count.
 */
export function foldQuotation(text: string): string {
  return text.replace(/[\s\u200b\u2060\ufeff]+/gu, ' ').trim().replace(QUOTATION_MARKS, '"');
}

/** By doc (code-unit order, as the tests and jq see it), then quote start, then end. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) || a.quote.start - b.quote.start || a.quote.end - b.quote.end);
}

export function buildSentences(doc: SourceDoc, sentences: readonly Sentence[]): SentenceRecord[] {
  const cp = toCodePoints(doc.text);
  return sentences.map((s) => ({ doc: doc.path, index: s.index, paragraph: s.paragraph, start: cp(s.start), end: cp(s.end), text: doc.text.slice(s.start, s.end) }));
}

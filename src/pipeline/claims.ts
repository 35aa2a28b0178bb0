import { createHash } from 'node:crypto';
import type { Attribution, Claim, SentenceRecord, Sentence, SourceDoc, Span } from '../types.js';
import { toCodePoints } from '../text/code-points.js';
import { findIndexBefore } from '../text/span.js';
import { scoreConfidence, type ConfidenceModel } from './confidence.js';

/**
 * Turn attributions (UTF-16) into records (code points), with a stable id. One code-point table per document.
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
  const claims = attributions.map((a): Claim => {
    const quote = slice(a.content);
    const index = findIndexBefore(sentences, a.content.start);
    return {
      id: claimId(doc.path, quote.start, quote.end),
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
  });
  return sortClaims(claims);
}

export function claimId(doc: string, start: number, end: number): string {
  return 'c-' + createHash('sha256').update(`${doc}\0${start}:${end}`).digest('hex').slice(0, 12);
}

/** By doc (code-unit order, as the tests and jq see it), then quote start, then end. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) || a.quote.start - b.quote.start || a.quote.end - b.quote.end);
}

export function buildSentences(doc: SourceDoc, sentences: readonly Sentence[]): SentenceRecord[] {
  const cp = toCodePoints(doc.text);
  return sentences.map((s) => ({ doc: doc.path, index: s.index, paragraph: s.paragraph, start: cp(s.start), end: cp(s.end), text: doc.text.slice(s.start, s.end) }));
}

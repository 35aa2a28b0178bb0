import type { ClaimFeatures } from '../types.js';
import type { ConfidenceModel } from '../rules/confidence-model.js';

export type { ConfidenceModel };

/** The claim's features as named numbers: one-hot groups and a few numeric values. */
export function featureVector(f: ClaimFeatures): Record<string, number> {
  const v: Record<string, number> = {
    [`rule=${f.rule}`]: 1,
    [`type=${f.type}`]: 1,
    [`cue=${f.cue ?? 'none'}`]: 1,
    [`cueKind=${f.cueKind ?? 'none'}`]: 1,
    [`marks=${f.marks}`]: 1,
    [`mention=${f.mention}`]: 1,
    [`resolution=${f.resolution}`]: 1,
    resolutionFactor: f.resolutionFactor,
    [`speakerKind=${f.speakerKind ?? 'none'}`]: 1,
    [`name=${f.speakerKind ?? 'none'}:${f.nameShape}`]: 1,
    [`type&mention=${f.type}&${f.mention}`]: 1,
    [`type&name=${f.type}&${f.speakerKind ?? 'none'}:${f.nameShape}`]: 1,
    [`type&cue=${f.type}&${f.cue ?? 'none'}`]: 1,
    [`rivals=${f.mention === 'pronoun' || f.mention === 'name' ? f.mention : 'other'}:${Math.min(2, f.rivals)}`]: 1,
    cueWeight: f.cueWeight,
    base: f.base,
    heuristic: f.heuristic,
    logWords: Math.log1p(f.words),
    speakerDistance: f.speakerDistance,
    speakerClaims: Math.log(Math.max(1, f.speakerClaims)),
  };
  if (f.mention === 'pronoun') v['antecedentDistance'] = f.antecedentDistance;
  if (f.paragraph === 0) v['firstParagraph'] = 1;
  if (f.runsOn) v['runsOn'] = 1;
  if (f.singleQuoteStyle) v['singleQuoteStyle'] = 1;
  if (f.hardWrapped) v['hardWrapped'] = 1;
  if (f.interview) v['interview'] = 1;
  return v;
}

/** The model's log-odds for a feature vector (a value without a weight falls back to its group's `*`). */
export function modelLogit(v: Readonly<Record<string, number>>, model: ConfidenceModel): number {
  let z = model.intercept;
  for (const [k, x] of Object.entries(v)) {
    let w = model.weights[k];
    if (w === undefined) {
      const eq = k.indexOf('=');
      if (eq > 0) w = model.weights[k.slice(0, eq + 1) + '*'];
    }
    if (w !== undefined) z += w * x;
  }
  return z;
}

/** The probability that the claim is right (content and speaker entity), in [0, 1]. */
export function scoreConfidence(f: ClaimFeatures, model: ConfidenceModel): number {
  const z = modelLogit(featureVector(f), model);
  return Number.isFinite(z) ? 1 / (1 + Math.exp(-z)) : z > 0 ? 1 : 0;
}

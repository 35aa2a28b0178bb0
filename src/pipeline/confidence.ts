import type { ClaimFeatures } from '../types.js';
import type { ConfidenceModel } from '../rules/confidence-model.js';

export type { ConfidenceModel };

/**
 * The speaker's standing as one categorical value. A pronoun resolved to a name stands as a `name`: it
 * takes every weight a name takes, and then the pronoun's own weights (`pronoun.*`), which the fit keeps at
 * or below zero (WEIGHT_SIGNS): so a resolved pronoun can never score above the same claim with the name
 * written out, whatever the data of a refit.
 */
function standing(f: ClaimFeatures): string {
  if (f.mention === 'name' || (f.mention === 'pronoun' && f.resolution === 'antecedent')) return 'name';
  if (f.mention === 'pronoun' || f.mention === 'none') return f.mention;
  return `${f.mention}:${f.resolution === 'unresolved' ? 'unresolved' : 'resolved'}`;
}

/**
 * Weights whose sign the fit holds (1: at least zero, -1: at most zero), so that the model orders claims
 * as a reader would: a name found from a surname is no less sure than the name's mention as written
 * (`expanded` ≥ 0; the entity stage's doubt lowers it through `doubt`), and whatever makes a pronoun a
 * pronoun (its kind of claim, rivals of its gender, a far antecedent, an antecedent that was no sentence's subject (or taken for one), a name the document gives the other gender, the entity stage's doubt) only
 * lowers its score. test/confidence.test.ts holds the table to these signs.
 */
export const WEIGHT_SIGNS: Readonly<Record<string, 1 | -1>> = {
  expanded: 1,
  doubt: -1,
  'pronoun.direct': -1,
  'pronoun.mixed': -1,
  'pronoun.indirect': -1,
  'pronoun.rivals1': -1,
  'pronoun.rivals2': -1,
  'pronoun.distance': -1,
  'pronoun.genderClash': -1,
  'pronoun.notSubject.direct': -1,
  'pronoun.notSubject.mixed': -1,
  'pronoun.notSubject.indirect': -1,
  'pronoun.subjectNotOpening.direct': -1,
  'pronoun.subjectNotOpening.mixed': -1,
  'pronoun.subjectNotOpening.indirect': -1,
};

/** The claim's features as named numbers: one-hot groups (`group=value`) and numeric values. */
export function featureVector(f: ClaimFeatures): Record<string, number> {
  const speaker = standing(f);
  const kind = `${f.speakerKind ?? 'none'}:${f.nameShape}`;
  const v: Record<string, number> = {
    [`rule=${f.rule}`]: 1,
    [`type=${f.type}`]: 1,
    [`cue=${f.cue ?? 'none'}`]: 1,
    [`cueKind=${f.cueKind ?? 'none'}`]: 1,
    [`marks=${f.marks}`]: 1,
    [`speaker=${speaker}`]: 1,
    [`speakerKind=${f.speakerKind ?? 'none'}`]: 1,
    [`name=${kind}`]: 1,
    [`type&speaker=${f.type}&${speaker}`]: 1,
    [`type&name=${f.type}&${kind}`]: 1,
    [`type&cue=${f.type}&${f.cue ?? 'none'}`]: 1,
    cueWeight: f.cueWeight,
    base: f.base,
    heuristic: f.heuristic,
    logWords: Math.log1p(f.words),
    speakerDistance: f.speakerDistance,
    speakerClaims: Math.log(Math.max(1, f.speakerClaims)),
  };
  const doubt = 1 - f.resolutionFactor;
  if (doubt !== 0) v['doubt'] = doubt;
  if (f.mention === 'name' && f.resolution === 'expanded') v['expanded'] = 1;
  if (f.mention === 'pronoun' && f.resolution === 'antecedent') {
    v[`pronoun.${f.type}`] = 1;
    if (f.rivals >= 1) v['pronoun.rivals1'] = 1;
    if (f.rivals >= 2) v['pronoun.rivals2'] = 1;
    if (f.antecedentDistance > 0) v['pronoun.distance'] = Math.min(4, f.antecedentDistance);
    if (f.genderClash) v['pronoun.genderClash'] = 1;
    if (!f.antecedentSubject) v[`pronoun.notSubject.${f.type}`] = 1;
    // the entity stage took an earlier sentence's first name for its subject, but that name does not open it
    if (f.antecedentVia === 'subject' && !f.antecedentSubject) v[`pronoun.subjectNotOpening.${f.type}`] = 1;
  }
  if (f.mention === 'name' && f.rivals >= 1) v['name.rivals1'] = 1;
  if (f.mention === 'name' && f.rivals >= 2) v['name.rivals2'] = 1;
  if (f.paragraph === 0) v['firstParagraph'] = 1;
  if (f.runsOn) v['runsOn'] = 1;
  if (f.oddMarks) v['oddMarks'] = 1;
  if (f.singleQuoteStyle) v['singleQuoteStyle'] = 1;
  if (f.hardWrapped) v['hardWrapped'] = 1;
  if (f.interview) v['interview'] = 1;
  if (f.cueGap > 0) v['cueGap'] = Math.log1p(f.cueGap);
  if (f.startsLower) v[`startsLower&${f.type}`] = 1;
  if (f.endsOpen) v[`endsOpen&${f.type}`] = 1;
  if (f.sentences > 1) v['sentences'] = Math.log(f.sentences);
  if (f.leadSentence) v['leadSentence'] = 1;
  if (f.speakerKind) v['nameSightings'] = Math.log1p(Math.min(20, f.nameSightings));
  if (f.speakerKind && f.nameSightings <= 1) v['nameOnce'] = 1;
  v['docClaims'] = Math.log(Math.max(1, f.docClaims));
  if (f.speakerWords > 3) v['speakerWords'] = Math.log(f.speakerWords / 3);
  if (f.speakerLower) v['speakerLower'] = 1;
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

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

/**
 * Hands the claim's features to `emit` one by one, in the order `featureVector` holds them (the order
 * `modelLogit` sums them in, so a score summed straight from here is the same number to the last bit).
 */
function visitFeatures(f: ClaimFeatures, emit: (k: string, x: number) => void): void {
  const speaker = standing(f);
  const kind = `${f.speakerKind ?? 'none'}:${f.nameShape}`;
  emit(`rule=${f.rule}`, 1);
  emit(`type=${f.type}`, 1);
  emit(`cue=${f.cue ?? 'none'}`, 1);
  emit(`cueKind=${f.cueKind ?? 'none'}`, 1);
  emit(`marks=${f.marks}`, 1);
  emit(`speaker=${speaker}`, 1);
  emit(`speakerKind=${f.speakerKind ?? 'none'}`, 1);
  emit(`name=${kind}`, 1);
  emit(`type&speaker=${f.type}&${speaker}`, 1);
  emit(`type&name=${f.type}&${kind}`, 1);
  emit(`type&cue=${f.type}&${f.cue ?? 'none'}`, 1);
  emit('cueWeight', f.cueWeight);
  emit('base', f.base);
  emit('heuristic', f.heuristic);
  emit('logWords', Math.log1p(f.words));
  emit('speakerDistance', f.speakerDistance);
  emit('speakerClaims', Math.log(Math.max(1, f.speakerClaims)));
  const doubt = 1 - f.resolutionFactor;
  if (doubt !== 0) emit('doubt', doubt);
  if (f.mention === 'name' && f.resolution === 'expanded') emit('expanded', 1);
  if (f.mention === 'pronoun' && f.resolution === 'antecedent') {
    emit(`pronoun.${f.type}`, 1);
    if (f.rivals >= 1) emit('pronoun.rivals1', 1);
    if (f.rivals >= 2) emit('pronoun.rivals2', 1);
    if (f.antecedentDistance > 0) emit('pronoun.distance', Math.min(4, f.antecedentDistance));
    if (f.genderClash) emit('pronoun.genderClash', 1);
    if (!f.antecedentSubject) emit(`pronoun.notSubject.${f.type}`, 1);
    // the entity stage took an earlier sentence's first name for its subject, but that name does not open it
    if (f.antecedentVia === 'subject' && !f.antecedentSubject) emit(`pronoun.subjectNotOpening.${f.type}`, 1);
  }
  if (f.mention === 'name' && f.rivals >= 1) emit('name.rivals1', 1);
  if (f.mention === 'name' && f.rivals >= 2) emit('name.rivals2', 1);
  if (f.paragraph === 0) emit('firstParagraph', 1);
  if (f.runsOn) emit('runsOn', 1);
  if (f.oddMarks) emit('oddMarks', 1);
  if (f.singleQuoteStyle) emit('singleQuoteStyle', 1);
  if (f.hardWrapped) emit('hardWrapped', 1);
  if (f.interview) emit('interview', 1);
  if (f.cueGap > 0) emit('cueGap', Math.log1p(f.cueGap));
  if (f.startsLower) emit(`startsLower&${f.type}`, 1);
  if (f.endsOpen) emit(`endsOpen&${f.type}`, 1);
  if (f.sentences > 1) emit('sentences', Math.log(f.sentences));
  if (f.leadSentence) emit('leadSentence', 1);
  if (f.speakerKind) emit('nameSightings', Math.log1p(Math.min(20, f.nameSightings)));
  if (f.speakerKind && f.nameSightings <= 1) emit('nameOnce', 1);
  emit('docClaims', Math.log(Math.max(1, f.docClaims)));
  if (f.speakerWords > 3) emit('speakerWords', Math.log(f.speakerWords / 3));
  if (f.speakerLower) emit('speakerLower', 1);
}

/** The claim's features as named numbers: one-hot groups (`group=value`) and numeric values. */
export function featureVector(f: ClaimFeatures): Record<string, number> {
  const v: Record<string, number> = {};
  visitFeatures(f, (k, x) => {
    v[k] = x;
  });
  return v;
}

/** The weight of one feature (a value without a weight falls back to its group's `*`). */
function weightOf(k: string, model: ConfidenceModel): number | undefined {
  let w = model.weights[k];
  if (w === undefined) {
    const eq = k.indexOf('=');
    if (eq > 0) w = model.weights[k.slice(0, eq + 1) + '*'];
  }
  return w;
}

/** The model's log-odds for a feature vector (a value without a weight falls back to its group's `*`). */
export function modelLogit(v: Readonly<Record<string, number>>, model: ConfidenceModel): number {
  let z = model.intercept;
  for (const [k, x] of Object.entries(v)) {
    const w = weightOf(k, model);
    if (w !== undefined) z += w * x;
  }
  return z;
}

/** The probability that the claim is right (content and speaker entity), in [0, 1]. */
export function scoreConfidence(f: ClaimFeatures, model: ConfidenceModel): number {
  // summed straight from the features, in featureVector's order: the same number as
  // modelLogit(featureVector(f), model) without building the vector (a dictionary object per claim)
  let z = model.intercept;
  visitFeatures(f, (k, x) => {
    const w = weightOf(k, model);
    if (w !== undefined) z += w * x;
  });
  return Number.isFinite(z) ? 1 / (1 + Math.exp(-z)) : z > 0 ? 1 : 0;
}

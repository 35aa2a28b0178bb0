/**
 * A logistic regression over named features: confidence = 1 / (1 + e^-(intercept + Σ weight × value)).
 * A categorical feature is named `group=value` (`rule=quote-comma-name-cue`, `mention=pronoun`); a value
 * the model has no weight for takes the group's `group=*` weight (rare values are pooled there in the
 * fit), or nothing: a rule the model has never seen scores on the intercept and its other features.
 */
export interface ConfidenceModel {
  readonly intercept: number;
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * The confidence model: from a claim's features (src/pipeline/confidence.ts) to the probability that the
 * claim is right, content and speaker entity. Written by the fit, not by hand: after changing rules, refit
 * with `npm run fit-confidence` (test/tools/fit-confidence.mjs; needs ../shared). Without weights the
 * records keep the shapes' own scores.
 */
export const CONFIDENCE_MODEL: ConfidenceModel = { intercept: 0, weights: {} };

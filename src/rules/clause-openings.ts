/**
 * How a sentence's opening subordinate clause may start, read by the speaker phrases (src/pipeline/phrases/) and the
 * shapes: the words that may come before its subordinator, and the quantifiers that may come before its subject.
 */

/**
 * Words before a subordinator that opens a sentence (besides numbers): `Two weeks after the judge retired, …`, `Just
 * before the vote began, …`, `Not long after …`, `A day before …`, `Only when …`. Up to three of them.
 */
export const SUBORDINATOR_LEADS = [
  'just', 'shortly', 'soon', 'long', 'right', 'only', 'even', 'not', 'a', 'the', 'few', 'several', 'moments',
  'minutes', 'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades',
  'nights', 'night', 'morning', 'evening', 'ever', 'well', 'mostly', 'partly', 'largely', 'precisely',
] as const;

/**
 * Quantifiers that, with `of`, come between a subordinator and the subject it opens: `While most of his rivals
 * called for …, Doe …`, `When some of the senators argued …`.
 */
export const OF_QUANTIFIERS = [
  'most', 'many', 'some', 'all', 'both', 'several', 'few', 'none', 'each', 'half', 'one', 'two', 'three', 'any',
  'much', 'dozens', 'hundreds', 'thousands', 'millions',
] as const;

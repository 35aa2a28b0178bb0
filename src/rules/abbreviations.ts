/** STUB (being replaced in issue 3). */
export interface SentenceRules {
  readonly abbreviations: readonly string[];
}
export const SENTENCE_RULES: SentenceRules = {
  abbreviations: ['mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'jan', 'feb', 'u.s', 'inc', 'no', 'st', 'gen', 'lt', 'col'],
};

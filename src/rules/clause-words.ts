/**
 * Closed word classes read by both the attribution shapes (src/pipeline/attribute/) and the speaker phrases
 * (src/pipeline/phrases/), lowercase: where a clause starts, what opens a noun phrase.
 */

/** Participles that link a second content to the speaker of the clause: `..., adding that B`. */
export const GERUND_LINK = ['adding', 'saying', 'noting', 'arguing', 'insisting', 'warning', 'explaining', 'claiming', 'stressing', 'suggesting', 'asserting', 'declaring', 'calling', 'writing', 'telling', 'asking', 'urging', 'promising', 'acknowledging', 'admitting', 'stating', 'contending', 'predicting', 'pointing',
  // issue 15: more speech participles after a main clause (`…, recalling that …`, `…, vowing to …`)
  'recalling', 'vowing', 'pledging', 'conceding', 'complaining', 'alleging', 'emphasizing', 'reminding', 'announcing',
  'confirming', 'estimating', 'maintaining', 'countering', 'replying', 'lamenting', 'observing',
  'quipping', 'tweeting', 'boasting', 'joking', 'cautioning', 'assuring', 'reiterating', 'denying', 'accusing',
  // issue 15: questions and demands after a main clause (`…, questioning whether …`, `…, demanding that …`)
  'questioning', 'demanding', 'wondering'] as const;

/** Words that open a noun phrase (a speaker mention starts at one). */
export const DETERMINERS = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'most', 'both', 'all'] as const;

/** Words that open a clause: a speaker noun phrase does not reach back past them. */
export const CLAUSE_START = ['and', 'but', 'while', 'as', 'because', 'although', 'though', 'since', 'when', 'if', 'so', 'yet', 'where', 'after', 'before'] as const;

/** Subject pronouns: a clause follows where one stands. */
export const SUBJECT_PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'i', 'you'] as const;

/**
 * First words of a circumstance before an attribution (`When asked about it, he said, “…”`, `In an
 * interview, …`): the words are not part of what was said.
 */
export const HEAD_CIRCUMSTANCE = [
  'when', 'while', 'whenever', 'asked', 'speaking', 'responding', 'addressing', 'referring', 'writing', 'pressed',
  'after', 'before', 'during', 'at', 'on', 'in', 'as', 'since', 'following', 'later', 'earlier', 'from', 'to', 'with',
  'outside', 'inside', 'here', 'there', 'today', 'yesterday', 'tonight', 'last', 'this', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
] as const;

/** Auxiliaries and modals: where one stands, a clause does (`found he was wrong`, `added the plan would fail`). */
export const AUXILIARIES = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'shall', 'does', 'did', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
  "hadn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "doesn't", "didn't",
] as const;

/** The word classes both the shapes and the speaker phrases read (each Set built from its table in src/rules/index.ts). */
export interface ClauseWords {
  readonly gerundLink: ReadonlySet<string>; // GERUND_LINK
  readonly determiners: ReadonlySet<string>; // DETERMINERS
  readonly clauseStart: ReadonlySet<string>; // CLAUSE_START
  readonly subjectPronouns: ReadonlySet<string>; // SUBJECT_PRONOUNS
  readonly headCircumstance: ReadonlySet<string>; // HEAD_CIRCUMSTANCE
  readonly auxiliaries: ReadonlySet<string>; // AUXILIARIES
  readonly objectPronouns: ReadonlySet<string>; // OBJECT_PRONOUNS (word-subsets.ts)
  readonly speakingPronouns: ReadonlySet<string>; // SPEAKING_PRONOUNS (word-subsets.ts)
  readonly clausePossessives: ReadonlySet<string>; // CLAUSE_POSSESSIVES (word-subsets.ts)
  readonly reflexivePronouns: ReadonlySet<string>; // REFLEXIVE_PRONOUNS (word-subsets.ts)
  readonly firstPerson: ReadonlySet<string>; // PRONOUNS with `first` (`i`, `we`)
  readonly whOpeners: ReadonlySet<string>; // WH_OPENERS (word-subsets.ts)
}

/** The rules the shared token helpers (src/pipeline/sentence-facts.ts) read: both stages' rules have these words. */
export interface ClauseRules { readonly words: ClauseWords }

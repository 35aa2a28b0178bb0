/**
 * Set phrases with a saying verb in them that report nothing: asides that stand alone between punctuation
 * (`All told, the group raised $4 million`, `…, so to speak.`, `Truth be told, the plan …`). A cue word inside one of
 * them starts no attribution (see attribute/idioms.ts).
 */
export const ASIDE_IDIOMS = [
  'all told', 'truth be told', 'needless to say', 'so to speak', 'suffice it to say', 'that said', 'having said that',
  'that being said',
] as const;

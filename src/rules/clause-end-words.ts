/**
 * Issue 15: words that tell where a reported clause's content stops, or that it has none of its own (the saying is
 * part of a subject or of a relative clause), lowercase.
 */

/**
 * A free relative that opens a sentence or a clause is a subject, and the saying inside it is not reported: `What
 * the mayor says matters`, `…, but what she believes remains a mystery`. Not after a verb (`embraces what he believes
 * are their assets` reports a belief), and not before a copula (`What he said was that …`, a pseudo-cleft).
 */
export const OPENING_FREE_RELATIVES = ['what'] as const;

/** Copulas after such a subject: `What the mayor said was …` is a pseudo-cleft that reports. */
export const PSEUDO_CLEFT_COPULAS = ['is', 'was', 'are', 'were'] as const;

/**
 * Relative words whose gap is the object of a saying verb inside the relative clause: `The charges, which the
 * senator denies, were dropped`, `the tax, which the mayor proposed under a flat rate`. (Not `who`, the subject itself;
 * not after a preposition: `in which he joked about …` leaves the verb's object free.)
 */
export const OBJECT_GAP_RELATIVES = ['which', 'whom'] as const;

/** Words that open a circumstance, not a clause, right after such a verb: `which she conceded when the polls closed`. */
export const CIRCUMSTANCE_OPENERS = ['when', 'after', 'before', 'until', 'while', 'under', 'during', 'in', 'on', 'at', 'with', 'without', 'for', 'by', 'through', 'since'] as const;

/**
 * Nouns of a period after `that` right after a cue: `that` is their determiner, a circumstance (`reported that night
 * that the bridge had closed`), when a clause or `that` follows them (not `said that day was the worst`).
 */
export const THAT_PERIODS = ['day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year', 'time'] as const;

/**
 * Joins after which a characterising or hearer verb with its own subject opens a second attribution that ends the
 * first content: `The mayor said the budget was balanced, and she accused the council of inventing a crisis`.
 */
export const JUDGING_JOINS = ['and', 'but', 'though', 'although', 'yet'] as const;

export interface ClauseEndWords {
  readonly openingFreeRelatives: ReadonlySet<string>; // OPENING_FREE_RELATIVES
  readonly pseudoCleftCopulas: ReadonlySet<string>; // PSEUDO_CLEFT_COPULAS
  readonly objectGapRelatives: ReadonlySet<string>; // OBJECT_GAP_RELATIVES
  readonly circumstanceOpeners: ReadonlySet<string>; // CIRCUMSTANCE_OPENERS
  readonly thatPeriods: ReadonlySet<string>; // THAT_PERIODS
  readonly judgingJoins: ReadonlySet<string>; // JUDGING_JOINS
}

export function buildClauseEndWords(): ClauseEndWords {
  return {
    openingFreeRelatives: new Set<string>(OPENING_FREE_RELATIVES),
    pseudoCleftCopulas: new Set<string>(PSEUDO_CLEFT_COPULAS),
    objectGapRelatives: new Set<string>(OBJECT_GAP_RELATIVES),
    circumstanceOpeners: new Set<string>(CIRCUMSTANCE_OPENERS),
    thatPeriods: new Set<string>(THAT_PERIODS),
    judgingJoins: new Set<string>(JUDGING_JOINS),
  };
}

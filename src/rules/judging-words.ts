/**
 * Verbs that judge, characterise or name an object (`blasted the deal as “a disgrace”`, `praised the mayor for her
 * work`, `called the mayor a liar`), the nouns of something said that such a verb may take as its object, and what
 * may stand as a naming verb's unquoted complement. Read by the shapes with attribute-words.ts.
 */

/** A row of CHARACTERISING_VERBS. */
export interface JudgingVerb {
  readonly lemma: string;
  readonly links: readonly string[];
  readonly object: 'none' | 'any' | 'proposition';
  readonly reasonLinks?: readonly string[];
  readonly quotedReasonOnly?: true;
}

/**
 * Characterising and evaluative verbs: a report only with an object and what the speaker says of it, never on their
 * own (`dismissed the case`, `hailed a cab`). `links`: the words that tie the object to its characterisation (`blasted
 * the deal as “a disgrace”`, `likened the plan to a tax`) or to the reason for the judgement (`praised the mayor for
 * her work`, `blamed the loss on turnout`, `credited the aide with the win`); with one of them the content runs from
 * the object to the clause's end. `object`: what the object alone may report: `none`, `any` (`blasted the plan`,
 * `praised the mayor`: what was judged), or `proposition`, only a noun of something said (`rejected the idea that …`,
 * `dismissed the allegations`; not `rejected the bill`).
 * Issue 15: verbs of praise and blame also report words when a quotation gives the reason after the object and its
 * link (`thanked the mayor for “taking these steps”`, `blamed the law on “reckless politicians”`); never without one
 * (`thanked the mayor for his help`, `blamed the rain for the delay`). `reasonLinks`: the links after which such a
 * quoted reason counts (none: never so); `quotedReasonOnly`: a verb that reports only so, never as a characterising
 * verb (not with an object alone, not after `as`).
 */
export const CHARACTERISING_VERBS = [
  { lemma: 'blast', links: ['as', 'for', 'over'], object: 'any' },
  { lemma: 'slam', links: ['as', 'for', 'over'], object: 'any', reasonLinks: ['for'] }, // `slammed the agency for its “stunning failure”` (`as` is its characterisation)
  { lemma: 'deride', links: ['as', 'for'], object: 'any' },
  { lemma: 'praise', links: ['as', 'for'], object: 'any', reasonLinks: ['for'] },
  { lemma: 'defend', links: ['as', 'against'], object: 'any' }, // `defended the plan as fair`, `defended his record`
  { lemma: 'dismiss', links: ['as'], object: 'proposition' },
  { lemma: 'reject', links: ['as'], object: 'proposition' },
  { lemma: 'hail', links: ['as', 'for'], object: 'none' }, // `hails from Texas`, `hailed a cab`
  { lemma: 'liken', links: ['to'], object: 'none' },
  { lemma: 'portray', links: ['as'], object: 'none' },
  { lemma: 'refer to', links: ['as'], object: 'none' },
  { lemma: 'blame', links: ['for', 'on'], object: 'none', reasonLinks: ['for', 'on'] },
  { lemma: 'thank', links: ['for'], object: 'none', reasonLinks: ['for'] }, // `thanked the crowd` is manners, not a report
  { lemma: 'credit', links: ['with', 'for', 'to'], object: 'none', reasonLinks: ['for', 'with', 'to'] },
  { lemma: 'applaud', links: [], object: 'none', reasonLinks: ['for'], quotedReasonOnly: true },
  { lemma: 'criticize', links: [], object: 'none', reasonLinks: ['for'], quotedReasonOnly: true },
  { lemma: 'condemn', links: [], object: 'none', reasonLinks: ['for'], quotedReasonOnly: true },
  { lemma: 'mock', links: [], object: 'none', reasonLinks: ['for'], quotedReasonOnly: true },
  { lemma: 'chide', links: [], object: 'none', reasonLinks: ['for'], quotedReasonOnly: true },
  { lemma: 'commend', links: [], object: 'none', reasonLinks: ['for'], quotedReasonOnly: true },
  { lemma: 'congratulate', links: [], object: 'none', reasonLinks: ['for', 'on'], quotedReasonOnly: true },
] as const satisfies readonly JudgingVerb[];

/** Relative words that can stand for a characterising verb's object: `what she called …`, `which he describes as …`. */
export const OBJECT_RELATIVES = ['what', 'which', 'whom', 'who'] as const;

/**
 * Nouns of something said or written: the object of `rejected`, `dismissed` that is a report (`the idea that …`). Not
 * `charges`, `case`, `complaint`, `lawsuit`: a court dismisses those.
 */
export const PROPOSITION_NOUNS = [
  'idea', 'ideas', 'notion', 'notions', 'suggestion', 'suggestions', 'claim', 'claims', 'allegation', 'allegations',
  'accusation', 'accusations', 'criticism', 'criticisms', 'critique', 'critiques', 'concern',
  'concerns', 'argument', 'arguments', 'assertion', 'assertions', 'report', 'reports', 'speculation', 'rumor', 'rumors',
  'rumour', 'rumours', 'theory', 'theories', 'premise', 'characterization', 'characterisation', 'comparison', 'comments',
  'remarks', 'attacks', 'complaints', 'fears', 'worries', 'talk', 'narrative', 'view', 'views', 'assessment', 'label',
  'labels', 'contention', 'insinuation', 'implication', 'prediction', 'predictions',
] as const;

/** Issue 15: naming verbs whose complement may be unquoted: `called the mayor a liar`, `called the fines unfair`. */
export const PLAIN_COMPLEMENT_VERBS = ['call', 'dub'] as const;

/** Object pronouns before an unquoted complement: `called him a liar`, `called himself pro-choice`. */
export const COMPLEMENT_OBJECTS = ['him', 'her', 'it', 'them', 'himself', 'herself', 'itself', 'themselves', 'me', 'us', 'you', 'myself', 'ourselves'] as const;

/**
 * Words that are no complement after a naming verb's object: particles, adverbs and times (`called him back`,
 * `called it quits`, `called her the next day`, `called it a day`).
 */
export const NOT_COMPLEMENT = [
  'back', 'up', 'off', 'out', 'over', 'down', 'in', 'again', 'twice', 'once', 'quits', 'later', 'home', 'now', 'then',
  'first', 'day', 'days', 'week', 'weeks', 'morning', 'night', 'year', 'month', 'time', 'times', 'minutes', 'hours',
  'afternoon', 'evening', 'weekend', 'next', 'same', 'other', 'few', 'number', 'lot', 'dozen', 'directly', 'personally',
  'below', 'above', 'listed', 'together', 'instead', 'ahead', 'around', 'away', 'forward', 'along',
] as const;

import type { ClauseEndWords } from './clause-end-words.js';
import type { ClauseWords } from './clause-words.js';
import { type PhraseRules, SUBORDINATORS } from './phrase-words.js';

/**
 * Closed word classes the attribution shapes read (src/pipeline/attribute/), lowercase: which saying verbs take a
 * hearer, a bare clause, an infinitive or a small clause; what ends a reported clause.
 */

/** Verbs after which the next noun phrase is the hearer, not the content: `told reporters that …`. */
export const HEARER_VERBS = [
  'tell', 'inform', 'assure', 'reassure', 'remind', 'warn', 'notify', 'advise', 'caution', 'urge', 'ask', 'promise',
  'brief', 'instruct', 'email', 'e-mail', 'text', 'message', 'thank', 'accuse', 'blame',
] as const;

/**
 * Verbs that stand before their speaker after the content (`…, said Crane.`, `“…,” wrote Smith, a columnist.`):
 * after a comma, such a verb with a name that ends the sentence is a trailing attribution even when a name and a
 * comma stand before the verb (`… with farmers, mayors have more space, said Dale Ferrante, a Kansas strategist.`).
 */
export const INVERTED_VERBS = [
  'say', 'write', 'add', 'ask', 'explain', 'note', 'recall', 'reply', 'respond', 'declare', 'insist', 'argue',
  'warn', 'observe', 'remark', 'counter', 'retort', 'quip', 'joke', 'tweet', 'concede', 'acknowledge', 'admit',
  'predict', 'complain', 'boast', 'conclude', 'contend', 'exclaim', 'muse', 'shout', 'state', 'suggest',
] as const;

/** Verbs that report a clause without `that` (`Crane said the union …`); others need `that`, a colon or a quotation. */
export const BARE_CLAUSE_VERBS = [
  'say', 'tell', 'think', 'believe', 'argue', 'claim', 'insist', 'add', 'note', 'warn', 'predict', 'suggest', 'hope',
  'fear', 'know', 'feel', 'contend', 'acknowledge', 'admit', 'concede', 'assert', 'maintain', 'agree', 'guess',
  'reckon', 'worry', 'promise', 'swear', 'testify', 'write', 'tweet', 'reply', 'respond', 'explain', 'complain',
  'boast', 'joke', 'quip', 'recall', 'stress', 'emphasize', 'emphasise', 'reiterate', 'confirm', 'declare', 'state',
  'announce', 'report', 'estimate', 'expect', 'doubt', 'suspect', 'assume', 'figure', 'realize', 'understand',
  'allege', 'assure', 'remind', 'inform', 'caution', 'counter', 'retort', 'observe', 'remark', 'comment', 'speculate',
  'show', 'find', 'indicate', 'call for', 'call on', // `polls show voters trust …`, `called for a ban`
] as const;

/** Verbs whose content can be a wh-clause, kept whole: `asked whether …`, `wondered why …`. */
export const WH_CLAUSE_VERBS = [
  'ask', 'wonder', 'question', 'explain', 'know', 'reveal', 'tell', 'decide', 'disclose', 'discuss', 'inquire',
  'speculate', 'guess', 'recall', 'describe', 'detail', 'doubt', 'predict', 'understand', 'learn', 'show', 'indicate',
] as const;

/** Verbs whose reported content can be an infinitive: `vowed to repeal`, `wants to build`. */
export const INFINITIVE_VERBS = [
  'vow', 'promise', 'pledge', 'threaten', 'want', 'hope', 'expect', 'urge', 'ask', 'plead', 'beg', 'demand', 'swear',
  'agree', 'decide', 'refuse', 'order', 'instruct', 'advise', 'tell', 'warn', 'encourage', 'call',
] as const;

/**
 * Cue verbs whose base and -s forms are more often nouns (`30 states with`, `the report`, `his claims`):
 * in those forms they count only before `that`, a colon or a quotation.
 */
export const NOUN_LIKE_VERBS = [
  'state', 'report', 'claim', 'comment', 'note', 'answer', 'call', 'question', 'order', 'text', 'email', 'e-mail',
  'tweet', 'post', 'counter', 'charge', 'hope', 'fear', 'doubt', 'demand', 'request', 'estimate', 'forecast',
  'pledge', 'vow', 'promise', 'remark', 'reply', 'respond', 'point', 'figure', 'signal', 'hint', 'blame', 'label',
  'brand', 'project', 'rule', 'judge', 'message', 'leak', 'broadcast', 'blog', 'lecture', 'brief', 'object',
  'protest', 'challenge', 'order', 'appeal', 'record', 'worry', 'guess', 'lament', 'boast', 'joke', 'quip', 'find',
  'praise', 'blast', 'slam', 'credit', 'thank',
] as const;

/**
 * Naming verbs that report a small clause without `that`: an object and a quoted complement, which together are the
 * content (`Bush called Trump “unhinged.”`, `labeled the statement “offensive”`, `called Graham a “jackass”`).
 */
export const SMALL_CLAUSE_VERBS = ['call', 'label', 'brand', 'dub'] as const;

/** Verbs that report a description only with `as` or a quotation: `described it as “…”`, not `described the meeting`. */
export const AS_VERBS = ['describe', 'characterize', 'portray', 'depict', 'cast', 'frame', 'paint'] as const;

/** Of the noun-like verbs, those whose base and -s forms are nouns far more often in news: cues only before `that` or a colon. */
export const MOSTLY_NOUN_VERBS = [
  'state', 'report', 'comment', 'note', 'call', 'question', 'order', 'text', 'email', 'e-mail', 'post', 'charge',
  'record', 'answer', 'estimate', 'project', 'rule', 'brief', 'object', 'appeal',
] as const;

/**
 * Issue 15: of MOSTLY_NOUN_VERBS, those whose -s form right after a name or a subject pronoun is the verb (`Harbourline
 * reports the …`, `Dana Reyes notes the fund …`, `…, the Daily Courier reports.`); not `states` (`Western states`),
 * `estimates` (`Cost estimates`), `emails`, `comments`, `records`: after a name those are nouns far more often.
 */
export const NAMED_S_FORM_VERBS = ['report', 'note'] as const;

/** Verbs that, with no `that` and no clause after them, take an object, not content: `found a way`, `added 1 million jobs`, `maintained his lead`, `charged him with battery`. */
export const OBJECT_SENSE_VERBS = [
  'find', 'add', 'maintain', 'charge', 'assume', // `assume office`
  'observe', 'testify', // `observed the vote in the northern province`, `testified before Congress, and …`
] as const;

/**
 * After an OBJECT_SENSE_VERBS verb, its object ends at a comma or at one of these words, and a clause after it is the
 * object's, not content: `maintained her lead as the polls closed`, `kept this faith even though it was wrong`.
 */
export const OBJECT_TAIL_WORDS = ['as', 'even', 'though', 'although', 'because', 'while', 'when', 'since', 'until', 'who', 'which', 'whom', 'whose', 'where'] as const;
/** An object opened by these takes a subject pronoun or an auxiliary to be a clause, not a participle: `a large pledged lead`. */
export const OBJECT_DETERMINERS = ['a', 'an', 'this', 'these', 'their', 'his', 'her', 'its', 'our', 'my', 'your'] as const;
/** After these a participle in such an object is a gerund or an adjective, not a verb: `by appending riders`, `into advanced age`. */
export const OBJECT_PREPOSITIONS = ['in', 'into', 'of', 'for', 'through', 'by', 'with', 'without', 'from', 'on', 'at', 'about', 'over', 'under', 'to'] as const;

/**
 * Issue 15: verbs whose past participle reports a question put to the clause's subject, the asker unnamed or after
 * `by`: `Asked whether …, Doe said`, `…, she said when asked why …`, `Doe was asked by a reporter if …`.
 */
export const QUESTION_VERBS = ['ask'] as const;

/** Words that open the clause of such a participle: `When asked why …`, `after being asked …`, `if asked …`. */
export const QUESTION_OPENERS = ['when', 'if', 'once', 'after', 'before', 'while', 'until', 'upon'] as const;
/** Adverbs between such an opener (or `was`) and the participle, besides those in -ly: `was also asked`, `when later asked`. */
export const QUESTION_ADVERBS = ['also', 'even', 'later', 'again', 'first'] as const;
/** Words after a comma that carry an opening question on, as relatives do (`Asked about taxes, and about jobs, …`). */
export const QUESTION_GOES_ON = ['and', 'or', 'but', 'including', 'such', 'like'] as const;

/** Issue 15: verbs whose -s form after a name is the verb, not a noun: `Reuters estimates the crowd at 40,000`. */
export const ESTIMATING_VERBS = ['estimate', 'project'] as const;

/** Punctuation that ends a reported clause. */
export const CLAUSE_BREAK = [';'] as const;

/** Words that open a wh-clause content: `asked whether ...`. */
export const WH_WORDS = ['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which'] as const;

/** Time words after a cue: `said Tuesday.`, `said Wednesday he ...`. */
export const TIME_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'this', 'earlier', 'later', 'recently', 'previously', 'again', 'also', 'once', 'late', 'early'] as const;

/** Prepositions that, with no clause after them, make a tail of circumstances: `testified in 1998`. */
export const CIRCUMSTANCE_ONLY = ['in', 'on', 'at', 'during', 'via', 'through', 'with', 'after', 'before', 'while', 'from', 'to'] as const; // `reported from Washington`, `proclaimed to a happy crowd`

/** Forms of `be` before a participle: a passive. */
export const BE = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"] as const;

/** Openers that do not make a quotation's sentence mixed: `But “…,” he said`. */
export const HEAD_OPENERS = ['but', 'and', 'so', 'yet', 'still', 'however', 'also', 'now', 'then', 'or', 'plus', 'indeed', 'instead', 'again', 'meanwhile', 'later', 'earlier'] as const;

/** Subjects whose findings are reported: `the poll found 90 percent support`. */
export const FINDINGS_NOUNS = [
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'review', 'investigation',
  'investigators', 'researchers', 'research', 'data', 'audit', 'probe', 'inquiry', 'test', 'tests', 'census',
  'estimate', 'estimates', 'paper', 'papers', 'experts', 'scientists', 'economists', 'analysts', 'pollsters', 'group', 'groups',
  'organization', 'institute', 'center', 'foundation', 'commission', 'committee', 'panel', 'office', 'agency',
  'polling', 'findings', 'figures', 'results', 'records', 'documents', 'memo', 'filing', 'tally',
  'filings', 'emails', 'email', 'statistics', 'footage', 'transcripts', 'projections', // issue 15: `new filings show`
  // issue 15: `tallies by two firms show`, `disclosures filed Sunday revealed`, `the rolling average of polls shows`,
  // `a new batch of emails showed`, `the cable indicated`, `handwritten ledgers show`
  'tallies', 'disclosures', 'average', 'averages', 'batch', 'trove', 'cable', 'cables', 'ledgers', 'video', 'videos',
  'evidence', 'analyses', 'community', 'messages', // `anecdotal evidence suggesting that …`, `some analyses suggest`, `the intelligence community has concluded`
] as const;

/**
 * Verbs a document, poll or study reports with: its subject may be a long noun phrase (`A Reuters/Ipsos poll
 * released Friday shows that …`, `A survey by the group in March found …`).
 */
export const DOCUMENT_CUES = ['show', 'find', 'suggest', 'indicate', 'conclude', 'reveal', 'estimate', 'report', 'say', 'state', 'predict', 'project', 'confirm'] as const;

/** Words ending in -ly that are not manner adverbs: kept at the start of a content (`said early voting …`). */
export const LY_NOT_ADVERBS = ['only', 'early', 'likely', 'unlikely', 'daily', 'weekly', 'monthly', 'yearly', 'elderly', 'family', 'rally', 'ally', 'supply', 'reply', 'italy'] as const;

/**
 * Words that end the head of a long subject (`shares` in `Large shares of parents in four districts said`):
 * prepositions and relative words; what follows them modifies the head.
 */
export const SUBJECT_HEAD_END = ['of', 'for', 'in', 'at', 'from', 'with', 'on', 'by', 'to', 'who', 'whose', 'including'] as const;

/**
 * Prepositions before a noun phrase: a subject right after one is its object (`voters in a Harbor Times poll`,
 * `an email from Jane Doe`), and a source's head noun ends at one (`a poll of voters`).
 */
export const PREPOSITIONS = ['of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'among', 'about', 'like', 'including'] as const;

/** Participles that end a document's head noun like a preposition (`a poll released Friday`, `a survey conducted by`). */
export const DOCUMENT_PARTICIPLES = [
  'released', 'published', 'conducted', 'taken',
  'filed', 'obtained', 'commissioned', 'issued', 'leaked', 'discovered', 'posted', 'compiled', 'reviewed', 'out', // issue 15
] as const;

/**
 * Issue 15: verbs of aspect whose subject is a cue's subject, before `to` and the cue (`polls continue to show`, `the
 * senator decided to question whether …`) or before its participle (`began urging voters to …`).
 */
export const ASPECT_VERBS = [
  'continue', 'continues', 'continued', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'tend', 'tends', 'tended',
  'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'decide', 'decides', 'decided', 'keep', 'keeps', 'kept',
  'taken', // `has taken to urging members to …`
] as const;

/** Leads of a purpose infinitive whose subject says the cue: `took to the radio to say`, `went out of her way to praise`, `are more likely to say`. */
export const PURPOSE_LEADS = { take: ['take', 'takes', 'took', 'taking', 'taken'], go: ['go', 'goes', 'went', 'going', 'gone'], degree: ['more', 'less', 'most', 'least'] } as const;

/**
 * Hearers after `to`: `to` before one of them is a circumstance (`said to reporters`, `told to him`), not an
 * infinitive (`to bolster its military`).
 */
export const HEARERS_AFTER_TO = ['me', 'him', 'her', 'us', 'them', 'you', 'reporters', 'voters', 'supporters', 'journalists'] as const;

/**
 * Words that do not open the object of a naming verb's small clause: prepositions and particles (`called for`,
 * `called on Congress`, `called in`, `called off`, `called him to say` fails later on `to`) and `a`/`an`
 * (`called a news conference`).
 */
export const NOT_OBJECT_START = [
  'for', 'on', 'in', 'off', 'up', 'out', 'back', 'upon', 'into', 'to', 'at', 'by', 'with', 'from', 'about', 'over',
  'after', 'as', 'a', 'an', 'and', 'or', 'but', 'who',
] as const;

/**
 * Cue verbs whose base form is also a noun that heads a compound (`a radio show`, `the network's game show`, `combat-level
 * stress`, `a stage whisper`): after a singular noun or a possessive that form is the noun, not the verb.
 */
export const NOUN_HEAD_VERBS = ['show', 'stress', 'whisper', 'suspect', 'chant'] as const;

/**
 * Plural nouns without an `-s` and collective nouns that take a plural verb (`police say`, `the government claim`):
 * a base form after them is a verb.
 */
export const PLURAL_NOUNS = [
  'people', 'police', 'media', 'data', 'men', 'women', 'children', 'staff', 'public', 'personnel', 'clergy', 'youth',
  'government', 'team', 'party', 'family', 'majority', 'minority', 'committee', 'board', 'council', 'panel', 'jury',
  'audience', 'electorate', 'crowd', 'cabinet', 'labour', 'management', 'press', 'couple', 'group', 'band', 'company',
] as const;

/**
 * Nouns after `went on` that make an action, not a saying (`went on the offensive`, `went on strike`): with or
 * without a determiner, no content follows. (`went on CNN`, `went on the record`, `went on a rant` report speech.)
 */
/**
 * Issue 15: particles after a cue that make a phrasal verb of action, no saying (`showed up at the polls`, `has written
 * off the effort`, `spending shot back up`): no content follows.
 */
export const PARTICLE_ACTIONS = [
  { lemma: 'show', particles: ['up'] },
  { lemma: 'write', particles: ['off'] },
  { lemma: 'shoot back', particles: ['up', 'down'] },
] as const satisfies readonly { lemma: string; particles: readonly string[] }[];

export const GO_ON_ACTIONS = [
  'offensive', 'offense', 'offence', 'attack', 'defensive', 'defense', 'defence', 'warpath', 'rampage', 'strike',
  'trial', 'hiatus', 'leave', 'vacation', 'holiday', 'tour', 'sale', 'display',
] as const;

/** A characterising verb's entry: its links and what its object alone may report. */
export interface Characterising { readonly links: ReadonlySet<string>; readonly object: 'none' | 'any' | 'proposition' }

/** What the attribution shapes read; `phrases` is passed on to the speaker phrases they call. */
export interface AttributeRules {
  readonly gap: ReadonlySet<string>; // words between a speaker and its verb
  readonly circumstance: ReadonlySet<string>;
  readonly hearerVerbs: ReadonlySet<string>;
  readonly invertedVerbs: ReadonlySet<string>;
  readonly bareClauseVerbs: ReadonlySet<string>;
  readonly infinitiveVerbs: ReadonlySet<string>;
  readonly nounLikeVerbs: ReadonlySet<string>;
  readonly mostlyNouns: ReadonlySet<string>;
  readonly namedSFormVerbs: ReadonlySet<string>; // NAMED_S_FORM_VERBS
  readonly whClauseVerbs: ReadonlySet<string>;
  readonly labels: ReadonlySet<string>;
  readonly asVerbs: ReadonlySet<string>;
  readonly characterisingVerbs: ReadonlyMap<string, Characterising>; // CHARACTERISING_VERBS by lemma
  readonly propositionNouns: ReadonlySet<string>; // PROPOSITION_NOUNS
  readonly reasonVerbs: ReadonlyMap<string, ReadonlySet<string>>; // CHARACTERISING_VERBS with reasonLinks: lemma → those links
  readonly smallClauseVerbs: ReadonlySet<string>;
  readonly nestedSayings: ReadonlyMap<string, string>; // NESTED_SAYINGS: each form of CUE_VERBS → its lemma
  readonly objectSenseVerbs: ReadonlySet<string>;
  readonly objectTail: ReadonlySet<string>; // OBJECT_TAIL_WORDS
  readonly objectDeterminers: ReadonlySet<string>; // OBJECT_DETERMINERS
  readonly objectPrepositions: ReadonlySet<string>; // OBJECT_PREPOSITIONS
  readonly viewNouns: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly words: AttributeWords;
  readonly phrases: PhraseRules;
  readonly plainComplementVerbs: ReadonlySet<string>; // issue 15
  readonly nounHeadVerbs: ReadonlySet<string>; // NOUN_HEAD_VERBS
  readonly attributiveParticiples: ReadonlySet<string>; // ATTRIBUTIVE_PARTICIPLES (attributive-participles.ts)
  readonly possibilityModals: ReadonlySet<string>; // POSSIBILITY_MODALS (mood-words.ts)
  readonly asideIdioms: readonly (readonly string[])[]; // ASIDE_IDIOMS (idioms.ts), word by word
  readonly pluralNouns: ReadonlySet<string>; // PLURAL_NOUNS
  readonly goOnActions: ReadonlySet<string>; // GO_ON_ACTIONS
  readonly particleActions: ReadonlyMap<string, ReadonlySet<string>>; // PARTICLE_ACTIONS, by cue lemma
  readonly ends: ClauseEndWords; // src/rules/clause-end-words.ts
}

/** The closed word classes of this file (and the shared ones), as Sets. */
export interface AttributeWords extends ClauseWords {
  readonly clauseBreak: ReadonlySet<string>;
  readonly whWords: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly circumstanceOnly: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  readonly headOpeners: ReadonlySet<string>;
  readonly findingsNouns: ReadonlySet<string>;
  readonly documentCues: ReadonlySet<string>;
  readonly lyNotAdverbs: ReadonlySet<string>;
  readonly subjectHeadEnd: ReadonlySet<string>;
  readonly hearersAfterTo: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly documentParticiples: ReadonlySet<string>;
  readonly notObjectStart: ReadonlySet<string>;
  readonly complementObjects: ReadonlySet<string>; // issue 15
  readonly notComplement: ReadonlySet<string>; // issue 15
  readonly freeRelatives: ReadonlySet<string>; // FREE_RELATIVES
  readonly freeRelativeLeads: ReadonlySet<string>; // FREE_RELATIVE_LEADS
  readonly dayParts: ReadonlySet<string>; // DAY_PARTS
  readonly periodNouns: ReadonlySet<string>; // PERIOD_NOUNS
  readonly afterCommaNotContent: ReadonlySet<string>; // AFTER_COMMA_NOT_CONTENT
  readonly subjectRelatives: ReadonlySet<string>; // SUBJECT_RELATIVES
  readonly objectRelatives: ReadonlySet<string>; // OBJECT_RELATIVES
  readonly titleSmallWords: ReadonlySet<string>; // TITLE_SMALL_WORDS
  readonly hypotheticalModals: ReadonlySet<string>; // HYPOTHETICAL_MODALS
  readonly nestedSayingGap: ReadonlySet<string>; // NESTED_SAYING_GAP
  readonly ingNotParticiples: ReadonlySet<string>; // ING_NOT_PARTICIPLES
  readonly attributionSubordinators: ReadonlySet<string>; // ATTRIBUTION_SUBORDINATORS
  readonly workNouns: ReadonlySet<string>; // WORK_NOUNS
  readonly titleLeads: ReadonlySet<string>; // TITLE_LEADS
  readonly notNounHeadLeads: ReadonlySet<string>; // NOT_NOUN_HEAD_LEADS
  readonly nameColonLinks: ReadonlySet<string>; // NAME_COLON_LINKS
  readonly asideAdverbs: ReadonlySet<string>; // ASIDE_ADVERBS
  readonly headlineTopicLinks: ReadonlySet<string>; // HEADLINE_TOPIC_LINKS
  readonly answerNouns: ReadonlySet<string>; // ANSWER_NOUNS
  readonly stateCues: ReadonlySet<string>; // STATE_CUES
  readonly joinedVerbAdverbs: ReadonlySet<string>; // JOINED_VERB_ADVERBS
  readonly intentionVerbs: ReadonlySet<string>; // INTENTION_VERBS
  readonly questionVerbs: ReadonlySet<string>; // QUESTION_VERBS
  readonly questionOpeners: ReadonlySet<string>; // QUESTION_OPENERS
  readonly questionAdverbs: ReadonlySet<string>; // QUESTION_ADVERBS
  readonly questionGoesOn: ReadonlySet<string>; // QUESTION_GOES_ON
  readonly aspectVerbs: ReadonlySet<string>; // ASPECT_VERBS
  readonly purposeLeads: { readonly take: ReadonlySet<string>; readonly go: ReadonlySet<string>; readonly degree: ReadonlySet<string> }; // PURPOSE_LEADS
  readonly estimatingVerbs: ReadonlySet<string>; // ESTIMATING_VERBS
}

/** Words that open a free relative subject: `Everything Trump says`, `whatever she claims`. */
export const FREE_RELATIVES = ['everything', 'anything', 'nothing', 'whatever'] as const;

/** Words that may stand before a free relative word: `not everything he says`, `almost anything she says`. */
export const FREE_RELATIVE_LEADS = ['not', 'almost', 'nearly', 'virtually', 'hardly', 'just'] as const;

/** Parts of a day after time words in a trailing tail: `said Wednesday morning on the radio`. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;

/** Nouns that end a short circumstance before a reported clause: `said last week he …`, `said this morning they …`. */
export const PERIOD_NOUNS = ['week', 'month', 'year', ...DAY_PARTS] as const;

/**
 * Issue 15: conjunctions that open a subordinate clause whose attribution ends at the clause's comma (`While Doe said the
 * plan was fair, her aides …`, `When Roe announced his run, he …`): the speaker grammar's SUBORDINATORS but `as` (`As
 * Doe reported, the plan …` reports the main clause) and `if` (a condition).
 */
export const ATTRIBUTION_SUBORDINATORS = SUBORDINATORS.filter((w) => w !== 'as' && w !== 'if');

/** Words after which a comma after a hearer goes on with the same sentence, not with what the hearer was told. */
export const AFTER_COMMA_NOT_CONTENT = ['but', 'and', 'or', 'though', 'although', 'who', 'which', 'whom', 'while', 'so'] as const;

/** Relative words that open a relative clause of a subject's head: `Officials who spoke …`, `Groups that have endorsed …`. */
export const SUBJECT_RELATIVES = ['who', 'whose', 'whom', 'that'] as const;

/**
 * Words before a base-form cue that keep it a verb, not the head of a noun phrase (NOUN_HEAD_VERBS): `voters to show`,
 * `did not stress`, `told them whisper`, `those who suspect`.
 */
export const NOT_NOUN_HEAD_LEADS = ['to', 'not', 'never', 'us', 'them', 'me', 'him', 'who', 'that', 'which'] as const;

/** Words before a name and its colon that leave the name the speaker (`a message from Jane Doe: “…”`), not an object. */
export const NAME_COLON_LINKS = ['from', 'by', 'with', 'and'] as const;

/** Sentence adverbs set off by commas before a cue, no apposition of the subject (`Proponents, however, say`). */
export const ASIDE_ADVERBS = ['however', 'though', 'meanwhile', 'instead', 'nonetheless', 'nevertheless', 'too', 'also'] as const;
/** Words between a headline's speaker and its topic (`Okafor on Trade:`, `Okafor at 80:`). */
export const HEADLINE_TOPIC_LINKS = ['on', 'about', 'at'] as const;
/** Nouns of an answer before a headline colon: their possessor speaks (`Democrats' reaction: ‘…’`). */
export const ANSWER_NOUNS = ['reaction', 'response', 'reply', 'answer', 'verdict'] as const;

/**
 * Cues of a state of mind, a showing or a going on, not of speaking: a quotation attached to one inside what someone
 * says is that speaker's (`Doe said he is feeling “a lot of pressure”`, `Doe said the data show “a clear trend”`).
 * Lemmas of CUE_VERBS; speaking verbs (`ask`, `call`, `say`) are not here: `Doe said Roe asked, “Why now?”` is Roe's.
 */
export const STATE_CUES = [
  'think', 'feel', 'hope', 'fear', 'expect', 'want', 'worry', 'believe', 'know', 'understand', 'realize', 'doubt',
  'suspect', 'assume', 'presume', 'recognize', 'wonder', 'figure', 'show', 'demonstrate', 'prove', 'continue', 'begin',
] as const;


/**
 * Issue 15: adverbs of time between `and`/`but` (or `, then`) and a second verb of the same subject: `and then said`,
 * `but now says`, `and later argued`, `and has always denied` (not `and even threatening to`: no second saying).
 */
export const JOINED_VERB_ADVERBS = ['also', 'then', 'now', 'later', 'since', 'still', 'again', 'once', 'always', 'finally'] as const;

/**
 * Issue 15: verbs of intention whose participle after a main clause takes an object unless `that`, `to`, a quotation
 * or a clause's subject follows: `promising reforms while …`, `vowing revenge` (but `promising that …`, `vowing to …`).
 */
export const INTENTION_VERBS = ['promise', 'vow', 'pledge', 'threaten', 'swear'] as const;

// Titles of works and what is no quotation's content after its marks: quoted-words.ts.
export * from './quoted-words.js';
// Verbs of judging (characterising, praising, blaming, naming) and what their object may report: judging-words.ts.
export * from './judging-words.js';

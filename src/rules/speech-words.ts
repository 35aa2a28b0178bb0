/**
 * Closed word classes the attribution shapes read (src/pipeline/attribute/, src/pipeline/phrases/), lowercase.
 */

/** Participles that link a second content to the speaker of the clause: `..., adding that B`. */
export const GERUND_LINK = ['adding', 'saying', 'noting', 'arguing', 'insisting', 'warning', 'explaining', 'claiming', 'stressing', 'suggesting', 'asserting', 'declaring', 'calling', 'writing', 'telling', 'asking', 'urging', 'promising', 'acknowledging', 'admitting', 'stating', 'contending', 'predicting', 'pointing'] as const;

/** Prepositions before a linking participle: `before adding that …`, `while arguing …`, `by suggesting …`. */
export const PARTICIPLE_PREPOSITIONS = ['before', 'after', 'while', 'by', 'when', 'since'] as const;

/** Words that open a noun phrase (a speaker mention starts at one). */
export const DETERMINERS = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'most', 'both', 'all'] as const;

/** Prepositions inside a speaker noun phrase: `a spokesman for the agency`. */
export const NP_LINK = ['for', 'of', 'at', 'with', 'from', 'in'] as const;

/** Punctuation that ends a reported clause. */
export const CLAUSE_BREAK = [';'] as const;

/** Quantifiers that can be a whole subject: `Others say ...`, `Many believe ...`. */
export const QUANTIFIER_SPEAKERS = ['others', 'some', 'many', 'most', 'several', 'both', 'few', 'everyone', 'everybody', 'nobody', 'none', 'another', 'one', 'all'] as const;

/** Words after a speaking noun that go on with its phrase: `a person close to ...`. */
export const POST_MODIFIER = ['who', 'close', 'familiar', 'with', 'for', 'at', 'of', 'in', 'from', 'involved', 'briefed', 'knowledgeable'] as const;

/** Words that open a clause: a speaker noun phrase does not reach back past them. */
export const CLAUSE_START = ['and', 'but', 'while', 'as', 'because', 'although', 'though', 'since', 'when', 'if', 'so', 'yet', 'where', 'after', 'before'] as const;

/** Relative pronouns: a piece after a trailing speaker that starts with one describes the speaker (`, who …`). */
export const RELATIVE_PRONOUNS = ['who', 'whom', 'whose', 'which'] as const;

/**
 * Conjunctions that open a clause: a piece after a trailing speaker that starts with one goes on with the content
 * (`…, said Howard, but her character …`), it is no apposition.
 */
export const CLAUSE_CONJUNCTIONS = ['but', 'yet', 'so', 'because', 'although', 'though', 'if', 'unless', 'whereas'] as const;

/** Words that open a wh-clause content: `asked whether ...`. */
export const WH_WORDS = ['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which'] as const;

/** Subject pronouns: a clause follows where one stands. */
export const SUBJECT_PRONOUNS = ['he', 'she', 'they', 'it', 'we', 'i', 'you'] as const;

/** Time words after a cue: `said Tuesday.`, `said Wednesday he ...`. */
export const TIME_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'this', 'earlier', 'later', 'recently', 'previously', 'again', 'also', 'once', 'late', 'early'] as const;

/**
 * A time phrase between a subject and its verb: `Clinton on Tuesday said`, `Ryan last week declared`.
 * A day stands alone or after a lead; a period only after a lead other than `on`.
 */
export const TIME_GAP_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight'] as const;
export const TIME_GAP_PERIODS = ['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night'] as const;
export const TIME_GAP_LEADS = ['on', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later'] as const;

/** Prepositions that, with no clause after them, make a tail of circumstances: `testified in 1998`. */
export const CIRCUMSTANCE_ONLY = ['in', 'on', 'at', 'during', 'via', 'through', 'with', 'after', 'before', 'while', 'from'] as const; // `reported from Washington`

/** Forms of `be` before a participle: a passive. */
export const BE = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"] as const;

/** Descriptors that may stand before a person's name: `Republican candidate Donald Trump`. */
export const DESCRIPTOR = /^(?:former|longtime|long-time|veteran|presidential|senior|top|chief|deputy|acting|interim|retired|then|current|incoming|outgoing|fellow|local|state|federal|national|county|city|party|campaign|[a-z]+(?:an|ic|al))$/u;

/** Ages used as nouns: a speaker's head (`said the 46-year-old`, `a twenty-year-old who …`). */
export const AGE_NOUN = /^(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month)s?-olds?$/u;

/** Agent nouns: people by what they do (`columnist`, `historian`, `participant`, `lawmakers`). */
export const AGENT_NOUN = /^[a-z]{3,}(?:ers?|ors?|ists?|ians?|ants?|ents?|ees?)$/u;

/** Openers that do not make a quotation's sentence mixed: `But “…,” he said`. */
export const HEAD_OPENERS = ['but', 'and', 'so', 'yet', 'still', 'however', 'also', 'now', 'then', 'or', 'plus', 'indeed', 'instead', 'again', 'meanwhile', 'later', 'earlier'] as const;

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

/** Subjects whose findings are reported: `the poll found 90 percent support`. */
export const FINDINGS_NOUNS = [
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'review', 'investigation',
  'investigators', 'researchers', 'research', 'data', 'audit', 'probe', 'inquiry', 'test', 'tests', 'census',
  'estimate', 'estimates', 'paper', 'papers', 'experts', 'scientists', 'economists', 'analysts', 'pollsters', 'group', 'groups',
  'organization', 'institute', 'center', 'foundation', 'commission', 'committee', 'panel', 'office', 'agency',
] as const;

/** Words ending in -ly that are not manner adverbs: kept at the start of a content (`said early voting …`). */
export const LY_NOT_ADVERBS = ['only', 'early', 'likely', 'unlikely', 'daily', 'weekly', 'monthly', 'yearly', 'elderly', 'family', 'rally', 'ally', 'supply', 'reply', 'italy'] as const;

/**
 * Prepositions that open an introductory phrase before a sentence's subject (`Despite the loss, Cruz …`),
 * besides HEAD_CIRCUMSTANCE: skipped when a participle or a coordinated verb looks for its subject.
 */
export const INTRO_PREPOSITIONS = [
  'despite', 'amid', 'among', 'amongst', 'for', 'by', 'under', 'throughout', 'within', 'across', 'near', 'unlike',
  'like', 'without', 'against', 'over', 'between', 'behind', 'beyond', 'via', 'through', 'toward', 'towards',
  'around', 'along', 'alongside', 'upon', 'about', 'regarding', 'besides', 'ahead',
] as const;

/** News agencies in a dateline: `ORLANDO, Fla. (Reuters) -`, `New York (AFP) –`. */
export const DATELINE_AGENCIES = [
  'ap', 'reuters', 'afp', 'upi', 'dpa', 'xinhua', 'bloomberg', 'cnn', 'efe', 'ansa', 'kyodo', 'yonhap', 'tass',
  'aap', 'pti', 'ians', 'ani',
] as const;

/**
 * US states, as a place after a town (`in Salem, New Hampshire, Trump …`, `in Ames, Iowa, on Sunday, …`):
 * full names and AP abbreviations, lowercase, without a final full stop.
 */
export const US_STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah',
  'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'd.c', 'puerto rico',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla', 'ore', 'pa',
  'r.i', 's.c', 's.d', 'tenn', 'tex', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo',
] as const;

/**
 * Documents that a subject puts out (`His office put out a statement saying …`): before a participle cue such a
 * noun is the verb's object, and the speaker is the clause's subject. Singular and plural.
 */
export const DOCUMENT_NOUNS = [
  'statement', 'statements', 'email', 'emails', 'e-mail', 'e-mails', 'letter', 'letters', 'release', 'releases',
  'memo', 'memos', 'ad', 'ads', 'advertisement', 'advertisements', 'commercial', 'commercials', 'video', 'videos',
  'tweet', 'tweets', 'message', 'messages', 'note', 'notes', 'mailer', 'mailers', 'flyer', 'flyers',
] as const;

/** Particles of phrasal verbs, between the verb and its object: `put out a statement`, `sent out an email`. */
export const PARTICLES = ['out', 'up', 'off', 'along', 'around', 'back'] as const;

/** Articles and possessives that open a subject no mention names: `the affidavit cited …`, `his mother refused …`. */
export const SUBJECT_DETERMINERS = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our'] as const;

/**
 * Poll quantities as a subject (`Nearly half said …`, `About 4 in 10 say …`, `58 percent of Republicans said …`,
 * `a majority of voters say …`). Heads stand alone (after `a`/`the` or not); units need a number or `a` before
 * them (`58 percent`, `a third`); a ratio is a number, a link and a number (`six in 10`, `four out of 10`).
 */
export const QUANTITY_HEADS = [
  'half', 'majority', 'majorities', 'minority', 'plurality', 'one-half', 'one-third', 'two-thirds', 'one-quarter',
  'three-quarters', 'one-fifth', 'two-fifths', 'three-fifths', 'four-fifths',
] as const;
export const QUANTITY_UNITS = ['percent', '%', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths'] as const;
export const QUANTITY_RATIO_LINKS = [['in'], ['out', 'of']] as const;
/** Words before a quantity, one sequence at most: `nearly half`, `more than 4 in 10`, `only 24 percent`. */
export const QUANTITY_APPROXIMATORS = [
  ['nearly'], ['almost'], ['about'], ['roughly'], ['around'], ['approximately'], ['only'], ['just'], ['over'],
  ['under'], ['fully'], ['barely'], ['some'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'],
] as const;
/** A number: digits or a number word (`58`, `six`, `forty-five`). */
export const NUMBER = /^(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)$/u;

/**
 * Words that do not open the object of a naming verb's small clause: prepositions and particles (`called for`,
 * `called on Congress`, `called in`, `called off`, `called him to say` fails later on `to`) and `a`/`an`
 * (`called a news conference`).
 */
export const NOT_OBJECT_START = [
  'for', 'on', 'in', 'off', 'up', 'out', 'back', 'upon', 'into', 'to', 'at', 'by', 'with', 'from', 'about', 'over',
  'after', 'as', 'a', 'an', 'and', 'or', 'but', 'what', 'who',
] as const;

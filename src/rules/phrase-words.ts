import type { ClauseWords } from './clause-words.js';

/**
 * Closed word classes the speaker phrases read (src/pipeline/phrases/), lowercase: datelines, time phrases,
 * quantities, documents, appositions.
 */

/** Prepositions before a linking participle: `before adding that …`, `while arguing …`, `by suggesting …`. */
export const PARTICIPLE_PREPOSITIONS = ['before', 'after', 'while', 'by', 'when', 'since'] as const;

/** Prepositions inside a speaker noun phrase: `a spokesman for the agency`. */
export const NP_LINK = ['for', 'of', 'at', 'with', 'from', 'in'] as const;

/** Quantifiers that can be a whole subject: `Others say ...`, `Many believe ...`. */
export const QUANTIFIER_SPEAKERS = ['others', 'some', 'many', 'most', 'several', 'both', 'few', 'everyone', 'everybody', 'nobody', 'none', 'another', 'one', 'all'] as const;

/** Words after a speaking noun that go on with its phrase: `a person close to ...`. */
export const POST_MODIFIER = ['who', 'close', 'familiar', 'with', 'for', 'at', 'of', 'in', 'from', 'involved', 'briefed', 'knowledgeable'] as const;

/** Relative pronouns: a piece after a trailing speaker that starts with one describes the speaker (`, who …`). */
export const RELATIVE_PRONOUNS = ['who', 'whom', 'whose', 'which'] as const;

/**
 * Conjunctions that open a clause: a piece after a trailing speaker that starts with one goes on with the content
 * (`…, said Marsh, but her temper …`), it is no apposition.
 */
export const CLAUSE_CONJUNCTIONS = ['but', 'yet', 'so', 'because', 'although', 'though', 'if', 'unless', 'whereas'] as const;

/**
 * A time phrase between a subject and its verb: `Clinton on Tuesday said`, `Ryan last week declared`.
 * A day stands alone or after a lead; a period only after a lead other than `on`.
 * These are the days, alone or after a lead (`Tuesday`, `on Tuesday`).
 */
export const TIME_GAP_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight'] as const;

/** Periods: a time phrase only after a lead other than `on` (`last week`). */
export const TIME_GAP_PERIODS = ['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'day'] as const;

/** Prepositions before a time phrase with an article or `recent` (`in the morning`, `in recent weeks`, `over the past year`). */
export const TIME_PREPOSITIONS = ['in', 'over', 'during', 'for'] as const;

/** Leads of a time phrase (`on`, `last`, `this`). */
export const TIME_GAP_LEADS = ['on', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later'] as const;

/** Descriptors that may stand before a person's name: `Republican candidate Donald Trump`. */
export const DESCRIPTOR = /^(?:former|longtime|long-time|veteran|presidential|senior|top|chief|deputy|acting|interim|retired|then|current|incoming|outgoing|fellow|local|state|federal|national|county|city|party|campaign|[a-z]+(?:an|ic|al))$/u;

/** Ages used as nouns: a speaker's head (`said the 46-year-old`, `a twenty-year-old who …`). */
export const AGE_NOUN = /^(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month)s?-olds?$/u;

/** Agent nouns: people by what they do (`columnist`, `historian`, `participant`, `lawmakers`). */
export const AGENT_NOUN = /^[a-z]{3,}(?:ers?|ors?|ists?|ians?|ants?|ents?|ees?)$/u;

/**
 * Prepositions that open an introductory phrase before a sentence's subject (`Despite the loss, Cruz …`),
 * besides HEAD_CIRCUMSTANCE: skipped when a participle or a coordinated verb looks for its subject.
 */
export const INTRO_PREPOSITIONS = [
  'despite', 'amid', 'among', 'amongst', 'for', 'by', 'under', 'throughout', 'within', 'across', 'near', 'unlike',
  'like', 'without', 'against', 'over', 'between', 'behind', 'beyond', 'via', 'through', 'toward', 'towards',
  'around', 'along', 'alongside', 'upon', 'about', 'regarding', 'besides', 'ahead',
] as const;

/**
 * Adverbs that open an introductory phrase before a sentence's subject (`Likewise, Cruz …`, `Back in 1999, Mr. Pike …`),
 * and time adverbs that close one (`Hours later, Doe …`, `Eight years ago, he …`): skipped like INTRO_PREPOSITIONS.
 */
export const INTRO_ADVERBS = [
  'likewise', 'meanwhile', 'instead', 'similarly', 'separately', 'still', 'back', 'absent', 'nevertheless',
  'nonetheless', 'however', 'indeed', 'moreover', 'also', 'then', 'now', 'again', 'afterward', 'afterwards', 'thus',
  'yet', 'once', 'originally', 'previously', 'ultimately', 'eventually', 'initially', 'finally', 'first',
] as const;

/** Time adverbs that end an introductory phrase: `Hours later,`, `Two weeks ago,`, `Moments earlier,`. */
export const INTRO_TIME_ENDS = ['later', 'ago', 'earlier', 'afterward', 'afterwards', 'before'] as const;

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
 * Documents that a subject puts out (`The mayor's office issued a statement saying …`): before a participle cue such a
 * noun is the verb's object, and the speaker is the clause's subject. Singular and plural.
 */
export const DOCUMENT_NOUNS = [
  'statement', 'statements', 'email', 'emails', 'e-mail', 'e-mails', 'letter', 'letters', 'release', 'releases',
  'memo', 'memos', 'ad', 'ads', 'advertisement', 'advertisements', 'commercial', 'commercials', 'video', 'videos',
  'tweet', 'tweets', 'message', 'messages', 'note', 'notes', 'mailer', 'mailers', 'flyer', 'flyers',
  'website', 'websites', 'petition', 'petitions', 'post', 'posts', 'op-ed', 'editorial', 'editorials', 'appeal', 'appeals',
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
/** Quantity heads that stand alone as a subject (`half`, `a majority`). */
export const QUANTITY_HEADS = [
  'half', 'majority', 'majorities', 'minority', 'plurality', 'one-half', 'one-third', 'two-thirds', 'one-quarter',
  'three-quarters', 'one-fifth', 'two-fifths', 'three-fifths', 'four-fifths',
] as const;

/** Units after a number or `a` (`58 percent`, `a third`). */
export const QUANTITY_UNITS = ['percent', '%', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths'] as const;

/** Links of a ratio between two numbers (`six in 10`, `four out of 10`). */
export const QUANTITY_RATIO_LINKS = [['in'], ['out', 'of']] as const;

/** Words before a quantity, one sequence at most: `nearly half`, `more than 4 in 10`, `only 24 percent`. */
export const QUANTITY_APPROXIMATORS = [
  ['nearly'], ['almost'], ['about'], ['roughly'], ['around'], ['approximately'], ['only'], ['just'], ['over'],
  ['under'], ['fully'], ['barely'], ['some'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'],
] as const;

/** A number: digits or a number word (`58`, `six`, `forty-five`). */
export const NUMBER = /^(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)$/u;

/** Possessive pronouns before a cue noun, resolved as the pronoun they stand for: `his statement that …`. */
export const POSSESSIVE_PRONOUNS = [
  { word: 'his', pronoun: 'he', gender: 'm', plural: false },
  { word: 'her', pronoun: 'she', gender: 'f', plural: false },
  { word: 'their', pronoun: 'they', gender: null, plural: true },
  { word: 'its', pronoun: 'it', gender: 'n', plural: false },
  { word: 'our', pronoun: 'we', gender: null, plural: true },
  { word: 'my', pronoun: 'i', gender: null, plural: false },
] as const;

/** Words that join a main clause to the one before it: `…, and the council sued …, saying …`. */
export const CLAUSE_JOINS = ['and', 'but', 'yet', 'so'] as const;

/** Subordinators that open a sentence's first clause, closed by a comma: `While rivals hedged, Doe said …`. */
export const SUBORDINATORS = [
  'while', 'although', 'though', 'because', 'when', 'whenever', 'if', 'after', 'before', 'as', 'since', 'once',
  'until', 'unless', 'whereas',
] as const;

/**
 * Irregular past forms that head a clause (forms in -ed are read by their ending): `Doe sent a letter …, saying`,
 * `the mayor broke her silence by asking …`. Only forms that are not also common nouns or adjectives.
 */
export const PAST_VERBS = [
  'began', 'became', 'brought', 'bought', 'broke', 'came', 'caught', 'chose', 'dealt', 'did', 'drew', 'drove', 'fell',
  'felt', 'fled', 'fought', 'forgot', 'gave', 'got', 'grew', 'heard', 'held', 'hung', 'kept', 'knew', 'led', 'left',
  'lost', 'made', 'meant', 'met', 'paid', 'ran', 'rose', 'sat', 'saw', 'sent', 'shook', 'shot', 'sought', 'spent',
  'spoke', 'stood', 'stole', 'struck', 'swore', 'took', 'taught', 'thought', 'threw', 'told', 'tore', 'understood',
  'went', 'won', 'wore', 'wrote',
] as const;

/**
 * Prepositions before a hearer or a medium that a participle follows (`made a pitch to voters saying …`, `was heard on a
 * microphone telling …`): the participle's speaker is the clause's subject.
 */
export const RECIPIENT_LINKS = ['to', 'on'] as const;

/** Verbs of listening before `to`: what follows is heard speaking (`listened to Doe saying …`). */
export const LISTEN_VERBS = ['listen', 'listens', 'listened', 'listening'] as const;

/** What the speaker phrases read: the function-word tables they share with other stages, and the words above. */
export interface PhraseRules {
  readonly gap: ReadonlySet<string>; // words between a speaker and its verb
  readonly functionWords: ReadonlySet<string>;
  readonly possessives: ReadonlyMap<string, { pronoun: string; gender: 'm' | 'f' | 'n' | null; plural: boolean }>; // `his` → `he`
  readonly speakerNouns: ReadonlySet<string>;
  readonly words: PhraseWords;
}

/** The closed word classes of this file (and the shared ones), as Sets and patterns. */
export interface PhraseWords extends ClauseWords {
  readonly npLink: ReadonlySet<string>;
  readonly descriptor: RegExp;
  readonly quantifierSpeakers: ReadonlySet<string>;
  readonly postModifier: ReadonlySet<string>;
  readonly agentNoun: RegExp;
  readonly ageNoun: RegExp;
  readonly relativePronouns: ReadonlySet<string>;
  readonly clauseConjunctions: ReadonlySet<string>;
  readonly participlePrepositions: ReadonlySet<string>;
  readonly timeGapDays: ReadonlySet<string>;
  readonly timeGapPeriods: ReadonlySet<string>;
  readonly timeGapLeads: ReadonlySet<string>;
  readonly timePrepositions: ReadonlySet<string>;
  readonly introPrepositions: ReadonlySet<string>;
  readonly introAdverbs: ReadonlySet<string>;
  readonly introTimeEnds: ReadonlySet<string>;
  readonly datelineAgencies: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
  readonly documentNouns: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly subjectDeterminers: ReadonlySet<string>;
  readonly quantityHeads: ReadonlySet<string>;
  readonly quantityUnits: ReadonlySet<string>;
  readonly quantityRatioLinks: readonly (readonly string[])[];
  readonly quantityApproximators: readonly (readonly string[])[];
  readonly number: RegExp;
  readonly clauseJoins: ReadonlySet<string>;
  readonly subordinators: ReadonlySet<string>;
  readonly subordinatorLeads: ReadonlySet<string>; // SUBORDINATOR_LEADS (clause-openings.ts)
  readonly ofQuantifiers: ReadonlySet<string>; // OF_QUANTIFIERS (clause-openings.ts)
  readonly pastVerbs: ReadonlySet<string>;
  readonly recipientLinks: ReadonlySet<string>;
  readonly listenVerbs: ReadonlySet<string>;
}

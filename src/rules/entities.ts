/**
 * Word lists of the entity stage (src/pipeline/entity-table.ts, src/pipeline/entities.ts): what kind of
 * thing a name is, which roles a description names, and which organisations a `the agency` may mean.
 * Lowercase, without a final full stop.
 */

/** Abbreviated titles and their role word: `Sen. Ted Cruz` is the senator of `the senator said`. */
export const TITLE_ROLES = [
  ['sen', 'senator'], ['gov', 'governor'], ['rep', 'representative'], ['reps', 'representative'], ['gen', 'general'],
  ['lt', 'lieutenant'], ['atty', 'attorney'], ['sec', 'secretary'], ['supt', 'superintendent'], ['prof', 'professor'],
  ['dr', 'doctor'], ['rev', 'reverend'], ['pres', 'president'], ['capt', 'captain'], ['sgt', 'sergeant'],
  ['adm', 'admiral'], ['maj', 'major'], ['cmdr', 'commander'], ['insp', 'inspector'], ['congressman', 'representative'],
  ['congresswoman', 'representative'], ['chairwoman', 'chairman'], ['chair', 'chairman'], ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'],
] as const satisfies readonly (readonly [string, string])[];

/** Titles that say nothing of a role and are never one (`Mr.`, `former`, `U.S.`). */
export const NOT_ROLES = ['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'former', 'u.s', 'vice', 'deputy', 'executive', 'prime', 'the'] as const;

/**
 * Heads of a description that mean a candidate in an election article: when no entity was given that
 * role, `the nominee` is the article's main person.
 */
export const CANDIDATE_ROLES = ['candidate', 'nominee', 'front-runner', 'frontrunner', 'contender', 'hopeful', 'challenger'] as const;

/**
 * Heads of a description of an organisation, and the words of an organisation's name that make it one
 * of that kind: `the agency` is the last `… Department`, `… Bureau`, `FBI` named before it.
 */
export const ORG_KINDS = [
  { noun: 'agency', words: ['agency', 'department', 'dept', 'bureau', 'administration', 'commission', 'service', 'office', 'authority', 'fbi', 'cia', 'nsa', 'dhs', 'ice', 'epa', 'irs', 'doj', 'fda', 'cdc', 'nasa', 'pentagon', 'gao', 'cbo'] },
  { noun: 'department', words: ['department', 'dept', 'agency'] },
  { noun: 'bureau', words: ['bureau', 'fbi'] },
  { noun: 'paper', words: ['times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'globe', 'chronicle', 'inquirer', 'examiner', 'courier', 'telegraph', 'guardian', 'observer', 'leader', 'daily', 'star', 'sun', 'mirror', 'express', 'news'] },
  { noun: 'newspaper', words: ['times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'globe', 'chronicle', 'inquirer', 'examiner', 'courier', 'telegraph', 'guardian', 'observer', 'leader', 'daily', 'star', 'sun', 'mirror', 'express', 'news'] },
  { noun: 'board', words: ['times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'globe', 'chronicle', 'leader', 'board'] },
  { noun: 'network', words: ['network', 'news', 'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'fox', 'pbs', 'bbc', 'channel', 'tv', 'television', 'radio'] },
  { noun: 'station', words: ['radio', 'tv', 'television', 'channel', 'news'] },
  { noun: 'magazine', words: ['magazine', 'review', 'weekly', 'monthly'] },
  { noun: 'company', words: ['company', 'co', 'corp', 'corporation', 'inc', 'llc', 'ltd', 'plc', 'group', 'holdings', 'industries', 'motors', 'airlines', 'technologies', 'systems', 'enterprises'] },
  { noun: 'firm', words: ['company', 'co', 'corp', 'corporation', 'inc', 'llc', 'ltd', 'plc', 'group', 'partners', 'consulting', 'research'] },
  { noun: 'union', words: ['union', 'council', 'federation', 'afl-cio', 'seiu'] },
  { noun: 'committee', words: ['committee', 'dnc', 'rnc', 'pac', 'commission'] },
  { noun: 'party', words: ['party', 'gop'] },
  { noun: 'court', words: ['court'] },
  { noun: 'university', words: ['university', 'college', 'school'] },
  { noun: 'group', words: ['group', 'coalition', 'alliance', 'association', 'foundation', 'institute', 'center', 'project', 'initiative', 'organization', 'society', 'fund', 'watch'] },
  { noun: 'organization', words: ['organization', 'organisation', 'group', 'association', 'foundation', 'institute', 'center', 'coalition', 'alliance', 'society', 'fund'] },
  { noun: 'institute', words: ['institute', 'center', 'foundation'] },
  { noun: 'ministry', words: ['ministry'] },
  { noun: 'government', words: ['government', 'administration'] },
  { noun: 'administration', words: ['administration'] },
  { noun: 'bank', words: ['bank', 'reserve', 'fed'] },
  { noun: 'unit', words: ['unit', 'division'] }, // `Kalamar's Vireo unit`: the body named in it
  { noun: 'division', words: ['division', 'unit'] },
  { noun: 'subsidiary', words: ['subsidiary'] },
  { noun: 'pollster', words: ['poll', 'polling', 'survey', 'research', 'university', 'college', 'institute', 'center', 'gallup', 'quinnipiac', 'rasmussen', 'marist', 'monmouth', 'ipsos', 'yougov', 'pew', 'orc'] },
] as const satisfies readonly { noun: string; words: readonly string[] }[];

/**
 * Documents and data a body puts out: `a Halden University poll`, `the RealClearPolitics average of polls`,
 * `FBI notes` are that body's; `the poll` alone is the body behind the last poll named.
 */
export const DATA_NOUNS = [
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'analyses',
  'average', 'data', 'figures', 'numbers', 'estimate', 'estimates', 'findings', 'notes', 'memo', 'documents',
  'records', 'files', 'article', 'editorial', 'story', 'investigation', 'statement', 'release', 'paper', 'review', 'audit',
  'ranking', 'rankings', 'index', 'forecast', 'model', 'tally', 'count',
] as const;

/**
 * Kinds of organisation most often named by a brand with no kind word in it (`Facebook`, `Tallyhouse`):
 * `the company`, with no company of that name, is the organisation named in its sentence or the one before.
 */
export const BRAND_KINDS = ['company', 'firm'] as const;

/**
 * What a speaker issues in writing: `the statement said` is whoever spoke `in a statement` last
 * (`In a statement, the bank declared …`; `Smith said in a statement`).
 */
export const ISSUED_NOUNS = ['statement', 'release', 'email'] as const;

/** `his campaign`, `the Clinton campaign` → `Clinton campaign`: a person's organisation named after them. */
export const PERSON_ORGS = ['campaign'] as const;

/** `his office`, `her staff`: a person's own office speaks for them. */
export const PERSON_PROXIES = ['office', 'staff', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'team'] as const;

/** Determiners of a definite description (`the governor`); any other opener is generic (`a senator`). */
export const DEFINITE = ['the', 'this', 'that'] as const;

/**
 * Last words of a name that make it a place or a building, never a speaker: `Trump Tower`, `Mar-a-Lago Club`
 * is a club (an organisation), but `Trump National Golf Club` … a place all the same when a person's surname
 * stands in it.
 */
export const PLACE_HEADS = [
  'tower', 'towers', 'hotel', 'resort', 'casino', 'airport', 'street', 'avenue', 'boulevard', 'road', 'square',
  'park', 'bridge', 'stadium', 'arena', 'hall', 'building', 'plaza', 'mall', 'county', 'island', 'islands', 'river',
  'lake', 'mountain', 'mountains', 'valley', 'beach', 'bay', 'coast', 'district', 'province', 'state', 'city',
  'town', 'village', 'heights', 'estate', 'ranch', 'course', 'links', 'memorial', 'monument', 'cathedral',
  'temple', 'mosque', 'capitol', 'restaurant', 'theater', 'theatre', 'gardens', 'station',
] as const;

/** Words of a name that make it a work (a book, a show, a law), never a speaker: `the Affordable Care Act`. */
export const WORK_HEADS = ['act', 'bill', 'amendment', 'show', 'book', 'film', 'movie', 'album', 'series', 'program', 'programme', 'plan', 'doctrine', 'treaty', 'accord', 'accords'] as const;

/** Pronoun forms a mention may take that are never a name: `We’ve`, `I'm`, `You`. */
export const PRONOUN_FORM = /^(?:i|we|you|he|she|they|it|me|us|him|her|them)(?:['’](?:ve|m|d|ll|re|s))?$/iu;

/**
 * Given names the lexicon files only as common words (`bill`, `rich`), so `Bill Clinton` is a man and
 * keeps his given name.
 */
export const EXTRA_GIVEN_NAMES = [
  ['bill', 'm'], ['rich', 'm'], ['mark', 'm'], ['will', 'm'], ['chuck', 'm'], ['hank', 'm'], ['jack', 'm'], ['frank', 'm'],
  ['gene', 'm'], ['grant', 'm'], ['hope', 'f'], ['joy', 'f'], ['faith', 'f'], ['grace', 'f'], ['rose', 'f'], ['dawn', 'f'],
  ['chip', 'm'], ['pat', null], ['robin', null], ['terry', null], ['kim', null], ['lee', null], ['jan', null], ['dale', null],
] as const satisfies readonly (readonly [string, 'm' | 'f' | null])[];

/** First words of a place's name: `San Diego`, `Fort Worth`, `St. Louis` (not a man named Diego). */
export const PLACE_PREFIXES = ['san', 'santa', 'los', 'las', 'fort', 'port', 'mount', 'mt', 'lake', 'st', 'saint', 'el', 'la'] as const;

/**
 * Heads of a description that writers use for the article's main person when the text gave no one that
 * role (`the retired neurosurgeon`, `the business mogul`, `the New Jersey governor`): elegant variation.
 */
export const FOCUS_ROLES = [
  'candidate', 'nominee', 'front-runner', 'frontrunner', 'contender', 'hopeful', 'challenger', 'senator', 'governor',
  'congressman', 'congresswoman', 'representative', 'mayor', 'president', 'billionaire', 'mogul', 'magnate', 'tycoon',
  'businessman', 'businesswoman', 'developer', 'neurosurgeon', 'surgeon', 'politician', 'lawmaker', 'democrat',
  'republican', 'populist', 'socialist', 'star', 'host', 'secretary', 'chairman', 'leader', 'minister',
] as const;

/** The last word of a description before a name that makes it a role: `retired neurosurgeon Ben Carson`. */
export const ROLE_NOUN = /^[a-z-]{3,}(?:ers?|ors?|ists?|ians?|ants?|ents?|ees?|eons?|ats?|ives?|ary|mogul|magnate|tycoon|chief|head|star|leader|nominee|official|aide|man|woman|governor|senator|mayor|general|host|anchor)$/u;

/**
 * Heads of a description that writers use for a person just named (`Reyes blasted the plan. "…," the senator
 * said.`; `The father of five said`): a singular `the` + head whose sentence, or the one before, opens with a
 * person is most often that person (elegant variation). Kin words with the gender they tell; role nouns
 * (ROLE_NOUN), titles and FOCUS_ROLES count too, except ANONYMOUS_ROLES.
 */
export const KIN_NOUNS = [
  ['father', 'm'], ['mother', 'f'], ['son', 'm'], ['daughter', 'f'], ['brother', 'm'], ['sister', 'f'], ['husband', 'm'],
  ['wife', 'f'], ['grandfather', 'm'], ['grandmother', 'f'], ['widow', 'f'], ['widower', 'm'], ['uncle', 'm'], ['aunt', 'f'],
  ['nephew', 'm'], ['niece', 'f'], ['grandson', 'm'], ['granddaughter', 'f'], ['father-of-two', 'm'], ['mother-of-two', 'f'],
] as const satisfies readonly (readonly [string, 'm' | 'f'])[];

/** Role heads that most often stand for someone the article never names (`the official said`): never a variation. */
export const ANONYMOUS_ROLES = [
  'official', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'expert', 'analyst',
  'observer', 'insider', 'person', 'witness', 'resident', 'strategist', 'operative', 'staffer', 'member', 'supporter',
  'critic', 'opponent', 'voter', 'moderator', 'narrator', 'interviewer', 'questioner', 'officer', 'employee', 'worker', 'user', 'reader', 'viewer', 'caller', 'neighbor',
  'neighbour', 'customer', 'passenger', 'protester', 'demonstrator', 'student', 'teacher', 'lawyer', 'attorney',
  'investigator', 'prosecutor', 'researcher', 'scientist', 'economist', 'doctor', 'nurse', 'driver', 'reporter',
] as const;

/** Offices: a person who holds one is not `the treasurer` when the text gave them another (`Gov. Ann Whitley`). */
export const OFFICES = [
  'senator', 'governor', 'representative', 'mayor', 'president', 'secretary', 'treasurer', 'minister', 'judge', 'justice',
  'chairman', 'director', 'sheriff', 'commissioner', 'ambassador', 'general', 'admiral', 'speaker', 'comptroller',
  'auditor', 'chancellor', 'councilman', 'councilwoman', 'councilmember', 'assemblyman', 'assemblywoman', 'delegate',
  'superintendent', 'ceo', 'whip',
] as const;

/** Titles that open the name of an office (`Chief Whip`, `Prime Minister`, `Deputy Leader`): what follows is no surname. */
export const OFFICE_OPENERS = ['chief', 'prime', 'deputy', 'vice', 'shadow', 'acting', 'interim'] as const;

/**
 * Words that stand before a name and are not part of it (`National ICE Council President Chris Crane`
 * → `Chris Crane`). Lowercase, without a full stop. `gender` where the title tells it.
 */
export interface Title {
  readonly word: string;
  readonly gender?: 'm' | 'f';
}
export const TITLES = [
  { word: 'mr', gender: 'm' }, { word: 'mrs', gender: 'f' }, { word: 'ms', gender: 'f' }, { word: 'miss', gender: 'f' },
  { word: 'sir', gender: 'm' }, { word: 'dame', gender: 'f' }, { word: 'lord', gender: 'm' }, { word: 'lady', gender: 'f' },
  { word: 'king', gender: 'm' }, { word: 'queen', gender: 'f' }, { word: 'prince', gender: 'm' }, { word: 'princess', gender: 'f' },
  { word: 'congressman', gender: 'm' }, { word: 'congresswoman', gender: 'f' }, { word: 'spokesman', gender: 'm' },
  { word: 'spokeswoman', gender: 'f' }, { word: 'chairman', gender: 'm' }, { word: 'chairwoman', gender: 'f' },
  { word: 'businessman', gender: 'm' }, { word: 'businesswoman', gender: 'f' }, { word: 'father', gender: 'm' },
  { word: 'sister', gender: 'f' }, { word: 'brother', gender: 'm' }, { word: 'pope', gender: 'm' },
  { word: 'dr' }, { word: 'prof' }, { word: 'professor' }, { word: 'rev' }, { word: 'reverend' }, { word: 'president' },
  { word: 'vice' }, { word: 'sen' }, { word: 'senator' }, { word: 'rep' }, { word: 'reps' }, { word: 'representative' },
  { word: 'gov' }, { word: 'governor' }, { word: 'lt' }, { word: 'gen' }, { word: 'general' }, { word: 'col' },
  { word: 'capt' }, { word: 'captain' }, { word: 'sgt' }, { word: 'sergeant' }, { word: 'adm' }, { word: 'admiral' },
  { word: 'maj' }, { word: 'major' }, { word: 'cmdr' }, { word: 'commander' }, { word: 'secretary' }, { word: 'director' },
  { word: 'chair' }, { word: 'chief' }, { word: 'judge' }, { word: 'justice' }, { word: 'mayor' }, { word: 'speaker' },
  { word: 'leader' }, { word: 'attorney' }, { word: 'commissioner' }, { word: 'minister' }, { word: 'prime' },
  { word: 'ambassador' }, { word: 'ceo' }, { word: 'cfo' }, { word: 'coo' }, { word: 'deputy' }, { word: 'executive' },
  { word: 'former' }, { word: 'candidate' }, { word: 'nominee' }, { word: 'democrat' }, { word: 'republican' },
  { word: 'democratic' }, { word: 'gop' }, { word: 'officer' }, { word: 'agent' }, { word: 'detective' },
  { word: 'superintendent' }, { word: 'sheriff' }, { word: 'councilman', gender: 'm' }, { word: 'councilwoman', gender: 'f' },
  { word: 'councilmember' }, { word: 'assemblyman', gender: 'm' }, { word: 'assemblywoman', gender: 'f' },
  { word: 'delegate' }, { word: 'treasurer' }, { word: 'comptroller' }, { word: 'auditor' }, { word: 'dean' },
  { word: 'provost' }, { word: 'chancellor' }, { word: 'founder' }, { word: 'cofounder' }, { word: 'co-founder' },
  { word: 'host' }, { word: 'anchor' }, { word: 'columnist' }, { word: 'editor' }, { word: 'correspondent' },
  { word: 'reporter' }, { word: 'analyst' }, { word: 'strategist' }, { word: 'adviser' }, { word: 'advisor' },
  { word: 'aide' }, { word: 'manager' }, { word: 'coach' }, { word: 'pastor' }, { word: 'bishop' }, { word: 'cardinal' },
  { word: 'rabbi' }, { word: 'imam' }, { word: 'dj' }, { word: 'sec' }, { word: 'atty' }, { word: 'supt' }, { word: 'insp' },
  { word: 'inspector' }, { word: 'prosecutor' }, { word: 'lawyer' }, { word: 'economist' }, { word: 'pollster' },
  { word: 'expert' }, { word: 'activist' }, { word: 'author' }, { word: 'actor' }, { word: 'actress' }, { word: 'star' },
  { word: 'u.s' }, // `U.S. Sen. Ted Cruz`
  // British and Commonwealth forms, written without a full stop: `Labour MP Owen Tarrant`, `Cllr Ann Petch`.
  { word: 'mp' }, { word: 'msp' }, { word: 'mep' }, { word: 'mla' }, { word: 'cllr' }, { word: 'councillor' },
  { word: 'baroness', gender: 'f' }, { word: 'baron', gender: 'm' }, { word: 'countess', gender: 'f' },
  { word: 'viscount', gender: 'm' }, { word: 'viscountess', gender: 'f' }, { word: 'revd' },
] as const satisfies readonly Title[];

/** A capitalised word that ends a name as an organisation's (`National ICE Council`, `Federal News Radio`). */
export const ORG_WORDS = [
  'council', 'union', 'agency', 'department', 'dept', 'committee', 'party', 'times', 'post', 'news', 'network',
  'radio', 'journal', 'press', 'association', 'institute', 'university', 'college', 'school', 'corporation', 'corp',
  'inc', 'co', 'company', 'group', 'bank', 'court', 'congress', 'senate', 'house', 'administration', 'commission',
  'bureau', 'office', 'service', 'services', 'campaign', 'foundation', 'center', 'centre', 'federation', 'coalition',
  'alliance', 'ministry', 'government', 'police', 'army', 'navy', 'force', 'board', 'authority', 'organization',
  'organisation', 'society', 'fund', 'trust', 'tribune', 'herald', 'gazette', 'magazine', 'channel', 'television',
  'tv', 'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'npr', 'pbs', 'bbc', 'reuters', 'ap', 'afp', 'bloomberg', 'politico',
  'breitbart', 'foxnews', 'llc', 'ltd', 'plc', 'partners', 'project', 'initiative', 'caucus', 'pac', 'club', 'league',
  'watch', 'review', 'daily', 'weekly', 'monitor', 'observer', 'guardian', 'telegraph', 'independent', 'economist',
  'examiner', 'inquirer', 'chronicle', 'courier', 'globe', 'sun', 'star', 'mirror', 'express', 'wire', 'media',
  'international', 'institution', 'laboratory', 'lab', 'hospital', 'clinic', 'church', 'ministries', 'industries', 'systems',
  'technologies', 'airlines', 'motors', 'enterprises', 'holdings', 'consulting', 'research', 'poll', 'survey',
  'legislature', 'assembly', 'parliament', 'cabinet', 'pentagon', 'kremlin', 'fbi', 'cia', 'nsa', 'dhs', 'ice',
  'epa', 'irs', 'doj', 'gao', 'cbo', 'fda', 'cdc', 'nasa', 'nato', 'un', 'eu', 'who', 'gop', 'dnc', 'rnc', 'aclu',
  'nra', 'afl-cio', 'seiu', 'aarp', 'state', 'states', 'city', 'county', 'commonwealth', 'republic', 'nation',
] as const;

/** Lowercase heads of nominal speakers (`the agency said`, `a spokesman for X said`). kind is the speaker kind. */
export interface Nominal {
  readonly word: string;
  readonly kind: 'person' | 'organization' | 'other';
  readonly plural?: boolean;
}
export const NOMINALS = [
  { word: 'spokesman', kind: 'person' }, { word: 'spokeswoman', kind: 'person' }, { word: 'spokesperson', kind: 'person' },
  { word: 'official', kind: 'person' }, { word: 'officials', kind: 'person', plural: true },
  { word: 'aide', kind: 'person' }, { word: 'aides', kind: 'person', plural: true },
  { word: 'adviser', kind: 'person' }, { word: 'advisers', kind: 'person', plural: true },
  { word: 'advisor', kind: 'person' }, { word: 'advisors', kind: 'person', plural: true },
  { word: 'source', kind: 'person' }, { word: 'sources', kind: 'person', plural: true },
  { word: 'expert', kind: 'person' }, { word: 'experts', kind: 'person', plural: true },
  { word: 'analyst', kind: 'person' }, { word: 'analysts', kind: 'person', plural: true },
  { word: 'critic', kind: 'person' }, { word: 'critics', kind: 'person', plural: true },
  { word: 'supporter', kind: 'person' }, { word: 'supporters', kind: 'person', plural: true },
  { word: 'opponent', kind: 'person' }, { word: 'opponents', kind: 'person', plural: true },
  { word: 'lawmaker', kind: 'person' }, { word: 'lawmakers', kind: 'person', plural: true },
  { word: 'senator', kind: 'person' }, { word: 'senators', kind: 'person', plural: true },
  { word: 'president', kind: 'person' }, { word: 'candidate', kind: 'person' }, { word: 'candidates', kind: 'person', plural: true },
  { word: 'nominee', kind: 'person' }, { word: 'governor', kind: 'person' }, { word: 'mayor', kind: 'person' },
  { word: 'secretary', kind: 'person' }, { word: 'director', kind: 'person' }, { word: 'chairman', kind: 'person' },
  { word: 'leader', kind: 'person' }, { word: 'leaders', kind: 'person', plural: true },
  { word: 'voter', kind: 'person' }, { word: 'voters', kind: 'person', plural: true },
  { word: 'resident', kind: 'person' }, { word: 'residents', kind: 'person', plural: true },
  { word: 'witness', kind: 'person' }, { word: 'witnesses', kind: 'person', plural: true },
  { word: 'investigators', kind: 'person', plural: true }, { word: 'prosecutors', kind: 'person', plural: true },
  { word: 'prosecutor', kind: 'person' }, { word: 'police', kind: 'organization', plural: true },
  { word: 'authorities', kind: 'organization', plural: true }, { word: 'republicans', kind: 'person', plural: true },
  { word: 'democrats', kind: 'person', plural: true }, { word: 'people', kind: 'person', plural: true },
  { word: 'economists', kind: 'person', plural: true }, { word: 'scientists', kind: 'person', plural: true },
  { word: 'researchers', kind: 'person', plural: true }, { word: 'observers', kind: 'person', plural: true },
  { word: 'officers', kind: 'person', plural: true }, { word: 'members', kind: 'person', plural: true },
  { word: 'agency', kind: 'organization' }, { word: 'union', kind: 'organization' }, { word: 'department', kind: 'organization' },
  { word: 'administration', kind: 'organization' }, { word: 'campaign', kind: 'organization' }, { word: 'company', kind: 'organization' },
  { word: 'government', kind: 'organization' }, { word: 'committee', kind: 'organization' }, { word: 'council', kind: 'organization' },
  { word: 'group', kind: 'organization' }, { word: 'organization', kind: 'organization' }, { word: 'party', kind: 'organization' },
  { word: 'court', kind: 'organization' }, { word: 'ministry', kind: 'organization' }, { word: 'office', kind: 'organization' },
  { word: 'newspaper', kind: 'organization' }, { word: 'paper', kind: 'organization' }, { word: 'network', kind: 'organization' },
  { word: 'station', kind: 'organization' }, { word: 'magazine', kind: 'organization' }, { word: 'firm', kind: 'organization' },
  { word: 'report', kind: 'other' }, { word: 'study', kind: 'other' }, { word: 'poll', kind: 'other' }, { word: 'survey', kind: 'other' },
  { word: 'statement', kind: 'other' }, { word: 'letter', kind: 'other' }, { word: 'memo', kind: 'other' },
  { word: 'filing', kind: 'other' }, { word: 'lawsuit', kind: 'other' }, { word: 'complaint', kind: 'other' },
  { word: 'data', kind: 'other' }, { word: 'analysis', kind: 'other' }, { word: 'documents', kind: 'other', plural: true },
  { word: 'document', kind: 'other' }, { word: 'website', kind: 'other' }, { word: 'ad', kind: 'other' },
  { word: 'release', kind: 'other' }, { word: 'bill', kind: 'other' }, { word: 'ruling', kind: 'other' },
] as const satisfies readonly Nominal[];

/** Further heads of common-noun speakers (`the editorial board`, `her husband`, `the column`), lowercase. */
export const SPEAKER_NOUNS = [
  'person', 'official', 'source', 'user', 'users', 'commenter', 'caller', 'resident', 'neighbor', 'spokesman',
  'board', 'editorial', 'column', 'husband', 'wife', 'mother', 'father', 'son', 'daughter', 'brother', 'sister',
  'friend', 'friends', 'family', 'families', 'man', 'woman', 'men', 'women', 'crowd', 'audience', 'panel', 'jury',
  'tabloid', 'article', 'story', 'piece', 'op-ed', 'blog', 'post', 'tweet', 'ad', 'video', 'memo', 'email', 'e-mail',
  'message', 'note', 'book', 'speech', 'platform', 'agreement', 'law', 'policy', 'polls', 'surveys', 'studies',
  'reports', 'data', 'figures', 'numbers', 'estimates', 'records', 'documents', 'campaign', 'team', 'staff',
  'staffers', 'spokesperson', 'representatives', 'delegates', 'donors', 'allies', 'colleagues', 'rivals',
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'activists', 'protesters',
  'demonstrators', 'students', 'parents', 'children', 'kids', 'veterans', 'immigrants', 'refugees', 'citizens',
  'americans', 'workers', 'employees', 'doctors', 'nurses', 'scientists', 'historians', 'scholars', 'judge',
  'justices', 'court', 'commission', 'agency', 'department', 'ministry', 'embassy', 'consulate', 'white',
  'candidate', 'frontrunner', 'front-runner', 'billionaire', 'mogul', 'businessman', 'businesswoman', 'senator',
  'congressman', 'congresswoman', 'governor', 'mayor', 'president', 'vice', 'secretary', 'chairman', 'chairwoman',
  'chair', 'ceo', 'founder', 'host', 'anchor', 'moderator', 'pollster', 'strategist', 'consultant', 'operative',
  'insider', 'insiders', 'observers', 'pundits', 'commentators', 'experts', 'economists', 'analysts', 'statement',
  'sign', 'signs', 'placard', 'placards', 'banners', 'headline', 'caption',
  'release', 'filing', 'complaint', 'lawsuit', 'indictment', 'ruling', 'decision', 'opinion', 'investigation',
  'inquiry', 'review', 'audit', 'analysis', 'assessment', 'study', 'survey', 'poll', 'report',
] as const;

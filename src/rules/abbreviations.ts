/**
 * Word tables for the sentence splitter (src/pipeline/sentences.ts).
 *
 * Spelling: entries are written without their full stop; dotted forms keep their inner dots (`u.s`).
 * An entry with a capital letter matches only that spelling (`Ill` is Illinois, `ill.` is a word); an
 * all-lower-case entry matches in any case (`co` matches `co.`, `Co.` and `CO.`).
 *
 * What a class does to a full stop that is followed by a capitalised word:
 *   prepositive  never ends a sentence (Mr. Smith, Sen. Cruz, e.g. The)
 *   number       no end before a number (No. 2, p. 55, Fig. 3); otherwise an ordinary word
 *   month        no end before a number (Jan. 10); otherwise like `abbreviations`
 *   time         a.m. / p.m.: ends (also before a number) unless a day, month or zone follows
 *                (`9 p.m. Tuesday`, `9 a.m. ET`) or the sentence so far is only `At 5 a.m.`
 *   unit         after a number like `abbreviations` (6 ft. tall, 40 ft. Christmas tree); otherwise an ordinary word
 *   plural unit  after a number ends before any capitalised word of two letters or more (6 hrs. Roads
 *                flooded): a unit that names the size of a noun is singular (a 40 ft. tree)
 *   abbreviations  may end a sentence: ends only before a sentence starter (Co. It closed / Co. CEO);
 *                a company suffix also before a capitalised possessive (Co. Ford's unit said)
 * A full stop followed by a lower-case word never ends a sentence, whatever the class.
 */
export interface SentenceRules {
  /** Titles and linking abbreviations that always have more to come. */
  readonly prepositive: readonly string[];
  /** Abbreviations that stand before a number. */
  readonly numberAbbreviations: readonly string[];
  readonly months: readonly string[];
  readonly timeAbbreviations: readonly string[];
  /** Words after `5 p.m.` that continue the time expression. */
  readonly timeFollowers: readonly string[];
  /** Words that may open a sentence before its time (`At`, `Shortly after`). */
  readonly timeIntroWords: readonly string[];
  readonly units: readonly string[];
  /** Units in the plural (`hrs`): never before a noun they measure, so a capital after them opens a sentence. */
  readonly pluralUnits: readonly string[];
  /** Abbreviations that can end a sentence, also US states in AP style. */
  readonly abbreviations: readonly string[];
  /** Company suffixes among them (`Co.`): before a capitalised possessive (`Co. Ford's unit said`) they end a sentence. */
  readonly companySuffixes: readonly string[];
  /** Names written with a `!` (`Yahoo! News`): their `!` ends a sentence only before a sentence starter. */
  readonly exclaimedNames: readonly string[];
  /** Words that are capitalised mostly because they open a sentence. */
  readonly sentenceStarters: readonly string[];
  /** Plural nouns that open news sentences but also follow `U.S.` in a name; see GROUP_STARTERS. */
  readonly groupStarters: readonly string[];
  /** Verbs that make `"Why?" Smith asked.` one sentence. */
  readonly attributionVerbs: readonly string[];
  /** Characters that open a list item; a paragraph that starts with one splits at each later one. */
  readonly bullets: readonly string[];
}

export const PREPOSITIVE_ABBREVIATIONS = [
  // courtesy titles: common enough in lower case (`dr. smith`) to match any case
  'mr', 'mrs', 'ms', 'mx', 'dr', 'messrs', 'mmes', 'mme', 'mlle', 'prof',
  // offices and ranks: capitalised only (`sales rep.` may end a sentence)
  'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Lt', 'Gen', 'Gens', 'Col', 'Maj', 'Capt', 'Cmdr', 'Cmdt', 'Adm',
  'Sgt', 'Cpl', 'Pvt', 'Pfc', 'Spc', 'Brig', 'Rev', 'Revs', 'Msgr', 'Fr', 'Hon', 'Pres', 'Supt', 'Atty', 'Amb',
  'Insp', 'Det', 'Ofc', 'Asst', 'Lieut', 'Comdr', 'Cdr', 'Rt', 'Drs', 'Mssrs', 'Ens', 'Sfc', 'Sra', 'Srta',
  // linking abbreviations: more always follows
  'e.g', 'i.e', 'vs', 'viz', 'cf', 'a.k.a',
] as const satisfies readonly string[];

export const NUMBER_ABBREVIATIONS = [
  'no', 'nos', 'nr', 'n°', 'nº', 'art', 'arts', 'fig', 'figs', 'vol', 'vols', 'ch', 'chap', 'sec', 'sect', 'para',
  'p', 'pp', 'pg', 'op', 'ed', 'ext', 'tel', 'ph', 'approx', 'ca', 'c', 'hwy', 'rte', 'apt', 'ste', 'bldg', 'rm', 'prop', // Prop. 8
  'col', // column (the capitalised `Col` is a title)
  'rs', 'Re', 'dhs', 'Tk', // currencies written before the amount: Rs. 3520 (rupees), Dhs. 50 (dirhams), Tk. 500 (taka)
  'eq', 'eqs', 'ex', 'tab', // Eq. 2, Ex. 4, Tab. 3
] as const satisfies readonly string[];

export const MONTH_ABBREVIATIONS = [
  'jan', 'feb', 'Mar', 'apr', 'Jun', 'Jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', // mar, jun, jul are words too
] as const satisfies readonly string[];

export const TIME_ABBREVIATIONS = ['a.m', 'p.m'] as const satisfies readonly string[];

export const TIME_FOLLOWERS = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'GMT', 'UTC',
  'BST', 'CET', 'CEST', 'Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic',
] as const satisfies readonly string[];

export const TIME_INTRO_WORDS = [
  'at', 'by', 'from', 'until', 'till', 'til', 'after', 'before', 'around', 'about', 'since', 'on', 'shortly', 'just',
  'only', 'approximately', 'roughly', 'nearly', 'almost', 'starting', 'beginning', 'as', 'of', 'between', 'and', 'to',
] as const satisfies readonly string[];

export const UNIT_ABBREVIATIONS = [
  'in', 'ft', 'yd', 'yds', 'mi', 'oz', 'lb', 'lbs', 'pt', 'qt', 'gal', 'hr', 'hrs', 'min', 'mins', 'secs', 'yr', 'yrs',
  'mo', 'mos', 'wk', 'wks', 'sq', 'cu', 'tsp', 'tbsp', 'doz', 'deg', 'km', 'kg', 'cm', 'mm', 'ml', 'mg', 'mph',
] as const satisfies readonly string[];

export const PLURAL_UNIT_ABBREVIATIONS = [
  'yds', 'lbs', 'hrs', 'mins', 'secs', 'yrs', 'mos', 'wks',
] as const satisfies readonly string[];

export const ENDING_ABBREVIATIONS = [
  // company and name suffixes
  'inc', 'co', 'cos', 'corp', 'ltd', 'llc', 'llp', 'plc', 'bros', 'jr', 'esq', 'phd', 'ph.d', 'md', 'mfg', 'intl',
  'natl', 'assn', 'assoc', 'dept', 'depts', 'univ', 'govt', 'admin', 'div', 'dist', 'est', 'etc', 'al', // et al.
  'ibid', 'misc', 'ref', 'refs', 'orig', 'esp', 'hosp', 'surg', 'trans', 'repr', 'ver',
  'ave', 'blvd', 'rd', 'pl', 'pkwy', 'expy', 'fwy', 'cir', 'ct', 'ln', 'hts', 'mtn', 'sq',
  'st', 'mt', 'ft', // Saint / street, Mount, Fort: `St. Louis` vs `Main St. The`
  'Sr', // Senior, after a name (John Smith Sr.)
  // US states in AP style (D-Calif.), capitalised only: several are words in lower case
  'Ala', 'Ariz', 'Ark', 'Calif', 'Cal', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ida', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky',
  'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nebr', 'Nev', 'Okla', 'Ore', 'Oreg', 'Pa', 'Penn',
  'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wisc', 'Wyo', 'Dak', 'Penna',
  'Ont', 'Que', 'Sask', 'Alta', 'Mex', // Canadian provinces and Mexico in the same style
] as const satisfies readonly string[];

/**
 * A company's name ends at its suffix: a possessive after it belongs to the next sentence
 * (`Sales fell at Acme Motors Co. Acme's truck unit said`), while a title goes on (`Acme Inc. Chief Executive`).
 */
export const COMPANY_SUFFIXES = [
  'inc', 'co', 'cos', 'corp', 'ltd', 'llc', 'llp', 'plc',
] as const satisfies readonly string[];

export const EXCLAIMED_NAMES = [
  'Yahoo', 'Jeopardy', 'Wham', 'E', // Yahoo! News, Jeopardy! host, E! News
] as const satisfies readonly string[];

export const SENTENCE_STARTERS = [
  // pronouns and determiners
  'I', 'He', 'She', 'It', 'We', 'They', 'You', 'This', 'That', 'These', 'Those', 'There', 'Here', 'The', 'A', 'An',
  'Some', 'Many', 'Most', 'Much', 'More', 'All', 'Both', 'Each', 'Every', 'Either', 'Neither', 'No', 'None', 'Nobody',
  'Nothing', 'Any', 'Another', 'Other', 'Such', 'Several', 'Few', 'My', 'Our', 'Your', 'His', 'Her', 'Its', 'Their',
  // conjunctions, adverbs and prepositions that open clauses
  'But', 'And', 'Or', 'Nor', 'So', 'Yet', 'However', 'Still', 'Also', 'Meanwhile', 'Instead', 'Then', 'Now', 'Later',
  'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Last', 'Next', 'After', 'Before', 'When', 'While', 'Where',
  'If', 'Although', 'Though', 'Because', 'Since', 'As', 'In', 'On', 'At', 'With', 'Without', 'By', 'From', 'Under',
  'During', 'Despite', 'According', 'Thus', 'Therefore', 'Indeed', 'Moreover', 'Furthermore', 'Nevertheless',
  'Nonetheless', 'Otherwise', 'Perhaps', 'Maybe', 'Even', 'Only', 'Not', 'Once', 'Finally', 'Asked', 'Unlike',
  'For', 'Being',
  // quantities that open news sentences (`in the U.S. Millions of people`)
  'Millions', 'Thousands', 'Hundreds', 'Billions', 'Dozens', 'Scores',
  'Others', 'Everyone', 'Somebody', 'Someone',
  // questions and auxiliaries
  'What', 'Who', 'Whom', 'Whose', 'Why', 'How', 'Which', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Can',
  'Could', 'Would', 'Should', 'Might', 'Must', 'Has', 'Have', 'Had', 'Let', 'Please', 'Yes', 'Oh',
  // a courtesy title after an abbreviation starts a new name, hence a new sentence (`6 P.M. Mr. Smith`)
  'Mr', 'Mrs', 'Ms',
] as const satisfies readonly string[];

/**
 * Groups and measures that open news sentences (`in the U.K. Prices rose`, `at Acme Inc. Analysts said`)
 * but also follow a country's abbreviation as its adjective (`U.S. Officials Say`, `The U.S. Lawmakers who
 * met`): sentence starters except in a title-case run or after a dotted abbreviation that opens its sentence.
 */
export const GROUP_STARTERS = [
  'Prices', 'Analysts', 'Critics', 'Experts', 'Officials', 'Residents', 'Voters', 'Investors', 'Economists',
  'Researchers', 'Scientists', 'Lawmakers', 'Supporters', 'Opponents', 'Observers', 'Witnesses', 'Protesters',
  'Sales', 'Profits', 'Wages', 'People',
] as const satisfies readonly string[];

export const ATTRIBUTION_VERBS = [
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'tells', 'replied', 'replies', 'wrote', 'writes',
  'explained', 'insisted', 'noted', 'continued', 'shouted', 'yelled', 'declared', 'exclaimed', 'cried', 'answered',
  'responded', 'recalled', 'acknowledged', 'argued', 'warned', 'tweeted', 'quipped', 'joked', 'demanded', 'wondered',
  'screamed', 'asserted', 'stated', 'admitted', 'countered',
] as const satisfies readonly string[];

// `-` and `*` are left out: after normalise() a dash is `-`, and both occur inside prose.
export const BULLETS = ['•', '◦', '‣', '⁃', '▪', '▫', '●', '○', '■', '□', '◆', '◇', '►', '▶', '➢', '➤', '✓', '✔', '·'] as const;

export const SENTENCE_RULES: SentenceRules = {
  prepositive: PREPOSITIVE_ABBREVIATIONS,
  numberAbbreviations: NUMBER_ABBREVIATIONS,
  months: MONTH_ABBREVIATIONS,
  timeAbbreviations: TIME_ABBREVIATIONS,
  timeFollowers: TIME_FOLLOWERS,
  timeIntroWords: TIME_INTRO_WORDS,
  units: UNIT_ABBREVIATIONS,
  pluralUnits: PLURAL_UNIT_ABBREVIATIONS,
  abbreviations: ENDING_ABBREVIATIONS,
  companySuffixes: COMPANY_SUFFIXES,
  exclaimedNames: EXCLAIMED_NAMES,
  sentenceStarters: SENTENCE_STARTERS,
  groupStarters: GROUP_STARTERS,
  attributionVerbs: ATTRIBUTION_VERBS,
  bullets: BULLETS,
};

/**
 * Word classes the name rules read (src/pipeline/mentions.ts): what joins, ends or rules out a name.
 */

/** Lowercase words inside a capitalised run that may join a name: `Department of State`, `Ludwig van Beethoven`. */
export const NAME_CONNECTORS = ['of', 'for', 'and', '&', 'de', 'van', 'von', 'der', 'la', 'le', 'da', 'del', 'bin', 'al'] as const;

/** Connectors that are particles of people's names (`Charles de Gaulle`), not of organisations. */
export const NAME_PARTICLES = ['de', 'van', 'von', 'al', 'bin'] as const;

/** After a name: `Martin Luther King Jr.`. */
export const NAME_SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv'] as const;

/** Capitalised words that are dates, not names: `Friday`, `Jan. 10`. */
export const CALENDAR_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'jan', 'february', 'feb',
  'march', 'mar', 'april', 'apr', 'june', 'jun', 'july', 'jul', 'august', 'aug', 'september', 'sept', 'sep',
  'october', 'oct', 'november', 'nov', 'december', 'dec', 'today', 'tonight', 'yesterday', 'tomorrow',
] as const;

/** An acronym: `ICE`, `U.S.`, `AT&T`. */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]+$/u;

/** Endings of common nouns, which people's names rarely have (`Operations`, `Security`, `Enforcement`). */
export const NOUN_SUFFIX = /(?:tions?|sions?|ments?|ities|ity|ness|ances?|ences?|ships?|isms?|ics|ures?|ries|ology|ists?|ers|ors|ives?|als|ings?|ary|ery|ism|cy)$/u;

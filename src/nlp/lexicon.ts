import { createRequire } from 'node:module';

/**
 * The only door to compromise: its lexicon of first names (with gender), surnames, organisations,
 * places and word classes, looked up one lower-case word at a time. The CommonJS build is loaded
 * lazily (it costs ~250 ms), on the first look-up of a document that needs one.
 */
type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | null = null;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as { world(): { model: { one: { lexicon: Lexicon } } } };
  lexicon = nlp.world().model.one.lexicon;
  return lexicon;
}

export function tagsOf(lowerWord: string): readonly string[] {
  const t = load()[lowerWord];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

export type NameClass = { kind: 'person' | 'organization' | 'place' | 'other'; gender: 'm' | 'f' | null };

/** Classify a capitalised name by its words: first names carry gender; organisations and places by lexicon. */
export function classifyWords(lowerWords: readonly string[]): NameClass {
  if (lowerWords.length === 0) return { kind: 'other', gender: null };
  const first = tagsOf(lowerWords[0]!);
  const last = tagsOf(lowerWords[lowerWords.length - 1]!);
  const all = lowerWords.map(tagsOf);
  if (all.some((t) => t.includes('Organization') || t.includes('SportsTeam'))) return { kind: 'organization', gender: null };
  const gender = first.includes('MaleName') ? 'm' : first.includes('FemaleName') ? 'f' : null;
  if (gender || first.includes('FirstName') || last.includes('LastName') || first.includes('Person') || last.includes('Person')) {
    return { kind: 'person', gender };
  }
  if (all.every((t) => t.includes('Country') || t.includes('City') || t.includes('Place') || t.includes('Region') || t.includes('Demonym'))) {
    return { kind: 'place', gender: null };
  }
  return { kind: 'other', gender: null };
}

/** Is this lower-case word a common (non-name) word in the lexicon: a verb, adjective, adverb... */
export function isCommonWord(lowerWord: string): boolean {
  const t = tagsOf(lowerWord);
  return t.some((x) => x !== 'MaleName' && x !== 'FemaleName' && x !== 'FirstName' && x !== 'LastName' && x !== 'Person' && x !== 'ProperNoun' && x !== 'Organization' && x !== 'City' && x !== 'Country' && x !== 'Place' && x !== 'Region');
}

import { createRequire } from 'node:module';
import { tagsOfCodes } from './lexicon-codes.js';

/**
 * The only door to compromise: its lexicon of first names (with gender), surnames, organisations,
 * places and word classes, looked up one lower-case word at a time. The build writes the part we use
 * to names.json beside this file (a cold start then never loads compromise); without it, compromise's
 * CommonJS build is loaded lazily (~250 ms).
 */
type Lookup = (lowerWord: string) => readonly string[];
let lookup: Lookup | null = null;

function load(): Lookup {
  if (lookup) return lookup;
  const require = createRequire(import.meta.url);
  try {
    const { words } = require('./names.json') as { words: Record<string, string> };
    const table = new Map(Object.entries(words)); // never a prototype key (`constructor`)
    const cache = new Map<string, readonly string[]>();
    lookup = (w) => {
      const codes = table.get(w);
      if (codes === undefined) return [];
      let tags = cache.get(codes);
      if (!tags) cache.set(codes, (tags = tagsOfCodes(codes)));
      return tags;
    };
  } catch {
    const nlp = require('compromise') as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };
    const lexicon = nlp.world().model.one.lexicon;
    lookup = (w) => {
      const t = Object.prototype.hasOwnProperty.call(lexicon, w) ? lexicon[w] : undefined;
      return t === undefined ? [] : Array.isArray(t) ? t : [t];
    };
  }
  return lookup;
}

export function tagsOf(lowerWord: string): readonly string[] {
  return load()(lowerWord);
}

export type NameClass = { kind: 'person' | 'organization' | 'place' | 'other'; gender: 'm' | 'f' | null };

/** Classify a capitalised name by its words: first names carry gender; organisations and places by lexicon. */
export function classifyWords(lowerWords: readonly string[]): NameClass {
  if (lowerWords.length === 0) return { kind: 'other', gender: null };
  const all = lowerWords.map(tagsOf);
  const first = all[0]!;
  const last = all[all.length - 1]!;
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

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'ProperNoun', 'Organization', 'City', 'Country', 'Place', 'Region']);

/** Is this lower-case word a common (non-name) word in the lexicon: a verb, adjective, adverb... */
export function isCommonWord(lowerWord: string): boolean {
  return tagsOf(lowerWord).some((x) => !NAME_TAGS.has(x));
}

/** Does the lexicon know this lower-case word as (part of) a name: a first name, a city, an organisation? */
export function isNameWord(lowerWord: string): boolean {
  return tagsOf(lowerWord).some((x) => NAME_TAGS.has(x));
}

/** One letter for each lexicon tag the name rules read; `c` for a word that is also a common word. */
export const CODES = {
  MaleName: 'm', FemaleName: 'f', FirstName: 'F', LastName: 'L', Person: 'P', Organization: 'O', SportsTeam: 'O',
  Country: 'C', City: 'Y', Place: 'G', Region: 'G', Demonym: 'D', ProperNoun: 'N',
} as const satisfies Record<string, string>;

const NAMEISH = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'ProperNoun', 'Organization', 'City', 'Country', 'Place', 'Region']);

/** The letters for a word's tags, in a fixed order; '' when none matters. */
export function codesOf(tags: readonly string[]): string {
  const set = new Set<string>();
  for (const t of tags) {
    const c = (CODES as Record<string, string>)[t];
    if (c) set.add(c);
    if (!NAMEISH.has(t)) set.add('c');
  }
  return [...set].sort().join('');
}

/** The tags a string of letters stands for (the first tag of each letter), as the look-ups expect. */
export function tagsOfCodes(codes: string): string[] {
  const out: string[] = [];
  for (const [tag, c] of Object.entries(CODES)) if (codes.includes(c) && !out.some((t) => (CODES as Record<string, string>)[t] === c)) out.push(tag);
  if (codes.includes('c')) out.push('Noun'); // any common word class: only "is it common" is asked
  return out;
}

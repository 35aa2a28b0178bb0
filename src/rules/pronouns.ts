/** Pronouns that can be a speaker, with what they tell about their antecedent. */
export interface Pronoun {
  readonly word: string;
  readonly gender: 'm' | 'f' | 'n' | null;
  readonly plural: boolean;
  readonly first: boolean; // I / we: the speaker of a quotation, resolved like `they`
}
export const PRONOUNS = [
  { word: 'he', gender: 'm', plural: false, first: false },
  { word: 'she', gender: 'f', plural: false, first: false },
  { word: 'it', gender: 'n', plural: false, first: false },
  { word: 'they', gender: null, plural: true, first: false },
  { word: 'we', gender: null, plural: true, first: true },
  { word: 'i', gender: null, plural: false, first: true },
  { word: 'you', gender: null, plural: false, first: false }, // kept as written: generic "you"
  { word: 'who', gender: null, plural: false, first: false }, // relative: resolved to the noun before it
] as const satisfies readonly Pronoun[];

import type { Cue } from '../types.js';
import type { Token } from '../text/tokens.js';

export interface CueRules {
  readonly verbForms: ReadonlyMap<string, { lemma: string; weight: number }>;
  readonly phrases: readonly { lemma: string; words: readonly string[]; weight: number }[];
}

export interface FoundCue extends Cue {
  readonly first: number; // token index in the sentence
  readonly last: number; // inclusive
  readonly form: string; // the verb form as written, lower-case (`said`, `adding`)
}

/** Cue verbs and phrases of one sentence, never inside a quotation. */
export function findCues(tokens: readonly Token[], sentence: number, rules: CueRules): FoundCue[] {
  const out: FoundCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.quoted) continue;
    const phrase = rules.phrases.find((p) => p.words[0] === t.lower && p.words.every((w, k) => tokens[i + k]?.lower === w && !tokens[i + k]!.quoted));
    if (phrase) {
      const end = tokens[i + phrase.words.length - 1]!;
      out.push({ start: t.start, end: end.end, lemma: phrase.lemma, weight: phrase.weight, kind: 'phrase', sentence, first: i, last: i + phrase.words.length - 1, form: phrase.lemma });
      i += phrase.words.length - 1;
      continue;
    }
    const verb = rules.verbForms.get(t.lower);
    if (verb) out.push({ start: t.start, end: t.end, lemma: verb.lemma, weight: verb.weight, kind: 'verb', sentence, first: i, last: i, form: t.lower });
  }
  return out;
}

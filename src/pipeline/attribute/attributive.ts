import type { AttributeRules } from '../../rules/attribute-words.js';
import type { FoundCue } from '../cues.js';
import type { SentenceFacts } from '../sentence-facts.js';

/** `he’s`, `that’s`: a pronoun's `’s` is `is` or `has`, never a possessive. */
const CONTRACTED = /^(?:he|she|it|that|who|there|what|where|here|let|this)['\u2019]s$/u;

/**
 * Is a past-participle cue an adjective of a possessive's noun (`the mayor’s proposed ban`, `Doe’s repeated denials`,
 * ATTRIBUTIVE_PARTICIPLES)? The word before it ends in a possessive `’s` that is not a pronoun's contraction, and a
 * noun or adjective follows (a lowercase word that is no function word, pronoun, `that` or `to`): `Doe’s repeated
 * that …`, `Doe’s reported to the board` keep the verb of `Doe has`.
 */
export function attributiveCue(f: SentenceFacts, cue: FoundCue, rules: AttributeRules): boolean {
  if (cue.kind !== 'verb' || cue.first !== cue.last || !rules.attributiveParticiples.has(cue.form)) return false;
  const toks = f.tokens;
  const owner = toks[cue.first - 1];
  const next = toks[cue.last + 1];
  if (!owner || !owner.word || owner.quoted || !/['\u2019]s$/u.test(owner.lower) || CONTRACTED.test(owner.lower)) return false;
  if (!next || !next.word || next.quoted || next.cap) return false;
  const w = next.lower;
  return !rules.functionWords.has(w) && !rules.words.subjectPronouns.has(w) && !rules.words.prepositions.has(w) && !rules.words.determiners.has(w) &&
    !rules.words.auxiliaries.has(w) && w !== 'that' && w !== 'to';
}

import type { AttributeRules } from '../../rules/attribute-words.js';
import type { FoundCue } from '../cues.js';
import type { SentenceFacts } from '../sentence-facts.js';
import { speakingNoun } from '../phrases/noun-phrases.js';

/** `he’s`, `that’s`: a pronoun's `’s` is `is` or `has`, never a possessive. */
const CONTRACTED = /^(?:he|she|it|that|who|there|what|where|here|let|this)['\u2019]s$/u;

/**
 * Is a past-participle cue an adjective of a possessive's noun (`the mayor’s proposed ban`, `Doe’s repeated denials`,
 * ATTRIBUTIVE_PARTICIPLES)? The word before it ends in a possessive `’s` that is not a pronoun's contraction, and a
 * noun or adjective follows (a lowercase word that is no function word, pronoun, `that` or `to`): `Doe’s repeated
 * that …`, `Doe’s reported to the board` keep the verb of `Doe has`. Up to two -ly adverbs may stand between the
 * possessive and any -ed form (`Doe’s widely criticized speech`; not `Doe’s repeatedly said that …`).
 */
export function attributiveCue(f: SentenceFacts, cue: FoundCue, rules: AttributeRules): boolean {
  if (cue.kind !== 'verb' || cue.first !== cue.last) return false;
  const toks = f.tokens;
  // `Doe’s highly criticized speech`, `the city’s emotionally charged vote`: after an -ly adverb any -ed form.
  let o = cue.first - 1;
  while (o > cue.first - 3 && o > 0 && toks[o]!.word && !toks[o]!.quoted && !toks[o]!.cap && /..ly$/u.test(toks[o]!.lower)) o--;
  if (o === cue.first - 1 ? !rules.attributiveParticiples.has(cue.form) : !/ed$/u.test(cue.form)) return false;
  const owner = toks[o];
  const next = toks[cue.last + 1];
  if (!owner || !owner.word || owner.quoted || !/['\u2019]s$/u.test(owner.lower) || CONTRACTED.test(owner.lower)) return false;
  if (!next || !next.word || next.quoted || next.cap) return false;
  const w = next.lower;
  return !rules.functionWords.has(w) && !rules.words.subjectPronouns.has(w) && !rules.words.prepositions.has(w) && !rules.words.determiners.has(w) &&
    !rules.words.auxiliaries.has(w) && w !== 'that' && w !== 'to';
}

/** Possessive determiners: `his late-night tweet`, `their closing remarks`. */
const POSSESSIVE_DETERMINERS = /^(?:his|her|their|its|our|my|your)$/u;

/**
 * Is a noun-like cue form (NOUN_LIKE_VERBS: `tweet`, `remarks`, `claims`, `vows`) the head of a possessive's noun
 * phrase (`His late-night tweet drew …`, `the senator’s closing remarks, however, …`, `Doe’s claims were …`)? The
 * possessive stands right before it or before up to three lowercase modifiers; a speaking noun, a plural or a
 * capitalised word before the form is its subject (`Doe’s campaign claims …`, `her lawyers claim …`, `Russia’s Vlad
 * claims …`), and a pronoun’s contraction is `is` or `has` (`he’s claims`).
 */
export function possessedNounCue(f: SentenceFacts, cue: FoundCue, rules: AttributeRules): boolean {
  if (cue.kind !== 'verb' || cue.first !== cue.last || !rules.nounLikeVerbs.has(cue.lemma)) return false;
  const l = cue.lemma;
  if (cue.form !== l && cue.form !== l + 's' && cue.form !== l + 'es' && cue.form !== l.slice(0, -1) + 'ies') return false;
  const toks = f.tokens;
  for (let k = cue.first - 1; k >= 0 && k >= cue.first - 4; k--) {
    const t = toks[k]!;
    if (!t.word || t.quoted) return false;
    if (POSSESSIVE_DETERMINERS.test(t.lower)) return true;
    if (/['\u2019]s$/u.test(t.lower)) return !CONTRACTED.test(t.lower);
    const w = t.lower;
    const singular = w.replace(/(?:ie)?s$/u, (m) => (m === 'ies' ? 'y' : ''));
    if (t.cap || rules.functionWords.has(w) || rules.words.auxiliaries.has(w) || rules.words.subjectPronouns.has(w) ||
      rules.pluralNouns.has(w) || speakingNoun(w, rules.phrases) || speakingNoun(singular, rules.phrases) || /[^s]s$/u.test(w)) return false;
  }
  return false;
}

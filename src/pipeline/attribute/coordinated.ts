import type { AttributeRules } from '../../rules/attribute-words.js';
import type { FoundCue } from '../cues.js';
import { type SentenceFacts, firstTokenFrom, hasObjectClause } from '../sentence-facts.js';
import { linksParticiple } from '../phrases/cue-speaker.js';
import { secondCueSpeaker } from '../phrases/clause-subject.js';
import { clauseAfter } from './clauses.js';
import { skipHearer } from './hearer.js';
import { verbCue } from './reported-clause.js';
import { type Found, mk, type Shape } from './shape.js';

/**
 * Coordinated and participle cues: a second cue of the same speaker (`… and said that …`, `…, adding that …`).
 * The coordinated verb is read by `verbCue` (its subject is the first verb's).
 */

export const COORDINATED = [
  { id: 'and-cue-that-clause', confidence: 0.8, example: 'Jane Doe rejected the idea and said that the office will reopen.', match: verbCue },
  { id: 'adding-that-clause', confidence: 0.8, example: 'Jane Doe said the office will reopen, adding that the staff will return.', match: addingThat },
] as const satisfies readonly Shape[];

/** A participle linking a second content to the same speaker: `…, adding that B`. */
export function linksSecondContent(cue: FoundCue, f: SentenceFacts, rules: AttributeRules): boolean {
  return rules.words.gerundLink.has(cue.form) && linksParticiple(f.tokens, cue.first, rules.phrases);
}

/** `Crane said A, adding that B`: the second content has the first one's speaker (or the sentence's subject). */
export function addingThat(cue: FoundCue, f: SentenceFacts, rules: AttributeRules, lastInSentence: Found | null): Found | null {
  const toks = f.tokens;
  const speaker = secondCueSpeaker(f, cue.first, rules.phrases, lastInSentence, false);
  if (!speaker) return null;
  const at = skipHearer(f, cue, rules);
  if (toks[at]?.lower === 'to' && !rules.infinitiveVerbs.has(cue.lemma)) return null; // `adding to her lead`
  const content = clauseAfter(f, at, rules);
  if (!content) return null;
  // `…, adding two seats in the state`, `…, observing training and drills`: without `that` and without a clause these
  // verbs take an object, as after a subject (OBJECT_SENSE_VERBS).
  // Not before `that` or a quotation (`, adding, “…”`, `adding of Doe, “…”`).
  const bare = toks[at]?.lower !== 'that' && !toks.some((t) => t.quoted && t.start >= content.start && t.end <= content.end);
  if (bare && rules.objectSenseVerbs.has(cue.lemma) && !hasObjectClause(toks, content, rules, { tail: rules.objectTail, determiners: rules.objectDeterminers, prepositions: rules.objectPrepositions })) return null;
  // `promising reforms while …`, `vowing revenge`: a verb of intention takes an object, not a clause, unless `that`, `to`, a
  // quotation or a clause's subject (a pronoun, a determiner, a name) follows.
  const first = toks[firstTokenFrom(toks, content.start)];
  if (rules.words.intentionVerbs.has(cue.lemma) && first && !first.quoted && !first.cap && toks[at]?.lower !== 'that' && toks[at]?.lower !== 'to' &&
    !rules.words.subjectPronouns.has(first.lower) && !rules.words.determiners.has(first.lower)) return null;
  // `Mr. Biden, recalling their breakfasts, described himself as …`: a participle right after the subject is an aside
  // that ends at its comma, before the main verb.
  if (!lastInSentence && toks[cue.first - 1]?.text === ',' && toks[cue.first - 2] && toks[cue.first - 2]!.end === speaker.span.end) {
    // (`Jane Doe, writing in the Times, noticed …`, `writing for the panel, said …`: only a circumstance before the
    // comma, no content.)
    const first = toks.findIndex((t) => t.start >= content.start);
    const comma = toks.findIndex((t, k) => k > first && t.text === ',' && !t.quoted && t.end <= content.end);
    if (comma < 0 || toks.slice(at, first).some((t) => t.text === ',') || rules.circumstance.has(toks[first]!.lower) || rules.words.prepositions.has(toks[first]!.lower)) return null;
    return mk({ start: content.start, end: toks[comma - 1]!.end }, speaker, cue, 'adding-that-clause', 0.85, f);
  }
  return mk(content, speaker, cue, 'adding-that-clause', lastInSentence?.speaker ? 1 : 0.85, f);
}

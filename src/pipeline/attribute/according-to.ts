import type { AttributeRules } from '../../rules/attribute-words.js';
import type { FoundCue } from '../cues.js';
import { afterApposition, isLast, sourceAfter } from '../phrases/after.js';
import { speakingNoun } from '../phrases/noun-phrases.js';
import { type SentenceFacts, atLeastWords, commaBeforeMarks, hasClauseSign, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { clauseAfter, clauseBefore } from './clauses.js';
import { type Found, mk, type Shape } from './shape.js';

/** `according to`: the source before or after a reported clause. */

export const ACCORDING_TO = [
  { id: 'according-to-name-clause', confidence: 0.85, example: 'According to Jane Doe, the office will reopen.', match: accordingTo },
  { id: 'clause-according-to-name', confidence: 0.85, example: 'The office will reopen, according to the agency.', match: accordingTo },
] as const satisfies readonly Shape[];

/** `According to X, CLAUSE` · `CLAUSE, according to X.` */
export function accordingTo(cue: FoundCue, f: SentenceFacts, rules: AttributeRules): Found | null {
  const toks = f.tokens;
  const m = sourceAfter(f, cue.last + 1, rules.phrases);
  if (!m) return null;
  const mEnd = tokenIndexAtOrAfter(f, m.span.end);
  // Only a source that reports (a person, an organisation, a poll or count): not `sorted according to the date`.
  const named = m.mention !== null && !m.mention.pronoun && (m.mention.kind === 'person' || m.mention.kind === 'organization') && m.mention.first <= tokenIndexAtOrAfter(f, m.span.start) + 1;
  const reports = named || sourceNoun(f, m.span.start, m.span.end, rules);
  // `…, because, according to Ferris, the board would …`: after a clause start and its comma too (a name or a pronoun).
  const opener = toks[tokenIndexAtOrAfter(f, m.span.start)];
  const person = reports || m.mention?.pronoun === true || (!!opener && (opener.cap || rules.words.objectPronouns.has(opener.lower)));
  const afterStart = person && toks[cue.first - 1]?.text === ',' && rules.words.clauseStart.has(toks[cue.first - 2]?.lower ?? '');
  if ((!atLeastWords(toks, cue.first, 3) || afterStart) && toks[mEnd]?.text === ',') {
    const content = clauseAfter(f, mEnd + 1, rules);
    if (!content) return null;
    return mk(content, m, cue, 'according-to-name-clause', 1, f);
  }
  // `The trip became “the low point,” according to Brown.`: the comma inside the closing marks; the content keeps them.
  // (`for “A,” or “B,” according to their mood`: there not a possessive's thing, unless it reports.)
  const owner = opener?.lower ?? '';
  const owned = !person && (rules.phrases.possessives.has(owner) || owner === 'your'); // POSSESSIVE_PRONOUNS has no `your`
  if (toks[cue.first - 1]?.text === ',' || (commaBeforeMarks(toks, cue.first - 1) && !owned)) {
    const content = clauseBefore(f, toks[cue.first - 1]!.text === ',' ? cue.first - 1 : cue.first);
    if (!content) return null;
    // `In the coming decade, according to the budget office, the debt will rise.`, `At the root of the dispute,
    // according to Ross, a former envoy, was a choice …`: the words before have no clause of their own, and the
    // sentence goes on past the source (and its apposition) with a clause: the content runs through it.
    const b = afterApposition(f, mEnd, rules.phrases);
    if (b > mEnd && b < toks.length && !hasClauseSign(toks, content, rules) && !toks.slice(0, cue.first).some((t) => t.quoted) &&
      !rules.words.clauseStart.has(toks[b]!.lower) && !rules.phrases.words.relativePronouns.has(toks[b]!.lower)) {
      const rest = clauseAfter(f, b, rules);
      if (rest && hasClauseSign(toks, rest, rules)) return mk({ start: content.start, end: rest.end }, m, cue, 'clause-according-to-name', 1, f);
    }
    return mk(content, m, cue, 'clause-according-to-name', 1, f);
  }
  // `Clinton leads by 271 votes according to a tally by the AP.`: without a comma when the source ends the
  // sentence and a clause of at least four words comes before.
  if (toks[cue.first - 1]?.word && reports && isLast(f, m.span.end, rules.phrases) && atLeastWords(toks, cue.first, 4)) {
    const content = clauseBefore(f, cue.first);
    if (!content) return null;
    return mk(content, m, cue, 'clause-according-to-name', 0.9, f);
  }
  return null;
}

/** Is the source phrase's head (its last word before a preposition) a noun of findings (`poll`, `count`) or a speaking noun (`officials`)? */
function sourceNoun(f: SentenceFacts, start: number, end: number, rules: AttributeRules): boolean {
  let head = '';
  for (let k = tokenIndexAtOrAfter(f, start); k < f.tokens.length && f.tokens[k]!.end <= end; k++) {
    const t = f.tokens[k]!;
    if (!t.word || rules.words.prepositions.has(t.lower) || rules.words.documentParticiples.has(t.lower)) break;
    head = t.lower;
  }
  return rules.words.findingsNouns.has(head) || head === 'count' || speakingNoun(head, rules.phrases);
}

import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import { type SentenceFacts, firstTokenFrom, hasClause, mentionAt } from '../sentence-facts.js';

/** After a hearer verb, skip its object: `told reporters`, `told The Federal Drive with Tom Temin`. */
export function skipHearer(f: SentenceFacts, cue: FoundCue, rules: AttributeRules): number {
  const toks = f.tokens;
  let i = cue.last + 1;
  if (!rules.hearerVerbs.has(cue.lemma)) return i;
  const limit = Math.min(toks.length, i + 12);
  for (let k = i; k < limit; k++) {
    const t = toks[k]!;
    if (t.lower === 'that') return k;
    if (t.text === ',' || t.text === ':') {
      // `assured her it was built without her approval, but …`, `accused the mayor of lying, …`: a comma after a clause
      // or a complement of the verb, or one before `but`/`who`, does not close a hearer.
      if (!hearerBeforeComma(toks, i, k, rules)) break;
      return k + 1;
    }
    if (t.quoted || t.lower === 'to') break; // `urged women to back Clinton, saying …`: the object ends at `to`
  }
  // No `that`: the object is a short noun phrase (`told reporters the plan …`).
  const m = mentionAt(f, i) ?? (toks[i]?.cap ? mentionAt(f, i + 1) : null); // `told In These Times she …`
  // `told the mayor's aides the vote …`: a possessive is the determiner of the hearer, its noun follows (issue 15).
  if (m && /['’]s?$/u.test(toks[m.last]!.text)) return possessedNounEnd(toks, m.last + 1, rules);
  const mark = m ? toks[m.last + 1] : undefined; // `Mr. Hayes' clients`: the mark after the name
  if (m && mark && !mark.word && /^['’]s?$/u.test(mark.text) && mark.start === toks[m.last]!.end) return possessedNounEnd(toks, m.last + 2, rules);
  if (m) return m.last + 1;
  if (toks[i] && !toks[i]!.cap && (toks[i]!.lower === 'reporters' || toks[i]!.lower === 'me' || toks[i]!.lower === 'us' || toks[i]!.lower === 'him' || toks[i]!.lower === 'her' || toks[i]!.lower === 'them')) i++;
  return i;
}

/**
 * Do tokens [i, k) hold only a hearer (`told The Federal Drive with Tom Temin`, `told reporters on Tuesday`) before the
 * comma at k? Not a clause (a subject pronoun or an auxiliary), a wh-word or the verb's complement (`of lying`, `for
 * proof`), and not a comma that goes on with `but`, `and`, `who` ….
 */
function hearerBeforeComma(toks: readonly Token[], i: number, k: number, rules: AttributeRules): boolean {
  for (let j = i; j < k; j++) {
    const w = toks[j]!.lower;
    if (rules.words.subjectPronouns.has(w) || rules.words.auxiliaries.has(w) || rules.words.whWords.has(w) || w === 'of' || w === 'for') return false;
  }
  return !rules.words.afterCommaNotContent.has(toks[k + 1]?.lower ?? '');
}

/** At most six words, no clause, no infinitive (`asked the court to intervene`), no quotation or colon: a hearer. */
export function isShortObject(toks: readonly Token[], span: Span, rules: AttributeRules): boolean {
  let words = 0;
  for (let k = firstTokenFrom(toks, span.start); k < toks.length; k++) {
    const t = toks[k]!;
    if (t.end > span.end) break;
    if (t.quoted || t.text === ':' || t.lower === 'to') return false;
    if (t.word) words++;
  }
  return words <= 6 && !hasClause(toks, span, rules);
}

/** After a possessive, the possessed noun and its modifiers (`aides`, `2008 campaign`): up to three plain words. */
function possessedNounEnd(toks: readonly Token[], i: number, rules: AttributeRules): number {
  let k = i;
  const w = rules.words;
  while (k < i + 3 && toks[k] && toks[k]!.word && !toks[k]!.quoted && !toks[k]!.cap && !w.determiners.has(toks[k]!.lower) &&
    !w.subjectPronouns.has(toks[k]!.lower) && !w.auxiliaries.has(toks[k]!.lower) && !w.prepositions.has(toks[k]!.lower) &&
    !/^(?:that|and|but|or|to|of|for|me|us|him|her|them)$/u.test(toks[k]!.lower)) k++;
  return k;
}

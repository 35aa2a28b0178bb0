import type { AttributeRules, Characterising } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import { speakerBefore } from '../phrases/before.js';
import { type SentenceFacts, type SpeakerRef, cueAt, firstTokenFrom, mentionAt, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { type Found, mk, type Shape } from './shape.js';

/**
 * Characterisations and judgements: a verb with an object and what the speaker says of it (`blasted the deal as “a
 * disgrace”`, `praised the mayor for her work`), or only its object when the verb itself judges (`blasted the plan`) or
 * rejects something said (`rejected the idea that …`). `verbCue` reads the subject; `characterisation` the rest.
 */

export const CHARACTERISING = [
  { id: 'name-cue-object-as', confidence: 0.75, example: 'Jane Doe blasted the deal as “a disgrace.”', match: characterisation },
  { id: 'name-cue-object-for', confidence: 0.7, example: 'Jane Doe praised the mayor for her work on the budget.', match: characterisation },
  { id: 'name-cue-judged-object', confidence: 0.6, example: 'Jane Doe blasted the new budget.', match: characterisation },
  { id: 'name-cue-rejected-claim', confidence: 0.7, example: 'Jane Doe rejected the idea that the office will close.', match: characterisation },
  { id: 'relative-name-cue-complement', confidence: 0.7, example: 'The closure was what officials called a necessary step.', match: relativeCharacterisation },
] as const satisfies readonly Shape[];

/**
 * A characterising verb's content, from token `start` (after the verb) within the reported clause `content`: the object
 * and its link (`as`, `to`, `for`, …) to the clause's end; else the object alone when the verb allows it. Null: no
 * characterisation (`dismissed the case`, `hailed a cab`, `slammed into a wall`, `rejected the bill`).
 */
export function characterisation(f: SentenceFacts, start: number, content: Span, verb: Characterising, rules: AttributeRules, by?: { cue: FoundCue; subject: SpeakerRef }): { end: number; rule: string } | null {
  const linked = characterisationEnd(f, start, content, verb.links, rules);
  if (linked) return { end: content.end, rule: linked === 'as' || linked === 'to' ? 'name-cue-object-as' : 'name-cue-object-for' };
  const first = f.tokens[start];
  if (!first || (!first.word && !first.quoted) || (!first.quoted && rules.words.notObjectStart.has(first.lower) && first.lower !== 'a' && first.lower !== 'an')) return null;
  if (verb.object === 'any' && (!by || !looseParticiple(f, by.cue, by.subject, rules))) return { end: content.end, rule: 'name-cue-judged-object' };
  if (verb.object === 'proposition' && propositionObject(f, start, content, rules)) return { end: content.end, rule: 'name-cue-rejected-claim' };
  return null;
}

/**
 * `Doe spoke to reporters defending the budget`: a participle after a common noun may hang on the clause's
 * subject as well as on that noun, so its object alone is no claim. Not a progressive (`was defending`) nor a name or
 * a pronoun right before it (`with Sen. Jane Doe blasting the plan`).
 */
function looseParticiple(f: SentenceFacts, cue: FoundCue, subject: SpeakerRef, rules: AttributeRules): boolean {
  if (!/ing$/u.test(cue.form) || rules.words.auxiliaries.has(f.tokens[cue.first - 1]?.lower ?? '')) return false;
  const m = subject.mention;
  return !m || !(m.pronoun || /^\p{Lu}/u.test(m.name));
}

/**
 * Does the object from token i head on a noun of something said (`the idea`, `Smith's accusations`, `criticism from
 * rivals`, `that notion`)? The head stands within six words, before any punctuation, quotation or preposition. A
 * possessed cue noun with its clause (`dismissed Crane’s claim that …`) is Crane's claim (`name-noun-that-clause`).
 */
function propositionObject(f: SentenceFacts, i: number, content: Span, rules: AttributeRules): boolean {
  const toks = f.tokens;
  for (let k = i; k < toks.length && k <= i + 6; k++) {
    const t = toks[k]!;
    if (t.start >= content.end || !t.word || t.quoted) return false;
    if (rules.propositionNouns.has(t.lower)) {
      const owner = toks[k - 1]?.lower ?? '';
      return !(k > i && cueAt(f, k)?.kind === 'noun' && toks[k + 1]?.lower === 'that' && (rules.phrases.possessives.has(owner) || /^[\p{L}.]+['’]s?$/u.test(owner)));
    }
    if (k > i && rules.words.prepositions.has(t.lower)) return false;
  }
  return false;
}

/**
 * The link that ends a short object (one to twelve words before the link, no quotation, no auxiliary, no participle
 * after a name; one aside between commas, `the candidate, who is his old friend,`) and has words after it; null when
 * there is none.
 */
function characterisationEnd(f: SentenceFacts, start: number, content: Span, links: ReadonlySet<string>, rules: AttributeRules): string | null {
  const toks = f.tokens;
  let words = 0;
  let aside = false;
  for (let k = firstTokenFrom(toks, content.start); k < toks.length && k < start + 14; k++) {
    const t = toks[k]!;
    if (t.start >= content.end) return null;
    if (links.has(t.lower) && !t.quoted) return words >= 1 && toks[k + 1] !== undefined && toks[k + 1]!.start < content.end && !opensClauseAfterLink(toks[k + 1]!.lower, rules) ? t.lower : null;
    if (t.text === ',' && !aside && words >= 1) {
      const close = asideEnd(toks, k + 1);
      if (close < 0) return null;
      aside = true;
      k = close;
      continue;
    }
    // `praised former president George W. Bush for …`: a name is read whole.
    const m = t.cap ? mentionAt(f, k) : null;
    if (m && m.first === k && !m.quoted && m.last > k) { k = m.last; words++; continue; }
    if (!t.word || t.quoted || rules.words.auxiliaries.has(t.lower)) return null;
    // `portraying a young Doe wincing as guards …`: a participle after a name opens a clause, and `as` is a conjunction.
    if (words >= 1 && /ing$/u.test(t.lower) && !t.cap && toks[k - 1]!.cap) return null;
    words++;
  }
  return null;
}

/** `as it moved north`, `as Smith left`: after a subject pronoun (or `there`), `as` opens a clause of time, not a characterisation. */
function opensClauseAfterLink(word: string, rules: AttributeRules): boolean {
  return rules.words.subjectPronouns.has(word) || word === 'there';
}

/** From token i (after a comma), the comma that closes an aside of one to ten unquoted words; -1 if none. */
function asideEnd(toks: readonly Token[], i: number): number {
  for (let k = i; k < toks.length && k <= i + 10; k++) {
    const t = toks[k]!;
    if (t.text === ',') return k > i ? k : -1;
    if (!t.word || t.quoted) return -1;
  }
  return -1;
}

/**
 * A characterisation whose object is a relative word before the speaker: `what she called “a fair deal”`, `the state,
 * which he describes as his true home`, `the marchers, whom he described as “peaceful,”`, `the bill, which critics called
 * anti-gay`. The content is what the object is called (with its `as`), to the end of a quotation that opens it, else to
 * the next punctuation or clause word. Not after a preposition (`in which he called the plan a disaster`: the verb has
 * an object of its own), nor after `that`, which is as often a conjunction (`told aides that he called her`).
 */
export function relativeCharacterisation(cue: FoundCue, f: SentenceFacts, subject: SpeakerRef, rules: AttributeRules): Found | null {
  const toks = f.tokens;
  const verb = rules.characterisingVerbs.get(cue.lemma);
  const as = rules.asVerbs.has(cue.lemma) || (verb !== undefined && verb.links.has('as'));
  if (!as && !rules.smallClauseVerbs.has(cue.lemma)) return null;
  const at = tokenIndexAtOrAfter(f, subject.span.start);
  const rel = toks[at - 1];
  if (!rel || rel.quoted || !rules.words.objectRelatives.has(rel.lower) || tokenIndexAtOrAfter(f, subject.span.end) + 2 < cue.first) return null;
  const before = toks[at - 2];
  // `in which he called the plan a disaster`: the verb has an object of its own (not `an answer to what they called …`).
  if (rel.lower !== 'what' && rules.words.prepositions.has(before?.lower ?? '') && !before!.quoted) return null;
  let i = cue.last + 1;
  const link = toks[i]?.lower === 'as' && !toks[i]!.quoted;
  if (as && !rules.smallClauseVerbs.has(cue.lemma) && !link) return null; // `which he describes in his book`
  const first = toks[link ? i + 1 : i];
  if (!first || (!first.word && !first.quoted) || (!first.quoted && (rules.words.notObjectStart.has(first.lower) && first.lower !== 'a' && first.lower !== 'an'))) return null;
  if (!first.quoted && (rules.words.subjectPronouns.has(first.lower) || rules.words.auxiliaries.has(first.lower))) return null; // `what he calls it`, `which she called is`
  const from = link ? i + 1 : i;
  let end = -1;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.quoted) {
      end = t.end;
      // A quotation that opens the complement ends it; a comma inside closing marks (`“a mood,” alluding to …`) too.
      const closes = !toks[k + 1]?.quoted;
      if (closes && toks[from]!.quoted) break;
      if (t.text === ',' && toks[k + 1]?.quoted && /^["'\u201d\u2019]$/u.test(toks[k + 1]!.text) && !toks[k + 2]?.quoted) { end = toks[k + 1]!.end; break; }
      continue;
    }
    if (!t.word && t.text !== "'" && t.text !== '-') break;
    if (t.text === '-' && toks[k - 1] && toks[k - 1]!.end < t.start) break; // a dash standing apart
    if (k > from && rules.words.clauseStart.has(t.lower)) break; // `the “cartel” and cast himself as …`
    if (toks[k - 1]!.quoted && k - 1 > from && rules.words.prepositions.has(t.lower)) break; // `his “legacy project” in a landslide`
    end = t.end;
  }
  return end > first.start ? mk({ start: toks[i]!.start, end }, subject, cue, 'relative-name-cue-complement', 1, f) : null;
}

/**
 * A relative characterisation inside another claim's content (`Lee praised the bill, which critics called a giveaway`):
 * the cue is nested, but what the relative word is called is its speaker's own claim beside the outer one.
 */
export function nestedCharacterisation(cue: FoundCue, f: SentenceFacts, rules: AttributeRules): Found | null {
  if (cue.kind !== 'verb') return null;
  const subject = speakerBefore(f, cue.first, rules.phrases);
  // `despises what he calls red tape`: a free relative is part of the outer content, not beside it. A
  // pronoun (`…, which he described as “chaotic,”`) is most often the outer speaker again, whose words go on.
  if (!subject || subject.mention?.pronoun || f.tokens[tokenIndexAtOrAfter(f, subject.span.start) - 1]?.lower === 'what') return null;
  return relativeCharacterisation(cue, f, subject, rules);
}

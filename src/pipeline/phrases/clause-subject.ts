import type { PhraseRules } from '../../rules/phrase-words.js';
import type { Span } from '../../types.js';
import { type SentenceFacts, type SpeakerRef, cueAt, isDash, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { speakerBefore } from './before.js';
import { relativeSubject, sentenceSubject, subjectStart, subordinatorAt } from './subject.js';

/**
 * Speaker phrases, part 5: the subject of the clause a participle or a coordinated verb hangs on, read back from the
 * cue to the nearest finite verb whose subject opens a clause: `…, and the council has sued the city, saying …` →
 * `the council`; `Doe blamed the press for the mayor's claim that …, saying …` → `Doe` (`the press` is an object);
 * `…, when Doe spotted a sign and asked …` → `Doe`.
 */

/** An earlier attribution of the sentence, as far as a second cue reads it. */
export interface EarlierAttribution {
  readonly content: Span;
  readonly speaker: SpeakerRef | null;
  readonly cue: { readonly end: number; readonly kind: string } | null;
}

/**
 * Who a second cue at token `limit` has as its speaker: a relative `who` before it; the subject of a clause that opens
 * after the previous attribution (`Doe says A, and the council sued …, saying …`); the previous attribution's speaker,
 * unless it was a noun's (`the mayor's claim that …`); a clause subject before it; the sentence's subject.
 */
export function secondCueSpeaker(f: SentenceFacts, limit: number, rules: PhraseRules, previous: EarlierAttribution | null, coordinated: boolean): SpeakerRef | null {
  const relative = relativeSubject(f, limit, rules, previous?.content ?? null);
  if (relative) return relative;
  const clause = clauseSubjectBefore(f, limit, rules, coordinated, previous?.content ?? null);
  const after = previous ? Math.max(previous.content.end, previous.cue?.end ?? 0) : -1;
  const earlier = previous?.speaker && previous.cue?.kind !== 'noun' ? previous.speaker : null;
  const subject = sentenceSubject(f, limit, rules, !coordinated); // a participle's subject may be a longer phrase
  // The same phrase found both ways keeps its shorter span (the sentence's subject without its apposition).
  const same = (a: SpeakerRef | null) => !!a && !!clause && a.span.start < clause.span.end && clause.span.start < a.span.end;
  if (clause && clause.span.start >= after) return same(earlier) ? earlier : same(subject) ? subject : clause;
  return earlier ?? (same(subject) ? subject : clause) ?? subject;
}

/** How far back (in tokens) the clause's verb is looked for. */
const REACH = 40;

/**
 * The subject of the nearest finite verb before token `limit` that stands where a clause opens, or null. A participle
 * (`coordinated` false) hangs on a main or coordinated clause (`, and Doe sued …, saying`), not on a subordinate
 * one after it (`Doe left after the mayor spoke, saying …` is Doe's); a coordinated verb (`… and said`) joins the
 * nearest clause, subordinate ones included (`when Doe spotted a sign and asked …`). Tokens inside `skip` (an earlier
 * attribution's content) are passed over.
 */
export function clauseSubjectBefore(f: SentenceFacts, limit: number, rules: PhraseRules, coordinated: boolean, skip: Span | null): SpeakerRef | null {
  const toks = f.tokens;
  const inSkip = (s: Span) => skip !== null && s.start >= skip.start && s.end <= skip.end;
  for (let v = limit - 1; v >= 1 && v >= limit - REACH; v--) {
    const t = toks[v]!;
    if (!t.word || t.quoted || t.cap || inSkip(t) || !finiteVerbAt(f, v, rules)) continue;
    const s = speakerBefore(f, v, rules);
    if (!s || inSkip(s.span)) continue;
    if (opensClause(f, tokenIndexAtOrAfter(f, s.span.start), rules, coordinated)) return s;
  }
  return null;
}

/** A verb that can head a clause at token v: a saying verb (not in -ing), an auxiliary, a past form. */
function finiteVerbAt(f: SentenceFacts, v: number, rules: PhraseRules): boolean {
  const t = f.tokens[v]!;
  const cue = cueAt(f, v);
  if (cue && cue.kind === 'verb' && cue.first === v && !/ing$/u.test(cue.form)) return true;
  if (rules.words.auxiliaries.has(t.lower) || rules.words.pastVerbs.has(t.lower)) return true;
  return /^[a-z]{2,}ed$/u.test(t.text);
}

/** Is there a finite verb at or before token k, back to the sentence's start or a comma? */
function verbBefore(f: SentenceFacts, k: number, rules: PhraseRules): boolean {
  for (let i = k; i >= 1; i--) {
    const t = f.tokens[i]!;
    if (!t.quoted && (t.text === ',' || t.text === ';')) return false;
    if (t.word && !t.quoted && !t.cap && finiteVerbAt(f, i, rules)) return true;
  }
  return false;
}

/**
 * Does a subject that starts at token s open a clause? At the sentence's start, after `and`/`but`/`;`/a dash, or
 * after the comma that closes an opening subordinate clause (`While rivals hedged, Doe said …`); for a coordinated
 * verb also after a subordinating word (`when`, `because`).
 */
function opensClause(f: SentenceFacts, s: number, rules: PhraseRules, coordinated: boolean): boolean {
  const toks = f.tokens;
  const prev = toks[s - 1];
  if (!prev || s === subjectStart(f, s + 1, rules)) return true; // after a dateline or an introductory phrase
  if (prev.quoted) return false;
  if (prev.text === ';' || isDash(prev)) return true;
  const w = rules.words;
  // `, and the council sued …`, `But the council sued …`; a bare `and` only after a verb of its own clause (`Doe and his union have argued …`
  // joins two subjects, not two clauses).
  if (prev.word && w.clauseJoins.has(prev.lower)) return s < 2 || toks[s - 2]!.text === ',' || verbBefore(f, s - 2, rules);
  // (Not after `that`: `… reminding voters that their leaders supported it, and calling …` is the reminder's clause.)
  if (prev.word && coordinated && w.clauseStart.has(prev.lower)) return true;
  if (prev.text !== ',') return false;
  // The comma after an opening subordinate clause: the sentence (or its part after `But`) opens with a subordinator,
  // and no comma stands between it and this one.
  let first = 0;
  while (first < s - 1 && toks[first]!.word && w.clauseJoins.has(toks[first]!.lower)) first++;
  const led = subordinatorAt(f, first, rules); // `Just before the vote began, the mayor …`
  if (led > first && led < s - 1) first = led;
  if (!toks[first]?.word || !w.subordinators.has(toks[first]!.lower)) return false;
  for (let k = first + 1; k < s - 1; k++) if (toks[k]!.text === ',' && !toks[k]!.quoted) return false;
  return true;
}

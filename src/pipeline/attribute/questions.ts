import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { FoundCue } from '../cues.js';
import type { FoundMention } from '../mentions.js';
import { phraseMention } from '../phrases/noun-phrases.js';
import { speakerBefore } from '../phrases/before.js';
import { type SentenceFacts, type SpeakerRef, cueAt, tokenIndexAtOrAfter } from '../sentence-facts.js';
import type { Found, Shape } from './shape.js';

/**
 * Reported questions put to someone (issue 15): `Asked whether …, Doe said …`, `…, Doe said when asked why …`, `Doe was
 * asked by a reporter if …`. The content is the question (`whether the office will reopen`, `to name one success`);
 * its speaker is the one who asked: the agent after `by`, or none when the asker is not named.
 */

export const QUESTIONS = [
  { id: 'asked-question', confidence: 0.7, example: 'Asked whether the office would reopen, Jane Doe said no.', match: askedQuestion },
  { id: 'asked-by-name-question', confidence: 0.8, example: 'Asked by a reporter whether the office would reopen, Jane Doe said no.', match: askedQuestion },
] as const satisfies readonly Shape[];

// Words of circumstance read between the participle (or its agent) and the question: `Asked on Fox News Tuesday why`.
const MAX_CIRCUMSTANCE = 8;

/**
 * A participle of a question verb with an unnamed subject: at the start of the sentence (`Asked …`, `But when asked …`),
 * after a clause opener (`…, she said when asked …`, `after being asked …`) or in a passive (`was asked`, `has been
 * asked`). Then an optional agent (`by host Jane Doe`), a short circumstance (`on Monday`, `during a debate`) and the
 * question: a wh-clause (`whether`, `if`, `why`, …) or an infinitive (`to name one success`); not `asked about X`.
 */
export function askedQuestion(cue: FoundCue, f: SentenceFacts, rules: AttributeRules): Found | null {
  const toks = f.tokens;
  const w = rules.words;
  if (cue.kind !== 'verb' || cue.first !== cue.last || !w.questionVerbs.has(cue.lemma) || !/ed$/u.test(cue.form)) return null;
  // What stands before the participle: adverbs and `being` (`after being asked`, `was repeatedly asked`).
  let p = cue.first - 1;
  while (p >= 0 && !toks[p]!.quoted && (toks[p]!.lower === 'being' || (/ly$/u.test(toks[p]!.lower) && !w.lyNotAdverbs.has(toks[p]!.lower)) || w.questionAdverbs.has(toks[p]!.lower))) p--;
  const before = toks[p];
  const passive = !!before && !before.quoted && w.be.has(before.lower);
  const opener = !!before && !before.quoted && w.questionOpeners.has(before.lower);
  const joins = rules.phrases.words.clauseJoins;
  const initial = p < 0 || (!before!.quoted && joins.has(before!.lower) && p === 0);
  if (!passive && !opener && !initial) return null;
  // The agent: `by a reporter`, `by host Jane Doe`.
  let i = cue.last + 1;
  let speaker: SpeakerRef | null = null;
  if (toks[i]?.lower === 'by' && !toks[i]!.quoted) {
    speaker = agentBefore(f, i + 1, rules);
    if (!speaker) return null;
    i = tokenIndexAtOrAfter(f, speaker.span.end);
  }
  const start = questionStart(toks, i, rules);
  if (start < 0) return null;
  // The question runs to the comma before the main clause when the participle opens the sentence (`When asked why,
  // he …`), else to the clause's end.
  const opensSentence = initial || ((opener || passive) && clauseOpensAt(toks, p, w.questionOpeners, joins));
  const end = opensSentence ? endBeforeMainClause(f, start, rules) : clauseEnd(f, start);
  if (end <= start) return null;
  return {
    content: { start: toks[start]!.start, end: toks[end - 1]!.end }, type: null, speaker, cue,
    rule: speaker ? 'asked-by-name-question' : 'asked-question', factor: 1, sentence: f.sentence.index,
  };
}

/**
 * The agent after `by`, from token i to the question (`by a reporter whether`, `by host Jane Doe if`): one to eight
 * unquoted words, named by the last mention in them, else by the phrase itself.
 */
function agentBefore(f: SentenceFacts, i: number, rules: AttributeRules): SpeakerRef | null {
  const toks = f.tokens;
  const w = rules.words;
  let k = i;
  while (k < toks.length && k < i + 9 && !toks[k]!.quoted && (toks[k]!.word || toks[k]!.text === '.' || toks[k]!.text === "'") &&
    !w.whWords.has(toks[k]!.lower) && toks[k]!.lower !== 'whom' && toks[k]!.lower !== 'to' && !w.prepositions.has(toks[k]!.lower)) k++;
  if (k === i || !toks[k]) return null;
  let mention: FoundMention | null = null;
  for (const m of f.mentions) if (m.first >= i && m.last < k && !m.pronoun) mention = m;
  const last = toks[k - 1]!.word ? k - 1 : k - 2;
  if (last < i) return null;
  return { span: { start: toks[i]!.start, end: toks[last]!.end }, mention: mention ?? phraseMention(f, i, last, last, i, false), name: null, kind: null };
}

/** The token that opens the question after a short circumstance from token i, or -1. */
function questionStart(toks: readonly Token[], i: number, rules: AttributeRules): number {
  const w = rules.words;
  for (let k = i; k < toks.length && k <= i + MAX_CIRCUMSTANCE; k++) {
    const t = toks[k]!;
    if (t.quoted || !t.word) return -1;
    if (w.whWords.has(t.lower) || t.lower === 'whom') return k < toks.length - 1 ? k : -1;
    // `to name one success`, not `to reporters` or `to the board`.
    if (t.lower === 'to') {
      const n = toks[k + 1];
      return n && n.word && !n.quoted && !n.cap && !w.determiners.has(n.lower) && !w.hearersAfterTo.has(n.lower) && !/s$/u.test(n.lower) ? k : -1;
    }
    if (t.lower === 'about' || t.lower === 'for' || w.auxiliaries.has(t.lower) || w.subjectPronouns.has(t.lower)) return -1;
  }
  return -1;
}

/** Does the clause of the opener at token p start the sentence (`When asked`, `But when she was asked`)? */
function clauseOpensAt(toks: readonly Token[], p: number, openers: ReadonlySet<string>, joins: ReadonlySet<string>): boolean {
  // back from a passive's `was` to its opener, over a short subject (`When the mayor was asked`)
  let j = p;
  for (let n = 0; j > 0 && n < 5 && !openers.has(toks[j]!.lower); n++) j--;
  if (!openers.has(toks[j]?.lower ?? '') || toks[j]!.quoted) return false;
  return j === 0 || (j === 1 && joins.has(toks[0]!.lower));
}

/**
 * The end (exclusive token index) of a question that opens the sentence: the comma before the subject of the next cue
 * (`Asked if X, the senator replied …`), else the first comma not followed by a relative or a conjunction.
 */
export function endBeforeMainClause(f: SentenceFacts, start: number, rules: AttributeRules): number {
  const toks = f.tokens;
  for (let k = start + 1; k < toks.length; k++) {
    const c = cueAt(f, k);
    if (!c || c.first !== k) continue;
    const subject = speakerBefore(f, c.first, rules.phrases, c.weight >= 0.9);
    if (!subject) continue;
    const at = tokenIndexAtOrAfter(f, subject.span.start);
    const comma = commaBefore(toks, at);
    if (comma > start + 1) return comma;
    break;
  }
  for (let k = start + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === ';' && !t.quoted) return k;
    if (t.text !== ',') continue;
    const n = toks[k + 1];
    let after = k + 1; // past closing marks after a comma inside them (`“… president,” 75 percent …`)
    while (toks[after] && toks[after]!.quoted && !toks[after]!.word) after++;
    const next = toks[after];
    if (t.quoted && (!n || n.quoted) && after === k + 1) continue; // a comma inside a quotation that goes on
    if (!next || rules.phrases.words.relativePronouns.has(next.lower) || rules.words.questionGoesOn.has(next.lower)) continue;
    return k;
  }
  return -1;
}

/** The comma (or the comma before closing marks) just before token at, or -1. */
function commaBefore(toks: readonly Token[], at: number): number {
  let k = at - 1;
  while (k >= 0 && toks[k]!.quoted && !toks[k]!.word && toks[k]!.text !== ',') k--;
  return toks[k]?.text === ',' ? k : -1;
}

/**
 * The end (exclusive token index) of a question after or inside its main clause: a semicolon, a dash, a comma before
 * the main verb (`Doe, when asked why, replied that …`) or the sentence's end.
 */
function clauseEnd(f: SentenceFacts, start: number): number {
  const toks = f.tokens;
  let end = toks.length;
  for (let k = start + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.quoted && (t.text === ';' || t.text === '\u2014' || t.text === '\u2013' || (t.text === ',' && cueAt(f, k + 1)?.first === k + 1))) { end = k; break; }
  }
  while (end > start && !toks[end - 1]!.word && !toks[end - 1]!.quoted) end--;
  return end;
}

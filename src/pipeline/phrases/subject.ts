import type { PhraseRules } from '../../rules/phrase-words.js';
import type { Token } from '../../text/tokens.js';
import { type SentenceFacts, type SpeakerRef, cueAt } from '../sentence-facts.js';
import type { Span } from '../../types.js';
import { speakerBefore } from './before.js';
import { phraseMention } from './noun-phrases.js';

/**
 * Speaker phrases, part 4: the subject of a sentence, skipping a dateline (`WASHINGTON (AP) —`), a state
 * (`Columbus, Ohio`) and an introductory phrase.
 */

/** The first name, pronoun or nominal of the sentence, before token `limit`: the subject a participle hangs on. */
export function sentenceSubject(f: SentenceFacts, limit: number, rules: PhraseRules, long = false): SpeakerRef | null {
  // The first mention of the sentence, when it opens it: a name (known to the lexicon or not), a
  // pronoun, or a nominal (`Navarro was open …, saying …`, `He criticized X, saying …`).
  // A dateline and introductory phrases come first: `WASHINGTON — Sen. Bernie Sanders defended …, saying`,
  // `At Friday night’s forum, Pike compared himself …, saying`.
  const from = subjectStart(f, limit, rules);
  const m = f.mentions.find((x) => !x.quoted && x.first >= from && x.last < limit);
  // `Beyond the footage, the affidavit cited …`; with `long` (a participle's subject), a longer phrase before the verb.
  if (!m || m.first > from + 3) return nounPhraseSubject(f, from, limit, rules) ?? (long ? verbSubject(f, from, limit, rules) : null);
  if ((m.pronoun && !rules.words.subjectPronouns.has(m.name.toLowerCase()))) return null;
  if (!m.pronoun && m.kind === 'other' && !/^\p{Lu}/u.test(m.name)) return null;
  return { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null };
}

/**
 * `Mr. Lee, who has endorsed the mayor and criticized his plan`, `Ryan, who surprised the council by declaring …`: a
 * verb coordinated with, or a participle hanging on, a relative clause's verb has the relative `who` as its subject
 * (the span; its antecedent is the mention). The `who` is the nearest before token `limit`, with no punctuation or
 * quotation between, and not inside `content` (the content of an attribution before it: `said voters who …`).
 */
export function relativeSubject(f: SentenceFacts, limit: number, rules: PhraseRules, content: Span | null): SpeakerRef | null {
  const toks = f.tokens;
  for (let k = limit - 1; k >= 0 && k >= limit - 20; k--) {
    const t = toks[k]!;
    if (t.quoted || !t.word) return null;
    if (t.lower !== 'who') continue;
    if (content && t.start >= content.start && t.end <= content.end) return null;
    const m = speakerBefore(f, k + 1, rules);
    return m && m.span.start === t.start ? m : null;
  }
  return null;
}

/**
 * A subject no mention names: an article or a possessive and up to four lowercase words, then a verb (a cue, an
 * auxiliary, a word in -ed): `the affidavit cited …`, `The billionaire businessman began by …`. kind `other`.
 */
function nounPhraseSubject(f: SentenceFacts, from: number, limit: number, rules: PhraseRules): SpeakerRef | null {
  const toks = f.tokens;
  const det = toks[from];
  if (!det || !det.word || det.quoted || !rules.words.subjectDeterminers.has(det.lower)) return null;
  let k = from + 1;
  while (k < limit && k <= from + 4) {
    const t = toks[k]!;
    if (!t.word || t.quoted || t.cap || rules.functionWords.has(t.lower) || rules.gap.has(t.lower) || rules.words.auxiliaries.has(t.lower) || cueAt(f, k) || /ed$/u.test(t.lower)) break;
    k++;
  }
  if (k === from + 1 || k > limit || k >= toks.length) return null; // the verb may be at the limit: `The town released`
  const next = toks[k]!;
  if (!(rules.words.auxiliaries.has(next.lower) || rules.gap.has(next.lower) || cueAt(f, k) || /^[a-z]+ed$/u.test(next.text))) return null;
  const head = toks[k - 1]!;
  const mention = phraseMention(f, from, k - 1, from + 1, from + 1, /s$/u.test(head.lower));
  return { span: { start: det.start, end: head.end }, mention, name: null, kind: null };
}

/**
 * A longer subject no mention opens: the noun phrase from token `from` to the clause's first verb (an auxiliary, a word
 * in -ed, a verb cue), as the speaker grammar reads it before that verb (`Both parents stiffened …`, `One employee at a
 * software firm declined …`, `The treasurer of the county is appealing …`). A phrase found inside it (after a
 * post-modifier) leaves the words before the post-modifier as the head (`One employee`). Null when the phrase found
 * does not reach back to `from`, or a quotation or other punctuation comes first.
 */
function verbSubject(f: SentenceFacts, from: number, limit: number, rules: PhraseRules): SpeakerRef | null {
  const toks = f.tokens;
  const first = toks[from];
  if (!first || !first.word || first.quoted || rules.words.clauseStart.has(first.lower) || rules.words.introPrepositions.has(first.lower)) return null;
  for (let k = from + 1; k < Math.min(limit, from + 12); k++) {
    const t = toks[k]!;
    if (t.quoted || (!t.word && t.text !== '.' && t.text !== '-')) return null;
    const cue = cueAt(f, k);
    // (A cue's base form may be a noun: `The retired judge has …`.)
    if (t.cap || !(rules.words.auxiliaries.has(t.lower) || /^[a-z]{3,}ed$/u.test(t.text) || (cue?.kind === 'verb' && cue.form !== cue.lemma))) continue;
    if (rules.words.determiners.has(toks[k - 1]!.lower)) continue; // `The retired surgeon`: an adjective in -ed
    const s = speakerBefore(f, k, rules, true);
    if (!s || s.span.start < first.start) return null;
    if (s.span.start === first.start) return s;
    // `One clerk at a shipping firm`: the head is the words before the first post-modifier.
    let head = from;
    while (head + 1 < k && !rules.words.postModifier.has(toks[head + 1]!.lower)) head++;
    if (head + 1 >= k || head === from && rules.words.determiners.has(first.lower)) return null;
    const lead = rules.words.determiners.has(first.lower) ? from + 1 : from;
    const mention = phraseMention(f, from, head, lead, lead, /s$/u.test(toks[head]!.lower));
    return { span: { start: first.start, end: toks[k - 1]!.end }, mention, name: null, kind: null };
  }
  return null;
}

/**
 * Where the subject may start: after a dateline (`TAMPA, Fla. (Reuters) -`) and after introductory phrases
 * that end in a comma, within 14 tokens: a circumstance or a preposition (`At a rally in Bend,`,
 * `Speaking at a county fair in Dover,`, `Despite the loss,`), a state after its town (`Dover,
 * Delaware,`), one after the other (`…, Oregon, on Friday, Mrs. Navarro`). The subject itself is not skipped.
 */
export function subjectStart(f: SentenceFacts, limit: number, rules: PhraseRules): number {
  const toks = f.tokens;
  let from = datelineEnd(f, rules);
  for (let pieces = 0; pieces < 4 && from < limit; pieces++) {
    const t = toks[from]!;
    let next = -1;
    if (toks[from - 1]?.text === ',' && from > 1 && toks[from - 2]!.cap) next = stateEnd(toks, from, rules);
    if (next < 0 && isIntroWord(f, from, rules)) {
      for (let k = from + 1; k < Math.min(limit, from + 14) && next < 0; k++) {
        if (toks[k]!.quoted) break;
        if (toks[k]!.text === ',') next = k + 1;
      }
    }
    if (next < 0 || next >= limit || !t.word) break;
    from = next;
  }
  return from;
}

/**
 * Does an introductory phrase start at token i: a circumstance (`At`, `When`, `Speaking`), a preposition (`Despite`), an
 * adverb before a comma or a lowercase word (`Likewise,`, `Back in 1999,`; not `Then-Gov. Jane Doe`), or a short
 * phrase that a time adverb ends (`Hours later,`, `Eight years ago,`)?
 */
function isIntroWord(f: SentenceFacts, i: number, rules: PhraseRules): boolean {
  const t = f.tokens[i];
  if (!t || !t.word || t.quoted) return false;
  if (rules.words.headCircumstance.has(t.lower) || rules.words.introPrepositions.has(t.lower) || isIntroModifier(f, i)) return true;
  if (subordinatorAt(f, i, rules) > i) return true; // `Two weeks after the judge retired,`, `Just before the vote,`
  // `Continuing to explain his view,`, `Walking to the next house,`: a participle phrase (not a name: `Fleming said`).
  if (/^[a-z]{3,}ing$/u.test(t.lower) && f.tokens[i + 1]?.word && !f.tokens[i + 1]!.cap && !f.tokens[i + 1]!.quoted && cueAt(f, i + 1) === undefined &&
    !f.mentions.some((m) => m.first === i && !m.pronoun)) {
    for (let k = i + 2; k < Math.min(f.tokens.length, i + 12); k++) if (f.tokens[k]!.text === ',') return true;
  }
  const next = f.tokens[i + 1];
  if (rules.words.introAdverbs.has(t.lower) && !!next && !next.quoted && (next.text === ',' || (next.word && !next.cap))) return true;
  for (let k = i + 1; k < Math.min(f.tokens.length, i + 5); k++) {
    const w = f.tokens[k]!;
    if (w.text === ',') return rules.words.introTimeEnds.has(f.tokens[k - 1]!.lower) && k - 1 > i;
    if (!w.word || w.quoted) return false;
  }
  return false;
}

/**
 * A participle or an adverb that opens an introductory phrase (`Chastened by the polls,`, `Clearly,`): a word in
 * -ed, -en or -ly followed by a lowercase word or a comma, and not the start of a name (`Allen Smith`, `Ted`).
 */
function isIntroModifier(f: SentenceFacts, i: number): boolean {
  const t = f.tokens[i]!;
  const next = f.tokens[i + 1];
  if (!/^[a-z]{3,}(?:ed|en|ly)$/u.test(t.lower) || !next || (next.word && next.cap) || next.quoted) return false;
  if (next.text !== ',' && !next.word) return false;
  return !f.mentions.some((m) => m.first === i && !m.pronoun && (m.kind === 'person' || m.kind === 'organization'));
}

/** `New Hampshire,` after `in Salem,`: a state of one to three words and its comma; the token after the comma, or -1. */
function stateEnd(toks: readonly Token[], i: number, rules: PhraseRules): number {
  const words: string[] = [];
  for (let k = i; k < Math.min(toks.length, i + 4); k++) {
    const t = toks[k]!;
    if (t.text === ',') return words.length > 0 && rules.words.states.has(words.join(' ')) ? k + 1 : -1;
    if (t.text === '.' && words.length > 0) continue; // `Fla.`
    if (!t.word || !t.cap || t.quoted) return -1;
    words.push(t.lower);
  }
  return -1;
}

/**
 * The token after a dateline, or 0: a place in capitals or one followed by a news agency, then a dash
 * (`WASHINGTON —`, `DECATUR, Ill. —`, `PARIS, Aug 31 (Reuters) -`, `New York (AFP) –`).
 */
function datelineEnd(f: SentenceFacts, rules: PhraseRules): number {
  const toks = f.tokens;
  let agency = false;
  let capitals = true; // the place, up to its first comma, in capitals: `NEW YORK`, `ST. LOUIS`
  let inPlace = true;
  for (let k = 0; k < Math.min(toks.length - 1, 14); k++) {
    const t = toks[k]!;
    if (t.quoted) return 0;
    if (t.text === '-') return k > 0 && toks[k + 1]!.word && (agency || capitals) ? k + 1 : 0;
    if (t.text === '(') {
      if (!rules.words.datelineAgencies.has(toks[k + 1]?.lower ?? '') || toks[k + 2]?.text !== ')') return 0;
      agency = true;
      inPlace = false;
      k += 2;
      continue;
    }
    if (t.word ? !(t.cap || /^\d/u.test(t.text)) : t.text !== ',' && t.text !== '.') return 0;
    if (t.text === ',') inPlace = false;
    if (inPlace && t.word && !/^\p{Lu}{2,}$/u.test(t.text.replace(/[.'-]/gu, ''))) capitals = false;
  }
  return 0;
}

/**
 * The index of a subordinator (SUBORDINATORS) after one to three leading words from token i (SUBORDINATOR_LEADS or a
 * number): `after` in `Two weeks after the judge retired, …`, `before` in `Just before the vote began, …`; else -1.
 */
export function subordinatorAt(f: SentenceFacts, i: number, rules: PhraseRules): number {
  const toks = f.tokens;
  for (let k = i; k <= i + 3 && k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.word || t.quoted) return -1;
    if (k > i && rules.words.subordinators.has(t.lower)) return k;
    if (!rules.words.subordinatorLeads.has(t.lower) && !rules.words.number.test(t.lower)) return -1;
  }
  return -1;
}

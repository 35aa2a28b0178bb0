import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { Hit, Shape } from './shape.js';
import { speakerForCue } from '../phrases/cue-speaker.js';
import { phraseMention, speakingNoun } from '../phrases/noun-phrases.js';
import { isKicker } from './continued.js';
import { isCommonWord } from '../../nlp/lexicon.js';
import { sentenceSubject } from '../phrases/subject.js';
import { type SentenceFacts, WINDOW, cueAt, hasClause, indexOf, mentionEndingAt, onlySpace, tokenIndexAtOrAfter } from '../sentence-facts.js';

/**
 * Lead-ins: the speaker and its cue come before the quotation (`Doe said: “…”`), and unquoted words that open
 * the sentence join the content (`In past campaigns, “…,” he said.`).
 */

export const LEAD_IN = [
  { id: 'name-cue-colon-quote', confidence: 0.92, example: 'Jane Doe said: “We will win.”', match: leading },
  { id: 'name-cue-comma-quote', confidence: 0.9, example: 'Jane Doe argued, “We will win.”', match: leading },
  { id: 'colon-intro-quote', confidence: 0.85, example: 'Jane Doe told the paper:\n\n“We will win this time.”', match: leading },
  { id: 'name-colon-quote', confidence: 0.75, example: 'Pew Research: “Most voters want change.”', match: nameColon },
  { id: 'head-quote-name-cue', confidence: 0.85, example: 'They “seemed to be a few boot prints,” he wrote.', match: headBefore },
  { id: 'head-name-cue-quote', confidence: 0.85, example: 'The market was empty, he added, “but traders need to meet.”', match: headBefore },
] as const satisfies readonly Shape[];

/** `Crane said: “…”` · `Crane argued, “…”` · `Crane told In These Times:` (then the quotation). */
export function leading(before: readonly Token[], f: SentenceFacts, facts: readonly SentenceFacts[], text: string, rules: AttributeRules): Hit | null {
  if (before.some((t) => t.word)) {
    const last = before[before.length - 1]!;
    // The last cue in the window before the quotation.
    let cue: FoundCue | undefined;
    for (let k = indexOf(f, last); k >= indexOf(f, before[0]!) && !cue; k--) cue = cueAt(f, k);
    if (!cue) return last.text === ':' ? nameColon(f, indexOf(f, last), rules) : null;
    const between = before.filter((t) => t.start >= cue.end);
    const colon = last.text === ':';
    const comma = last.text === ',';
    const hearer = comma && rules.hearerVerbs.has(cue.lemma) && between.length <= 7 && between.every((t) => !t.quoted);
    if (between.length === 0 || (between.length === 1 && (colon || comma)) || (colon && between.length <= 14) || hearer) {
      const m = speakerForCue(f, cue, rules.phrases);
      if (!m) return null;
      return { speaker: m, cue, rule: colon ? 'name-cue-colon-quote' : 'name-cue-comma-quote', factor: 1 };
    }
    return null;
  }
  // The quotation opens its sentence: an attributing sentence ending in a colon just before it?
  const prev = facts[f.sentence.index - 1];
  if (!prev) return null;
  const lastTok = prev.tokens[prev.tokens.length - 1];
  if (!lastTok || lastTok.text !== ':' || !onlySpace(text, prev.sentence.end, f.sentence.start)) return null;
  const cue = prev.cues[prev.cues.length - 1];
  if (!cue) return nameColon(prev, prev.tokens.length - 1, rules);
  const m = speakerForCue(prev, cue, rules.phrases);
  if (!m) return null;
  return { speaker: m, cue, rule: 'colon-intro-quote', factor: 1 };
}

/**
 * Where the content starts when unquoted words open the sentence before a quotation and its attribution:
 * `In past campaigns, “…,” he said.` (a trailing attribution) or `The market was empty, he added, “but
 * …”` (the attribution interrupts). Not when they are a circumstance (`When asked about it, he said, “…”`),
 * hold another quotation or a cue, or are only openers (`But “…,” he said`). Null: the quotation alone.
 */
export function headBefore(f: SentenceFacts, openAt: number, hit: Hit, trailingHit: boolean, rules: AttributeRules): number | null {
  const toks = f.tokens;
  let end = openAt; // the head is toks[a, end)
  if (!trailingHit) {
    if (hit.rule !== 'name-cue-comma-quote' || !hit.speaker) return null;
    end = tokenIndexAtOrAfter(f, hit.speaker.span.start);
    if (toks[end - 1]?.text !== ',') return null;
  }
  if (end > WINDOW) return null;
  let a = 0;
  while (a < end && (toks[a]!.word ? rules.words.headOpeners.has(toks[a]!.lower) : toks[a]!.text === ',')) a++;
  if (a >= end || !toks[a]!.word || rules.words.headCircumstance.has(toks[a]!.lower)) return null;
  let words = 0;
  for (let k = a; k < end; k++) {
    const t = toks[k]!;
    if (t.quoted || !(t.word || t.text === ',' || t.text === '.' || t.text === '-' || t.text === '$' || t.text === '%')) return null;
    if (t.word) {
      if (cueAt(f, k)) return null;
      words++;
    }
  }
  if (words < (trailingHit ? 1 : 2)) return null;
  // An interrupting attribution follows a clause (`The market was empty, he added, “…”`), not a
  // circumstance without a verb of its own (`Holding up a map, Beck said, “…”`, `Less than 30 minutes later, …`).
  if (!trailingHit && !hasClause(toks, { start: toks[a]!.start, end: toks[end - 1]!.end }, rules)) return null;
  return toks[a]!.start;
}

/** `Pew Research: “…”`, `More from Blumenthal and Cohen: “…”`: a name right before the colon introduces the quotation. */
function nameColon(f: SentenceFacts, colonAt: number, rules: AttributeRules): Hit | null {
  const colon = f.tokens[colonAt];
  if (!colon || colon.text !== ':') return null;
  const m = mentionEndingAt(f, colonAt - 1);
  if (!m) return headlineNounColon(f, colonAt, rules);
  if (m.pronoun || bylineBefore(f.tokens, m.first)) return null;
  // In the headline, a name the lexicon does not know (`Gingrich: ‘…’`) when it opens the line and is no
  // label (`Update:`); below it a place or a list heading (`Iowa: “…”`) is as likely.
  const opensLine = f.sentence.paragraph === 0 && (m.first === 0 || (m.first === 2 && isKicker(f.tokens[0]!, f.tokens[1]!) && !isCommonWord(m.name.toLowerCase()))) && m.last - m.first <= 5 && !rules.labels.has(m.name.toLowerCase()) && /^\p{Lu}/u.test(m.name);
  if (m.kind !== 'person' && m.kind !== 'organization' && !(m.kind === 'other' && opensLine)) return null;
  const cue: FoundCue = { start: colon.start, end: colon.end, lemma: ':', weight: 0.7, kind: 'phrase', sentence: f.sentence.index, first: colonAt, last: colonAt, form: ':' };
  // `Jane Doe heckles the mayor’s supporters: “…”`, `a voice celebrated the attack on Twitter: “…”`: a group, a thing or
  // an organisation after a verb or a preposition is its object; the sentence's subject speaks. A person named there
  // speaks (`The surge does not surprise pollster Dan Roe: “…”`).
  const person = m.kind === 'person' && /^\p{Lu}/u.test(m.name);
  let p = person ? -1 : m.first - 1;
  while (p >= 0 && f.tokens[p]!.word && (rules.words.determiners.has(f.tokens[p]!.lower) || /['’]s$/u.test(f.tokens[p]!.lower))) p--;
  const before = f.tokens[p];
  if (before && before.word && !before.cap && !before.quoted && !rules.words.nameColonLinks.has(before.lower)) {
    const subject = sentenceSubject(f, p, rules.phrases);
    return subject ? { speaker: subject, cue, rule: 'name-colon-quote', factor: 1 } : null;
  }
  return { speaker: { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null }, cue, rule: 'name-colon-quote', factor: 1 };
}

/**
 * A byline after a cited headline, `“Museum names a director,” by the Courier's Ann Lee: “…”` (issue 15): a digest's
 * excerpt of an article, the reporter's narration, not a saying. Capitalised words, `the` and possessives lead back to `by`
 * after a comma (not `a speech by Mayor Ruiz: “…”`, which quotes the speech).
 */
function bylineBefore(toks: readonly Token[], first: number): boolean {
  let k = first - 1;
  const part = (t: Token) => !t.quoted && ((t.word && (t.cap || t.lower === 'the')) || /['’]s?$/u.test(t.text));
  while (k >= first - 7 && k >= 0 && part(toks[k]!)) k--;
  if (toks[k]?.lower !== 'by' || toks[k]!.quoted) return false;
  let c = k - 1;
  while (c >= 0 && !toks[c]!.word && /^['"’”»]+$/u.test(toks[c]!.text)) c--; // closing marks after the comma
  return toks[c]?.text === ',';
}

/**
 * A headline's `Times editorial: ‘…’` (a short phrase ending in a speaking noun) or `Democrats' reaction: ‘…’` (a
 * possessor and an answer noun: the possessor speaks), at the start of the document's first line; not `Breaking
 * news: ‘…’` or `Our verdict: ‘…’`.
 */
function headlineNounColon(f: SentenceFacts, colonAt: number, rules: AttributeRules): Hit | null {
  const toks = f.tokens;
  if (f.sentence.paragraph !== 0 || f.sentence.index !== 0 || colonAt < 2 || colonAt > 4) return null;
  const words = toks.slice(0, colonAt);
  if (!toks[0]!.cap || rules.functionWords.has(toks[0]!.lower) || words.some((t) => t.quoted || (!t.word && t.text !== "'" && t.text !== '\u2019'))) return null;
  const colon = toks[colonAt]!;
  const cue: FoundCue = { start: colon.start, end: colon.end, lemma: ':', weight: 0.7, kind: 'phrase', sentence: f.sentence.index, first: colonAt, last: colonAt, form: ':' };
  const head = toks[colonAt - 1]!;
  if (rules.words.answerNouns.has(head.lower)) {
    // `Democrats' reaction` (a separate apostrophe) or `Okafor's reaction`
    const mark = toks[colonAt - 2]!;
    const last = mark.word ? colonAt - 2 : colonAt - 3;
    const owner = toks[last];
    if (!owner || !owner.word || !owner.cap) return null;
    const possessive = !mark.word || /['\u2019]s$/u.test(owner.lower);
    if (!possessive || last < 0) return null;
    const end = mark.word ? owner.end - 2 : owner.end;
    const mention = { ...phraseMention(f, 0, last, last, 0, false), end, head: { start: owner.start, end }, name: text0(toks, 0, last).replace(/['\u2019]s$/u, '') };
    return { speaker: { span: { start: toks[0]!.start, end }, mention, name: null, kind: null }, cue, rule: 'name-colon-quote', factor: 1 };
  }
  if (!head.word || !speakingNoun(head.lower, rules.phrases) || words.some((t) => !t.word)) return null;
  const mention = phraseMention(f, 0, colonAt - 1, colonAt - 1, 0, /s$/u.test(head.lower));
  return { speaker: { span: { start: toks[0]!.start, end: head.end }, mention, name: null, kind: null }, cue, rule: 'name-colon-quote', factor: 1 };
}

function text0(toks: readonly Token[], first: number, last: number): string {
  return toks.slice(first, last + 1).map((t) => t.text).join(' ');
}

/** The rest of a clause after a quotation, when words follow it (not a trailing attribution or a participle). */
export function clauseRunsOn(f: SentenceFacts, after: readonly Token[], rules: AttributeRules): Span | null {
  const first = after[0];
  if (!first || !after.some((t) => t.word)) return null;
  if (first.text === ',' && after[1] && (rules.words.gerundLink.has(after[1].lower) || cueAt(f, indexOf(f, after[1])) !== undefined)) return null;
  if (first.text === '(' || first.text === '-' || first.text === ';' || first.text === ':') return null;
  let end = -1;
  for (const t of after) {
    if (t.text === ';' || t.text === '(' || (t.text === ',' && end >= 0 && after[after.indexOf(t) + 1] && rules.words.gerundLink.has(after[after.indexOf(t) + 1]!.lower))) break;
    if (t.word || t.quoted || t.text === '"' || t.text === "'") end = t.end;
  }
  return end > first.start ? { start: first.start, end } : null;
}

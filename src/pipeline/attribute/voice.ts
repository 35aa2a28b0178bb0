import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { SentenceFacts } from '../sentence-facts.js';
import type { Found } from './shape.js';

/**
 * First- and second-person voice. The writer's own thoughts in narration (`I think …`, `we hope …`, in an op-ed, or in
 * an interviewee's answer) are not claims of anyone: a reported claim (not a quotation) whose speaker is `I` or `we`
 * and whose cue is a verb of thinking, hoping or knowing is dropped. `you` (`as you know`, `can you say`, also inside
 * quoted words) is never a speaker. (Inside a transcript turn, `I said` and `we announced` are part of the turn:
 * transcript.ts drops reported speech there before this runs.)
 */

/** Verbs of the mind, not of speech: a claim of `I` or `we` with one of these is the writer's own thought. */
export const MENTAL_LEMMAS: ReadonlySet<string> = new Set([
  'think', 'believe', 'hope', 'fear', 'expect', 'want', 'worry', 'wonder', 'guess', 'feel', 'know', 'understand', 'realize',
  'doubt', 'suspect', 'agree', 'wish', 'mean', 'imagine', 'suppose', 'assume', 'recall', 'remember', 'learn', 'find', 'see', 'hear',
]);

const FIRST = /^(?:i|we)(?:['\u2019](?:ve|m|d|ll|re))?$/iu;
// A quotation mark, not an apostrophe: at a word's start, or after punctuation.
const QUOTE_MARK = /(?:^|[\s(\[])['\u2018"\u201c`\u00ab\u201e]|[.,!?;:\u2014-]['\u2019"\u201d\u00bb]/u;
const SECOND = /^(?:you|y'all)(?:['\u2019](?:ve|d|ll|re))?$/iu;

/** Is this speaker phrase a first-person (`I`, `We've`) or second-person (`you`) pronoun? */
export function personOf(phrase: string): 1 | 2 | null {
  const p = phrase.trim();
  return FIRST.test(p) ? 1 : SECOND.test(p) ? 2 : null;
}

/** The claims with the writer's own voice taken out. */
export function withoutOwnVoice(found: readonly Found[], text: string, sentenceOf: (x: Found) => string): Found[] {
  const out: Found[] = [];
  for (const x of found) {
    const ofTurn = x.rule.startsWith('transcript-');
    const phrase = x.speaker ? text.slice(x.speaker.span.start, x.speaker.span.end) : '';
    // `you` is never a speaker outside a transcript turn, in narration or around quoted words (`So if a man
    // says, “I want rifles,” you know, you might worry`): it names a hearer.
    if (!ofTurn && x.speaker && personOf(phrase) === 2) continue;
    const person = x.speaker && x.quoteEnd === undefined && !ofTurn ? personOf(phrase) : null;
    // Narration only: a sentence with quotation marks may be someone's quoted words (`'We believe it will,' she said`).
    const narration = person !== null && !QUOTE_MARK.test(sentenceOf(x));
    if (person === 1 && narration && x.cue && MENTAL_LEMMAS.has(x.cue.lemma)) continue;
    out.push(x);
  }
  return out;
}

/** The turn whose content holds span s (turns are sorted and apart: a binary search), or null. */
export function turnAround(turns: readonly Found[], s: Span): Found | null {
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid]!;
    if (t.content.end < s.start) lo = mid + 1;
    else if (t.content.start > s.start) hi = mid - 1;
    else return s.end <= t.content.end ? t : null;
  }
  return null;
}

/**
 * A past participle after a form of `be`: `is expected to`, `was told that`, `has been said`, `was first
 * reported by MSNBC`. With or without an agent, the subject is not the source.
 */
export function isPassive(f: SentenceFacts, cue: FoundCue, rules: AttributeRules): boolean {
  if (cue.kind !== 'verb') return false;
  const agent = f.tokens[cue.last + 1]?.lower === 'by';
  if (!agent && (cue.form === cue.lemma || /s$|ing$/u.test(cue.form) && !/ss$/u.test(cue.form))) return false;
  let k = cue.first - 1;
  while (k >= 0 && (/ly$/u.test(f.tokens[k]!.lower) || (agent && f.tokens[k]!.lower === 'first'))) k--;
  return rules.words.be.has(f.tokens[k]?.lower ?? '');
}

/**
 * Is there a modal of possibility or duty (POSSIBILITY_MODALS) between the speaker phrase and the cue: `…, he should
 * have insisted on more`, `…, voters could complain`? Such a cue reports nothing, so it is no trailing attribution.
 */
export function hypotheticalCue(f: SentenceFacts, speaker: Span, cue: FoundCue, rules: AttributeRules): boolean {
  return f.tokens.some((t, k) => k < cue.first && t.start >= speaker.end && t.word && !t.quoted && rules.possibilityModals.has(t.lower));
}

import type { PhraseRules } from '../../rules/phrase-words.js';
import type { Token } from '../../text/tokens.js';
import type { FoundCue } from '../cues.js';
import { type SentenceFacts, type SpeakerRef, commaBeforeMarks, isDash, mentionEndingAt, mentionsEndingAt, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { sourceAfter, speakerAfter } from './after.js';
import { speakerBefore, speakingHeadBefore } from './before.js';
import { clauseSubjectBefore } from './clause-subject.js';
import { sentenceSubject } from './subject.js';

/** Who a cue's speaker is: after `according to`, the subject of a participle's clause, else before or after the verb. */
export function speakerForCue(f: SentenceFacts, cue: FoundCue, rules: PhraseRules): SpeakerRef | null {
  if (cue.kind === 'phrase') return sourceAfter(f, cue.last + 1, rules);
  // `A spokeswoman for the city said: “…”`: a speaking noun with its modifier when it starts before the nearest
  // phrase (as for a reported clause's subject).
  const near = speakerBefore(f, cue.first, rules);
  const head = speakingHeadBefore(f, cue.first, rules);
  const m = head && (!near || head.span.start < near.span.start) ? head : near;
  if (m) return documentSender(f, cue, m, rules) ?? m;
  if (rules.words.gerundLink.has(cue.form) && linksParticiple(f.tokens, cue.first, rules)) return sentenceSubject(f, cue.first, rules);
  return speakerAfter(f, cue.last + 1, rules);
}

/**
 * `The mayor's office issued a statement saying …`, `she sent an email saying, “…”`, `issued a statement Wednesday
 * calling on …`, `sent a text message to supporters saying …`: before a participle a document noun is the object of the
 * clause's verb, and the speaker is that verb's subject; so is a hearer right after a verb in -ed (`emailed supporters
 * saying …`). So is a hearer or a medium after `to` or `on` (`made a pitch to voters saying …`, `was heard on a
 * microphone telling …`), but not what one listens to (`listened to Doe saying …`: Doe speaks). Null: none found, or
 * the noun phrase is no such object, as in `In her statement condemning …`.
 */
export function documentSender(f: SentenceFacts, cue: FoundCue, found: SpeakerRef, rules: PhraseRules): SpeakerRef | null {
  const toks = f.tokens;
  if (cue.kind !== 'verb' || !toks[cue.first]!.lower.endsWith('ing')) return null; // `calling on`: the first word
  // The phrase's last word; only adverbs and a time phrase stand between it and the participle (`a letter strongly
  // disputing`, `a statement Wednesday saying`).
  const first = tokenIndexAtOrAfter(f, found.span.start);
  let head = tokenIndexAtOrAfter(f, found.span.end) - 1;
  if (head < first || head >= cue.first || toks[head]!.end !== found.span.end) return null;
  for (let k = head + 1; k < cue.first; k++) if (!toks[k]!.word || toks[k]!.quoted || toks[k]!.cap && !rules.words.timeGapDays.has(toks[k]!.lower)) return null;
  if (!rules.words.documentNouns.has(toks[head]!.lower) && toks[first - 1]?.lower === 'to' && !found.mention?.pronoun &&
    rules.words.documentNouns.has(toks[first - 2]?.lower ?? '')) head = first - 2; // `a message to supporters saying`
  else if (recipientBefore(f, first, rules)) return clauseSubjectBefore(f, first - 1, rules, false, null) ?? sentenceSubject(f, first - 1, rules);
  if (!rules.words.documentNouns.has(toks[head]!.lower) || toks[head]!.quoted) return hearerSender(f, first, found, rules);
  // Back over the document's modifiers (`a celebratory White House memo`) to its determiner; a person is no modifier.
  let v = -1;
  for (let k = head - 1; k >= Math.max(0, head - 5) && v < 0; k--) {
    const t = toks[k]!;
    if (!t.word || t.quoted) return null;
    if (rules.words.determiners.has(t.lower) || /'s$/u.test(t.lower)) v = k - 1;
    else if (mentionsEndingAt(f, k).some((x) => x.pronoun || x.kind === 'person')) v = k + 1;
  }
  if (v === head) v = -1;
  if (v < 0 && toks[head - 1] && !rules.words.determiners.has(toks[head - 1]!.lower)) v = /s$/u.test(toks[head]!.lower) ? head - 1 : -1; // `issued statements`
  if (toks[v] && rules.words.particles.has(toks[v]!.lower)) v--; // `put out`, `sent out`
  return subjectOfVerb(f, v, rules);
}

/**
 * Does a recipient or medium preposition (`to`, `on`) stand before token `first`, after no listening verb? Not before a
 * possessive (`an adviser to his campaign acknowledging …` is the campaign's adviser) or a gerund (`used to seeing …`).
 */
function recipientBefore(f: SentenceFacts, first: number, rules: PhraseRules): boolean {
  const link = f.tokens[first - 1];
  if (!link || link.quoted || !rules.words.recipientLinks.has(link.lower)) return false;
  const opener = f.tokens[first]!.lower;
  if (rules.possessives.has(opener) || /ing$/u.test(opener)) return false;
  return !rules.words.listenVerbs.has(f.tokens[first - 2]?.lower ?? '');
}

/** `emailed supporters saying …`, `urged voters saying …`: people as a nominal hearer (no name) right after a verb in -ed. */
function hearerSender(f: SentenceFacts, first: number, found: SpeakerRef, rules: PhraseRules): SpeakerRef | null {
  const m = found.mention;
  if (!m || m.pronoun || /^\p{Lu}/u.test(m.name) || f.tokens.slice(first, m.last + 1).some((t) => t.cap)) return null;
  // People who hear (`supporters`, `reporters`, `employees`), not a study that shows (`cited a study showing …`).
  const head = f.tokens[m.last]!.lower;
  const singular = head.replace(/s$/u, '');
  if (m.kind === 'other' || !(rules.speakerNouns.has(head) || rules.speakerNouns.has(singular) || rules.words.agentNoun.test(head))) return null;
  const v = first - 1;
  if (!/^[a-z]{3,}ed$/u.test(f.tokens[v]?.text ?? '')) return null;
  return subjectOfVerb(f, v, rules);
}

/**
 * The subject of the verb at token v (a lowercase word, no function word or auxiliary), or null. After `which` or
 * `that` (`the union, which released a statement …`) the relative word is the span and its antecedent the mention.
 */
function subjectOfVerb(f: SentenceFacts, v: number, rules: PhraseRules): SpeakerRef | null {
  const toks = f.tokens;
  const verb = toks[v];
  if (!verb || !verb.word || verb.cap || verb.quoted || rules.functionWords.has(verb.lower) || rules.words.auxiliaries.has(verb.lower) || rules.words.determiners.has(verb.lower)) return null;
  const rel = toks[v - 1];
  if (rel && !rel.quoted && (rel.lower === 'which' || rel.lower === 'that')) {
    const antecedent = mentionEndingAt(f, toks[v - 2]?.text === ',' ? v - 3 : v - 2);
    return antecedent && !antecedent.pronoun ? { span: { start: rel.start, end: rel.end }, mention: antecedent, name: null, kind: null } : null;
  }
  return speakerBefore(f, v, rules) ?? sentenceSubject(f, v, rules);
}

/**
 * `, adding that …` · `was “corrupt,” noting …` · `before adding that …` · `while arguing …` · `by suggesting …` ·
 * `— saying …`: the participle at token i is on the clause's subject.
 */
export function linksParticiple(toks: readonly Token[], i: number, rules: PhraseRules): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  return commaBeforeMarks(toks, i - 1) || (!prev.quoted && (prev.text === ',' || isDash(prev) || (!prev.cap && rules.words.participlePrepositions.has(prev.lower))));
}

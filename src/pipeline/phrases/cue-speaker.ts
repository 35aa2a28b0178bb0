import type { PhraseRules } from '../../rules/phrase-words.js';
import type { Token } from '../../text/tokens.js';
import type { FoundCue } from '../cues.js';
import { type SentenceFacts, type SpeakerRef, isDash, mentionsEndingAt } from '../sentence-facts.js';
import { sourceAfter, speakerAfter } from './after.js';
import { speakerBefore } from './before.js';
import { sentenceSubject } from './subject.js';

/** Who a cue's speaker is: after `according to`, the subject of a participle's clause, else before or after the verb. */
export function speakerForCue(f: SentenceFacts, cue: FoundCue, rules: PhraseRules): SpeakerRef | null {
  if (cue.kind === 'phrase') return sourceAfter(f, cue.last + 1, rules);
  const m = speakerBefore(f, cue.first, rules);
  if (m) return documentSender(f, cue, m, rules) ?? m;
  if (rules.words.gerundLink.has(cue.form) && linksParticiple(f.tokens[cue.first - 1], rules)) return sentenceSubject(f, cue.first, rules);
  return speakerAfter(f, cue.last + 1, rules);
}

/**
 * `The mayor's office issued a statement saying …`, `she sent an email saying, “…”`: before a participle a document
 * noun is the object of the clause's verb, and the speaker is that verb's subject (null: none found, or the
 * noun phrase is no such object, as in `In her statement condemning …`).
 */
export function documentSender(f: SentenceFacts, cue: FoundCue, found: SpeakerRef, rules: PhraseRules): SpeakerRef | null {
  if (cue.kind !== 'verb' || !cue.form.endsWith('ing')) return null;
  const toks = f.tokens;
  let head = cue.first - 1; // past adverbs: `a letter strongly disputing`
  while (head >= 0 && toks[head]!.word && !toks[head]!.cap && /ly$/u.test(toks[head]!.lower)) head--;
  if (head < 0 || toks[head]!.end > found.span.end || toks[head]!.start < found.span.start) return null;
  if (!rules.words.documentNouns.has(toks[head]!.lower) || toks[head]!.quoted) return null;
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
  const verb = toks[v];
  if (!verb || !verb.word || verb.cap || verb.quoted || rules.functionWords.has(verb.lower) || rules.words.auxiliaries.has(verb.lower) || rules.words.determiners.has(verb.lower)) return null;
  return speakerBefore(f, v, rules) ?? sentenceSubject(f, v, rules);
}

/**
 * `, adding that …` · `before adding that …` · `while arguing …` · `by suggesting …` · `— saying …`: a participle on
 * the clause's subject.
 */
export function linksParticiple(prev: Token | undefined, rules: PhraseRules): boolean {
  return !!prev && !prev.quoted && (prev.text === ',' || isDash(prev) || (!prev.cap && rules.words.participlePrepositions.has(prev.lower)));
}

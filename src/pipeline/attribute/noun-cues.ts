import type { AttributeRules } from '../../rules/attribute-words.js';
import type { FoundCue } from '../cues.js';
import { isLast, speakerAfter } from '../phrases/after.js';
import { possessor } from '../phrases/noun-phrases.js';
import { type SentenceFacts, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { clauseAfter, clauseBefore } from './clauses.js';
import { type Found, mk, type Shape } from './shape.js';

/** Noun cues: a possessor and a saying noun (`in Crane’s view`, `Crane’s claim that …`). */

export const NOUN_CUES = [
  { id: 'in-name-view-clause', confidence: 0.8, example: 'In Crane’s view, the policy is wrong.', match: nounCue },
  { id: 'clause-in-name-view', confidence: 0.8, example: 'The policy is wrong, in Crane’s view.', match: nounCue },
  { id: 'name-noun-that-clause', confidence: 0.75, example: 'The union dismissed Crane’s claim that the policy is wrong.', match: nounCue },
] as const satisfies readonly Shape[];

/**
 * Cue nouns. `In Crane’s view, CLAUSE` · `CLAUSE, in Crane’s view.` · `in the view of the union, CLAUSE` ·
 * `Crane’s statement that CLAUSE` · `his claim that CLAUSE` · `the claim that CLAUSE` (no speaker: shown with --all).
 */
export function nounCue(cue: FoundCue, f: SentenceFacts, rules: AttributeRules): Found | null {
  const toks = f.tokens;
  const of = toks[cue.last + 1]?.lower === 'of' && toks[cue.first - 1]?.lower === 'the';
  const speaker = of ? speakerAfter(f, cue.last + 2, rules.phrases) : possessor(f, cue.first - 1, rules.phrases);
  if (rules.viewNouns.has(cue.lemma)) {
    if (!speaker) return null;
    const after = of ? tokenIndexAtOrAfter(f, speaker.span.end) : cue.last + 1;
    if (toks[after]?.text === ',') {
      const content = clauseAfter(f, after + 1, rules);
      return content ? mk(content, speaker, cue, 'in-name-view-clause', 1, f) : null;
    }
    let inAt = cue.first - 1;
    while (inAt >= 0 && toks[inAt]!.lower !== 'in') inAt--;
    if (toks[inAt - 1]?.text === ',' && isLast(f, toks[after - 1]?.end ?? cue.end, rules.phrases)) {
      const content = clauseBefore(f, inAt - 1);
      return content ? mk(content, speaker, cue, 'clause-in-name-view', 1, f) : null;
    }
    return null;
  }
  // `the claim that was made`: an auxiliary after `that` makes it a relative clause.
  if (rules.words.auxiliaries.has(toks[cue.last + 2]?.lower ?? '')) return null;
  let content = clauseAfter(f, cue.last + 2, rules);
  if (!content) return null;
  // As the sentence's subject (`Crane’s statement that the policy is wrong drew fire`) the clause ends where
  // the main verb starts, which only a comma shows here.
  const phraseStart = speaker && !of ? tokenIndexAtOrAfter(f, speaker.span.start) : cue.first - 1;
  if (phraseStart <= 1) {
    let comma = -1;
    for (let k = cue.last + 3; k < toks.length && toks[k]!.start < content.end && comma < 0; k++) if (toks[k]!.text === ',') comma = k;
    if (comma < 0) return null;
    content = { start: toks[cue.last + 2]!.start, end: toks[comma - 1]!.end };
  }
  return { content, type: null, speaker, cue, rule: 'name-noun-that-clause', factor: speaker ? 1 : 0.5, sentence: f.sentence.index };
}

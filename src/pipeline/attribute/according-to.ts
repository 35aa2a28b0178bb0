import type { AttributeRules } from '../../rules/attribute-words.js';
import type { FoundCue } from '../cues.js';
import { sourceAfter } from '../phrases/after.js';
import { type SentenceFacts, atLeastWords, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { clauseAfter, clauseBefore } from './clauses.js';
import { type Found, mk, type Shape } from './shape.js';

/** `according to`: the source before or after a reported clause. */

export const ACCORDING_TO = [
  { id: 'according-to-name-clause', confidence: 0.85, example: 'According to Jane Doe, the office will reopen.', match: accordingTo },
  { id: 'clause-according-to-name', confidence: 0.85, example: 'The office will reopen, according to the agency.', match: accordingTo },
] as const satisfies readonly Shape[];

/** `According to X, CLAUSE` · `CLAUSE, according to X.` */
export function accordingTo(cue: FoundCue, f: SentenceFacts, rules: AttributeRules): Found | null {
  const toks = f.tokens;
  const m = sourceAfter(f, cue.last + 1, rules.phrases);
  if (!m) return null;
  const mEnd = tokenIndexAtOrAfter(f, m.span.end);
  if (!atLeastWords(toks, cue.first, 3) && toks[mEnd]?.text === ',') {
    const content = clauseAfter(f, mEnd + 1, rules);
    if (!content) return null;
    return mk(content, m, cue, 'according-to-name-clause', 1, f);
  }
  if (toks[cue.first - 1]?.text === ',') {
    const content = clauseBefore(f, cue.first - 1);
    if (!content) return null;
    return mk(content, m, cue, 'clause-according-to-name', 1, f);
  }
  return null;
}

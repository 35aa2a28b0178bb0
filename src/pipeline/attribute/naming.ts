import type { AttributeRules } from '../../rules/attribute-words.js';
import { type SentenceFacts, cueAt } from '../sentence-facts.js';
import type { Shape } from './shape.js';

/** Naming verbs: an object and a quoted complement (`called Trump “unhinged”`); `verbCue` reads the shape. */

export const NAMING = [
  { id: 'name-cue-object-quote', confidence: 0.8, example: 'Bush called Trump “unhinged.”', match: smallClauseEnd },
] as const satisfies readonly Shape[];

/**
 * Where the small clause of a naming verb from token i ends (null: none): an object of one to eight unquoted words, none a cue or an
 * auxiliary, not opened by a preposition, a particle or `a`/`an` (not `called for`, `called on Congress`, `called
 * off`, `called a news conference`), then a quotation: `Trump “unhinged”`, `the statement “offensive”`, `Graham a
 * “jackass”`. Not `called him to say “…”` (`to`) nor `a group called “Friends of …”` (no object).
 */
export function smallClauseEnd(f: SentenceFacts, i: number, rules: AttributeRules): number | null {
  const toks = f.tokens;
  const first = toks[i];
  if (!first || !first.word || first.quoted || rules.words.notObjectStart.has(first.lower)) return null;
  for (let k = i; k < toks.length && k <= i + 8; k++) {
    const t = toks[k]!;
    if (t.quoted) {
      while (toks[k + 1]?.quoted) k++;
      return toks[k]!.end;
    }
    if (!t.word || t.lower === 'to' || rules.words.auxiliaries.has(t.lower) || cueAt(f, k)) return null;
  }
  return null;
}

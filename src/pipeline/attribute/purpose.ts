import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { FoundCue } from '../cues.js';

/**
 * The index of the word whose subject says a cue in a purpose infinitive (PURPOSE_LEADS), or -1: the verb of `took to
 * Twitter to say …` or `went out of her way to praise …`, the `be` of `Voters are more likely to say …` (a comparative
 * share, as polls report it; not `is likely to say`, a forecast).
 */
export function purposeLeadBefore(toks: readonly Token[], cue: FoundCue, rules: AttributeRules): number {
  const to = cue.first - 1;
  const plain = (k: number): boolean => !!toks[k] && !toks[k]!.quoted && toks[k]!.word;
  if (cue.form !== cue.lemma || toks[to]?.lower !== 'to' || !plain(to) || !plain(to - 1)) return -1;
  const leads = rules.words.purposeLeads;
  if (toks[to - 1]!.lower === 'likely' && leads.degree.has(toks[to - 2]?.lower ?? '')) {
    let k = to - 3;
    while (plain(k) && /ly$|^(?:far|much)$/u.test(toks[k]!.lower)) k--; // `slightly`, `generally`, `far`
    return plain(k) && (rules.words.be.has(toks[k]!.lower) || /^(?:seem|seemed|appear|appeared)$/u.test(toks[k]!.lower)) ? k : -1;
  }
  // `went out of his way to say`
  if (toks[to - 1]!.lower === 'way' && toks[to - 3]?.lower === 'of' && toks[to - 4]?.lower === 'out' && leads.go.has(toks[to - 5]?.lower ?? '')) return to - 5;
  // `took to Twitter to say`, `took to the radio to say`: at most three plain words between the two `to`s.
  for (let j = to - 2; j >= to - 4 && j > 0; j--) {
    if (!plain(j)) return -1;
    if (toks[j]!.lower === 'to' && j < to - 1) return leads.take.has(toks[j - 1]?.lower ?? '') && plain(j - 1) ? j - 1 : -1;
  }
  return -1;
}

import type { AttributeRules } from '../../rules/attribute-words.js';
import type { FoundCue } from '../cues.js';
import type { SentenceFacts } from '../sentence-facts.js';

/**
 * Is the cue a word of a set aside (ASIDE_IDIOMS: `All told, the group raised …`, `…, so to speak.`, `Truth be told,
 * the plan …`)? The idiom's words stand unquoted around the cue, with punctuation or the sentence's edge on both
 * sides (not `They all told the mayor that …`).
 */
export function asideIdiomCue(f: SentenceFacts, cue: FoundCue, rules: AttributeRules): boolean {
  if (cue.first !== cue.last) return false;
  const toks = f.tokens;
  for (const words of rules.asideIdioms) {
    for (let p = 0; p < words.length; p++) {
      if (words[p] !== toks[cue.first]!.lower) continue;
      const start = cue.first - p;
      if (start < 0 || !words.every((w, k) => toks[start + k]?.lower === w && !toks[start + k]!.quoted)) continue;
      const before = toks[start - 1];
      const after = toks[start + words.length];
      if ((!before || !before.word) && (!after || /^[,.;:!?]$/u.test(after.text))) return true;
    }
  }
  return false;
}

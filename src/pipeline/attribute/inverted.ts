import type { AttributeRules } from '../../rules/attribute-words.js';
import type { FoundCue } from '../cues.js';
import { afterApposition, isLast, speakerAfter } from '../phrases/after.js';
import { MAX_CONTENT_TOKENS, type SentenceFacts, atLeastWords, commaBeforeMarks, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { clauseAfter, clauseBefore } from './clauses.js';
import { type Found, mk } from './shape.js';

/** Inverted reported clauses: the saying verb before its speaker, after the content (`…, said Jane Doe.`). */

/**
 * `…, said Crane.` · `…, said Nora Pellham, senior fellow for fiscal studies at X.` · with a quotation that ends the
 * content, which is then mixed: `The plans are “profoundly irresponsible,” said Nora Pellham.` · the attribution
 * interrupting: `The paradox of the plan, says Oren Whitlock, historian at the library, is that …`. `named`: only a
 * name (no pronoun or nominal) that ends the sentence, alone or with its apposition.
 */
export function clauseCommaCueName(cue: FoundCue, f: SentenceFacts, rules: AttributeRules, named: boolean): Found | null {
  const toks = f.tokens;
  const prev = toks[cue.first - 1];
  if (!prev || /ing$/u.test(cue.form)) return null; // a participle does not come before its subject: `…,” adding that the person …`
  if (rules.characterisingVerbs.has(cue.lemma)) return null; // `…, referring to the plan`: its subject is before it
  const closing = !toks[cue.first]!.quoted && commaBeforeMarks(toks, cue.first - 1);
  if (prev.text !== ',' && !closing) return null;
  const m = speakerAfter(f, cue.last + 1, rules.phrases);
  if (!m) return null;
  const at = tokenIndexAtOrAfter(f, m.span.end);
  const b = afterApposition(f, at, rules.phrases);
  let wordsAfter = false;
  for (let k = at; k < toks.length && !wordsAfter; k++) wordsAfter = toks[k]!.word;
  if (named && (!m.mention || m.mention.pronoun || !/^\p{Lu}/u.test(m.mention.name) || (wordsAfter && b !== toks.length))) return null;
  // The attribution interrupts the content, which goes on after the speaker's apposition.
  if (!closing && b >= 0 && b < toks.length && cue.first - 1 <= MAX_CONTENT_TOKENS && atLeastWords(toks, cue.first - 1, 2)) {
    const rest = clauseAfter(f, b, rules);
    if (rest) return mk({ start: toks[0]!.start, end: rest.end }, m, cue, 'clause-cue-name-clause', 1, f);
  }
  // After a closing quotation mark the content is complete, so a comma may follow the speaker (`Ms. Quarles is
  // “not a backslapper,” said Mr. Tenbrook, but she …`); a pronoun there is a clause's subject unless it ends the
  // sentence (`on a “faulty microphone,” claiming she had …`).
  const pronounClause = closing && !!m.mention?.pronoun && wordsAfter;
  if (!pronounClause && ((closing && b >= 0) || isLast(f, m.span.end, rules.phrases))) {
    const content = clauseBefore(f, closing ? cue.first : cue.first - 1);
    if (content) return mk(content, m, cue, 'clause-comma-cue-name', 1, f);
  }
  return null;
}

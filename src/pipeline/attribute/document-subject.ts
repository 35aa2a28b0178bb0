import type { AttributeRules } from '../../rules/attribute-words.js';
import { type Token, stripPossessive } from '../../text/tokens.js';
import type { Span } from '../../types.js';
import { phraseMention } from '../phrases/noun-phrases.js';
import { type SentenceFacts, type SpeakerRef, cueAt, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { namedIn } from './long-subject.js';

/** `the poll`, `a new study`, `investigators`: a subject whose findings are reported (its last word). */
export function reportsFindings(f: SentenceFacts, span: Span, rules: AttributeRules): boolean {
  let last: Token | undefined;
  for (let k = tokenIndexAtOrAfter(f, span.start); k < f.tokens.length && f.tokens[k]!.end <= span.end; k++) if (f.tokens[k]!.word) last = f.tokens[k];
  return last !== undefined && rules.words.findingsNouns.has(stripPossessive(last.lower));
}

/** Does a saying verb (weight ≥ 0.9) follow within six words of token i, with no punctuation between? */
export function attributionOpens(f: SentenceFacts, i: number): boolean {
  for (let k = i; k < Math.min(f.tokens.length, i + 7); k++) {
    const t = f.tokens[k]!;
    if (!t.word || t.quoted) return false;
    const c = cueAt(f, k);
    if (c) return c.kind === 'verb' && c.weight >= 0.9;
  }
  return false;
}

/**
 * A document, poll or study as a subject that ends just before the cue: its first noun of findings (`poll`,
 * `report`, `analysis`) after a determiner, a name or only modifiers (`new filings`, `polls`), then at most eight
 * words of description (`released Friday`, `by the group in March`), with no `that` or quotation, and at most one
 * apposition between commas right before the cue (`A Harbor Times poll, conducted with two firms, shows`). It opens the
 * sentence or follows a clause start.
 */
export function documentSubject(f: SentenceFacts, cueFirst: number, rules: AttributeRules): SpeakerRef | null {
  const toks = f.tokens;
  const joins = (t: Token) => t.text === '/' || t.text === '-' || t.text === '.';
  let end = cueFirst; // the phrase is toks[first, end), its apposition toks[end, cueFirst)
  if (toks[cueFirst - 1]?.text === ',') {
    let c = cueFirst - 2;
    while (c > 0 && c > cueFirst - 18 && toks[c]!.text !== ',') {
      const t = toks[c]!;
      if (t.quoted || t.text === ';' || t.text === ':' || cueAt(f, c) !== undefined) return null;
      c--;
    }
    if (toks[c]?.text !== ',' || c >= cueFirst - 2) return null;
    end = c;
  }
  let first = end; // the phrase opens after the sentence start, a clause start or a punctuation mark
  while (first > 0 && first > end - 12) {
    const t = toks[first - 1]!;
    if (t.quoted || (!t.word && !joins(t)) || rules.words.clauseStart.has(t.lower)) break;
    if (t.lower === 'that' || t.lower === 'who' || t.lower === 'which') return null;
    first--;
  }
  if (first > 0 && first <= end - 12) return null; // no start in reach
  const opener = toks[first];
  if (!opener || first >= end) return null;
  // The first noun of findings is the head: `A survey by the group` → `survey`, not `group`.
  let noun = -1;
  for (let k = first; k < end && noun < 0; k++) if (toks[k]!.word && rules.words.findingsNouns.has(stripPossessive(toks[k]!.lower))) noun = k;
  if (noun < 0 || end - 1 - noun > 8) return null;
  // Without a determiner, a name or a possessive, only modifiers come before a plural head: `new records show`,
  // `polls show` (not `some of the polls`, `voters and polls`).
  const bare = !rules.words.determiners.has(opener.lower) && !opener.cap && !/'s$/u.test(opener.lower);
  if (bare && (!/s$/u.test(toks[noun]!.lower) || toks.slice(first, noun).some((t) => !t.word || rules.functionWords.has(t.lower)))) return null;
  // `X has cited a study`; a participle before the noun is its modifier (`leaked emails`, `released documents`).
  for (let k = first; k < noun; k++) if (rules.words.auxiliaries.has(toks[k]!.lower) || (cueAt(f, k) !== undefined && !(k === noun - 1 && /ed$/u.test(toks[k]!.lower)))) return null;
  // The head of the first noun phrase: not `Mr. Smith of the agency found`.
  // `of` inside a name stays (`A University of Halden poll`).
  for (let k = first; k < noun; k++) {
    if (!/^(?:of|by|for|in|on|at|from|with|to)$/u.test(toks[k]!.lower)) continue;
    if (!(toks[k]!.lower === 'of' && toks[k - 1]?.cap && toks[k + 1]?.cap && k > first + 1)) return null;
  }
  // A name that makes or sends it names the speaker: `a KQRT poll` → KQRT, `An email from Jane Doe` → Jane Doe.
  const maker = namedIn(f, first, noun - 1) ?? f.mentions.find((m) => !m.pronoun && (m.kind === 'organization' || m.kind === 'person') &&
    m.first >= noun + 2 && m.first < end && /^(?:from|by)$/u.test(toks[m.first - 1]!.lower));
  const mention = maker ?? phraseMention(f, first, noun, noun, rules.words.determiners.has(opener.lower) && first < noun ? first + 1 : first, /s$/u.test(toks[noun]!.lower));
  const last = end < cueFirst ? cueFirst - 2 : cueFirst - 1;
  return { span: { start: opener.start, end: toks[last]!.end }, mention, name: null, kind: null };
}

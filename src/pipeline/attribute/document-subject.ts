import type { AttributeRules } from '../../rules/attribute-words.js';
import { type Token, stripPossessive } from '../../text/tokens.js';
import type { Span } from '../../types.js';
import { phraseMention } from '../phrases/noun-phrases.js';
import { type SentenceFacts, type SpeakerRef, cueAt, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { namedIn } from './long-subject.js';

// Words of description after a document's noun: `First figures of door-to-door surveys run by a college for the paper show`.
const MAX_DESCRIPTION = 14;

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
 * `report`, `analysis`) after a determiner, a name or only modifiers (`new filings`, `polls`), then at most fourteen
 * words of description (`released Friday`, `by the group in March`), with no `that` or quotation, and at most one
 * apposition between commas right before the cue (`A Harbor Times poll, conducted with two firms, shows`). It opens the
 * sentence or follows a clause start.
 */
export function documentSubject(f: SentenceFacts, verbFirst: number, rules: AttributeRules): SpeakerRef | null {
  const toks = f.tokens;
  const joins = (t: Token) => t.text === '/' || t.text === '-' || t.text === '.';
  // Adverbs and auxiliaries between the subject and its verb: `The survey also found`, `The panel has concluded`.
  // Also an aside (`has, however, found`) and a verb of aspect (`polls continue to show`, `emails seem to show`, `goes on to say`).
  let cueFirst = verbFirst;
  for (;;) {
    const t = toks[cueFirst - 1];
    if (!t || cueFirst <= 1 || t.quoted) break;
    if (t.word && !t.cap && (rules.gap.has(t.lower) || (/ly$/u.test(t.lower) && !rules.words.lyNotAdverbs.has(t.lower)))) cueFirst--;
    else if (t.text === ',' && rules.words.asideAdverbs.has(toks[cueFirst - 2]!.lower) && toks[cueFirst - 3]?.text === ',') cueFirst -= 3;
    else if (t.lower === 'to' && rules.words.aspectVerbs.has(toks[cueFirst - 2]!.lower)) cueFirst -= 2;
    else if (t.lower === 'to' && toks[cueFirst - 2]!.lower === 'on' && /^(?:go|goes|went)$/u.test(toks[cueFirst - 3]?.lower ?? '')) cueFirst -= 3; // `The memo goes on to say`
    else break;
  }
  let end = cueFirst; // the phrase is toks[first, end), its apposition toks[end, cueFirst)
  if (toks[cueFirst - 1]?.text === ',') {
    let c = cueFirst - 2;
    while (c > 0 && c > cueFirst - 24 && toks[c]!.text !== ',') {
      const t = toks[c]!;
      const cue = cueAt(f, c); // `state lines`, `a report`: a mostly-noun form is no verb here
      const noun = cue !== undefined && rules.mostlyNouns.has(cue.lemma) && (cue.form === cue.lemma || cue.form === cue.lemma + 's');
      if (t.quoted || t.text === ';' || t.text === ':' || (cue !== undefined && !noun)) return null;
      c--;
    }
    if (toks[c]?.text !== ',' || c >= cueFirst - 2) return null;
    end = c;
  }
  // The phrase opens after the sentence start, a clause start or a punctuation mark. `and` and `or` may join inside
  // its description (`A poll for the network and the paper released Friday shows`), not before its head (`voters and
  // polls`) nor after a verb of its own (`The poll was taken in May and the results show`).
  let first = end;
  const reach = end - MAX_DESCRIPTION - 4;
  while (first > 0 && first > reach) {
    const t = toks[first - 1]!;
    if (t.quoted || (!t.word && !joins(t)) || (rules.words.clauseStart.has(t.lower) && t.lower !== 'and' && t.lower !== 'or')) break;
    if (t.lower === 'that' || t.lower === 'who' || t.lower === 'which') return null;
    first--;
  }
  if (first > 0 && first <= reach) return null; // no start in reach
  // The first noun of findings is the head: `A survey by the group` → `survey`, not `group`.
  let noun = -1;
  for (let again = true; again;) {
    again = false;
    noun = -1;
    for (let k = first; k < end && noun < 0; k++) if (toks[k]!.word && rules.words.findingsNouns.has(stripPossessive(toks[k]!.lower))) noun = k;
    if (noun < 0) return null;
    let verb = false;
    for (let k = first; k < end; k++) {
      const t = toks[k]!;
      if (k > noun && (rules.words.auxiliaries.has(t.lower) || rules.words.subjectPronouns.has(t.lower) || cueAt(f, k) !== undefined)) verb = true;
      if ((t.lower === 'and' || t.lower === 'or') && (k < noun || verb)) { first = k + 1; again = true; break; }
    }
  }
  const opener = toks[first];
  if (!opener || first >= end || end - 1 - noun > MAX_DESCRIPTION || /^(?:and|or)$/u.test(toks[end - 1]!.lower)) return null;
  // What follows the head describes it, with no verb of its own: a preposition (`a study by`), a participle of
  // publication (`emails released Friday`), a time, a name, `and` another subject, or the last word of a compound
  // (`poll numbers`); not `the foundation appeared to press staff to help`.
  const w = rules.words;
  const describes = (j: number) => {
    const n = toks[j]!;
    return j === end || n.cap || joins(n) || w.prepositions.has(n.lower) || w.documentParticiples.has(n.lower) || w.timeWords.has(n.lower) ||
      w.findingsNouns.has(n.lower) || n.lower === 'and' || n.lower === 'or' || (/ing$/u.test(n.lower) && cueAt(f, j) === undefined);
  };
  // `Audit files from the vendor`: a compound's second noun (not a verb in -ed).
  const noun2 = (j: number) => toks[j]!.word && !toks[j]!.quoted && !/ed$/u.test(toks[j]!.lower) && cueAt(f, j) === undefined && !w.auxiliaries.has(toks[j]!.lower);
  if (noun < end - 1 && !describes(noun + 1) && !(noun2(noun + 1) && describes(noun + 2))) return null;
  for (let k = noun + 1; k < end; k++) if (!toks[k]!.quoted && w.auxiliaries.has(toks[k]!.lower)) return null;
  // Without a determiner, a name or a possessive, only modifiers come before a plural head: `new records show`,
  // `polls show` (not `some of the polls`, `voters and polls`).
  const bare = !rules.words.determiners.has(opener.lower) && !opener.cap && !/'s$/u.test(opener.lower);
  if (bare && (!/s$/u.test(toks[noun]!.lower) || toks.slice(first, noun).some((t) => !t.word || rules.functionWords.has(t.lower)))) return null;
  // `X has cited a study`; a participle before the noun is its modifier (`leaked emails`, `released documents`).
  for (let k = first; k < noun; k++) if (rules.words.auxiliaries.has(toks[k]!.lower) || (cueAt(f, k) !== undefined && !(k === noun - 1 && /ed$/u.test(toks[k]!.lower)))) return null;
  // The head of the first noun phrase: not `Mr. Smith of the agency found`.
  // `of` inside a name stays (`A University of Halden poll`).
  for (let k = first; k < noun; k++) {
    if (!rules.words.prepositions.has(toks[k]!.lower)) continue;
    if (!(toks[k]!.lower === 'of' && toks[k - 1]?.cap && toks[k + 1]?.cap && k > first + 1)) return null;
  }
  // A name that makes or sends it names the speaker: `a KQRT poll` → KQRT, `An email from Jane Doe` → Jane Doe.
  const maker = namedIn(f, first, noun - 1) ?? f.mentions.find((m) => !m.pronoun && (m.kind === 'organization' || m.kind === 'person') &&
    m.first >= noun + 2 && m.first < end && /^(?:from|by)$/u.test(toks[m.first - 1]!.lower));
  const mention = maker ?? phraseMention(f, first, noun, noun, rules.words.determiners.has(opener.lower) && first < noun ? first + 1 : first, /s$/u.test(toks[noun]!.lower));
  const last = end < cueFirst ? cueFirst - 2 : cueFirst - 1;
  return { span: { start: opener.start, end: toks[last]!.end }, mention, name: null, kind: null };
}

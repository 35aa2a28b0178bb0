import type { AttributeRules } from '../../rules/attribute-words.js';
import { stripPossessive } from '../../text/tokens.js';
import type { FoundCue } from '../cues.js';
import { phraseMention } from '../phrases/noun-phrases.js';
import { type SentenceFacts, type SpeakerRef, cueAt } from '../sentence-facts.js';
import { clauseAfter } from './clauses.js';
import { endBeforeMainClause } from './questions.js';
import { type Found, mk, type Shape } from './shape.js';

/**
 * Findings reported inside a noun phrase (issue 15): a document, poll or study with a participle (`with polls showing
 * the mayor ahead`) or a relative clause (`her records, which showed she had paid`, `a new poll that shows …`). The
 * speaker is the document, the content what it shows.
 */

export const FINDINGS = [
  { id: 'document-participle-clause', confidence: 0.7, example: 'The mayor gained ground, with recent polls showing a closer contest.', match: documentParticiple },
  { id: 'document-relative-clause', confidence: 0.75, example: 'Doe released her records in May, which showed she had paid every bill.', match: documentRelative },
] as const satisfies readonly Shape[];

// Tokens read back from a document's noun to its determiner (`the new state polls`).
const MAX_MODIFIERS = 4;

/** `recent polls showing …`, `handwritten ledgers showing …`, `anecdotal evidence suggesting that …`. */
export function documentParticiple(cue: FoundCue, f: SentenceFacts, rules: AttributeRules): Found | null {
  const toks = f.tokens;
  if (!documentVerb(cue, rules) || !/ing$/u.test(cue.form)) return null;
  const speaker = documentPhrase(f, cue.first - 1, rules);
  if (!speaker) return null;
  const content = clauseAfter(f, cue.last + 1, rules);
  if (!content) return null;
  // `Despite polls showing her behind, the mayor …`: in a phrase that opens the sentence the content ends before the
  // main clause.
  const opener = tokenBefore(f, speaker);
  let end = content.end;
  const lead = toks[opener];
  if (lead && !lead.quoted && (rules.words.prepositions.has(lead.lower) || /^(?:despite|amid)$/u.test(lead.lower)) &&
    toks.slice(0, opener).every((t) => t.word && rules.functionWords.has(t.lower))) {
    const comma = endBeforeMainClause(f, cue.last + 1, rules);
    if (comma < 0) return null;
    end = toks[comma - 1]!.end;
  }
  return end > content.start ? mk({ start: content.start, end }, speaker, cue, 'document-participle-clause', 1, f) : null;
}

/** `…, which showed she had paid`, `a fresh poll that shows most voters …`: the antecedent reports. */
export function documentRelative(cue: FoundCue, f: SentenceFacts, rules: AttributeRules): Found | null {
  const toks = f.tokens;
  if (!documentVerb(cue, rules) || /ing$/u.test(cue.form)) return null;
  let r = cue.first - 1;
  while (r > 0 && toks[r]!.word && !toks[r]!.quoted && (rules.gap.has(toks[r]!.lower) || /ly$/u.test(toks[r]!.lower))) r--; // `which also showed`
  const rel = toks[r];
  if (!rel || rel.quoted || (rel.lower !== 'which' && rel.lower !== 'that')) return null;
  // `that` after the noun, `which` after a comma; either past a short phrase of circumstance (`her records in July,
  // which`, `polls by the university that showed`).
  let noun = r - 1;
  if (rel.lower === 'which') {
    if (toks[noun]?.text !== ',') return null;
    noun--;
  }
  const last = noun;
  while (noun > 0 && noun > last - 5 && !isFindingsNoun(f, noun, rules) && toks[noun]!.word && !toks[noun]!.quoted) noun--;
  if (noun < last && !rules.words.prepositions.has(toks[noun + 1]!.lower)) return null;
  const speaker = documentPhrase(f, noun, rules);
  if (!speaker) return null;
  // A relative clause in the sentence's subject ends before its main verb, which is not found here: `The polls that
  // show X have Y` gives none; `The video, which showed X, was …` ends at the comma.
  const opener = tokenBefore(f, speaker);
  if (rel.lower === 'that' && toks.slice(0, opener + 1).every((t) => t.word && rules.functionWords.has(t.lower))) return null;
  const content = clauseAfter(f, cue.last + 1, rules);
  if (!content) return null;
  const comma = rel.lower === 'which' ? toks.findIndex((t, k) => k > cue.last + 1 && t.text === ',' && !t.quoted && t.end <= content.end) : -1;
  return mk(comma > 0 ? { start: content.start, end: toks[comma - 1]!.end } : content, speaker, cue, 'document-relative-clause', 1, f);
}

/** A document's verb: `show`, `find`, `suggest`, … (one word). */
function documentVerb(cue: FoundCue, rules: AttributeRules): boolean {
  return cue.kind === 'verb' && cue.first === cue.last && rules.words.documentCues.has(cue.lemma) && cue.lemma !== 'say';
}

function isFindingsNoun(f: SentenceFacts, k: number, rules: AttributeRules): boolean {
  const t = f.tokens[k];
  return !!t && t.word && !t.quoted && rules.words.findingsNouns.has(stripPossessive(t.lower));
}

/**
 * The noun phrase whose head, a noun of findings, is token k: back over at most four modifiers to a determiner or a
 * possessive; not after `of` (`some of the polls`), and only a noun in its plural or with a determiner or modifier.
 */
function documentPhrase(f: SentenceFacts, k: number, rules: AttributeRules): SpeakerRef | null {
  const toks = f.tokens;
  if (!isFindingsNoun(f, k, rules)) return null;
  let first = k;
  while (first > 0 && first > k - MAX_MODIFIERS) {
    const t = toks[first - 1]!;
    if (!t.word || t.quoted || rules.functionWords.has(t.lower) && !rules.words.determiners.has(t.lower) || rules.words.auxiliaries.has(t.lower) ||
      rules.words.prepositions.has(t.lower) || rules.words.clauseStart.has(t.lower) || cueAt(f, first - 1) !== undefined ||
      rules.phrases.words.particles.has(t.lower) || (/ed$/u.test(t.lower) && !verbModifier(toks[first - 2]?.lower ?? '', rules)) ||
      (/[^s']s$/u.test(t.lower) && !isFindingsNoun(f, first - 1, rules))) break; // `turned up ledgers`, `provides poll results`
    first--;
    if (rules.words.determiners.has(t.lower) || /'s$/u.test(t.lower)) break;
  }
  if (toks[first - 1]?.lower === 'of') return null;
  const plural = /s$/u.test(toks[k]!.lower);
  if (first === k && !plural && toks[k]!.lower !== 'evidence' && toks[k]!.lower !== 'data') return null;
  const named = f.mentions.find((m) => !m.pronoun && (m.kind === 'organization' || m.kind === 'person') && m.first >= first && m.last < k);
  return { span: { start: toks[first]!.start, end: toks[k]!.end }, mention: named ?? phraseMention(f, first, k, k, first, plural), name: null, kind: null };
}

/** Does a word in -ed after this one modify the noun (`the leaked emails`, `newly released records`)? */
function verbModifier(before: string, rules: AttributeRules): boolean {
  return rules.words.determiners.has(before) || /ly$/u.test(before) || /'s$/u.test(before);
}

/** The token index right before a speaker's phrase, or -1. */
function tokenBefore(f: SentenceFacts, speaker: SpeakerRef): number {
  const k = f.tokens.findIndex((t) => t.start >= speaker.span.start);
  return k - 1;
}

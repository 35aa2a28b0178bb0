import type { AttributeRules } from '../../rules/attribute-words.js';
import type { ClauseRules } from '../../rules/clause-words.js';
import type { Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { Token } from '../../text/tokens.js';
import { type SentenceFacts, type SpeakerRef, cueAt, isDash, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { subordinatorAt } from '../phrases/subject.js';

/**
 * Where a reported clause's subject and content stop: the words around a subject (a free relative, a
 * relative word, a preposition, a clause start) and the ends they give a content (a relative clause, the
 * topic of `said of`, a second attribution after `, and`).
 */

/**
 * Does the subject open with, or follow, a free relative word (FREE_RELATIVES: `Everything Trump says`, `Anything she
 * says`; its saying is not reported), with nothing before it but a sentence start, punctuation or a lead word
 * (FREE_RELATIVE_LEADS)? Not `what` or `something` (`what he believes are their assets`, `something aides say is
 * possible` report a belief), nor `all` (a determiner: `All three candidates said`).
 */
export function freeRelativeBefore(f: SentenceFacts, span: Span, rules: AttributeRules): boolean {
  const toks = f.tokens;
  const free = rules.words.freeRelatives;
  const at = tokenIndexAtOrAfter(f, span.start);
  const k = free.has(toks[at]?.lower ?? '') && toks[at + 1] && toks[at + 1]!.start < span.end ? at : at - 1;
  const w = toks[k];
  if (!w || !free.has(w.lower) || w.quoted) return false;
  // `Everything Trump says`, `While not everything Trump says …`; not `He said all voters say`.
  return k === 0 || !toks[k - 1]!.word || rules.words.freeRelativeLeads.has(toks[k - 1]!.lower);
}

/**
 * Issue 15: does a free relative `what` open the subject's sentence or clause (`What the mayor says matters`, `…, but
 * what she believes remains a mystery`)? Its saying is part of a subject. Not after a verb or a preposition (`embraces
 * what he believes are their assets` reports a belief), nor before a copula (`What he said was that …`, a pseudo-cleft).
 */
export function openingFreeRelative(f: SentenceFacts, span: Span, first: Token, rules: AttributeRules): boolean {
  const toks = f.tokens;
  const what = rules.ends.openingFreeRelatives;
  const at = tokenIndexAtOrAfter(f, span.start);
  const k = what.has(toks[at]?.lower ?? '') && toks[at + 1] && toks[at + 1]!.start < span.end ? at : at - 1;
  const w = toks[k];
  if (!w || w.quoted || !what.has(w.lower) || rules.ends.pseudoCleftCopulas.has(first.lower)) return false;
  const prev = toks[k - 1];
  if (!prev) return true;
  if (!prev.word) return prev.text === ',' || prev.text === ';' || prev.text === ':' || prev.text === '(' || isDash(prev);
  // `but what she believes`, `…, and what he says`; not `taxes and what he calls red tape` (a list of objects).
  return prev.lower === 'but' || prev.lower === 'yet' || (rules.phrases.words.clauseJoins.has(prev.lower) && (k < 2 || toks[k - 2]!.text === ','));
}

/**
 * Issue 15: is the subject right after an object relative (`which`, `whom`; not after a preposition: `in which she
 * joked about …`), and does the content after the cue stand outside that clause: after the one comma that closes it
 * (`The charges, which the senator denies, were dropped`) or opening with a circumstance (`which she conceded when the
 * polls closed`, `which he proposed under a flat rate`)? The verb's object is the relative word; it reports nothing more.
 */
export function objectGapContent(f: SentenceFacts, span: Span, cue: FoundCue, content: Span, rules: AttributeRules): boolean {
  const toks = f.tokens;
  const at = tokenIndexAtOrAfter(f, span.start);
  const rel = toks[at - 1];
  if (!rel || rel.quoted || !rules.ends.objectGapRelatives.has(rel.lower) || rules.words.prepositions.has(toks[at - 2]?.lower ?? '')) return false;
  const from = tokenIndexAtOrAfter(f, content.start);
  const between = toks.slice(cue.last + 1, from);
  const commas = between.filter((t) => t.text === ',' && !t.quoted).length;
  if (commas === 1 && between[between.length - 1]?.text === ',') return true;
  return commas === 0 && rules.ends.circumstanceOpeners.has(toks[from]?.lower ?? '');
}

/** Is the subject introduced, within three words, by a relative word (`which even Democrats doubt`, `that he fears`)? */
export function relativeBefore(f: SentenceFacts, span: Span): boolean {
  const at = tokenIndexAtOrAfter(f, span.start);
  return [0, 1, 2, 3].some((d) => RELATIVE_WORDS.has(f.tokens[at - d]?.lower ?? ''));
}

/** Words that open a relative clause before its subject (`which`, `that`; `what` for a free relative). */
const RELATIVE_WORDS = new Set(['that', 'what', 'which', 'who', 'whom']);

/** A content inside a relative clause ends at the clause's first comma (outside quotation marks). */
export function relativeEnd(f: SentenceFacts, content: Span): Span {
  for (let k = tokenIndexAtOrAfter(f, content.start); k < f.tokens.length && f.tokens[k]!.end <= content.end; k++) {
    const t = f.tokens[k]!;
    if (t.text === ',' && !t.quoted && k > 0 && f.tokens[k - 1]!.start >= content.start) return { start: content.start, end: f.tokens[k - 1]!.end };
  }
  return content;
}

/**
 * After `said of` at token i: the token of `that` when it follows the topic (at most eight words, no punctuation),
 * the sentence's length when the topic and a circumstance end the sentence, else -1.
 */
export function topicEnd(f: SentenceFacts, i: number): number {
  const toks = f.tokens;
  for (let k = i + 1; k < Math.min(toks.length, i + 10); k++) {
    const t = toks[k]!;
    if (t.lower === 'that' && k > i + 1) return k;
    if (t.quoted || (!t.word && t.text !== '.' && t.text !== '-' && t.text !== "'")) return -1;
    if (t.text === '.' && (k === toks.length - 1 || !toks[k + 1]?.word)) return toks.slice(k + 1).some((x) => x.word) ? -1 : toks.length;
  }
  return -1;
}

/** Does the subject open its sentence or clause (the sentence's start, a comma, a dash or a clause start before it)? */
export function opensClause(f: SentenceFacts, subject: SpeakerRef | null, rules: ClauseRules): boolean {
  if (!subject) return false;
  const k = tokenIndexAtOrAfter(f, subject.span.start);
  const prev = f.tokens[k - 1];
  return !prev || (!prev.word && prev.text !== '.' && prev.text !== ')' && prev.text !== "'") || rules.words.clauseStart.has(prev.lower) || prev.lower === 'that';
}

/** Does a preposition come just before the subject (`in a poll`, `from Jane Doe`, `on both sides`)? */
export function afterPreposition(f: SentenceFacts, subject: SpeakerRef | null, rules: AttributeRules): boolean {
  if (!subject) return false;
  const prev = f.tokens[tokenIndexAtOrAfter(f, subject.span.start) - 1];
  return !!prev && rules.words.prepositions.has(prev.lower);
}

/** A verb cue within eight words from token i, with only unquoted words before it (`and experts say`). */
export function secondCueSoon(f: SentenceFacts, i: number): boolean {
  for (let k = i; k < Math.min(f.tokens.length, i + 8); k++) {
    const t = f.tokens[k]!;
    if (!t.word || t.quoted) return false;
    if (k > i && cueAt(f, k)?.kind === 'verb') return true;
  }
  return false;
}

/**
 * Is a base-form cue the head of a noun phrase (`the network's game show`, `a radio show, is …`, `combat-level stress`)? It follows
 * a possessive or a singular noun (no `-s`, not a plural such as `police`, not a pronoun, adverb or function word),
 * and no plural before a preposition in its phrase is its head (`polls in the state show`). Only verbs whose base
 * form is mostly a noun that heads compounds (the noun-like verbs head noun cues that report: `his second tweet, …`).
 */
export function nounHeadCue(f: SentenceFacts, cue: FoundCue, rules: AttributeRules): boolean {
  if (cue.kind !== 'verb' || cue.first !== cue.last || cue.form !== cue.lemma) return false;
  if (!rules.nounHeadVerbs.has(cue.lemma)) return false;
  const toks = f.tokens;
  const prev = toks[cue.first - 1];
  if (!prev || !prev.word || prev.quoted) return false;
  const w = prev.lower;
  const possessive = /['\u2019]s$/u.test(w);
  if (!possessive) {
    if (/s$|ly$/u.test(w) || /^\d/u.test(w) || rules.functionWords.has(w) || rules.words.auxiliaries.has(w) ||
      rules.words.subjectPronouns.has(w) || rules.pluralNouns.has(w) || rules.gap.has(w) || rules.words.whWords.has(w) ||
      rules.words.prepositions.has(w) || rules.words.notNounHeadLeads.has(w)) return false;
  }
  // The phrase back to its start (a punctuation mark or a clause start): a plural before a preposition is the head
  // (`polls in the state show`); a singular one is not (`a star on the hit CW show`).
  for (let k = cue.first - 2; k >= 0 && k >= cue.first - 7; k--) {
    const t = toks[k]!;
    if (!t.word || rules.words.clauseStart.has(t.lower)) break;
    if (rules.words.auxiliaries.has(t.lower) || rules.words.subjectPronouns.has(t.lower)) return false;
    const before = toks[k - 1]?.lower ?? '';
    if (rules.words.prepositions.has(t.lower) && (/s$/u.test(before) || rules.pluralNouns.has(before))) return false;
  }
  return true;
}

/**
 * `While Doe said the plan was fair, her aides …`: when the subject stands right after a subordinating conjunction that
 * opens the sentence (after `But`, `And` at most), the content ends at the first comma outside a quotation (keeping the
 * closing marks when the comma is inside them: `Although Roe admitted they had “been friends,” the …`). The content
 * unchanged when it has no such comma.
 */
export function subordinateEnd(f: SentenceFacts, subject: SpeakerRef, content: Span, rules: AttributeRules): Span {
  const toks = f.tokens;
  const at = tokenIndexAtOrAfter(f, subject.span.start);
  let k = 0;
  while (k < at && rules.phrases.words.clauseJoins.has(toks[k]!.lower)) k++;
  const led = subordinatorAt(f, k, rules.phrases); // `Two weeks after Doe said …,`
  if (led > k) k = led;
  // `While most of his rivals called for …,`: a quantifier with `of` before the subject.
  const quantified = at - k === 3 && rules.phrases.words.ofQuantifiers.has(toks[k + 1]!.lower) && toks[k + 2]!.lower === 'of';
  if ((k !== at - 1 && !quantified) || !rules.words.attributionSubordinators.has(toks[k]!.lower) || toks[k]!.quoted) return content;
  let words = 0;
  for (let j = tokenIndexAtOrAfter(f, content.start); j < toks.length && toks[j]!.end <= content.end; j++) {
    const t = toks[j]!;
    if (t.word) words++;
    if (t.text !== ',' || words < 2) continue;
    if (!t.quoted) return { start: content.start, end: toks[j - 1]!.end };
    let m = j + 1;
    while (toks[m]?.quoted && (toks[m]!.text === '"' || toks[m]!.text === "'")) m++;
    if (m > j + 1 && toks[m] && !toks[m]!.quoted) return { start: content.start, end: toks[m - 1]!.end };
  }
  return content;
}

/** `known online as`, `known to its fans as`: `as` within seven plain words after `known`. */
export function nameAsSoon(toks: readonly Token[], i: number): boolean {
  for (let k = i; k < toks.length && k < i + 7; k++) {
    const t = toks[k]!;
    if (!t.word || t.quoted) return false;
    if (t.lower === 'as') return k > i;
  }
  return false;
}

/**
 * An object of up to four plain words, then `for` or `since` (`the mayor for decades`, `Doe since college`); not a
 * thing known (`knew it for years`).
 */
export function sinceWhen(toks: readonly Token[], i: number): boolean {
  if (/^(?:it|this|that|so|all|nothing|everything)$/u.test(toks[i]?.lower ?? '')) return false;
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    const t = toks[k]!;
    if (!t.word || t.quoted) return false;
    if (t.lower === 'for' || t.lower === 'since') return true;
  }
  return false;
}

/** After a verb of performing (TITLE_LEADS), a quotation in title case from token i (a comma before it or not). */
export function titleAfter(toks: readonly Token[], i: number, cue: FoundCue, rules: AttributeRules): boolean {
  if (cue.kind !== 'verb' || !rules.words.titleLeads.has(cue.form) || cue.form === 'on') return false;
  let k = toks[i]?.text === ',' ? i + 1 : i;
  const words: string[] = [];
  while (toks[k]?.quoted) words.push(toks[k++]!.text);
  return words.length > 0 && isTitleCase(words.join(' '), rules);
}

/** Words in title case: each capitalised but for small ones (`Sing Me Back to the River`), one to `most` of them. */
export function isTitleCase(quoted: string, rules: AttributeRules, most = 10): boolean {
  const words = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
  return words.length > 0 && words.length <= most && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || rules.words.titleSmallWords.has(w.toLowerCase()));
}

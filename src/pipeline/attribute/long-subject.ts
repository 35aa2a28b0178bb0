import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { FoundCue } from '../cues.js';
import { speakerAfter } from '../phrases/after.js';
import { phraseMention, possessor, speakingNoun } from '../phrases/noun-phrases.js';
import type { FoundMention } from '../mentions.js';
import { type SentenceFacts, type SpeakerRef, cueAt, isDash } from '../sentence-facts.js';

/**
 * Long subjects of a saying verb (issue 15), when the speaker phrase finders found none: a subject that opens the
 * sentence with its modifiers, appositions and asides (`Large shares of parents in four districts said …`, `Rep. Jane
 * Doe (D-Utah), a first-term member, said …`, `Teachers — and some parents — say …`), or one after the
 * comma that ends a content (`…, the mayor’s spokeswoman said.`). `verbCue` reads the shapes with this
 * subject (`name-cue-that-clause`, `clause-comma-name-cue`).
 */

/** Longest subject read, in tokens. */
const MAX_SUBJECT = 30;

/**
 * The subject of a strong saying verb (weight ≥ 0.9) from the start of its sentence or of its clause (after a comma)
 * to the cue, past manner adverbs; null when the words there are not a noun phrase: a quotation, another
 * cue, a pronoun (`he`, `it`), an auxiliary or a negation outside an apposition (`did not respond`), a clause start
 * outside an aside (`and`, `while`), a last word that is no noun (`to`, `ever`), or a first word that is no subject
 * (`What`, `Asked`).
 */
export function longSubject(f: SentenceFacts, cue: FoundCue, rules: AttributeRules, relativeOnly = false): SpeakerRef | null {
  if (cue.kind !== 'verb' || cue.weight < 0.9 || /ing$/u.test(cue.form)) return null;
  // `Amid reports that …`: a noun-like form (`reports`, `claims`) needs a subject the phrase finders know.
  if ((rules.nounLikeVerbs.has(cue.lemma) || rules.mostlyNouns.has(cue.lemma)) && (cue.form === cue.lemma || cue.form === cue.lemma + 's')) return null;
  const toks = f.tokens;
  const w = rules.words;
  let end = cue.first - 1; // the subject's last token, past manner adverbs (`nearly always say`)
  while (end >= 0 && toks[end]!.word && !toks[end]!.cap && /ly$/u.test(toks[end]!.lower) && !w.lyNotAdverbs.has(toks[end]!.lower)) end--;
  if (end < 0) return null;
  let apposition = toks[end]!.text === ','; // `Rep. Jane Doe (D-Utah), a first-term member, said`
  // `Supporters of the levy, however, say …`: a sentence adverb between commas is no apposition; the subject ends before it.
  if (apposition && w.asideAdverbs.has(toks[end - 1]?.lower ?? '') && toks[end - 2]?.text === ',') {
    end -= 3;
    apposition = false;
  }
  if (apposition) {
    end--;
    // `…, said Pellow, but …`, `Much of the trouble, say experts like Jane Doe, is …`: the speaker follows the cue.
    const after = speakerAfter(f, cue.last + 1, rules.phrases);
    if (after && !after.mention?.pronoun) return null;
  }
  // The last word is a noun's: not `to`, `not`, `did`, `will`, `ever`, `the` (`Marrow did not respond`, `has yet to say`).
  const last = toks[end];
  if (!last || !(last.word || last.text === ')' || (last.text === '%' && apposition) || isDash(last)) || (last.word && !last.cap && (rules.functionWords.has(last.lower) || w.auxiliaries.has(last.lower) || /ly$/u.test(last.lower)))) return null;
  if (/^(?:up|off|out|back|over|to|on)$/u.test(toks[cue.last + 1]?.lower ?? '')) return null; // `added up to`, `said to be`
  // Back to the sentence's start or to a comma outside an aside (`— … —`, `( … )`).
  let start = end + 1; // toks[end] itself may close an aside (`Teachers — and some parents — say`)
  let aside = 0; // open asides, read right to left
  let commas = 0;
  for (; start > 0 && end - start < MAX_SUBJECT; start--) {
    const t = toks[start - 1]!;
    if (t.quoted || !(t.word || t.text === ',' || t.text === '(' || t.text === ')' || isDash(t) || t.text === '.' || t.text === "'" || t.text === '\u2019' || t.text === '&' || t.text === '%')) return null; // `A third of renters, 33%, say`
    if (t.text === ')' || (isDash(t) && aside === 0 && hasDashBefore(toks, start - 1))) { aside++; continue; }
    if (t.text === '(' || isDash(t)) { aside--; if (aside < 0) return null; continue; }
    if (t.text === ',' && aside === 0) {
      // An apposition between commas stays in the subject; else the comma opens the clause.
      if (!apposition || commas >= 3) break;
      commas++;
    }
  }
  if (end - start >= MAX_SUBJECT || aside !== 0) return null;
  if (start === 0 && rules.phrases.words.clauseJoins.has(toks[0]!.lower)) start++; // `And Rep. Jane Doe (D-Utah) said`
  if (start > end) return null;
  const first = toks[start]!;
  if (!first.word || w.whWords.has(first.lower) || w.timeWords.has(first.lower) || /^(?:it|there|this|that|what|whatever|asked|when|if)$/u.test(first.lower)) return null;
  if (/^(?:of|in|on|at|for|from|with|by|after|before|during|under|over|about|since|until|among|amid|amidst|despite|like|unlike|than|through|against|toward|towards|into|upon|within|without|around|across|via|per)$/u.test(first.lower)) return null; // `On Tuesday the senator`
  if (/(?:ed|ing)$/u.test(first.lower) && !isNameStart(f, start)) return null; // `Asked about it, …`, `Speaking Tuesday, …`
  // `Officials who spoke with the Post said`, `Voters whose votes were thrown out say`, `Groups that have endorsed him
  // say`: a relative clause after the head, with verbs of its own. Its words are not read as the head's.
  let rel = -1;
  for (let k = start + 1; k <= end; k++) {
    const t = toks[k]!;
    if (!t.word || t.quoted) break; // in the head piece only: before a comma or an aside
    if (!w.subjectRelatives.has(t.lower) || rules.functionWords.has(toks[k - 1]!.lower)) continue;
    // `that` opens a subject's relative clause only before its verb (`Groups that have endorsed him`), not before a
    // subject of its own (`a gap that experts say …`, `notes that Coulter said`): an auxiliary or a verb form.
    const next = toks[k + 1];
    if (t.lower === 'that' && !(next && next.word && !next.cap && (w.auxiliaries.has(next.lower) || /^[a-z]+(?:ed|s)$/u.test(next.lower)) && !w.determiners.has(next.lower))) break;
    rel = k;
    break;
  }
  if (relativeOnly && rel < 0) return null;
  const headEnd = rel >= 0 ? rel - 1 : end; // where the words that name the speaker end
  aside = 0;
  let piece = 0; // 0: the head piece, before any comma (an apposition may hold a clause: `Pellow, whose … was paid for …,`)
  let headWords = 0;
  for (let k = start; k <= end; k++) {
    const t = toks[k]!;
    if (rel >= 0 && k >= rel) break; // the relative clause: any words
    if (rel >= 0 && t.lower === 'and' && toks[k - 1]?.word && toks[k + 1]?.word) continue; // `Hawkins and others who …`
    if (t.text === '(' || (isDash(t) && aside === 0)) { aside++; continue; }
    if (t.text === ')' || isDash(t)) { aside--; continue; }
    if (t.text === ',' && aside === 0) piece++;
    if (!t.word) continue;
    if (piece === 0 && aside === 0) {
      if (w.auxiliaries.has(t.lower) || t.lower === 'not' || /n't$/u.test(t.lower)) return null; // a verb phrase: `Few coaches would ever admit`
      if (apposition && /ing$/u.test(t.lower) && !t.cap) return null; // `Much of the trouble in fixing roads, say …`
      if (!w.determiners.has(t.lower)) headWords++;
    }
    const c = cueAt(f, k); // a noun-like form is a noun here: `voters in six states said`
    if ((c !== undefined && !((rules.nounLikeVerbs.has(c.lemma) || rules.mostlyNouns.has(c.lemma)) && (c.form === c.lemma || c.form === c.lemma + 's'))) || w.subjectPronouns.has(t.lower) || /^(?:it|that|which|i'.*|he'.*|she'.*|they'.*|we'.*)$/u.test(t.lower)) return null;
    if (aside === 0 && w.clauseStart.has(t.lower) && !(rel < 0 && piece === 0 && nounsJoined(toks, start, k, end, rules))) return null;
  }
  // A relative clause may hold the commas (`Residents who heard him, on radio or at meetings, said`).
  if (headWords === 0 || (apposition && piece === 0 && rel < 0)) return null;
  // The head: the last word before a preposition, an aside or a comma (`shares` in `Large shares of parents`).
  let head = start;
  for (let k = start; k <= headEnd; k++) {
    const t = toks[k]!;
    if (!t.word || w.subjectHeadEnd.has(t.lower)) break;
    head = k;
  }
  // `One of the union’s grievances alleges`: a thing that cannot speak stands for its possessor, the speaker (`the union’s`).
  let owner: FoundMention | null = null;
  let ownerEnd = -1; // where the possessor ends, without its `’s`
  if (toks[head + 1]?.lower === 'of' && !speakingNoun(toks[head]!.lower, rules.phrases)) {
    for (let k = head + 2; k <= end && k <= head + 6 && toks[k]!.word; k++) {
      if (!/['\u2019]s$/u.test(toks[k]!.lower)) continue;
      let n = k + 1; // the head noun after the possessive: `longtime allies` → `allies`
      while (n + 1 <= end && toks[n + 1]!.word && !w.subjectHeadEnd.has(toks[n + 1]!.lower)) n++;
      const noun = toks[n];
      if (n <= end && noun?.word && !speakingNoun(noun.lower.replace(/s$/u, ''), rules.phrases) && !speakingNoun(noun.lower, rules.phrases)) {
        const from = w.determiners.has(toks[head + 2]!.lower) && head + 2 < k ? head + 3 : head + 2;
        const pm = phraseMention(f, head + 2, k, k, from, false);
        owner = possessor(f, k, rules.phrases)?.mention ?? { ...pm, name: pm.name.replace(/['\u2019]s$/u, '') };
        ownerEnd = owner.end === toks[k]!.end && /['\u2019]s$/u.test(toks[k]!.text) ? owner.end - 2 : owner.end;
      }
      break;
    }
  }
  if (owner) {
    const cut = { ...owner, end: ownerEnd, head: { start: owner.head.start, end: ownerEnd } };
    return { span: { start: Math.min(toks[head + 2]!.start, owner.start), end: ownerEnd }, mention: cut, name: null, kind: null };
  }
  const named = namedIn(f, start, headEnd);
  const mention = named ?? phraseMention(f, start, head, head, w.determiners.has(first.lower) && start < head ? start + 1 : start, /s$/u.test(toks[head]!.lower));
  return { span: { start: first.start, end: toks[end]!.end }, mention, name: null, kind: null };
}

/**
 * `Her aides and allies say`, `union members or leaders said`: `and`/`or` at k joins two short plural noun phrases
 * that make up the whole subject (each side one to four words, both ending in a plural, no `-ed`/`-ing` word), not
 * two clauses (`Prices rose and experts say`, `The plan failed and critics said`).
 */
function nounsJoined(toks: readonly Token[], start: number, k: number, end: number, rules: AttributeRules): boolean {
  if (!/^(?:and|or)$/u.test(toks[k]!.lower) || k - start < 1 || k - start > 4 || end - k < 1 || end - k > 4) return false;
  const plural = (i: number) => /[^s'\u2019]s$/u.test(toks[i]!.lower) && (!toks[i]!.cap || i === 0); // `Friends and neighbours say`
  if (!plural(k - 1) || !plural(end)) return false;
  for (let i = start; i <= end; i++) {
    if (i === k) continue;
    const t = toks[i]!;
    if (!t.word || t.quoted || /(?:ed|ing)$/u.test(t.lower) || rules.words.clauseStart.has(t.lower) || rules.words.auxiliaries.has(t.lower) || rules.words.subjectPronouns.has(t.lower)) return false;
  }
  return true;
}

/** Is there another dash before token k (so the one at k closes an aside)? */
function hasDashBefore(toks: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - MAX_SUBJECT; i--) if (isDash(toks[i]!)) return true;
  return false;
}

function isNameStart(f: SentenceFacts, k: number): boolean {
  return f.mentions.some((m) => m.first === k && !m.pronoun);
}

/**
 * The first person or organisation named within tokens [from, to], to stand for a phrase about it; none when
 * it is joined by a slash to the next name (`a KXTV/Marist poll`): the entity stage names the pair.
 */
export function namedIn(f: SentenceFacts, from: number, to: number): FoundMention | undefined {
  const m = f.mentions.find((x) => x.first >= from && x.last <= to && !x.pronoun && (x.kind === 'person' || x.kind === 'organization'));
  return m && f.tokens[m.last + 1]?.text === '/' && f.tokens[m.last + 2]?.word ? undefined : m;
}

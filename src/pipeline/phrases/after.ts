import type { PhraseRules } from '../../rules/phrase-words.js';
import type { Token } from '../../text/tokens.js';
import type { FoundMention } from '../mentions.js';
import { type SentenceFacts, type SpeakerRef, clauseSign, cueAt, indexOf, mentionAt, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { commonNounPhrase, phraseMention, speakingNoun } from './noun-phrases.js';

/**
 * Speaker phrases, part 3: the speaker after an inverted verb (`said Nora Pellham, senior director of …`), the
 * source after `according to`, and where a trailing speaker's apposition ends.
 */

// What follows a trailing speaker (`…, said Nora Pellham, senior director of …`) is read at most this far.
const APPOSITION_TOKENS = 40;

const MAX_SOURCE_TOKENS = 30; // after `according to`

/** The noun phrase that starts at token i (descriptors included: `U.S. immigration expert Geoffrey Scowcroft`). */
export function speakerAfter(f: SentenceFacts, i: number, rules: PhraseRules): SpeakerRef | null {
  const toks = f.tokens;
  let k = i;
  while (k < toks.length && toks[k]!.word && rules.gap.has(toks[k]!.lower) && !toks[k]!.cap) k++;
  const first = toks[k];
  if (!first || first.quoted || !first.word) return null;
  // Scan a window for the last name before punctuation or a clause word.
  let best: FoundMention | null = null;
  let end = -1; // past the best mention: `experts like Jane Doe` ends after the example
  for (let x = k; x < Math.min(toks.length, k + 12); x++) {
    const t = toks[x]!;
    if (t.quoted) break;
    if (!t.word && t.text !== '.' && t.text !== '-' && t.text !== '&' && t.text !== "'" && t.text !== '/') break; // `9/11 widow Jane Doe`
    if (t.text === '.' && !(toks[x - 1] && (toks[x - 1]!.text.length <= 4 && toks[x - 1]!.cap))) break;
    if (t.word && !t.cap && (t.lower === 'who' || t.lower === 'that' || t.lower === 'in' || t.lower === 'on' || t.lower === 'at' || t.lower === 'during' || t.lower === 'when' || t.lower === 'after' || t.lower === 'before' || t.lower === 'to' || t.lower === 'about' || t.lower === 'as')) break;
    const m = mentionAt(f, x);
    if (m) {
      if (m.pronoun) { if (x === k) return { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null }; break; }
      // A lowercase nominal before a name is its title (`law expert Geoffrey Scowcroft`): read on.
      const nominalBeforeName = !toks[m.first]!.cap && [1, 2, 3].some((d) => {
        const mm = mentionAt(f, m.last + d);
        return !!mm && !mm.pronoun && toks[mm.first]!.cap && toks.slice(m.last + 1, mm.first).every((w) => w.word && !w.cap && !rules.functionWords.has(w.lower));
      }); // `union president Chris Crane`
      best = m;
      end = m.end;
      if ((m.kind === 'person' || m.kind === 'organization') && !nominalBeforeName) {
        x = m.last;
        // `experts like Jane Doe`, `economists such as Tom Lee`: the group speaks; its examples end the phrase.
        const example = examplesAfter(f, m.last + 1);
        if (example) { end = example.end; break; }
        if (!continuesNP(toks, m.last + 1)) break;
        continue;
      }
      x = m.last;
    }
  }
  if (!best) {
    // `…,” claim passengers.`, `…,” said local residents.`, `…,” read one.`: a bare speaking noun (a plural, after at
    // most one word) or `one` that ends the sentence.
    if (!rules.words.determiners.has(first.lower) || ((first.lower === 'one' || first.lower === 'another') && isEnd(toks, k + 1))) return bareSpeakerAtEnd(f, i, k, rules);
    for (let x = k + 1; x < Math.min(toks.length, k + 5); x++) {
      const t = toks[x]!;
      if (!t.word || t.quoted) return null;
      const after = toks[x + 1];
      if (speakingNoun(t.lower, rules) && (!after || !after.word || rules.words.postModifier.has(after.lower))) {
        const np = commonNounPhrase(f, x, rules);
        if (!np) return null;
        // `a person close to the Navarros`, `an official familiar with the talks`: up to the next punctuation.
        let end = t.end;
        if (after && after.word && after.lower !== 'who') for (let y = x + 1; y < Math.min(toks.length, x + 9) && toks[y]!.word && !toks[y]!.quoted; y++) end = toks[y]!.end;
        return { span: { start: first.start, end }, mention: np, name: null, kind: null };
      }
    }
    return null;
  }
  return { span: { start: first.start, end: Math.max(end, best.end) }, mention: best, name: null, kind: null };
}

/** Does the sentence end at token x (nothing or a last full stop)? */
function isEnd(toks: readonly Token[], x: number): boolean {
  const t = toks[x];
  return !t || (!t.word && /^[.!?]$/u.test(t.text) && !toks[x + 1]);
}

const CLOSING_MARK = /^["'\u201d\u2019]$/u;

/**
 * A bare plural speaking noun (`passengers`, `local residents`) or `one`, `another` from token k to the sentence's
 * end, after a cue (ending at token i - 1) that follows an utterance's comma: `…,” claim passengers`, `…’, claim
 * passengers`, a headline's `…, claim passengers`; not `… regular, pledged delegates` inside a quotation.
 */
function bareSpeakerAtEnd(f: SentenceFacts, i: number, k: number, rules: PhraseRules): SpeakerRef | null {
  const toks = f.tokens;
  const ends = (x: number): boolean => isEnd(toks, x);
  const before = toks[i - 2];
  const mark = (x: number): boolean => CLOSING_MARK.test(toks[x]?.text ?? '');
  // In the headline the comma may close a clause (`Driver ‘blacked out’ before crash, claim passengers`).
  const headline = f.sentence.paragraph === 0 && toks[i - 3]?.word === true && !toks[i - 3]!.quoted;
  if (!before || !((before.text === ',' && (mark(i - 3) || headline)) || (mark(i - 2) && /^[,!?]$/u.test(toks[i - 3]?.text ?? '')))) return null;
  const first = toks[k]!;
  if (first.cap && k > 0) return null;
  if ((first.lower === 'one' || first.lower === 'another') && ends(k + 1)) {
    return { span: { start: first.start, end: first.end }, mention: phraseMention(f, k, k, k, k, false), name: null, kind: null };
  }
  for (const x of [k, k + 1]) {
    const t = toks[x];
    if (!t || !t.word || t.cap || t.quoted || !t.lower.endsWith('s') || !speakingNoun(t.lower, rules) || !ends(x + 1)) continue;
    if (x > k && (!toks[k]!.word || rules.functionWords.has(toks[k]!.lower))) return null;
    return { span: { start: first.start, end: t.end }, mention: phraseMention(f, k, x, x, k, true), name: null, kind: null };
  }
  return null;
}

/** `like Jane Doe`, `such as Tom Lee and Ann Roe`, `including Jane Doe` at token i: the named examples, or null. */
function examplesAfter(f: SentenceFacts, i: number): FoundMention | null {
  const toks = f.tokens;
  const at = toks[i]?.lower === 'like' || toks[i]?.lower === 'including' ? i + 1 : toks[i]?.lower === 'such' && toks[i + 1]?.lower === 'as' ? i + 2 : -1;
  if (at < 0 || !toks[at]?.cap || toks[at]!.quoted) return null;
  let m = mentionAt(f, at);
  if (!m || m.pronoun) return null;
  // `such as Tom Lee and Ann Roe`: the last of a list of names.
  for (let next = mentionAt(f, m.last + 2); next && !next.pronoun && (toks[m.last + 1]?.lower === 'and' || toks[m.last + 1]?.text === ','); next = mentionAt(f, m.last + 2)) m = next;
  return m;
}

/**
 * The source after `according to`, which is unambiguous: a name as speakerAfter finds it when the source ends there,
 * else any noun phrase up to the comma or the sentence's end, postmodifiers and all (`the results`, `state law`,
 * `early counts of ballots gathered for the county clerk and television networks`). Its name is the phrase,
 * or the person or organisation that opens it.
 */
export function sourceAfter(f: SentenceFacts, i: number, rules: PhraseRules): SpeakerRef | null {
  const toks = f.tokens;
  const m = speakerAfter(f, i, rules);
  const first = toks[i];
  if (!first || !first.word || first.quoted) return m;
  let end = i; // the source is toks[i, end)
  for (; end < Math.min(toks.length, i + MAX_SOURCE_TOKENS); end++) {
    const t = toks[end]!;
    if (t.quoted) break;
    if (t.word || t.text === '&' || t.text === '/') continue;
    const prev = toks[end - 1]!;
    if (t.text === '.' && prev.cap && (prev.text.length <= 4 || prev.text.includes('.')) && toks[end + 1]?.word) continue; // `F.A.A. records`
    break;
  }
  if (end === i + MAX_SOURCE_TOKENS) return m;
  if (m && tokenIndexAtOrAfter(f, m.span.end) >= end) return m;
  const last = toks[end - 1]!;
  const opener = m?.mention && !m.mention.pronoun && (m.mention.kind === 'person' || m.mention.kind === 'organization') && m.mention.first <= i + 1 ? m.mention : null;
  const mention = opener ?? phraseMention(f, i, end - 1, i, i, false);
  return { span: { start: first.start, end: last.end }, mention, name: null, kind: null };
}

function continuesNP(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  return !!t && (t.lower === 'of' || t.lower === 'for') && !!toks[i + 1] && (toks[i + 1]!.cap || toks[i + 1]!.lower === 'the');
}

/** Between a quotation's end and its speaker only words of a noun phrase: determiners, titles, descriptors. */
export function descriptorsBetween(f: SentenceFacts, from: number, to: number): boolean {
  if (from >= to) return true;
  const a = tokenIndexAtOrAfter(f, from);
  const between = f.tokens.slice(a, Math.min(tokenIndexAtOrAfter(f, to), a + 8)).filter((t) => t.end <= to);
  return between.length <= 7 && between.every((t) => (t.word || t.text === '.' || t.text === '-' || t.text === "'") && !t.quoted && cueAt(f, indexOf(f, t)) === undefined);
}

/**
 * Does a speaker that ends at `end` end its sentence: nothing or a short tail follows, `, who …`, `, the …`, or an
 * apposition that runs to the end (`…, said Nora Pellham, senior fellow for fiscal studies at X.`).
 */
export function isLast(f: SentenceFacts, end: number, rules: PhraseRules): boolean {
  const at = tokenIndexAtOrAfter(f, end);
  const rest = f.tokens.slice(at, at + 8);
  if (rest[0]?.text === ',' && rest[1] && (rest[1].lower === 'who' || rules.words.determiners.has(rest[1].lower))) return true; // `…, said DeSantis, who …`
  if (rest[0]?.lower === 'who') return true; // `…,” said the woman who started her career on …`
  if (rest[0]?.text === ',' && afterApposition(f, at, rules) === f.tokens.length) return true;
  if (f.tokens.length - at > 8) return false;
  return rest.every((t) => !t.word) || rest.length <= 6 && !rest.some((t) => t.lower === 'that');
}

/**
 * After a trailing speaker, from the comma at token `at`: pieces between commas, each an apposition (no clause of
 * its own: no subject pronoun or auxiliary, no opening conjunction), a relative clause (`, who …`) or a
 * circumstance (`, in a statement`). A linking participle (`, adding that …`) ends the attribution. Returns the
 * token index where the content goes on (`A, said Smith, a director, B`: the first piece with a clause, or a
 * quotation), the sentence's length when the pieces run to its end, or -1 (no comma, a colon or semicolon, too long).
 */
export function afterApposition(f: SentenceFacts, at: number, rules: PhraseRules): number {
  const toks = f.tokens;
  if (toks[at]?.text !== ',') return -1;
  const limit = at + APPOSITION_TOKENS;
  let piece = at + 1; // the current piece's first token
  let relative = false;
  for (let k = at + 1; k < toks.length; k++) {
    if (k >= limit) return -1;
    const t = toks[k]!;
    if (t.text === ',' && !t.quoted) { piece = k + 1; relative = false; continue; }
    if (k === piece) {
      if (t.quoted) return piece; // `, explained Rosenberg, “with this thing …”`
      if (rules.words.gerundLink.has(t.lower) || t.lower === 'according') return toks.length;
      if (rules.words.clauseConjunctions.has(t.lower)) return piece;
    }
    // `, who …` · `, a guild that has split off …` · `, a grad whose aggressiveness has …`: the rest of the piece describes.
    if (!t.quoted && (rules.words.relativePronouns.has(t.lower) || (k > piece && t.lower === 'that'))) relative = true;
    if (!t.quoted && (t.text === ';' || t.text === ':')) return -1;
    if (!relative && clauseSign(t, rules)) return piece;
  }
  return toks.length;
}

import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Token } from '../../text/tokens.js';
import type { FoundCue } from '../cues.js';
import type { Span } from '../../types.js';
import { type SentenceFacts, cueAt, mentionAt } from '../sentence-facts.js';
import { clauseAfter } from './clauses.js';
import type { Shape } from './shape.js';

/** Naming verbs: an object and a quoted complement (`called Trump “unhinged”`); `verbCue` reads the shape. */

export const NAMING = [
  { id: 'name-cue-object-quote', confidence: 0.8, example: 'Bush called Trump “unhinged.”', match: smallClauseEnd },
  { id: 'name-cue-object-complement', confidence: 0.7, example: 'Bush called Trump a liar.', match: plainComplementEnd },
] as const satisfies readonly Shape[];

/**
 * Where the small clause of a naming verb from token i ends (null: none): an object of one to twelve unquoted words,
 * none an auxiliary or a cue verb, not opened by a preposition, a particle or `a`/`an` (not `called for`, `called on
 * Congress`, `called off`, `called a news conference`), then a quotation: `Trump “unhinged”`, `the statement
 * “offensive”`, `Graham a “jackass”`. A name is read whole (`Mr. Smith’s remarks`) and may have an apposition
 * between commas (`Doe, his rival, a “fraud”`); a cue in its noun form inside the object is a noun (`the use of
 * emergency orders`, `private email servers`); a free relative is an object (`called what she saw “terrible”`). Not
 * `called him to say “…”` (`to`) nor `a group called “Friends of …”` (no object).
 */
export function smallClauseEnd(f: SentenceFacts, i: number, rules: AttributeRules): number | null {
  const toks = f.tokens;
  const first = toks[i];
  if (!first || !first.word || first.quoted || rules.words.notObjectStart.has(first.lower)) return null;
  let apposition = false;
  for (let k = i; k < toks.length && k <= i + 12; k++) {
    const t = toks[k]!;
    if (t.quoted) {
      while (toks[k + 1]?.quoted) k++;
      return toks[k]!.end;
    }
    const m = t.cap ? mentionAt(f, k) : null;
    if (m && m.first === k && !m.quoted) {
      k = m.last;
      // `Doe, his Democratic rival, an ISIS “co-founder”`: one apposition of at most six words after a name.
      const close = !apposition && toks[k + 1]?.text === ',' ? appositionEnd(toks, k + 2, rules) : -1;
      if (close > 0) { apposition = true; k = close; }
      continue;
    }
    // `Doe’s remarks on 4/12`, `a $1.6 billion plant`: the signs of a number are part of the object.
    if (!t.word && k > i && /^[$%/.]$/u.test(t.text) && /\d/u.test((toks[k - 1]!.text + (toks[k + 1]?.text ?? '')))) continue;
    if (!t.word || t.lower === 'to' || rules.words.auxiliaries.has(t.lower)) return null;
    const c = cueAt(f, k);
    if (c && !(k > i && nounForm(c) && !toks[k - 1]!.cap && toks[k - 1]!.word)) return null;
  }
  return null;
}

/**
 * From token i (after a name and a comma), the comma that closes an apposition of one to six plain words; -1 if none
 * or if a relative clause stands there (`Smith, who ran last year,`).
 */
function appositionEnd(toks: readonly Token[], i: number, rules: AttributeRules): number {
  if (rules.phrases.words.relativePronouns.has(toks[i]?.lower ?? '') || /^(?:that|where|when)$/u.test(toks[i]?.lower ?? '')) return -1;
  for (let k = i; k < toks.length && k <= i + 6; k++) {
    const t = toks[k]!;
    if (t.text === ',') return k > i ? k : -1;
    if (!t.word || t.quoted) return -1;
  }
  return -1;
}

/** A cue in a form that is also a noun: `orders`, `email`, `reports` (not `ordered`, `reporting`). */
function nounForm(c: FoundCue): boolean {
  return c.first === c.last && (c.form === c.lemma || c.form === c.lemma + 's');
}

/**
 * Where an unquoted small clause of `call` or `dub` from token i ends (null: none). The object is an object pronoun
 * (`him`, `himself`), a name (`Cruz`), or a determiner with one to three words (`the actions`, `her fallen son`);
 * the complement is a noun phrase with its determiner (`a liar`, `her hero`) or, after a pronoun or a name, a bare
 * word (`divisive`, `pro-choice`). It runs to a comma, a clause start or the sentence's end. Not `called him back`,
 * `called it quits`, `called Smith on Tuesday`, `called her the next day`, `called a meeting`.
 */
export function plainComplementEnd(f: SentenceFacts, i: number, rules: AttributeRules): number | null {
  const toks = f.tokens;
  const w = rules.words;
  const first = toks[i];
  if (!first || !first.word || first.quoted || w.notObjectStart.has(first.lower)) return null;
  const plain = (t: { word: boolean; quoted: boolean } | undefined) => !!t && t.word && !t.quoted;
  const starts: { at: number; bare: boolean }[] = []; // where the complement may start, and whether it may be a bare word
  if (w.complementObjects.has(first.lower)) starts.push({ at: i + 1, bare: true });
  const m = first.cap ? mentionAt(f, i) : null;
  if (m && !m.pronoun && m.first === i && !/'s$/u.test(toks[m.last]!.lower)) starts.push({ at: m.last + 1, bare: true });
  if (w.determiners.has(first.lower) || /'s$/u.test(first.lower) || (m && /'s$/u.test(toks[m.last]!.lower))) {
    const from = m && /'s$/u.test(toks[m.last]!.lower) ? m.last + 1 : i + 1;
    for (let k = from; k < toks.length && k <= from + 3; k++) {
      const t = toks[k]!;
      if (!plain(t) || t.cap) break;
      if (k > from && (w.determiners.has(t.lower) || t.lower === 'a' || t.lower === 'an')) { starts.push({ at: k, bare: false }); break; }
      if (w.notObjectStart.has(t.lower) || w.auxiliaries.has(t.lower) || cueAt(f, k)) break;
      // `called the fines unfair, and …`: one bare word that ends the clause.
      const next = toks[k + 2];
      if (plain(toks[k + 1]) && !toks[k + 1]!.cap && (!next || next.text === ',' || next.text === '.' || next.text === ';' || next.lower === 'and')) starts.push({ at: k + 1, bare: true });
    }
  }
  for (const s of starts) {
    const c = toks[s.at];
    if (!plain(c) || !/^\p{Ll}/u.test(c!.text) || w.notComplement.has(c!.lower) || w.timeWords.has(c!.lower) || /ly$/u.test(c!.lower)) continue;
    const det = w.determiners.has(c!.lower);
    if (!det && (!s.bare || rules.functionWords.has(c!.lower) || w.notObjectStart.has(c!.lower) || cueAt(f, s.at))) continue;
    if (det && !plain(toks[s.at + 1])) continue;
    let end = -1;
    for (let k = s.at; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word && !t.quoted && t.text !== '-' && t.text !== "'") break;
      if (t.text === '-' && toks[k - 1] && toks[k - 1]!.end < t.start) break; // a dash standing apart
      if (!t.quoted && k > s.at && w.clauseStart.has(t.lower)) break;
      if (k < s.at + 3 && (w.notComplement.has(t.lower) || w.timeWords.has(t.lower))) { end = -1; break; }
      if (t.word) end = t.end;
    }
    if (end > c!.start) return end;
  }
  return null;
}

/**
 * The clause of a praising or blaming verb from its object (token `start`): one to eight words (a quoted one too, no
 * auxiliary, no comma), a linking word, and a quotation in the object or after the link; null otherwise.
 */
export function reasonClause(f: SentenceFacts, start: number, links: ReadonlySet<string>, rules: AttributeRules): Span | null {
  const toks = f.tokens;
  const clause = clauseAfter(f, start, rules);
  if (!clause) return null;
  let words = 0;
  for (let k = start; k < toks.length && toks[k]!.end <= clause.end && k < start + 12; k++) {
    const t = toks[k]!;
    if (words >= 1 && !t.quoted && links.has(t.lower)) {
      const quoted = toks.some((u, j) => j >= start && u.quoted && u.word && u.end <= clause.end);
      return quoted ? clause : null;
    }
    if (t.quoted ? !t.word && t.text !== '"' && t.text !== "'" : !t.word) return null;
    if (!t.quoted && rules.words.auxiliaries.has(t.lower)) return null;
    if (t.word) words++;
    if (words > 8) return null;
  }
  return null;
}

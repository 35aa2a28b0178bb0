import type { PhraseRules, PhraseWords } from '../../rules/phrase-words.js';
import type { Token } from '../../text/tokens.js';
import type { FoundMention } from '../mentions.js';
import { type SentenceFacts, type SpeakerRef, cueAt, mentionEndingAt } from '../sentence-facts.js';

/**
 * Speaker phrases, part 2: noun phrases no earlier stage found as mentions: common nouns (`the union's lawyers`),
 * quantities (`Nearly half of voters`), any noun phrase before a cue, possessors (`in Crane's view`).
 */

/** The speaker a possessive names: `Crane’s`, `the union’s`, `his` (a pronoun, resolved as `he`). */
export function possessor(f: SentenceFacts, k: number, rules: PhraseRules): SpeakerRef | null {
  const t = f.tokens[k];
  if (!t || t.quoted) return null;
  const p = rules.possessives.get(t.lower);
  if (p) {
    // A pronoun mention, as findMentions makes for `he` (an `it` stands for an organisation).
    const mention: FoundMention = {
      start: t.start, end: t.end, head: { start: t.start, end: t.end }, kind: p.gender === 'n' ? 'organization' : 'person', pronoun: true,
      gender: p.gender, plural: p.plural, sentence: f.sentence.index, first: k, last: k, name: p.pronoun, quoted: false,
    };
    return { span: { start: t.start, end: t.end }, mention, name: null, kind: null };
  }
  if (!/'s?$/u.test(t.lower)) return null;
  const m = mentionEndingAt(f, k);
  if (m) return { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null };
  return null;
}

/**
 * A noun phrase of common nouns that ends at token k and starts with a determiner within a few words:
 * `the editorial board`, `her husband`, `an angry crowd`. kind `other`; its words are its name.
 */
export function commonNounPhrase(f: SentenceFacts, k: number, rules: PhraseRules): FoundMention | null {
  const toks = f.tokens;
  const head = toks[k];
  if (!head || !head.word || head.quoted || (head.cap && !rules.words.quantifierSpeakers.has(head.lower)) || (rules.functionWords.has(head.lower) && !rules.words.quantifierSpeakers.has(head.lower)) || rules.gap.has(head.lower)) return null;
  if (cueAt(f, k) !== undefined) return null;
  if (rules.words.quantifierSpeakers.has(head.lower) && (k === 0 || !toks[k - 1]!.word || toks[k - 1]!.lower === 'and' || toks[k - 1]!.lower === 'but')) {
    // `Others say …`, `Many believe …`: a pronoun-like quantifier as the whole subject.
    return phraseMention(f, k, k, k, k, head.lower !== 'one');
  }
  // The head must be a noun that can speak: a known nominal, an agent noun (`columnist`, `manager`), an age (`the 46-year-old`).
  if (!speakingNoun(head.lower, rules)) return null;
  for (let x = k - 1; x >= Math.max(0, k - 4); x--) {
    const w = toks[x]!;
    if (!w.word || w.quoted) return null;
    if (rules.words.determiners.has(w.lower) && w.lower !== 'that' && w.lower !== 'this') {
      return {
        start: w.start, end: head.end, head: { start: toks[x + 1]!.start, end: head.end }, kind: 'other', pronoun: false,
        gender: null, plural: /s$/u.test(head.lower), sentence: f.sentence.index, first: x, last: k,
        name: toks.slice(x + 1, k + 1).map((t) => t.text).join(' '), quoted: false,
      };
    }
    if (rules.functionWords.has(w.lower) || rules.gap.has(w.lower)) return null;
  }
  return null;
}

/**
 * A poll quantity that ends at token k and opens its clause: `Nearly half`, `About 4 in 10`, `three-quarters`,
 * `58 percent of Republicans`, `a majority of voters`, `Six in 10 Ohio Green caucus voters`. kind `other`. With
 * `afterWith`, also one after `with` (`with 50 percent saying …`).
 */
export function quantitySubject(f: SentenceFacts, k: number, rules: PhraseRules, afterWith = false): FoundMention | null {
  const toks = f.tokens;
  const w = rules.words;
  const plain = (i: number) => { const t = toks[i]; return !!t && t.word && !t.quoted && cueAt(f, i) === undefined; };
  // The quantity ends at q; the words after it up to k are `of …` or a noun phrase, at most six.
  for (let q = k; q >= Math.max(0, k - 7); q--) {
    if (!plain(q) && !(toks[q]?.text === '%' && !toks[q]!.quoted)) return null;
    const s = quantityStart(toks, q, w);
    if (s < 0) continue;
    for (let i = q + 1; i <= k; i++) {
      const lower = toks[i]!.lower;
      if (i === q + 1 && lower === 'of') continue;
      if (rules.functionWords.has(lower) && !(w.determiners.has(lower) && i < k)) return null;
    }
    if (q + 1 === k && toks[k]!.lower === 'of') return null;
    let start = s;
    for (const seq of w.quantityApproximators) {
      const at = start - seq.length;
      if (at >= 0 && seq.every((x, j) => plain(at + j) && toks[at + j]!.lower === x)) { start = at; break; }
    }
    const before = toks[start - 1];
    if (before && (before.quoted || before.word && !w.clauseStart.has(before.lower) && !(afterWith && before.lower === 'with'))) return null;
    return phraseMention(f, start, k, s, start, true);
  }
  return null;
}

/** Where a quantity that ends at token q starts (`half`, `a majority`, `58 percent`, `a third`, `6 in 10`), else -1. */
function quantityStart(toks: readonly Token[], q: number, w: PhraseWords): number {
  const t = toks[q]!;
  const lowerAt = (i: number) => (i >= 0 && !toks[i]!.quoted ? toks[i]!.lower : '');
  if (w.quantityHeads.has(t.lower)) return lowerAt(q - 1) === 'a' || lowerAt(q - 1) === 'the' ? q - 1 : q;
  if (w.quantityUnits.has(t.lower)) {
    if (w.number.test(lowerAt(q - 1))) return q - 1;
    return lowerAt(q - 1) === 'a' && t.lower !== 'percent' && t.lower !== '%' ? q - 1 : -1;
  }
  if (!w.number.test(t.lower)) return -1;
  for (const link of w.quantityRatioLinks) {
    const at = q - link.length;
    if (link.every((x, j) => lowerAt(at + j) === x) && w.number.test(lowerAt(at - 1))) return at - 1;
  }
  return -1;
}

/**
 * For a strong speech verb, whatever noun phrase stands before it: `those surveyed`, `the Texas
 * senator's campaign`. Words back to a determiner or the clause's start, at most six; kind `other`.
 */
export function anyNounPhrase(f: SentenceFacts, k: number, rules: PhraseRules): FoundMention | null {
  const toks = f.tokens;
  const head = toks[k];
  if (!head || !head.word || head.quoted || rules.functionWords.has(head.lower) || rules.gap.has(head.lower)) return null;
  let x = k;
  for (let y = k - 1; y >= Math.max(0, k - 6); y--) {
    const w = toks[y]!;
    if (!w.word || w.quoted || cueAt(f, y) !== undefined) break;
    if (rules.words.determiners.has(w.lower) || /'s$/u.test(w.lower)) { x = y; break; }
    if (w.lower === 'of' && y < k) { x = y; continue; } // `a number of attendees`
    if (rules.functionWords.has(w.lower) || rules.gap.has(w.lower)) { if (y < k - 1 && rules.words.clauseStart.has(w.lower)) break; return null; }
    x = y;
  }
  const startTok = toks[x]!;
  if (x > 0 && toks[x - 1]!.word && !rules.words.clauseStart.has(toks[x - 1]!.lower) && !rules.words.determiners.has(startTok.lower)) return null;
  return phraseMention(f, x, k, x, x, /s$/u.test(head.lower));
}

/**
 * A mention of kind `other` for the phrase of tokens first…last that no earlier stage found (`the union's
 * lawyers`, `Nearly half`, `the results`): its head from token headFirst, its name the words from token
 * nameFirst, joined by single spaces.
 */
export function phraseMention(f: SentenceFacts, first: number, last: number, headFirst: number, nameFirst: number, plural: boolean): FoundMention {
  const toks = f.tokens;
  const end = toks[last]!.end;
  return {
    start: toks[first]!.start, end, head: { start: toks[headFirst]!.start, end }, kind: 'other', pronoun: false, gender: null,
    plural, sentence: f.sentence.index, first, last, name: toks.slice(nameFirst, last + 1).map((t) => t.text).join(' '), quoted: false,
  };
}

/** A noun that can head a speaker's phrase: a known nominal, an agent noun, an age used as a noun. */
export function speakingNoun(lower: string, rules: PhraseRules): boolean {
  return rules.speakerNouns.has(lower) || rules.words.agentNoun.test(lower) || rules.words.ageNoun.test(lower);
}

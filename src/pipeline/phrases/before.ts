import type { PhraseRules, PhraseWords } from '../../rules/phrase-words.js';
import type { Token } from '../../text/tokens.js';
import type { FoundMention } from '../mentions.js';
import { type SentenceFacts, type SpeakerRef, commaBeforeMarks, cueAt, isDash, lastIndexOf, mentionEndingAt, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { anyNounPhrase, commonNounPhrase, phraseMention, quantitySubject, speakingNoun } from './noun-phrases.js';

/**
 * Speaker phrases, part 1: the noun phrase that ends just before a cue (`Chris Crane, president of the union,
 * said`), past adverbs, auxiliaries and time phrases; a relative `who` takes its antecedent.
 */

/**
 * The first token of a time phrase that ends at token k (`on Tuesday`, `last week`, `Tuesday`), or -1. A period may
 * also be read back over `past`/`recent` and a preposition (`this past week`, `in recent weeks`, `earlier in the day`,
 * `over the past year`), and `in the past` is one.
 */
function timePhraseStart(toks: readonly Token[], k: number, words: PhraseWords): number {
  const t = toks[k];
  if (!t || !t.word || t.quoted) return -1;
  const lead = toks[k - 1];
  const led = !!lead && lead.word && !lead.quoted && words.timeGapLeads.has(lead.lower);
  if (words.timeGapDays.has(t.lower)) return led ? k - 1 : k;
  if (words.timeGapPeriods.has(t.lower) && led && lead!.lower !== 'on') return k - 1;
  const word = (i: number) => (toks[i] && toks[i]!.word && !toks[i]!.quoted ? toks[i]!.lower : '');
  if (t.lower === 'past') return word(k - 1) === 'the' && words.timePrepositions.has(word(k - 2)) ? k - 2 : -1; // `in the past`
  if (!words.timeGapPeriods.has(t.lower) && !words.timeGapPeriods.has(t.lower.replace(/s$/u, ''))) return -1;
  let j = k - 1;
  const modified = word(j) === 'past' || word(j) === 'recent';
  if (modified) j--;
  if (word(j) === 'this' || word(j) === 'the' || word(j) === 'last') {
    if (word(j) !== 'the' && modified) return j; // `this past week`
    j--;
  } else if (!modified) return -1;
  return words.timePrepositions.has(word(j)) ? j : -1; // `in the morning`, `in recent weeks`, `over the last year`
}

/** A negation between a subject and its verb: `not`, `never`, an auxiliary in n't (kept on it by the tokenizer). */
const NEGATION = /^(?:not|never|[a-z]+n't)$/u;

/**
 * The noun phrase that ends just before a cue (past adverbs and auxiliaries), with its apposition. A phrase read by its
 * shape alone may end in a negation (`Doe wouldn't say`, `Doe never said`): the phrase before the negation is the speaker.
 */
export function speakerBefore(f: SentenceFacts, cueFirst: number, rules: PhraseRules, strong = false): SpeakerRef | null {
  const found = phraseBefore(f, cueFirst, rules, strong);
  if (!found) return null;
  const last = tokenIndexAtOrAfter(f, found.span.end) - 1;
  if (last <= 0 || !NEGATION.test(f.tokens[last]!.lower)) return found;
  return phraseBefore(f, last, rules, strong) ?? found;
}

function phraseBefore(f: SentenceFacts, cueFirst: number, rules: PhraseRules, strong: boolean): SpeakerRef | null {
  const toks = f.tokens;
  let k = cueFirst - 1;
  for (;;) {
    while (k >= 0 && toks[k]!.word && !toks[k]!.quoted && (rules.gap.has(toks[k]!.lower) || /ly$/u.test(toks[k]!.lower) && !toks[k]!.cap)) k--;
    const time = timePhraseStart(toks, k, rules.words);
    if (time < 1) break; // none, or nothing before it to be the subject
    k = time - 1;
  }
  if (k < 0) return null;
  // `Jane Doe - who has run twice - said`, `The justice -- in a rare move -- said`: an aside between dashes stands
  // between the subject and its verb; the subject is before its opening dash.
  if (!toks[k]!.quoted && isDash(toks[k]!)) {
    const open = asideOpening(toks, k);
    if (open < 1) return null;
    k = open - 1;
  }
  let t = toks[k]!;
  // `Tess Malloy, host of MSNBC’s “Sunrise Desk,” suggested`: the comma inside a closing mark (or two: `,''`).
  const commaInMark = t.quoted && (t.text === '"' || t.text === "'") && commaBeforeMarks(toks, k);
  if (commaInMark) {
    while (toks[k]!.text !== ',') k--;
    t = toks[k]!;
  }
  if (t.quoted && !commaInMark) return null;
  let apposEnd = -1;
  if (t.text === ',') {
    // `Mr. Ferris's former campaign manager, Gordon Pike, said`: a description, then the name.
    const named = mentionEndingAt(f, k - 1);
    if (named && !named.pronoun && /^\p{Lu}/u.test(named.name) && toks[named.first - 1]?.text === ',' && named.kind === 'person') {
      let s = named.first - 2;
      while (s > 0 && toks[s - 1]!.word && !toks[s - 1]!.quoted && !rules.words.clauseStart.has(toks[s - 1]!.lower) && named.first - s < 14) s--;
      // `The lawyer, who represents the actor, Tom Hale, said`: a relative clause is no description of the name; the
      // clause's antecedent speaks (below).
      if (!rules.words.relativePronouns.has(toks[Math.max(0, s)]!.lower)) return { span: { start: toks[Math.max(0, s)]!.start, end: named.end }, mention: named, name: null, kind: null };
    }
    // `Chris Crane, president of the National ICE Council, told …`; `Theo Brandt, 23, of Lansing, Mich., said`:
    // the name is the leftmost comma-separated piece that opens the clause; else the nearest name.
    // `Rep. Jane Doe (D-Md.), chair of …, said`: a party label in parentheses after the name.
    let nearest: FoundMention | null = null;
    let piece: FoundMention | null = null;
    let opened = false;
    // `Mrs. Lane, who stayed in the race until June, said`, `Mr. Vance, whose firm, Cropwise, sells maps, said`: a
    // name inside a relative clause describes; the antecedent before the clause's comma is the speaker.
    const relative = relativeCommaBefore(f, k, rules);
    for (let c = relative >= 0 ? relative : k - 1; c >= Math.max(0, k - 30); c--) {
      const x = toks[c]!;
      if (x.quoted) continue; // a quoted title inside the apposition (`host of “Sunrise Desk,”`)
      // `Rep. Tom Lee (R-Ohio), the chairman of the panel, said`: a short parenthesis is read over.
      const open = x.text === ')' ? lastIndexOf(toks, '(', c, 8) : -1;
      if (open > 0) { c = open; continue; }
      if (x.text === '.' && !(toks[c - 1]?.cap) || x.text === ';' || x.text === ':' || x.text === '(') break;
      if (x.text !== ',' && c !== 0) continue;
      const paren = toks[c - 1]?.text === ')' ? lastIndexOf(toks, '(', c - 1, 8) : -1;
      const m = x.text === ',' ? mentionEndingAt(f, paren > 0 ? paren - 1 : c - 1) : null;
      const named = m && !m.pronoun && (m.kind === 'person' || m.kind === 'organization' || /^\p{Lu}/u.test(m.name));
      if (m && named) {
        nearest ??= m;
        const before = toks[m.first - 1];
        if (before?.text === ',') piece = m; // the leftmost so far that a comma opens
        // A comma before it makes it a piece of the apposition (`Lena Roe, Executive Vice President of Marketing for Brightway,
        // Inc., said`: the title, named after its company, describes the name that opens the clause).
        if (!before || (!before.word && before.text !== ',') || rules.words.clauseStart.has(before.lower)) { nearest = m; opened = true; break; }
      }
    }
    // No name opens the clause (`Just last week, J.J. Roe, editor of The Courier, a weekly, wrote`): the leftmost
    // piece that a comma opens, else the nearest name.
    if (!opened && piece) nearest = piece;
    // `The lawyer, who represents Tom Hale, said`: no name before the relative clause; its antecedent speaks.
    if (!nearest && relative > 0) {
      const m = mentionEndingAt(f, relative - 1) ?? commonNounPhrase(f, relative - 1, rules);
      if (m && !m.pronoun) nearest = m;
    }
    // `A second pollster, Ana Pruitt of Lakeview College, said`: else the name right before the comma, after one.
    if (!nearest) {
      const m = mentionEndingAt(f, k - 1);
      if (m && !m.pronoun && /^\p{Lu}/u.test(m.name) && toks[m.first - 1]?.text === ',') nearest = m;
    }
    if (!nearest) return null;
    apposEnd = k - 1;
    // `The senator from Utah, a Republican, said`: the phrase is headed by `The senator`.
    // The mention stays the name: `the Court of Appeals for the Ninth Circuit and Jane Doe, a law professor,` is hers.
    const np = nominalStart(f, nearest, rules, true);
    return { span: { start: np.start, end: toks[apposEnd]!.end }, mention: nearest, name: null, kind: null };
  }
  if (t.text === ')') {
    // `Sen. Ted Cruz (R-Texas) said`
    const open = lastIndexOf(toks, '(', k, 8);
    if (open > 0) { k = open - 1; t = toks[k]!; }
  }
  const quantity = quantitySubject(f, k, rules);
  if (quantity) return { span: { start: quantity.start, end: quantity.end }, mention: quantity, name: null, kind: null };
  const m = mentionEndingAt(f, k) ?? commonNounPhrase(f, k, rules) ?? (strong ? anyNounPhrase(f, k, rules) : null);
  if (!m) return null;
  if (m.pronoun && m.name.toLowerCase() === 'who') return relativeWho(f, m, rules, strong);
  if (m.pronoun) return { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null };
  const np = nominalStart(f, m, rules);
  return { span: { start: np.start, end: m.end }, mention: np.mention, name: null, kind: null };
}

/**
 * The dash that opens the aside closed by the dash at token k (one or two dash tokens each: `-`, `--`, `—`): the first
 * token of the opening dash, at most 40 tokens back, with no sentence end or other dash between; -1 if none.
 */
export function asideOpening(toks: readonly Token[], k: number): number {
  let x = k;
  while (x > 0 && !toks[x - 1]!.quoted && isDash(toks[x - 1]!)) x--; // `--`
  for (let y = x - 1; y >= Math.max(0, x - 40); y--) {
    const t = toks[y]!;
    if (t.quoted) continue;
    if (t.text === ';' || t.text === ':') return -1;
    if (isDash(t)) {
      while (y > 0 && !toks[y - 1]!.quoted && isDash(toks[y - 1]!)) y--;
      return y - 1 > 0 ? y : -1;
    }
  }
  return -1;
}

/**
 * Where a mention's noun phrase starts, and the mention that names it: a nominal with its determiner and modifiers
 * (`the agency`, `a spokesman for ICE`, `Trump's campaign`, `Republican candidate Donald Trump`). `linkedOnly`: only
 * when a link joins the mention to a nominal before it (`The senator from Utah`), else the mention itself.
 */
function nominalStart(f: SentenceFacts, m: FoundMention, rules: PhraseRules, linkedOnly = false): { start: number; mention: FoundMention } {
  const toks = f.tokens;
  let start = m.start;
  let mention: FoundMention = m;
  {
    const loose = m.kind !== 'person';
    let s = m.first - 1;
    // `a spokesman for the agency`: go back over the link to a nominal or a name.
    if (s >= 1 && rules.words.npLink.has(toks[s]!.lower) || (s >= 2 && toks[s]!.lower === 'the' && rules.words.npLink.has(toks[s - 1]!.lower))) {
      const linkAt = toks[s]!.lower === 'the' ? s - 1 : s;
      const head = mentionEndingAt(f, linkAt - 1);
      if (head && !head.pronoun) {
        mention = head.kind === 'person' && /^[a-z]/u.test(head.name) ? m : head;
        s = head.first - 1;
        start = head.start;
      } else if (linkedOnly) return { start, mention };
    } else if (linkedOnly) return { start, mention }; // only a link reaches back: `Ms. Doe, 21,` stays
    const floor = Math.max(0, s - 4);
    for (let x = s; x >= floor; x--) {
      const w = toks[x]!;
      if (!w.word || w.quoted) break;
      if (rules.words.determiners.has(w.lower) || /'s$/u.test(w.lower)) { start = w.start; break; }
      if (rules.functionWords.has(w.lower) || rules.gap.has(w.lower) || cueAt(f, x) !== undefined) break;
      // Before a person's name only descriptors: `Republican candidate Donald Trump`, `former aide Jane Doe`.
      const descriptor = w.cap || rules.speakerNouns.has(w.lower) || rules.words.agentNoun.test(w.lower) || rules.words.descriptor.test(w.lower);
      if (loose ? w.cap || /^[a-z-]+$/u.test(w.lower) : descriptor) {
        start = w.start;
        continue;
      }
      break;
    }
  }
  return { start, mention };
}

/**
 * The comma before the first relative pronoun (`, who`, `, whose`, `, which`) of the apposition that ends at token k
 * (a comma before a cue), within the 30 tokens the apposition is read over; -1 if none.
 */
function relativeCommaBefore(f: SentenceFacts, k: number, rules: PhraseRules): number {
  const toks = f.tokens;
  let found = -1;
  for (let c = k - 1; c >= Math.max(0, k - 30); c--) {
    const x = toks[c]!;
    if (x.quoted) continue;
    if (x.text === '.' && !(toks[c - 1]?.cap) || x.text === ';' || x.text === ':' || x.text === '(') break;
    if (x.text === ',' && c > 0 && rules.words.relativePronouns.has(toks[c + 1]?.lower ?? '')) found = c;
  }
  return found;
}

/** `…, who …, said`: the relative pronoun's antecedent is the noun phrase before its comma. */
function relativeWho(f: SentenceFacts, who: FoundMention, rules: PhraseRules, strong: boolean): SpeakerRef | null {
  // PolNeAR marks the relative pronoun itself as the source; its name is the antecedent's.
  if (f.tokens[who.first - 1]?.text === ',') {
    // Before a speech verb, any antecedent; before another cue (`, who knew …`), only a name.
    const m = strong ? antecedentBefore(f, who.first - 2, rules) : mentionEndingAt(f, who.first - 2);
    if (m) return { span: { start: who.start, end: who.end }, mention: m, name: null, kind: null };
  }
  // `Republicans who say …`, `64 percent who say …`: the noun right before; `compared with 30 percent who say …`: a poll
  // quantity after `with`.
  const k = who.first - 1;
  const direct = mentionEndingAt(f, k) ?? commonNounPhrase(f, k, rules) ?? anyNounPhrase(f, k, rules) ?? quantitySubject(f, k, rules, true);
  if (direct && !direct.pronoun) return { span: { start: who.start, end: who.end }, mention: direct, name: null, kind: null };
  return null;
}

/**
 * The antecedent of `, who` that ends at token k: a name or a speaking noun phrase (`the student, who`, `some analysts
 * and activists, who`), or the head before its post-modifier (`one official familiar with the talks, who`): the nearest
 * within eight words with no punctuation, quotation or cue between. A name right before the comma is the antecedent
 * (`an interview with Jane Doe, who`); else the object of a post-modifier (`the talks`, `the agency` in `the former
 * head of the agency, who`) is passed over, and stays the answer only when no other phrase stands there (`the last
 * question came from a student, who`).
 */
function antecedentBefore(f: SentenceFacts, k: number, rules: PhraseRules): FoundMention | null {
  const toks = f.tokens;
  const named = mentionEndingAt(f, k); // `Donald Smith Jr., who`, `an interview with Jane Doe, who`
  if (named) return named.pronoun ? null : named;
  let object: FoundMention | null = null;
  for (let j = k; j >= 0 && j >= k - 8; j--) {
    const t = toks[j]!;
    if (!t.word || t.quoted || cueAt(f, j) !== undefined) break;
    const headed = j === k || rules.words.postModifier.has(toks[j + 1]!.lower);
    const m = mentionEndingAt(f, j) ?? commonNounPhrase(f, j, rules) ?? (headed ? anyNounPhrase(f, j, rules) : null);
    if (!m || m.pronoun) continue;
    if (!(m.first > 0 && rules.words.postModifier.has(toks[m.first - 1]!.lower))) return m;
    object ??= m;
  }
  return object;
}

/**
 * A speaking noun with a post-modifier that ends just before a cue: `attorneys for the family said`, `a lawyer for
 * Smith said`, `people close to him say`. Headed by the speaking noun (with its determiner and adjectives); at
 * most eight words of modifier, with no punctuation, quotation or cue between.
 */
export function speakingHeadBefore(f: SentenceFacts, cueFirst: number, rules: PhraseRules): SpeakerRef | null {
  const toks = f.tokens;
  for (let p = cueFirst - 1; p >= 1 && p >= cueFirst - 8; p--) {
    const t = toks[p]!;
    if (!t.word || t.quoted || (p < cueFirst - 1 && cueAt(f, p) !== undefined)) return null;
    if (!rules.words.postModifier.has(t.lower) || t.lower === 'who' || p === cueFirst - 1) continue;
    const h = p - 1;
    const head = toks[h]!;
    const singular = head.lower.replace(/(?:ie)?s$/u, (m) => (m === 'ies' ? 'y' : ''));
    const speaking = speakingNoun(head.lower, rules) || speakingNoun(singular, rules) || /^(?:people|those|aides|sources|attorneys?)$/u.test(head.lower);
    if (!head.word || head.quoted || (head.cap && h > 0) || !speaking) continue;
    const d = h > 0 && toks[h - 1]!.word && rules.words.determiners.has(toks[h - 1]!.lower) ? h - 1 : h;
    const np = commonNounPhrase(f, h, rules) ?? phraseMention(f, d, h, h, d === h ? h : d + 1, /s$/u.test(head.lower));
    // The phrase opens its clause (`, attorneys for …`, `But people close to …`), and only a noun phrase follows
    // the modifier: no auxiliary, `to`, relative or conjunction (`his rivals for the nomination have said`).
    const start = Math.min(d, tokenIndexAtOrAfter(f, np.start));
    const before = toks[start - 1];
    if (before && before.word && !rules.words.clauseStart.has(before.lower)) return null;
    const last = toks[cueFirst - 1]!;
    // (A number right after `of` is no function word here: `The father of two said`, as `The father of five said`; not
    // `of the three states`.)
    const count = rules.words.number.test(last.lower) && toks[cueFirst - 2]?.lower === 'of';
    if (rules.functionWords.has(last.lower) && !rules.words.objectPronouns.has(last.lower) && !count) return null;
    for (let k = /^(?:close|familiar)$/u.test(t.lower) ? p + 2 : p + 1; k < cueFirst; k++) {
      const w = toks[k]!.lower;
      if (rules.words.clauseStart.has(w) || rules.words.relativePronouns.has(w) || /^(?:to|that|have|has|had|is|are|was|were|will|would|can|could|also|then)$/u.test(w)) return null;
    }
    return { span: { start: Math.min(np.start, toks[d]!.start), end: toks[cueFirst - 1]!.end }, mention: np, name: null, kind: null };
  }
  return null;
}

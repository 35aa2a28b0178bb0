import type { AttributeRules } from '../../rules/attribute-words.js';
import { type Token, stripPossessive } from '../../text/tokens.js';
import type { Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import { isLast, speakerAfter } from '../phrases/after.js';
import { speakerBefore } from '../phrases/before.js';
import { MAX_CONTENT_TOKENS, type SentenceFacts, commaBeforeMarks, cueAt, hasClause, indexOf, isDash } from '../sentence-facts.js';
import { isTrailingTail } from './trailing.js';

/** The reported clause from token i to its end: the sentence's end, `; `, or `, adding that`. */
export function clauseAfter(f: SentenceFacts, i: number, rules: AttributeRules): Span | null {
  const toks = f.tokens;
  let a = i;
  while (toks[a] && toks[a]!.word && !toks[a]!.cap && /ly$/u.test(toks[a]!.lower) && !rules.words.lyNotAdverbs.has(toks[a]!.lower)) a++; // `said pleasantly …`
  // `said Wednesday he …`; not `said this week`, `said early voting …`
  if (toks[a] && rules.words.timeWords.has(toks[a]!.lower) && !/^(?:this|last|late|early)$/u.test(toks[a]!.lower) && toks[a + 1]?.word) {
    a++;
    if (rules.words.dayParts.has(toks[a]!.lower)) a++; // `said Friday evening on Radio Nine`
  }
  // `reported that night that …`, `said that week he …`: `that` is the period's determiner, a circumstance (issue 15).
  if (toks[a]?.lower === 'that' && thatPeriodAt(toks, a + 1, rules)) a += 2;
  if (toks[a]?.lower === 'that') a++;
  else if (toks[a] && rules.circumstance.has(toks[a]!.lower) && !infinitiveAt(toks, a, rules)) {
    let skipped = false;
    for (let k = a; k < Math.min(toks.length, a + 12); k++) {
      // `responded in a way that could cause …`: `that` with a verb of its own opens a relative clause of the
      // circumstance's noun, not the content.
      if (toks[k]!.lower === 'that' && k > a && rules.words.auxiliaries.has(toks[k + 1]?.lower ?? '')) return null;
      if (toks[k]!.lower === 'that') { a = k + 1; skipped = true; break; }
      if (toks[k]!.lower === "that's") { a = k; skipped = true; break; } // `told X with Y that’s untrue`
      if (toks[k]!.text === ',') { a = k + 1; skipped = true; break; }
      if (toks[k]!.quoted) { skipped = true; break; }
    }
    // `said on Friday he met …`, `said in business it takes years`: a short circumstance (a preposition and one word, or
    // one that ends in a name or a time word), then the clause's subject pronoun; not `in the way they have shown`.
    for (let k = a + 2; !skipped && k < Math.min(toks.length - 1, a + 7); k++) {
      const t = toks[k]!;
      if (!t.word || t.quoted) break;
      const prev = toks[k - 1]!;
      const ends = k === a + 2 || prev.cap || rules.words.timeWords.has(prev.lower) || rules.words.periodNouns.has(prev.lower);
      if (rules.words.subjectPronouns.has(t.lower) && t.lower !== 'you' && ends && !rules.words.prepositions.has(prev.lower) && !rules.words.whWords.has(prev.lower) && toks[k + 1]!.word) { a = k; skipped = true; }
    }
    // Only a circumstance follows (`testified in 1998`, `responded by settling …`, `adding to her
    // lead`): no reported clause.
    if (!skipped && !toks[a]!.cap && (toks[a]!.lower === 'by' || rules.words.circumstanceOnly.has(toks[a]!.lower))) return null;
  }
  if (toks[a]?.lower === 'by') return null; // `reported by MSNBC`, `responded by settling`
  while (toks[a] && (toks[a]!.text === ',' || toks[a]!.text === ':')) a++;
  if (!toks[a]) return null;
  // `said — on the radio, as it happens — that …`: the words between dashes are an aside; the clause follows them.
  if (unquotedDash(toks[a]!)) {
    a = afterAside(toks, a);
    if (a < 0) return null;
    if (toks[a]?.lower === 'that') a++;
    if (!toks[a]) return null;
  }
  if (!opensContent(toks, a, rules)) return null;
  // `… as many voters expected, according to a memo.`: a source phrase that ends the sentence is not what the cue
  // reports (but `reported that, according to X, …` and `told reporters, according to X, …` go on past it).
  if (toks[a]!.lower === 'according' && toks[a + 1]?.lower === 'to' && !toks[a]!.quoted && !toks.slice(i, a).some((t) => t.lower === 'that') &&
    !toks.slice(a + 2).some((t) => !t.quoted && (t.text === ',' || t.text === ';' || t.text === ':'))) return null;
  let b = Math.min(toks.length, a + MAX_CONTENT_TOKENS) - 1; // a reported clause, not a 10 MB line
  for (let k = a + 1; k <= b; k++) {
    const t = toks[k]!;
    if (t.quoted) {
      // `… was “corrupt,” noting that …`: a comma inside the closing marks (American style) ends the clause as
      // one outside them would; the content keeps the closing marks.
      const marks = t.text === ',' ? closingMarksAfter(toks, k) : -1;
      // `… “not comfortable,” said Ann Berg, the editor of the magazine.`: an inverted attribution ends it too.
      if (marks > k && marks < b && (endsAtComma(f, marks + 1, rules) || invertedAttributionAt(f, marks + 1, rules) || (asideAfterMarks(toks, marks + 1, b, rules) && !quotedTitle(toks, k, rules)))) {
        // `stressed the need for drive: “Change the world,” she said.`: a quotation after a colon with its own
        // trailing attribution is that speaker's; this content ends at the colon.
        let open = k;
        while (open > a && toks[open - 1]!.quoted) open--;
        b = toks[open - 1]?.text === ':' && open - 1 > a && trailingAttributionAt(f, marks + 1, rules) ? open - 2 : marks;
        break;
      }
      continue;
    }
    if (rules.words.clauseBreak.has(t.text)) { b = k - 1; break; }
    if (t.text === '(' || (t.text === '-' && text0(f, t))) { b = k - 1; break; }
    if (t.text === ',' && endsAtComma(f, k + 1, rules)) { b = k - 1; break; }
    // `…, said Dan Roe, director of the institute.`: an inverted attribution ends the content too.
    if (t.text === ',' && invertedAttributionAt(f, k + 1, rules)) { b = k - 1; break; }
    // `X stated that A, and demanded that B`, `… but argues that B`, `… and has said that B`: a second cue verb
    // coordinated with the first.
    if ((t.lower === 'and' || t.lower === 'but') && cueAt(f, afterAuxiliaries(toks, k + 1, rules))?.kind === 'verb') { b = toks[k - 1]?.text === ',' ? k - 2 : k - 1; break; }
    // `… was “too early” while adding that B`: a linking participle after `while`.
    if (t.lower === 'while' && rules.words.gerundLink.has(toks[k + 1]?.lower ?? '')) { b = k - 1; break; }
    // `denounced the problem of “wage theft” and outlined her plans`: right after a quotation, `and` and a past
    // form with no clause of its own in the content is the speaker's next act, not the content.
    if (t.lower === 'and' && toks[k - 1]?.quoted && pastForm(toks[k + 1]) && !hasClause(toks, { start: toks[a]!.start, end: t.start }, rules)) { b = k - 1; break; }
    // `… were incomplete and the governor warned that B`: the same without a comma.
    if (JOINS.has(t.lower) && toks[k - 1]?.text !== ',' && secondAttributionAt(f, k, rules)) { b = k - 1; break; }
    if (absoluteAttributionAt(f, k, rules)) { b = toks[k - 1]?.text === ',' ? k - 2 : k - 1; break; }
  }
  while (b > a && !toks[b]!.word && !toks[b]!.quoted && toks[b]!.text !== '"' && toks[b]!.text !== "'" && toks[b]!.text !== ')') b--;
  // Keep a closing quotation mark that belongs to the content.
  const words = toks.slice(a, b + 1).filter((t) => t.word).length;
  if (words < 2) return null;
  return { start: toks[a]!.start, end: toks[b]!.end };
}

/**
 * Does a reported clause end at a comma followed by token i? A linking participle (`, adding that`), `according to`,
 * `, compared with …`,
 * `, but he …`, a trailing source (`…, the New York Times reported.`), a second attribution with its own subject and
 * content (`… said yes, but 60 percent of all members say she does not`), or a relative clause with an attribution of
 * its own (`…, which she calls her lucky town`, `…, who suggested the repairs could be left to the county`: its cue
 * then reports its own).
 */
function endsAtComma(f: SentenceFacts, i: number, rules: AttributeRules): boolean {
  const toks = f.tokens;
  const next = toks[i];
  if (!next) return false;
  if (rules.words.gerundLink.has(next.lower) || next.lower === 'according') return true;
  if (next.lower === 'but' && rules.words.subjectPronouns.has(toks[i + 1]?.lower ?? '') && toks[i + 1]!.lower !== 'you') return true;
  // `… 50 percent saying she is ready, compared with 30 percent who …`: a comparison with another share ends it (not
  // `is “peanuts,” compared to what others do`, the speaker's own comparison).
  if (next.lower === 'compared' && /^(?:with|to)$/u.test(toks[i + 1]?.lower ?? '') && rules.phrases.words.number.test(toks[i + 2]?.lower ?? '')) return true;
  return trailingAttributionAt(f, i, rules) || secondAttributionAt(f, i, rules) || relativeAttributionAt(f, i, rules);
}

/** Token i, or the first token after the auxiliaries and adverbs that start there (`has said`, `has also said`). */
function afterAuxiliaries(toks: readonly Token[], i: number, rules: AttributeRules): number {
  let k = i;
  while (k < i + 3 && toks[k] && !toks[k]!.quoted && (rules.words.auxiliaries.has(toks[k]!.lower) || (k > i && /ly$/u.test(toks[k]!.lower)) || toks[k]!.lower === 'also')) k++;
  return k;
}

/** `highlighted`, `boycotted`: a lower-case unquoted word in -ed. */
function pastForm(t: Token | undefined): boolean {
  return !!t && t.word && !t.quoted && !t.cap && /^[a-z]{3,}ed$/u.test(t.lower);
}

/** After a comma inside quotation marks at token k, the last of the closing marks when the quotation closes there; -1 if not. */
function closingMarksAfter(toks: readonly Token[], k: number): number {
  let j = k + 1;
  while (j <= k + 2 && toks[j]?.quoted && (toks[j]!.text === '"' || toks[j]!.text === "'")) j++;
  return j > k + 1 && commaBeforeMarks(toks, j - 1) && toks[j] !== undefined && !toks[j]!.quoted ? j - 1 : -1;
}

/**
 * A period noun at token i after `that` (THAT_PERIODS), then `that`, a subject pronoun, a determiner or a name: `that
 * night that …`, `that week he …`; not `that day was the worst` (the noun is the clause's subject).
 */
function thatPeriodAt(toks: readonly Token[], i: number, rules: AttributeRules): boolean {
  const noun = toks[i];
  const next = toks[i + 1];
  if (!noun || noun.quoted || !rules.ends.thatPeriods.has(noun.lower) || !next || !next.word || next.quoted) return false;
  return next.lower === 'that' || next.cap || rules.words.subjectPronouns.has(next.lower) || rules.words.determiners.has(next.lower);
}

/** `to bolster its military, …`: an infinitive, not a circumstance (`to reporters`, `to a cheering crowd`). */
function infinitiveAt(toks: readonly Token[], a: number, rules: AttributeRules): boolean {
  const next = toks[a + 1];
  return toks[a]!.lower === 'to' && !!next && next.word && !next.cap && !next.quoted && !rules.words.determiners.has(next.lower) &&
    !rules.words.hearersAfterTo.has(next.lower);
}

/** A dash outside any quotation (one inside belongs to the quoted words). */
const unquotedDash = (t: Token) => !t.quoted && isDash(t);

/** From a dash at token a: the token after the dash that closes the aside, within twenty tokens; -1 if none. */
function afterAside(toks: readonly Token[], a: number): number {
  let k = a;
  while (toks[k] && unquotedDash(toks[k]!)) k++; // `--`
  const open = k;
  for (; k < Math.min(toks.length, open + 20); k++) {
    if (unquotedDash(toks[k]!)) {
      while (toks[k] && unquotedDash(toks[k]!)) k++;
      return k < toks.length ? k : -1;
    }
  }
  return -1;
}

/**
 * Can a reported clause open at token a? Not with a clause of manner or time that runs to the
 * end (`said as rain began to fall`, `carried on, as if he had not heard her`); `as` opening a clause followed by the
 * content (`argued as voters learned more, Sanders will fade`) or a characterisation (`described as “…”`) can.
 */
function opensContent(toks: readonly Token[], a: number, rules: AttributeRules): boolean {
  const t = toks[a]!;
  if (t.quoted) return true;
  if (t.lower !== 'as') return true;
  const next = toks[a + 1];
  if (!next || next.quoted) return true;
  if (next.lower === 'if' || next.lower === 'though') return false;
  // `as he opened the door`, `as the bell rang`: a subject and a verb, and no comma before the end.
  const subject = rules.words.subjectPronouns.has(next.lower) || next.lower === 'the' || (next.cap && !toks[a + 2]?.cap);
  if (!subject) return true;
  for (let k = a + 2; k < toks.length; k++) if (toks[k]!.text === ',' || toks[k]!.quoted) return true;
  return false;
}

/**
 * Does a relative clause with an attribution of its own start at token i: `which` or `whom` with a subject and a
 * saying verb within five words (`which he describes as`, `which an FBI inquiry said was`), or `who` with its verb
 * (`who suggested the repairs …`, `who has said that`)?
 */
function relativeAttributionAt(f: SentenceFacts, i: number, rules: AttributeRules): boolean {
  const toks = f.tokens;
  const rel = toks[i];
  if (!rel || rel.quoted || !(rel.lower === 'which' || rel.lower === 'who' || rel.lower === 'whom')) return false;
  // `…, which he described as “rushed,” …`: a pronoun is most often the outer speaker again, whose words go on.
  if (rel.lower !== 'who' && rules.words.subjectPronouns.has(toks[i + 1]?.lower ?? '')) return false;
  const reach = rel.lower === 'who' ? 3 : 6;
  for (let k = i + 1; k < Math.min(toks.length, i + reach); k++) {
    const t = toks[k]!;
    if (!t.word || t.quoted) return false;
    const c = cueAt(f, k);
    if (c) {
      if (c.kind !== 'verb' || c.weight < 0.7 || /ing$/u.test(c.form)) return false;
      const next = toks[c.last + 1];
      if (rel.lower === 'who') {
        // `who has said`, `who recently argued`; a speech verb or `that` (not `who pleaded guilty`, `who charges $20,000`).
        if (k > i + 1 && !rules.words.auxiliaries.has(toks[k - 1]!.lower) && !/ly$/u.test(toks[k - 1]!.lower)) return false;
        if (c.weight < 0.9 && next?.lower !== 'that') return false;
      } else if (k === i + 1) return false; // `which said` is the relative's own verb: `a report, which said …` stays
      return !!next && (next.word || next.quoted || next.text === ':');
    }
    if (rules.words.auxiliaries.has(t.lower) && rel.lower !== 'who' && k === i + 1) return false; // `which is …`
  }
  return false;
}

/** Does an attribution that ends the sentence start at token i (`the Sun-Times reported`, `officials said Tuesday`)? */
function trailingAttributionAt(f: SentenceFacts, i: number, rules: AttributeRules): boolean {
  const cue = verbCueAfter(f, i);
  if (!cue) return false;
  const next = f.tokens[cue.last + 1];
  if (next && next.text !== '.' && next.text !== '!' && !isTrailingTail(f, cue.last + 1, rules)) return false;
  if (subjectStartsAt(f, cue, i, rules)) return true;
  // `…, records show.`, `…, campaign filings show.`: a document's bare noun, up to four words, reports with its cue.
  const words = f.tokens.slice(i, cue.first);
  const head = words[words.length - 1];
  return !!head && words.length <= 4 && rules.words.documentCues.has(cue.lemma) && words.every((t) => t.word && !t.quoted) &&
    rules.words.findingsNouns.has(stripPossessive(head.lower));
}

/**
 * Does an inverted attribution that ends the sentence start at token i: a verb that stands before its speaker (`said`,
 * `wrote` …, not a participle), then a name or a description (not a pronoun) with its apposition to the sentence's
 * end (`said Dan Roe, director of the institute.`, `said an official who was briefed on the call.`)?
 */
function invertedAttributionAt(f: SentenceFacts, i: number, rules: AttributeRules): boolean {
  const cue = cueAt(f, i);
  if (!cue || cue.kind !== 'verb' || cue.first !== i || !rules.invertedVerbs.has(cue.lemma) || /ing$/u.test(cue.form)) return false;
  const m = speakerAfter(f, cue.last + 1, rules.phrases);
  if (!m || !m.mention || m.mention.pronoun) return false;
  return isLast(f, m.span.end, rules.phrases);
}

/**
 * `… was “a disgrace,” blaming Roe` · `…, which …` · `…, a subtle dig at …`: after a quotation's closing comma (token i),
 * an aside on the whole; not a list or titles that go on with more quotations (`a “loser,” a “liar” and …`).
 */
function asideAfterMarks(toks: readonly Token[], i: number, end: number, rules: AttributeRules): boolean {
  const t = toks[i]!;
  if (!t.word || t.quoted || t.cap) return false;
  if (t.lower === 'a' || t.lower === 'an') return !toks.slice(i + 1, end + 1).some((u) => u.quoted);
  return rules.phrases.words.relativePronouns.has(t.lower) || (/^[a-z]{3,}ing$/u.test(t.lower) && !rules.words.ingNotParticiples.has(t.lower));
}

/** `''Harbour Lights,'' which opened …`: the quotation that ends at token k is a title (every word capitalised). */
function quotedTitle(toks: readonly Token[], k: number, rules: AttributeRules): boolean {
  let open = k;
  while (open > 0 && toks[open - 1]!.quoted) open--;
  const words = toks.slice(open, k).filter((t) => t.word);
  return words.length > 0 && words.every((t) => t.cap || rules.words.titleSmallWords.has(t.lower));
}

/** Words that join two clauses without a comma: `A and Y said B`, `A while Y said B`. */
const JOINS = new Set(['and', 'but', 'while', 'whereas']);

/**
 * The first verb cue within eight tokens after token i, with only words, `.` or `-` before it (a subject's room);
 * with `apposition`, within eighteen tokens and commas allowed too (`John Smith, the state's budget director, warned`).
 */
function verbCueAfter(f: SentenceFacts, i: number, apposition = false): FoundCue | undefined {
  for (let k = i + 1; k <= i + (apposition ? 18 : 8) && k < f.tokens.length; k++) {
    const t = f.tokens[k - 1]!;
    if (!t.word && t.text !== '.' && t.text !== '-' && !(apposition && t.text === ',')) return undefined;
    const c = cueAt(f, k);
    if (c && c.kind === 'verb') return c;
  }
  return undefined;
}

/** Is the cue's subject the noun phrase that starts at token i? */
function subjectStartsAt(f: SentenceFacts, cue: FoundCue, i: number, rules: AttributeRules, strong = false): boolean {
  const m = speakerBefore(f, cue.first, rules.phrases, strong);
  return m !== null && m.span.start === f.tokens[i]!.start;
}

/**
 * Does an attribution with content of its own start at token i: a subject (after an optional `but`,
 * `while`, `though` …), a cue verb within eight words, then its content (not `, he said,`, not `he said.`)?
 */
function secondAttributionAt(f: SentenceFacts, i: number, rules: AttributeRules): boolean {
  const toks = f.tokens;
  const s = toks[i] && rules.words.clauseStart.has(toks[i]!.lower) ? i + 1 : i;
  if (!toks[s]?.word || toks[s]!.quoted) return false;
  const cue = verbCueAfter(f, s, true);
  // The subject has no quoted words and no dash (a trailing source may: `the “Times” reported`); a comma only
  // around an apposition after a name (`John Smith, the budget director, warned that`).
  if (!cue || toks.slice(s, cue.first).some((t) => t.quoted || t.text === '-')) return false;
  if (toks.slice(s, cue.first).some((t) => t.text === ',') && (!toks[s]!.cap || toks[cue.first - 1]?.text !== ',')) return false;
  const next = toks[cue.last + 1];
  if (!next || !next.word || next.quoted || isTrailingTail(f, cue.last + 1, rules)) return false;
  // A speech verb, or any cue with `that`: not `most people know people of …`, `Kasich’s showing will …`. After a
  // contrasting `while` any cue will do: `…, while 12 percent found it a burden`, `…, while the magazine counted only …`.
  const contrast = s > i && (toks[i]!.lower === 'while' || toks[i]!.lower === 'whereas');
  // After `and`, `but`, `though` a characterising or hearer verb with its object reports too: `…, and she blamed the
  // press for …`, `… and he accused the council of …` (issue 15); not `if elected, she would ask …` (no join).
  // Without a comma only after a subject pronoun (not `both he and Rubio promised`), and not `most recently`.
  const judged = s > i && rules.ends.judgingJoins.has(toks[i]!.lower) && (rules.characterisingVerbs.has(cue.lemma) || rules.hearerVerbs.has(cue.lemma)) &&
    (toks[i - 1]?.text === ',' || rules.words.subjectPronouns.has(toks[s]!.lower)) && !/ly$/u.test(toks[s + 1]?.lower ?? '');
  if (cue.weight < 0.9 && next.lower !== 'that' && !contrast && !judged) return false;
  // A bare plural (`activists warned that`) is a subject only before a speech verb.
  return subjectStartsAt(f, cue, s, rules, cue.weight >= 0.9);
}

/**
 * `…, with Sen. Jane Doe calling it “a mess”`, `… and Trump calling it “great”`: at token k, an absolute clause whose
 * subject opens right after `with` or `and` and whose participle is a saying or naming verb: an attribution of its own.
 */
function absoluteAttributionAt(f: SentenceFacts, k: number, rules: AttributeRules): boolean {
  const toks = f.tokens;
  const t = toks[k]!;
  if ((t.lower !== 'with' && t.lower !== 'and') || t.quoted) return false;
  const cue = verbCueAfter(f, k);
  if (!cue || cue.first <= k + 1 || !/ing$/u.test(cue.form) || rules.words.auxiliaries.has(toks[cue.first - 1]!.lower)) return false; // not `with what he was saying`
  if (cue.weight < 0.9 && !rules.smallClauseVerbs.has(cue.lemma) && !rules.characterisingVerbs.has(cue.lemma)) return false;
  return subjectStartsAt(f, cue, k + 1, rules);
}

/** A dash standing apart (` - `): ends a reported clause; a hyphen inside a word does not. */
function text0(f: SentenceFacts, t: Token): boolean {
  const i = indexOf(f, t);
  const prev = f.tokens[i - 1];
  const next = f.tokens[i + 1];
  return !!prev && !!next && prev.end < t.start && next.start > t.end;
}

/** The clause from the sentence start to just before token `end` (a comma). */
export function clauseBefore(f: SentenceFacts, end: number): Span | null {
  const toks = f.tokens;
  let a = Math.max(0, end - MAX_CONTENT_TOKENS);
  let b = end - 1;
  while (b >= a && !toks[b]!.word && toks[b]!.text !== '"' && toks[b]!.text !== "'") b--;
  const words = toks.slice(a, b + 1).filter((t) => t.word).length;
  if (words < 3 || b < a) return null;
  return { start: toks[a]!.start, end: toks[b]!.end };
}

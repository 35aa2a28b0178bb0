import type { Attribution, ClaimType, Paragraph, Quote, ResolvedSpeaker, Sentence, Span, SpeakerKind } from '../types.js';
import type { Token } from '../text/tokens.js';
import type { FoundMention } from './mentions.js';
import type { FoundCue } from './cues.js';
import type { ResolvedName, SpeakerMention } from './entities.js';
import { countWords, stripPossessive } from '../text/tokens.js';
import { findIndexBefore, findLastStartingBy } from '../text/span.js';

export interface ResolveRules {
  readonly patterns: ReadonlyMap<string, number>; // id → base confidence
  readonly gap: ReadonlySet<string>; // words between a speaker and its verb
  readonly circumstance: ReadonlySet<string>;
  readonly hearerVerbs: ReadonlySet<string>;
  readonly invertedVerbs: ReadonlySet<string>;
  readonly bareClauseVerbs: ReadonlySet<string>;
  readonly infinitiveVerbs: ReadonlySet<string>;
  readonly nounLikeVerbs: ReadonlySet<string>;
  readonly mostlyNouns: ReadonlySet<string>;
  readonly whClauseVerbs: ReadonlySet<string>;
  readonly labels: ReadonlySet<string>;
  readonly asVerbs: ReadonlySet<string>;
  readonly smallClauseVerbs: ReadonlySet<string>;
  readonly objectSenseVerbs: ReadonlySet<string>;
  readonly viewNouns: ReadonlySet<string>;
  readonly possessives: ReadonlyMap<string, { pronoun: string; gender: 'm' | 'f' | 'n' | null; plural: boolean }>; // `his` → `he`
  readonly functionWords: ReadonlySet<string>;
  readonly speakerNouns: ReadonlySet<string>;
  readonly words: SpeechWords;
}

/** Closed word classes the shapes read (src/rules/speech-words.ts), lowercase. */
export interface SpeechWords {
  readonly gerundLink: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly npLink: ReadonlySet<string>;
  readonly clauseBreak: ReadonlySet<string>;
  readonly descriptor: RegExp;
  readonly quantifierSpeakers: ReadonlySet<string>;
  readonly postModifier: ReadonlySet<string>;
  readonly clauseStart: ReadonlySet<string>;
  readonly whWords: ReadonlySet<string>;
  readonly subjectPronouns: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly circumstanceOnly: ReadonlySet<string>;
  readonly agentNoun: RegExp;
  readonly ageNoun: RegExp;
  readonly relativePronouns: ReadonlySet<string>;
  readonly clauseConjunctions: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  readonly headOpeners: ReadonlySet<string>;
  readonly headCircumstance: ReadonlySet<string>;
  readonly participlePrepositions: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly findingsNouns: ReadonlySet<string>;
  readonly lyNotAdverbs: ReadonlySet<string>;
  readonly timeGapDays: ReadonlySet<string>;
  readonly timeGapPeriods: ReadonlySet<string>;
  readonly timeGapLeads: ReadonlySet<string>;
  readonly introPrepositions: ReadonlySet<string>;
  readonly datelineAgencies: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
  readonly documentNouns: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly subjectDeterminers: ReadonlySet<string>;
  readonly quantityHeads: ReadonlySet<string>;
  readonly quantityUnits: ReadonlySet<string>;
  readonly quantityRatioLinks: readonly (readonly string[])[];
  readonly quantityApproximators: readonly (readonly string[])[];
  readonly number: RegExp;
  readonly notObjectStart: ReadonlySet<string>;
}

/** What the earlier stages found in one sentence. */
export interface SentenceFacts {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly FoundMention[];
  readonly cues: readonly FoundCue[];
}

export interface Found {
  content: Span;
  type: ClaimType | null; // null: from the quotation marks in the content
  speaker: SpeakerRef | null;
  cue: FoundCue | null;
  rule: string;
  factor: number; // multiplies the pattern's confidence
  sentence: number;
  quoteEnd?: number; // a quotation's claim: where the quotation ends (a next quotation may continue it)
}

/** A speaker as found: its span and the mention that names it (for resolution). */
export interface SpeakerRef {
  readonly span: Span;
  readonly mention: FoundMention | null; // null: a noun phrase without a known head
  readonly name: string | null; // set when inherited from an earlier claim
  readonly kind: SpeakerKind | null;
}

// A content is at most MAX_CONTENT_TOKENS and an attribution is looked for within WINDOW tokens of its quotation.
const WINDOW = 40;
const MAX_CONTENT_TOKENS = 400;
// What follows a trailing speaker (`…, said Steve Bell, senior director of …`) is read at most this far.
const APPOSITION_TOKENS = 40;
const MAX_SOURCE_TOKENS = 30; // after `according to`

/**
 * Find attributions: first around each quotation (who said it), then around each remaining cue
 * (reported speech). The entity stage then resolves their speakers to names.
 */
export function findAttributions(
  input: { text: string; paragraphs: readonly Paragraph[]; quotes: readonly Quote[]; facts: readonly SentenceFacts[] },
  rules: ResolveRules,
): Found[] {
  const { text, quotes, facts } = input;
  const found: Found[] = [];
  const usedCues = new Set<number>(); // cue start offsets
  const claimedQuotes = new Set<number>(); // quote starts that got a claim

  // 1. Quotations.
  let previous: Found | null = null;
  let coveredUntil = -1; // a mixed content already took the quotations up to here
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q]!;
    if (quote.start < coveredUntil) { claimedQuotes.add(quote.start); continue; }
    const openS = sentenceAt(facts, quote.open ? quote.open.start : quote.start);
    const closeS = sentenceAt(facts, quote.close ? quote.close.end - 1 : quote.end - 1);
    if (!openS || !closeS) continue;
    // An attribution stands near its quotation: look at most WINDOW tokens each way (linear on hostile text).
    const openAt = tokenIndexAtOrAfter(openS, quote.open?.start ?? quote.start);
    const before = openS.tokens.slice(Math.max(0, openAt - WINDOW), openAt);
    const closeAt = tokenIndexAtOrAfter(closeS, quote.close?.end ?? quote.end);
    const after = closeS.tokens.slice(closeAt, closeAt + WINDOW);
    const words = wordCount(text, quote);

    // A trailing attribution belongs to a quotation that opens its sentence (or follows a colon):
    // in `star of television’s “Scandal,” thanked Obama` the quotation is a title inside a clause.
    const lastBefore = before[before.length - 1];
    const opensSentence = !before.some((t) => t.word) || lastBefore!.text === ':' || lastBefore!.text === ',' ||
      before.every((t) => !t.word || rules.functionWords.has(t.lower)); // `But “…,” he said`
    const tail = opensSentence && endsUtterance(text, quote, after) ? trailing(after, closeS, rules) : null;
    const lead = tail ? null : leading(before, openS, facts, text, rules);
    const hit = tail ?? lead;
    const standalone = !before.some((t) => t.word) || hit !== null;
    if (hit) {
      if (hit.cue) usedCues.add(hit.cue.start);
      // `Obama said “there is love” in Orlando after …`: words after the quotation go on with the
      // content, which is then mixed.
      // After `X said, “…”` only a quotation that stops mid-clause (no punctuation of its own) runs on:
      // `in Crane’s view, “ICE lacks effective leadership” under an anti-union manager`.
      // A quotation that ends a sentence of its own (`shouted “You lie!” at the president`) does not run on.
      const quoted = text.slice(quote.start, quote.end);
      const runsOn = !/[.!?\u2026]['\u2019]?$/u.test(quoted) && (before[before.length - 1]?.text !== ',' || !/[,;:]['\u2019]?$/u.test(quoted));
      const more = hit === lead && lead.rule === 'name-cue-comma-quote' && runsOn ? clauseRunsOn(closeS, after, rules) : null;
      if (more) coveredUntil = more.end;
      // `In past campaigns, “we felt …,” he said.` · `The streets were deserted, he added, “but …”`: the
      // unquoted words that open the sentence are part of the content, which is then mixed.
      const head = more ? null : headBefore(openS, openAt, hit, hit === tail, rules);
      const content = more ? { start: quote.start, end: more.end } : head !== null ? { start: head, end: quote.end } : quote;
      const rule = head === null ? hit.rule : hit === tail ? 'head-quote-name-cue' : 'head-name-cue-quote';
      const f: Found = { content, type: more || head !== null ? null : 'direct', speaker: hit.speaker, cue: hit.cue, rule, factor: hit.factor, sentence: openS.sentence.index, quoteEnd: quote.end };
      found.push(f);
      claimedQuotes.add(quote.start);
      previous = f;
      continue;
    }
    if (!standalone || words < 3) continue; // part of a larger sentence (mixed, handled below) or scare quotes
    // 2. An unattributed quotation continues the previous speaker's, within the paragraph or the next one.
    if (previous && previous.speaker && previous.quoteEnd === previous.content.end && samePlace(facts, previous.sentence, openS.sentence, input.paragraphs, text, previous.content)) {
      const f: Found = { content: quote, type: 'direct', speaker: previous.speaker, cue: previous.cue, rule: 'quote-continued', factor: 0.9, sentence: openS.sentence.index, quoteEnd: quote.end };
      found.push(f);
      claimedQuotes.add(quote.start);
      previous = f;
      continue;
    }
    if (words >= 4) {
      found.push({ content: quote, type: 'direct', speaker: null, cue: null, rule: 'quote-unattributed', factor: 1, sentence: openS.sentence.index });
      claimedQuotes.add(quote.start);
    }
  }

  // 3. Reported speech around the remaining cues. The quotation claims are indexed by the sentences
  // their content touches, so each sentence looks only at its own.
  const bySentence = new Map<number, Found[]>();
  for (const x of found) {
    const a = sentenceAt(facts, x.content.start)?.sentence.index ?? 0;
    const b = sentenceAt(facts, Math.max(x.content.start, x.content.end - 1))?.sentence.index ?? a;
    for (let s = a; s <= b; s++) {
      const list = bySentence.get(s);
      if (list) list.push(x);
      else bySentence.set(s, [x]);
    }
  }
  for (const f of facts) {
    const here = bySentence.get(f.sentence.index) ?? [];
    let lastInSentence: Found | null = null;
    for (const x of here) if (x.cue && x.speaker && x.cue.start >= f.sentence.start && x.cue.end <= f.sentence.end) lastInSentence = x;
    // Nested cues are skipped (one attribution per token): contents are taken in order of start, and
    // `covered` is the furthest end of those that start before the cue. Linear in the sentence.
    const pending = here.filter((x) => x.rule !== 'quote-unattributed').sort((a, b) => a.content.start - b.content.start);
    let covered = -1;
    for (const cue of f.cues) {
      while (pending.length > 0 && pending[0]!.content.start <= cue.start) covered = Math.max(covered, pending.shift()!.content.end);
      if (usedCues.has(cue.start) || cue.end <= covered) continue;
      const r = reported(cue, f, rules, lastInSentence);
      if (!r || isNameList(f, r.content)) continue;
      usedCues.add(cue.start);
      // A content that is exactly a claimed quotation is already a direct claim.
      const q = quoteAround(quotes, r.content.start + 2);
      if (q && claimedQuotes.has(q.start) && q.end >= r.content.end - 2) continue;
      found.push(r);
      if (r.content.start <= cue.start) covered = Math.max(covered, r.content.end);
      else pending.splice(sortedIndex(pending, r.content.start), 0, r);
      lastInSentence = r;
    }
  }
  // 4. Block quotes: an attributing sentence ends in a colon, the next paragraph is unquoted.
  for (const b of blockQuotes(input, rules)) found.push(b);

  found.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  // One record per content span (two cues may reach the same clause): the first found stays.
  const unique = found.filter((x, i) => {
    const prev = found[i - 1];
    return !prev || prev.content.start !== x.content.start || prev.content.end !== x.content.end;
  });
  return withoutNested(unique, text);
}

/**
 * One attribution per word. A reported claim whose speaker and content lie inside another claim's content is
 * part of what that speaker said (`FALLIN: I think he is …`, `Most voters say …, according to a poll`):
 * dropped. A quotation with its own attribution inside (`Trump asserted that France had lost its identity:
 * “France is no longer France,” he claimed.`, `Albright urged women to …, saying, “…”`) ends the outer
 * content instead, which is dropped if fewer than three words are left; under `according to` the source
 * reports the quotation and its attribution, and both stay. `according to` reaches back only to the
 * nearest clause: past `, which` or `, who` the inner claim is not inside it.
 */
function withoutNested(list: readonly Found[], text: string): Found[] {
  const out: (Found | null)[] = []; // null: an outer content dropped after the fact
  let outerAt = -1; // index in `out` of the kept claim with the furthest content end so far (sorted by start)
  for (const a of list) {
    const o = outerAt >= 0 ? out[outerAt]! : null;
    if (o !== null && a.speaker !== null && a.content.end <= o.content.end) {
      const within = (s: Span) => s.start >= o.content.start && s.end <= o.content.end;
      const quotation = a.quoteEnd !== undefined && a.rule !== 'quote-continued' && o.quoteEnd === undefined;
      const according = o.cue?.lemma === 'according to';
      const scoped = according && a.cue !== null && /,\s*(?:which|who)\b/u.test(text.slice(a.cue.end, o.cue!.start));
      if (!scoped && (within(a.speaker.span) || (quotation && a.cue !== null && within(a.cue)))) {
        if (!quotation) continue;
        if (!according) {
          const cut = Math.min(...[a.content.start, a.speaker.span.start, a.cue?.start ?? Infinity].filter((x) => x >= o.content.start));
          const end = trimClauseEnd(text, o.content.start, cut);
          // Linear on hostile text: the truncated claim stays the outer one, or none is until the next.
          out[outerAt] = wordCount(text, { start: o.content.start, end }) >= 3 ? { ...o, content: { start: o.content.start, end } } : null;
          if (out[outerAt] === null) outerAt = -1;
        }
      }
    }
    out.push(a);
    if (outerAt < 0 || a.content.end > out[outerAt]!.content.end) outerAt = out.length - 1;
  }
  return out.filter((x): x is Found => x !== null);
}

/** Back from `end` over spaces, punctuation and words that only join (`, and`, `: `, `, which`). */
function trimClauseEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /[\s,;:\u2014\u2013("'\u201c\u2018-]/u.test(text[e - 1]!)) e--;
    const m = /\b(?:and|but|or|while|as|when|which|who|whom|because|after|before|so|then)$/u.exec(text.slice(Math.max(start, e - 8), e));
    if (!m) return e;
    e -= m[0].length;
  }
}

/** Are there at least n words among the first `end` tokens? (Stops as soon as there are.) */
function atLeastWords(toks: readonly Token[], end: number, n: number): boolean {
  let count = 0;
  for (let i = 0; i < end && count < n; i++) if (toks[i]!.word) count++;
  return count >= n;
}

function sortedIndex(list: readonly Found[], start: number): number {
  let i = list.length;
  while (i > 0 && list[i - 1]!.content.start > start) i--;
  return i;
}

/** The last quotation that starts at or before `offset` (quotations are sorted and do not overlap). */
function quoteAround(quotes: readonly Quote[], offset: number): Quote | null {
  return quotes[findIndexBefore(quotes, offset)] ?? null;
}

// ---------------------------------------------------------------- quotation shapes

interface Hit { speaker: SpeakerRef | null; cue: FoundCue | null; rule: string; factor: number }

/** `“…,” Crane said.` · `“…,” said Crane.` · `“…” — Crane` · `“…,” according to Crane.` */
function trailing(after: readonly Token[], f: SentenceFacts, rules: ResolveRules): Hit | null {
  let i = 0;
  while (i < after.length && (after[i]!.text === ',' || after[i]!.text === '"' || after[i]!.text === "'")) i++;
  const t = after[i];
  if (!t) return null;
  if (t.text === '-' && after[i + 1]) {
    const m = speakerAfter(f, indexOf(f, after[i + 1]!), rules);
    if (m && isLast(f, m.span.end, rules)) return { speaker: m, cue: null, rule: 'quote-dash-name', factor: 1 };
    return null;
  }
  if (!t.word) return null;
  const cueHere = cueStartingAt(f, t, rules);
  if (cueHere) {
    if (cueHere.lemma === 'according to') {
      const m = sourceAfter(f, cueHere.last + 1, rules);
      return m ? { speaker: m, cue: cueHere, rule: 'quote-according-to-name', factor: 1 } : null;
    }
    const m = speakerAfter(f, cueHere.last + 1, rules);
    if (m) return { speaker: m, cue: cueHere, rule: 'quote-comma-cue-name', factor: 1 };
    return null;
  }
  // speaker then cue: `Crane said`, `he added`, `the agency said in a statement`
  const ti = indexOf(f, t);
  const cue = f.cues.find((c) => c.kind === 'verb' && c.first > ti && c.first - ti <= 14);
  if (!cue) return null;
  const m = speakerBefore(f, cue.first, rules);
  if (!m || !descriptorsBetween(f, t.start, m.span.start)) return null;
  // The whole noun phrase as written: `White House press secretary Josh Earnest`.
  const speaker: SpeakerRef = { ...m, span: { start: Math.min(t.start, m.span.start), end: m.span.end } };
  return { speaker, cue, rule: 'quote-comma-name-cue', factor: 1 };
}

/** `Crane said: “…”` · `Crane argued, “…”` · `Crane told In These Times:` (then the quotation). */
function leading(before: readonly Token[], f: SentenceFacts, facts: readonly SentenceFacts[], text: string, rules: ResolveRules): Hit | null {
  if (before.some((t) => t.word)) {
    const last = before[before.length - 1]!;
    // The last cue in the window before the quotation.
    let cue: FoundCue | undefined;
    for (let k = indexOf(f, last); k >= indexOf(f, before[0]!) && !cue; k--) cue = cueAt(f, k);
    if (!cue) return last.text === ':' ? nameColon(f, indexOf(f, last), rules) : null;
    const between = before.filter((t) => t.start >= cue.end);
    const colon = last.text === ':';
    const comma = last.text === ',';
    const hearer = comma && rules.hearerVerbs.has(cue.lemma) && between.length <= 7 && between.every((t) => !t.quoted);
    if (between.length === 0 || (between.length === 1 && (colon || comma)) || (colon && between.length <= 14) || hearer) {
      const m = speakerForCue(f, cue, rules);
      if (!m) return null;
      return { speaker: m, cue, rule: colon ? 'name-cue-colon-quote' : 'name-cue-comma-quote', factor: 1 };
    }
    return null;
  }
  // The quotation opens its sentence: an attributing sentence ending in a colon just before it?
  const prev = facts[f.sentence.index - 1];
  if (!prev) return null;
  const lastTok = prev.tokens[prev.tokens.length - 1];
  if (!lastTok || lastTok.text !== ':' || !onlySpace(text, prev.sentence.end, f.sentence.start)) return null;
  const cue = prev.cues[prev.cues.length - 1];
  if (!cue) return nameColon(prev, prev.tokens.length - 1, rules);
  const m = speakerForCue(prev, cue, rules);
  if (!m) return null;
  return { speaker: m, cue, rule: 'colon-intro-quote', factor: 1 };
}

/**
 * Where the content starts when unquoted words open the sentence before a quotation and its attribution:
 * `In past campaigns, “…,” he said.` (a trailing attribution) or `The streets were deserted, he added, “but
 * …”` (the attribution interrupts). Not when they are a circumstance (`When asked about it, he said, “…”`),
 * hold another quotation or a cue, or are only openers (`But “…,” he said`). Null: the quotation alone.
 */
function headBefore(f: SentenceFacts, openAt: number, hit: Hit, trailingHit: boolean, rules: ResolveRules): number | null {
  const toks = f.tokens;
  let end = openAt; // the head is toks[a, end)
  if (!trailingHit) {
    if (hit.rule !== 'name-cue-comma-quote' || !hit.speaker) return null;
    end = tokenIndexAtOrAfter(f, hit.speaker.span.start);
    if (toks[end - 1]?.text !== ',') return null;
  }
  if (end > WINDOW) return null;
  let a = 0;
  while (a < end && (toks[a]!.word ? rules.words.headOpeners.has(toks[a]!.lower) : toks[a]!.text === ',')) a++;
  if (a >= end || !toks[a]!.word || rules.words.headCircumstance.has(toks[a]!.lower)) return null;
  let words = 0;
  for (let k = a; k < end; k++) {
    const t = toks[k]!;
    if (t.quoted || !(t.word || t.text === ',' || t.text === '.' || t.text === '-' || t.text === '$' || t.text === '%')) return null;
    if (t.word) {
      if (cueAt(f, k)) return null;
      words++;
    }
  }
  if (words < (trailingHit ? 1 : 2)) return null;
  // An interrupting attribution follows a clause (`The streets were deserted, he added, “…”`), not a
  // circumstance without a verb of its own (`Holding open a book, Beck said, “…”`, `Less than 30 minutes later, …`).
  if (!trailingHit && !hasClause(toks, { start: toks[a]!.start, end: toks[end - 1]!.end }, rules)) return null;
  return toks[a]!.start;
}

/** Who a cue's speaker is: after `according to`, the subject of a participle's clause, else before or after the verb. */
function speakerForCue(f: SentenceFacts, cue: FoundCue, rules: ResolveRules): SpeakerRef | null {
  if (cue.kind === 'phrase') return sourceAfter(f, cue.last + 1, rules);
  const m = speakerBefore(f, cue.first, rules);
  if (m) return documentSender(f, cue, m, rules) ?? m;
  if (rules.words.gerundLink.has(cue.form) && linksParticiple(f.tokens[cue.first - 1], rules)) return sentenceSubject(f, cue.first, rules);
  return speakerAfter(f, cue.last + 1, rules);
}

/** `Pew Research: “…”`, `More from Blumenthal and Cohen: “…”`: a name right before the colon introduces the quotation. */
function nameColon(f: SentenceFacts, colonAt: number, rules: ResolveRules): Hit | null {
  const colon = f.tokens[colonAt];
  if (!colon || colon.text !== ':') return null;
  const m = mentionEndingAt(f, colonAt - 1);
  if (!m || m.pronoun) return null;
  // In the headline, a name the lexicon does not know (`Gingrich: ‘…’`) when it opens the line and is no
  // label (`Update:`); below it a place or a list heading (`Iowa: “…”`) is as likely.
  const opensLine = f.sentence.paragraph === 0 && m.first === 0 && m.last - m.first <= 5 && !rules.labels.has(m.name.toLowerCase()) && /^\p{Lu}/u.test(m.name);
  if (m.kind !== 'person' && m.kind !== 'organization' && !(m.kind === 'other' && opensLine)) return null;
  const cue: FoundCue = { start: colon.start, end: colon.end, lemma: ':', weight: 0.7, kind: 'phrase', sentence: f.sentence.index, first: colonAt, last: colonAt, form: ':' };
  return { speaker: { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null }, cue, rule: 'name-colon-quote', factor: 1 };
}

// ---------------------------------------------------------------- reported speech

function reported(cue: FoundCue, f: SentenceFacts, rules: ResolveRules, lastInSentence: Found | null): Found | null {
  const toks = f.tokens;
  if (cue.kind === 'phrase') {
    // According to X, CLAUSE  ·  CLAUSE, according to X.
    const m = sourceAfter(f, cue.last + 1, rules);
    if (!m) return null;
    const mEnd = tokenIndexAtOrAfter(f, m.span.end);
    if (!atLeastWords(toks, cue.first, 3) && toks[mEnd]?.text === ',') {
      const content = clauseAfter(f, mEnd + 1, rules);
      if (!content) return null;
      return mk(content, m, cue, 'according-to-name-clause', 1, f);
    }
    if (toks[cue.first - 1]?.text === ',') {
      const content = clauseBefore(f, cue.first - 1);
      if (!content) return null;
      return mk(content, m, cue, 'clause-according-to-name', 1, f);
    }
    return null;
  }
  if (cue.kind === 'noun') return nounCue(cue, f, rules);
  // A participle linking a second content to the same speaker: `…, adding that B`.
  if (rules.words.gerundLink.has(cue.form) && linksParticiple(toks[cue.first - 1], rules)) {
    const speaker = lastInSentence?.speaker ?? sentenceSubject(f, cue.first, rules);
    if (!speaker) return null;
    const at = skipHearer(f, cue, rules);
    if (toks[at]?.lower === 'to' && !rules.infinitiveVerbs.has(cue.lemma)) return null; // `adding to her lead`
    const content = clauseAfter(f, at, rules);
    if (!content) return null;
    return mk(content, speaker, cue, 'adding-that-clause', lastInSentence?.speaker ? 1 : 0.85, f);
  }
  if (isPassive(f, cue, rules)) return null; // `is expected to`, `was first reported by MSNBC`: the source is not the subject
  // `30 states with`, `a swing state, said`, `the report`: base and -s forms of these are nouns unless
  // `that` or a colon follows.
  // `that` saves the verb reading unless an auxiliary follows it: `Rust Belt states that have suffered` is a noun
  // with a relative clause.
  // `Bush called Trump “unhinged.”`, `Trump calls Cruz “a liar”`: a naming verb with an object and a quoted complement
  // (base and -s forms then count after a name or a pronoun only, as other noun-like verbs do).
  const smallEnd = rules.smallClauseVerbs.has(cue.lemma) ? smallClauseEnd(f, cue.last + 1, rules) : null;
  const small = smallEnd !== null;
  if (!small && rules.mostlyNouns.has(cue.lemma) && (cue.form === cue.lemma || cue.form === cue.lemma + 's') &&
    ((toks[cue.last + 1]?.lower !== 'that' && toks[cue.last + 1]?.text !== ':') || rules.words.auxiliaries.has(toks[cue.last + 2]?.lower ?? ''))) return null;
  let subject = speakerBefore(f, cue.first, rules, cue.weight >= 0.9);
  // `… with voters, candidates have more room, said Steve Grubbs, an Iowa operative.`: a “subject” with a clause of
  // its own is the content; the name that ends the sentence after the saying verb is the speaker.
  if (subject && rules.invertedVerbs.has(cue.lemma) && hasClauseSign(toks, subject.span, rules)) {
    const inverted = clauseCommaCueName(cue, f, rules, true);
    if (inverted) return inverted;
  }
  if (subject) subject = documentSender(f, cue, subject, rules) ?? subject;
  let coordinated = false;
  if (!subject && (toks[cue.first - 1]?.lower === 'and' || toks[cue.first - 1]?.lower === 'but') && (cue.weight >= 0.7 || small)) {
    // `Conway rejected the idea and said that …`: the subject of the first verb.
    subject = lastInSentence?.speaker ?? sentenceSubject(f, cue.first, rules);
    coordinated = subject !== null;
  }
  if (subject) {
    const next = toks[cue.last + 1];
    // `…, Crane said.` – a trailing attribution: the content is before.
    if (!next || next.text === '.' || next.text === '!' || isTrailingTail(f, cue.last + 1, rules)) {
      const content = coordinated ? null : contentBeforeSubject(f, subject);
      return content ? mk(content, subject, cue, 'clause-comma-name-cue', 1, f) : null;
    }
    const start = skipHearer(f, cue, rules);
    const hearer = start > cue.last + 1;
    const first = toks[start];
    if (!first || isTrailingTail(f, start, rules)) {
      // `…, Smith told Bloomberg in late May.`: only circumstances follow; the content is before.
      const content = coordinated ? null : contentBeforeSubject(f, subject);
      return content ? mk(content, subject, cue, 'clause-comma-name-cue', 1, f) : null;
    }
    // `The plan, Smith said, is bad.`: the attribution interrupts the content.
    const subjectAt = tokenIndexAtOrAfter(f, subject.span.start);
    if (first.text === ',' && toks[subjectAt - 1]?.text === ',' && !coordinated && subjectAt <= MAX_CONTENT_TOKENS && atLeastWords(toks, subjectAt - 1, 2)) {
      const rest = clauseAfter(f, start + 1, rules);
      if (rest) return mk({ start: toks[0]!.start, end: rest.end }, subject, cue, 'clause-name-cue-clause', 1, f);
    }
    const that = first.lower === 'that' || toks[start - 1]?.lower === 'that';
    const infinitive = first.lower === 'to' && rules.infinitiveVerbs.has(cue.lemma) && cue.weight >= 0.6; // not `wants to`
    const wh = rules.words.whWords.has(first.lower) && rules.whClauseVerbs.has(cue.lemma);
    const opens = first.text === ':' || first.text === ',' || first.quoted;
    const bare = !that && !infinitive && !opens && !wh;
    // `30 states with`, `his home state of` are nouns; after a name or pronoun (`the Daily News claims`) a verb.
    const nounForm = rules.nounLikeVerbs.has(cue.lemma) && (cue.form === cue.lemma || cue.form === cue.lemma + 's' || cue.form === cue.lemma + 'es');
    const namedSubject = !!subject.mention && (subject.mention.pronoun || /^\p{Lu}/u.test(subject.mention.name));
    if (nounForm && bare && !namedSubject) return null;
    if (bare && !small && !rules.bareClauseVerbs.has(cue.lemma) && cue.weight < 0.7) return null;
    const content = clauseAfter(f, start, rules);
    if (!content) return null;
    // `…, a spokesman told the Post.`, `Dean Tells Democratic Convention`: what follows a hearer verb is only
    // the hearer (a short noun phrase that ends the sentence); the content is before.
    if (bare && !hearer && rules.hearerVerbs.has(cue.lemma) && isLast(f, content.end, rules) && isShortObject(toks, content, rules)) {
      const before = coordinated ? null : contentBeforeSubject(f, subject);
      return before ? mk(before, subject, cue, 'clause-comma-name-cue', 1, f) : null;
    }
    // `described the meeting in detail` is an object, not content: describing verbs need `as` or a quotation.
    if (bare && rules.asVerbs.has(cue.lemma) && !toks.some((t) => t.start >= content.start && t.end <= content.end && (t.lower === 'as' || t.quoted))) return null;
    // `found a way`, `added 1 million jobs`, `maintained his lead`: without `that` these verbs take an object,
    // unless a clause follows (`found he was wrong`) or the subject reports findings (`the poll found 90 percent support`).
    if (bare && rules.objectSenseVerbs.has(cue.lemma) && !hasClause(toks, content, rules) && !(cue.lemma === 'find' && reportsFindings(f, subject.span, rules))) return null;
    // The complement ends with its quotation: `called the system “rigged” in a tweet, and …` stops at `”`.
    if (bare && smallEnd !== null && !coordinated) return mk({ start: content.start, end: Math.min(content.end, smallEnd) }, subject, cue, 'name-cue-object-quote', 1, f);
    return mk(content, subject, cue, coordinated ? 'and-cue-that-clause' : hearer ? 'name-cue-hearer-that-clause' : 'name-cue-that-clause', (that ? 1 : 0.9) * (coordinated ? 0.9 : 1), f);
  }
  return clauseCommaCueName(cue, f, rules, false);
}

/**
 * `…, said Crane.` · `…, said Steve Bell, senior director of economic policy at X.` · with a quotation that ends the
 * content, which is then mixed: `The plans are “profoundly irresponsible,” said Steve Bell.` · the attribution
 * interrupting: `The paradox of Nancy, says Carl Anthony, historian at the library, is that …`. `named`: only a
 * name (no pronoun or nominal) that ends the sentence, alone or with its apposition.
 */
function clauseCommaCueName(cue: FoundCue, f: SentenceFacts, rules: ResolveRules, named: boolean): Found | null {
  const toks = f.tokens;
  const prev = toks[cue.first - 1];
  if (!prev || /ing$/u.test(cue.form)) return null; // a participle does not come before its subject: `…,” adding that the person …`
  const closing = !toks[cue.first]!.quoted && commaBeforeMarks(toks, cue.first - 1);
  if (prev.text !== ',' && !closing) return null;
  const m = speakerAfter(f, cue.last + 1, rules);
  if (!m) return null;
  const at = tokenIndexAtOrAfter(f, m.span.end);
  const b = afterApposition(f, at, rules);
  let wordsAfter = false;
  for (let k = at; k < toks.length && !wordsAfter; k++) wordsAfter = toks[k]!.word;
  if (named && (!m.mention || m.mention.pronoun || !/^\p{Lu}/u.test(m.mention.name) || (wordsAfter && b !== toks.length))) return null;
  // The attribution interrupts the content, which goes on after the speaker's apposition.
  if (!closing && b >= 0 && b < toks.length && cue.first - 1 <= MAX_CONTENT_TOKENS && atLeastWords(toks, cue.first - 1, 2)) {
    const rest = clauseAfter(f, b, rules);
    if (rest) return mk({ start: toks[0]!.start, end: rest.end }, m, cue, 'clause-cue-name-clause', 1, f);
  }
  // After a closing quotation mark the content is complete, so a comma may follow the speaker (`Ms. Brainard is
  // “not a backslapper,” said Mr. Sperling, but she …`); a pronoun there is a clause's subject unless it ends the
  // sentence (`on a “bad earpiece,” claiming he had …`).
  const pronounClause = closing && !!m.mention?.pronoun && wordsAfter;
  if (!pronounClause && ((closing && b >= 0) || isLast(f, m.span.end, rules))) {
    const content = clauseBefore(f, closing ? cue.first : cue.first - 1);
    if (content) return mk(content, m, cue, 'clause-comma-cue-name', 1, f);
  }
  return null;
}

/** `,”` · `,''`: a quotation's closing marks (one or two) end at token k, after a comma inside them. */
function commaBeforeMarks(toks: readonly Token[], k: number): boolean {
  let i = k;
  while (i > k - 2 && i >= 0 && toks[i]!.quoted && (toks[i]!.text === '"' || toks[i]!.text === "'")) i--;
  return i < k && toks[i]?.text === ',';
}

/**
 * `His office put out a statement saying …`, `she sent an email saying, “…”`: before a participle a document
 * noun is the object of the clause's verb, and the speaker is that verb's subject (null: none found, or the
 * noun phrase is no such object, as in `In her statement condemning …`).
 */
function documentSender(f: SentenceFacts, cue: FoundCue, found: SpeakerRef, rules: ResolveRules): SpeakerRef | null {
  if (cue.kind !== 'verb' || !cue.form.endsWith('ing')) return null;
  const toks = f.tokens;
  let head = cue.first - 1; // past adverbs: `a letter strongly disputing`
  while (head >= 0 && toks[head]!.word && !toks[head]!.cap && /ly$/u.test(toks[head]!.lower)) head--;
  if (head < 0 || toks[head]!.end > found.span.end || toks[head]!.start < found.span.start) return null;
  if (!rules.words.documentNouns.has(toks[head]!.lower) || toks[head]!.quoted) return null;
  // Back over the document's modifiers (`a celebratory White House memo`) to its determiner; a person is no modifier.
  let v = -1;
  for (let k = head - 1; k >= Math.max(0, head - 5) && v < 0; k--) {
    const t = toks[k]!;
    if (!t.word || t.quoted) return null;
    if (rules.words.determiners.has(t.lower) || /'s$/u.test(t.lower)) v = k - 1;
    else if (mentionsEndingAt(f, k).some((x) => x.pronoun || x.kind === 'person')) v = k + 1;
  }
  if (v === head) v = -1;
  if (v < 0 && toks[head - 1] && !rules.words.determiners.has(toks[head - 1]!.lower)) v = /s$/u.test(toks[head]!.lower) ? head - 1 : -1; // `issued statements`
  if (toks[v] && rules.words.particles.has(toks[v]!.lower)) v--; // `put out`, `sent out`
  const verb = toks[v];
  if (!verb || !verb.word || verb.cap || verb.quoted || rules.functionWords.has(verb.lower) || rules.words.auxiliaries.has(verb.lower) || rules.words.determiners.has(verb.lower)) return null;
  return speakerBefore(f, v, rules) ?? sentenceSubject(f, v, rules);
}

/**
 * Where the small clause of a naming verb from token i ends (null: none): an object of one to eight unquoted words, none a cue or an
 * auxiliary, not opened by a preposition, a particle or `a`/`an` (not `called for`, `called on Congress`, `called
 * off`, `called a news conference`), then a quotation: `Trump “unhinged”`, `the statement “offensive”`, `Graham a
 * “jackass”`. Not `called him to say “…”` (`to`) nor `a group called “Friends of …”` (no object).
 */
function smallClauseEnd(f: SentenceFacts, i: number, rules: ResolveRules): number | null {
  const toks = f.tokens;
  const first = toks[i];
  if (!first || !first.word || first.quoted || rules.words.notObjectStart.has(first.lower)) return null;
  for (let k = i; k < toks.length && k <= i + 8; k++) {
    const t = toks[k]!;
    if (t.quoted) {
      while (toks[k + 1]?.quoted) k++;
      return toks[k]!.end;
    }
    if (!t.word || t.lower === 'to' || rules.words.auxiliaries.has(t.lower) || cueAt(f, k)) return null;
  }
  return null;
}

/** `, adding that …` · `before adding that …` · `while arguing …` · `by suggesting …`: a participle on the clause's subject. */
function linksParticiple(prev: Token | undefined, rules: ResolveRules): boolean {
  return !!prev && (prev.text === ',' || (!prev.cap && rules.words.participlePrepositions.has(prev.lower)));
}

/**
 * Does the span hold a clause or a small clause of its own, tagger-free: a subject pronoun, an auxiliary, or a
 * verb form after its first word (`Democrats favored Clinton`, `the area welcoming`, `Trump the winner, followed by`).
 */
function hasClause(toks: readonly Token[], span: Span, rules: ResolveRules): boolean {
  let prev: Token | null = null;
  for (let k = firstTokenFrom(toks, span.start); k < toks.length; k++) {
    const t = toks[k]!;
    if (t.end > span.end) break;
    if (t.quoted) continue;
    if (clauseSign(t, rules)) return true;
    // not after a determiner: `a commanding lead`, `the embattled senator` are adjectives
    if (prev && !rules.words.determiners.has(prev.lower) && !t.cap && /^[a-z]{3,}(?:ed|ing)$/u.test(t.lower)) return true;
    if (t.word) prev = t;
  }
  return false;
}

/** A subject pronoun, an auxiliary or a contraction (`he's`): a clause stands here. */
function clauseSign(t: Token, rules: ResolveRules): boolean {
  return !t.quoted && (rules.words.subjectPronouns.has(t.lower) || rules.words.auxiliaries.has(t.lower) || /^(?:he|she|they|we|i|you|it|there)'/u.test(t.lower));
}

/** `the poll`, `a new study`, `investigators`: a subject whose findings are reported (its last word). */
function reportsFindings(f: SentenceFacts, span: Span, rules: ResolveRules): boolean {
  let last: Token | undefined;
  for (let k = tokenIndexAtOrAfter(f, span.start); k < f.tokens.length && f.tokens[k]!.end <= span.end; k++) if (f.tokens[k]!.word) last = f.tokens[k];
  return last !== undefined && rules.words.findingsNouns.has(stripPossessive(last.lower));
}

/** At most six words, no clause, no infinitive (`asked the court to intervene`), no quotation or colon: a hearer. */
function isShortObject(toks: readonly Token[], span: Span, rules: ResolveRules): boolean {
  let words = 0;
  for (let k = firstTokenFrom(toks, span.start); k < toks.length; k++) {
    const t = toks[k]!;
    if (t.end > span.end) break;
    if (t.quoted || t.text === ':' || t.lower === 'to') return false;
    if (t.word) words++;
  }
  return words <= 6 && !hasClause(toks, span, rules);
}

/** `Iowa, New Hampshire, South Carolina and Nevada`: a list of four or more names is not something said. */
function isNameList(f: SentenceFacts, span: Span): boolean {
  let items = 1;
  let words = 0;
  for (let k = tokenIndexAtOrAfter(f, span.start); k < f.tokens.length; k++) {
    const t = f.tokens[k]!;
    if (t.end > span.end) break;
    if (t.text === ',' || t.lower === 'and' || t.text === '&') { if (words > 0) items++; words = 0; continue; }
    if (!t.word) continue;
    if (!t.cap && t.lower !== 'of' && t.lower !== 'the') return false;
    words++;
  }
  return items >= 4;
}

/**
 * Cue nouns. `In Crane’s view, CLAUSE` · `CLAUSE, in Crane’s view.` · `in the view of the union, CLAUSE` ·
 * `Crane’s statement that CLAUSE` · `his claim that CLAUSE` · `the claim that CLAUSE` (no speaker: shown with --all).
 */
function nounCue(cue: FoundCue, f: SentenceFacts, rules: ResolveRules): Found | null {
  const toks = f.tokens;
  const of = toks[cue.last + 1]?.lower === 'of' && toks[cue.first - 1]?.lower === 'the';
  const speaker = of ? speakerAfter(f, cue.last + 2, rules) : possessor(f, cue.first - 1, rules);
  if (rules.viewNouns.has(cue.lemma)) {
    if (!speaker) return null;
    const after = of ? tokenIndexAtOrAfter(f, speaker.span.end) : cue.last + 1;
    if (toks[after]?.text === ',') {
      const content = clauseAfter(f, after + 1, rules);
      return content ? mk(content, speaker, cue, 'in-name-view-clause', 1, f) : null;
    }
    let inAt = cue.first - 1;
    while (inAt >= 0 && toks[inAt]!.lower !== 'in') inAt--;
    if (toks[inAt - 1]?.text === ',' && isLast(f, toks[after - 1]?.end ?? cue.end, rules)) {
      const content = clauseBefore(f, inAt - 1);
      return content ? mk(content, speaker, cue, 'clause-in-name-view', 1, f) : null;
    }
    return null;
  }
  // `the claim that was made`: an auxiliary after `that` makes it a relative clause.
  if (rules.words.auxiliaries.has(toks[cue.last + 2]?.lower ?? '')) return null;
  let content = clauseAfter(f, cue.last + 2, rules);
  if (!content) return null;
  // As the sentence's subject (`Crane’s statement that the policy is wrong drew fire`) the clause ends where
  // the main verb starts, which only a comma shows here.
  const phraseStart = speaker && !of ? tokenIndexAtOrAfter(f, speaker.span.start) : cue.first - 1;
  if (phraseStart <= 1) {
    let comma = -1;
    for (let k = cue.last + 3; k < toks.length && toks[k]!.start < content.end && comma < 0; k++) if (toks[k]!.text === ',') comma = k;
    if (comma < 0) return null;
    content = { start: toks[cue.last + 2]!.start, end: toks[comma - 1]!.end };
  }
  return { content, type: null, speaker, cue, rule: 'name-noun-that-clause', factor: speaker ? 1 : 0.5, sentence: f.sentence.index };
}

/** The speaker a possessive names: `Crane’s`, `the union’s`, `his` (a pronoun, resolved as `he`). */
function possessor(f: SentenceFacts, k: number, rules: ResolveRules): SpeakerRef | null {
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

/** The first name, pronoun or nominal of the sentence, before token `limit`: the subject a participle hangs on. */
function sentenceSubject(f: SentenceFacts, limit: number, rules: ResolveRules): SpeakerRef | null {
  // The first mention of the sentence, when it opens it: a name (known to the lexicon or not), a
  // pronoun, or a nominal (`Fiorina was upfront …, saying …`, `He criticized X, saying …`).
  // A dateline and introductory phrases come first: `WASHINGTON — Sen. Bernie Sanders defended …, saying`,
  // `At Sunday night’s debate, Sanders compared himself …, saying`.
  const from = subjectStart(f, limit, rules);
  const m = f.mentions.find((x) => !x.quoted && x.first >= from && x.last < limit);
  if (!m || m.first > from + 3) return nounPhraseSubject(f, from, limit, rules); // `Beyond the footage, the affidavit cited …`
  if ((m.pronoun && !rules.words.subjectPronouns.has(m.name.toLowerCase()))) return null;
  if (!m.pronoun && m.kind === 'other' && !/^\p{Lu}/u.test(m.name)) return null;
  return { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null };
}

/**
 * A subject no mention names: an article or a possessive and up to four lowercase words, then a verb (a cue, an
 * auxiliary, a word in -ed): `the affidavit cited …`, `The billionaire businessman began by …`. kind `other`.
 */
function nounPhraseSubject(f: SentenceFacts, from: number, limit: number, rules: ResolveRules): SpeakerRef | null {
  const toks = f.tokens;
  const det = toks[from];
  if (!det || !det.word || det.quoted || !rules.words.subjectDeterminers.has(det.lower)) return null;
  let k = from + 1;
  while (k < limit && k <= from + 4) {
    const t = toks[k]!;
    if (!t.word || t.quoted || t.cap || rules.functionWords.has(t.lower) || rules.gap.has(t.lower) || rules.words.auxiliaries.has(t.lower) || cueAt(f, k) || /ed$/u.test(t.lower)) break;
    k++;
  }
  if (k === from + 1 || k >= limit) return null;
  const next = toks[k]!;
  if (!(rules.words.auxiliaries.has(next.lower) || rules.gap.has(next.lower) || cueAt(f, k) || /^[a-z]+ed$/u.test(next.text))) return null;
  const head = toks[k - 1]!;
  const mention = phraseMention(f, from, k - 1, from + 1, from + 1, /s$/u.test(head.lower));
  return { span: { start: det.start, end: head.end }, mention, name: null, kind: null };
}

/**
 * Where the subject may start: after a dateline (`ORLANDO, Fla. (Reuters) -`) and after introductory phrases
 * that end in a comma, within 14 tokens: a circumstance or a preposition (`At a campaign event in Ames,`,
 * `Speaking at a town hall event in Salem,`, `Despite the loss,`), a state after its town (`Salem, New
 * Hampshire,`), one after the other (`…, Iowa, on Sunday, Mrs. Clinton`). The subject itself is not skipped.
 */
function subjectStart(f: SentenceFacts, limit: number, rules: ResolveRules): number {
  const toks = f.tokens;
  let from = datelineEnd(f, rules);
  for (let pieces = 0; pieces < 4 && from < limit; pieces++) {
    const t = toks[from]!;
    let next = -1;
    if (toks[from - 1]?.text === ',' && from > 1 && toks[from - 2]!.cap) next = stateEnd(toks, from, rules);
    if (next < 0 && isIntroWord(f, from, rules)) {
      for (let k = from + 1; k < Math.min(limit, from + 14) && next < 0; k++) {
        if (toks[k]!.quoted) break;
        if (toks[k]!.text === ',') next = k + 1;
      }
    }
    if (next < 0 || next >= limit || !t.word) break;
    from = next;
  }
  return from;
}

/** Does an introductory phrase start at token i: a circumstance (`At`, `When`, `Speaking`) or a preposition (`Despite`)? */
function isIntroWord(f: SentenceFacts, i: number, rules: ResolveRules): boolean {
  const t = f.tokens[i];
  return !!t && t.word && !t.quoted && (rules.words.headCircumstance.has(t.lower) || rules.words.introPrepositions.has(t.lower));
}

/** `New Hampshire,` after `in Salem,`: a state of one to three words and its comma; the token after the comma, or -1. */
function stateEnd(toks: readonly Token[], i: number, rules: ResolveRules): number {
  const words: string[] = [];
  for (let k = i; k < Math.min(toks.length, i + 4); k++) {
    const t = toks[k]!;
    if (t.text === ',') return words.length > 0 && rules.words.states.has(words.join(' ')) ? k + 1 : -1;
    if (t.text === '.' && words.length > 0) continue; // `Fla.`
    if (!t.word || !t.cap || t.quoted) return -1;
    words.push(t.lower);
  }
  return -1;
}

/**
 * The token after a dateline, or 0: a place in capitals or one followed by a news agency, then a dash
 * (`WASHINGTON —`, `DECATUR, Ill. —`, `PARIS, Aug 31 (Reuters) -`, `New York (AFP) –`).
 */
function datelineEnd(f: SentenceFacts, rules: ResolveRules): number {
  const toks = f.tokens;
  let agency = false;
  let capitals = true; // the place, up to its first comma, in capitals: `NEW YORK`, `ST. LOUIS`
  let inPlace = true;
  for (let k = 0; k < Math.min(toks.length - 1, 14); k++) {
    const t = toks[k]!;
    if (t.quoted) return 0;
    if (t.text === '-') return k > 0 && toks[k + 1]!.word && (agency || capitals) ? k + 1 : 0;
    if (t.text === '(') {
      if (!rules.words.datelineAgencies.has(toks[k + 1]?.lower ?? '') || toks[k + 2]?.text !== ')') return 0;
      agency = true;
      inPlace = false;
      k += 2;
      continue;
    }
    if (t.word ? !(t.cap || /^\d/u.test(t.text)) : t.text !== ',' && t.text !== '.') return 0;
    if (t.text === ',') inPlace = false;
    if (inPlace && t.word && !/^\p{Lu}{2,}$/u.test(t.text.replace(/[.'-]/gu, ''))) capitals = false;
  }
  return 0;
}

/**
 * A past participle after a form of `be`: `is expected to`, `was told that`, `has been said`, `was first
 * reported by MSNBC`. With or without an agent, the subject is not the source.
 */
function isPassive(f: SentenceFacts, cue: FoundCue, rules: ResolveRules): boolean {
  if (cue.kind !== 'verb') return false;
  const agent = f.tokens[cue.last + 1]?.lower === 'by';
  if (!agent && (cue.form === cue.lemma || /s$|ing$/u.test(cue.form) && !/ss$/u.test(cue.form))) return false;
  let k = cue.first - 1;
  while (k >= 0 && (/ly$/u.test(f.tokens[k]!.lower) || (agent && f.tokens[k]!.lower === 'first'))) k--;
  return rules.words.be.has(f.tokens[k]?.lower ?? '');
}

function mk(content: Span, speaker: SpeakerRef, cue: FoundCue | null, rule: string, factor: number, f: SentenceFacts): Found {
  return { content, type: null, speaker, cue, rule, factor, sentence: f.sentence.index };
}

/**
 * The content before a trailing `, X said`: from the sentence's start to the comma before the speaker,
 * or to the closing mark when the comma is inside it (`The plan was “a disaster,” Smith said.`).
 */
function contentBeforeSubject(f: SentenceFacts, subject: SpeakerRef): Span | null {
  const at = tokenIndexAtOrAfter(f, subject.span.start);
  const prev = f.tokens[at - 1];
  if (!prev) return null;
  if (prev.text === ',') return clauseBefore(f, at - 1);
  if ((prev.text === '"' || prev.text === "'") && f.tokens[at - 2]?.text === ',') return clauseBefore(f, at);
  return null;
}

/** After a hearer verb, skip its object: `told reporters`, `told The Federal Drive with Tom Temin`. */
function skipHearer(f: SentenceFacts, cue: FoundCue, rules: ResolveRules): number {
  const toks = f.tokens;
  let i = cue.last + 1;
  if (!rules.hearerVerbs.has(cue.lemma)) return i;
  const limit = Math.min(toks.length, i + 12);
  for (let k = i; k < limit; k++) {
    const t = toks[k]!;
    if (t.lower === 'that') return k;
    if (t.text === ',' || t.text === ':') return k + 1;
    if (t.quoted || t.lower === 'to') break; // `urged women to back Clinton, saying …`: the object ends at `to`
  }
  // No `that`: the object is a short noun phrase (`told reporters the plan …`).
  const m = mentionAt(f, i) ?? (toks[i]?.cap ? mentionAt(f, i + 1) : null); // `told In These Times she …`
  if (m) return m.last + 1;
  if (toks[i] && !toks[i]!.cap && (toks[i]!.lower === 'reporters' || toks[i]!.lower === 'me' || toks[i]!.lower === 'us' || toks[i]!.lower === 'him' || toks[i]!.lower === 'her' || toks[i]!.lower === 'them')) i++;
  return i;
}

function isTrailingTail(f: SentenceFacts, i: number, rules: ResolveRules): boolean {
  // `said Tuesday.` `said in a statement.` `told reporters.`: nothing clause-like follows before the end.
  if (f.tokens.length - i > 12) return false;
  const rest = f.tokens.slice(i);
  // `he said:` introduces what follows; `continues to lead`, `volunteered to replace him`: the verb governs an infinitive.
  if (rest[0]?.text === ':' || (rest[0]?.lower === 'to' && rest[1] && rest[1].word && !rest[1].cap && !rules.words.determiners.has(rest[1].lower))) return false;
  if (!rest.some((t) => t.word)) return true; // `told The Huffington Post.`: the hearer ended it
  if (rest.some((t) => t.lower === 'that' || t.text === ',' || t.quoted || rules.words.subjectPronouns.has(t.lower) || /^(?:that|it|he|she|they|we|i|there|this)'/u.test(t.lower))) return false;
  const words = rest.filter((t) => t.word).length;
  const first = rest[0]!.lower;
  if (rules.words.timeWords.has(first)) return words <= 3; // `said Tuesday.`, `said last week.`
  return words <= 7 && rules.circumstance.has(first); // `said in a statement.`
}

/** The reported clause from token i to its end: the sentence's end, `; `, or `, adding that`. */
function clauseAfter(f: SentenceFacts, i: number, rules: ResolveRules): Span | null {
  const toks = f.tokens;
  let a = i;
  while (toks[a] && toks[a]!.word && !toks[a]!.cap && /ly$/u.test(toks[a]!.lower) && !rules.words.lyNotAdverbs.has(toks[a]!.lower)) a++; // `said pleasantly …`
  // `said Wednesday he …`; not `said this week`, `said early voting …`
  if (toks[a] && rules.words.timeWords.has(toks[a]!.lower) && !/^(?:this|last|late|early)$/u.test(toks[a]!.lower) && toks[a + 1]?.word) a++;
  if (toks[a]?.lower === 'that') a++;
  else if (toks[a] && rules.circumstance.has(toks[a]!.lower)) {
    let skipped = false;
    for (let k = a; k < Math.min(toks.length, a + 12); k++) {
      if (toks[k]!.lower === 'that') { a = k + 1; skipped = true; break; }
      if (toks[k]!.lower === "that's") { a = k; skipped = true; break; } // `told X with Y that’s untrue`
      if (toks[k]!.text === ',') { a = k + 1; skipped = true; break; }
      if (toks[k]!.quoted) { skipped = true; break; }
    }
    // Only a circumstance follows (`testified in 1998`, `responded by settling …`, `adding to her
    // lead`): no reported clause.
    if (!skipped && !toks[a]!.cap && (toks[a]!.lower === 'by' || rules.words.circumstanceOnly.has(toks[a]!.lower))) return null;
  }
  if (toks[a]?.lower === 'by') return null; // `reported by MSNBC`, `responded by settling`
  while (toks[a] && (toks[a]!.text === ',' || toks[a]!.text === ':')) a++;
  if (!toks[a]) return null;
  let b = Math.min(toks.length, a + MAX_CONTENT_TOKENS) - 1; // a reported clause, not a 10 MB line
  for (let k = a + 1; k <= b; k++) {
    const t = toks[k]!;
    if (t.quoted) continue;
    if (rules.words.clauseBreak.has(t.text)) { b = k - 1; break; }
    if (t.text === ',' && toks[k + 1] && (rules.words.gerundLink.has(toks[k + 1]!.lower) || toks[k + 1]!.lower === 'according')) { b = k - 1; break; }
    if (t.text === '(' || (t.text === '-' && text0(f, t))) { b = k - 1; break; }
    if (t.text === ',' && toks[k + 1]?.lower === 'but' && /^(?:he|she|they|it|we|i)$/u.test(toks[k + 2]?.lower ?? '')) { b = k - 1; break; }
    // `…, the New York Times reported.`: a second source closes the sentence; the content stops before it.
    if (t.text === ',' && trailingAttributionAt(f, k + 1, rules)) { b = k - 1; break; }
    // `X stated that A, and demanded that B`, `… but argues that B`: a second cue verb coordinated with the first.
    if ((t.lower === 'and' || t.lower === 'but') && cueAt(f, k + 1)?.kind === 'verb') { b = toks[k - 1]?.text === ',' ? k - 2 : k - 1; break; }
    // `… said yes, but 55 percent of all voters say she does not`, `…, Clinton said she was not`: a second
    // attribution with its own subject and its own content ends this one.
    if (t.text === ',' && secondAttributionAt(f, k + 1, rules)) { b = k - 1; break; }
  }
  while (b > a && !toks[b]!.word && !toks[b]!.quoted && toks[b]!.text !== '"' && toks[b]!.text !== "'" && toks[b]!.text !== ')') b--;
  // Keep a closing quotation mark that belongs to the content.
  const words = toks.slice(a, b + 1).filter((t) => t.word).length;
  if (words < 2) return null;
  return { start: toks[a]!.start, end: toks[b]!.end };
}

/** Does an attribution that ends the sentence start at token i (`the Sun-Times reported`, `officials said Tuesday`)? */
function trailingAttributionAt(f: SentenceFacts, i: number, rules: ResolveRules): boolean {
  const cue = verbCueAfter(f, i);
  if (!cue) return false;
  const next = f.tokens[cue.last + 1];
  if (next && next.text !== '.' && next.text !== '!' && !isTrailingTail(f, cue.last + 1, rules)) return false;
  return subjectStartsAt(f, cue, i, rules);
}

/** The first verb cue within eight tokens after token i, with only words, `.` or `-` before it (a subject's room). */
function verbCueAfter(f: SentenceFacts, i: number): FoundCue | undefined {
  for (let k = i + 1; k <= i + 8 && k < f.tokens.length; k++) {
    const t = f.tokens[k - 1]!;
    if (!t.word && t.text !== '.' && t.text !== '-') return undefined;
    const c = cueAt(f, k);
    if (c && c.kind === 'verb') return c;
  }
  return undefined;
}

/** Is the cue's subject the noun phrase that starts at token i? */
function subjectStartsAt(f: SentenceFacts, cue: FoundCue, i: number, rules: ResolveRules): boolean {
  const m = speakerBefore(f, cue.first, rules);
  return m !== null && m.span.start === f.tokens[i]!.start;
}

/**
 * Does an attribution with content of its own start at token i: a subject (after an optional `but`,
 * `while`, `though` …), a cue verb within eight words, then its content (not `, he said,`, not `he said.`)?
 */
function secondAttributionAt(f: SentenceFacts, i: number, rules: ResolveRules): boolean {
  const toks = f.tokens;
  const s = toks[i] && rules.words.clauseStart.has(toks[i]!.lower) ? i + 1 : i;
  if (!toks[s]?.word || toks[s]!.quoted) return false;
  const cue = verbCueAfter(f, s);
  // The subject has no quoted words and no dash (a trailing source may: `the “Times” reported`).
  if (!cue || toks.slice(s, cue.first).some((t) => t.quoted || t.text === '-')) return false;
  const next = toks[cue.last + 1];
  if (!next || !next.word || next.quoted || isTrailingTail(f, cue.last + 1, rules)) return false;
  // A speech verb, or any cue with `that`: not `most people know people of …`, `Kasich’s showing will …`.
  if (cue.weight < 0.9 && next.lower !== 'that') return false;
  return subjectStartsAt(f, cue, s, rules);
}

/** A dash standing apart (` - `): ends a reported clause; a hyphen inside a word does not. */
function text0(f: SentenceFacts, t: Token): boolean {
  const i = indexOf(f, t);
  const prev = f.tokens[i - 1];
  const next = f.tokens[i + 1];
  return !!prev && !!next && prev.end < t.start && next.start > t.end;
}

/** The clause from the sentence start to just before token `end` (a comma). */
function clauseBefore(f: SentenceFacts, end: number): Span | null {
  const toks = f.tokens;
  let a = Math.max(0, end - MAX_CONTENT_TOKENS);
  let b = end - 1;
  while (b >= a && !toks[b]!.word && toks[b]!.text !== '"' && toks[b]!.text !== "'") b--;
  const words = toks.slice(a, b + 1).filter((t) => t.word).length;
  if (words < 3 || b < a) return null;
  return { start: toks[a]!.start, end: toks[b]!.end };
}

// ---------------------------------------------------------------- speakers

/** The first token of a time phrase that ends at token k (`on Tuesday`, `last week`, `Tuesday`), or -1. */
function timePhraseStart(toks: readonly Token[], k: number, words: SpeechWords): number {
  const t = toks[k];
  if (!t || !t.word || t.quoted) return -1;
  const lead = toks[k - 1];
  const led = !!lead && lead.word && !lead.quoted && words.timeGapLeads.has(lead.lower);
  if (words.timeGapDays.has(t.lower)) return led ? k - 1 : k;
  if (words.timeGapPeriods.has(t.lower) && led && lead!.lower !== 'on') return k - 1;
  return -1;
}

/** The noun phrase that ends just before a cue (past adverbs and auxiliaries), with its apposition. */
function speakerBefore(f: SentenceFacts, cueFirst: number, rules: ResolveRules, strong = false): SpeakerRef | null {
  const toks = f.tokens;
  let k = cueFirst - 1;
  for (;;) {
    while (k >= 0 && toks[k]!.word && !toks[k]!.quoted && (rules.gap.has(toks[k]!.lower) || /ly$/u.test(toks[k]!.lower) && !toks[k]!.cap)) k--;
    const time = timePhraseStart(toks, k, rules.words);
    if (time < 1) break; // none, or nothing before it to be the subject
    k = time - 1;
  }
  if (k < 0) return null;
  let t = toks[k]!;
  // `Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested`: the comma inside a closing mark.
  const commaInMark = t.quoted && (t.text === '"' || t.text === "'") && toks[k - 1]?.text === ',';
  if (commaInMark) t = toks[--k]!;
  if (t.quoted && !commaInMark) return null;
  let apposEnd = -1;
  if (t.text === ',') {
    // `Mr. Trump's former campaign manager, Corey Lewandowski, said`: a description, then the name.
    const named = mentionEndingAt(f, k - 1);
    if (named && !named.pronoun && /^\p{Lu}/u.test(named.name) && toks[named.first - 1]?.text === ',' && named.kind === 'person') {
      let s = named.first - 2;
      while (s > 0 && toks[s - 1]!.word && !toks[s - 1]!.quoted && !rules.words.clauseStart.has(toks[s - 1]!.lower) && named.first - s < 14) s--;
      return { span: { start: toks[Math.max(0, s)]!.start, end: named.end }, mention: named, name: null, kind: null };
    }
    // `Chris Crane, president of the National ICE Council, told …`; `Cory James, 22, of Flint, Mich., said`:
    // the name is the leftmost comma-separated piece that opens the clause; else the nearest name.
    let nearest: FoundMention | null = null;
    for (let c = k - 1; c >= Math.max(0, k - 30); c--) {
      const x = toks[c]!;
      if (x.quoted) continue; // a quoted title inside the apposition (`host of “Morning Joe,”`)
      if (x.text === '.' && !(toks[c - 1]?.cap) || x.text === ';' || x.text === ':' || x.text === '(') break;
      if (x.text !== ',' && c !== 0) continue;
      const m = x.text === ',' ? mentionEndingAt(f, c - 1) : null;
      const named = m && !m.pronoun && (m.kind === 'person' || m.kind === 'organization' || /^\p{Lu}/u.test(m.name));
      if (m && named) {
        nearest ??= m;
        const before = toks[m.first - 1];
        if (!before || !before.word || rules.words.clauseStart.has(before.lower)) { nearest = m; break; }
      }
    }
    if (!nearest) return null;
    apposEnd = k - 1;
    return { span: { start: nearest.start, end: toks[apposEnd]!.end }, mention: nearest, name: null, kind: null };
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
  if (m.pronoun && m.name.toLowerCase() === 'who') return relativeWho(f, m, rules);
  let start = m.start;
  let mention: FoundMention = m;
  // A nominal with its determiner and modifiers: `the agency`, `a spokesman for ICE`, `Trump's campaign`.
  if (!m.pronoun) {
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
      }
    }
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
  return { span: { start, end: m.end }, mention, name: null, kind: null };
}

/**
 * A noun phrase of common nouns that ends at token k and starts with a determiner within a few words:
 * `the editorial board`, `her husband`, `an angry crowd`. kind `other`; its words are its name.
 */
function commonNounPhrase(f: SentenceFacts, k: number, rules: ResolveRules): FoundMention | null {
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
 * `58 percent of Republicans`, `a majority of voters`, `Six in 10 Virginia Democratic primary voters`. kind `other`.
 */
function quantitySubject(f: SentenceFacts, k: number, rules: ResolveRules): FoundMention | null {
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
    if (before && (before.quoted || before.word && !w.clauseStart.has(before.lower))) return null;
    return phraseMention(f, start, k, s, start, true);
  }
  return null;
}

/** Where a quantity that ends at token q starts (`half`, `a majority`, `58 percent`, `a third`, `6 in 10`), else -1. */
function quantityStart(toks: readonly Token[], q: number, w: SpeechWords): number {
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
function anyNounPhrase(f: SentenceFacts, k: number, rules: ResolveRules): FoundMention | null {
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
function phraseMention(f: SentenceFacts, first: number, last: number, headFirst: number, nameFirst: number, plural: boolean): FoundMention {
  const toks = f.tokens;
  const end = toks[last]!.end;
  return {
    start: toks[first]!.start, end, head: { start: toks[headFirst]!.start, end }, kind: 'other', pronoun: false, gender: null,
    plural, sentence: f.sentence.index, first, last, name: toks.slice(nameFirst, last + 1).map((t) => t.text).join(' '), quoted: false,
  };
}

/** `…, who …, said`: the relative pronoun's antecedent is the noun phrase before its comma. */
function relativeWho(f: SentenceFacts, who: FoundMention, rules: ResolveRules): SpeakerRef | null {
  const m = mentionEndingAt(f, who.first - 2);
  // PolNeAR marks the relative pronoun itself as the source; its name is the antecedent's.
  if (m && f.tokens[who.first - 1]?.text === ',') return { span: { start: who.start, end: who.end }, mention: m, name: null, kind: null };
  // `Republicans who say …`, `64 percent who say …`: the noun right before.
  const direct = mentionEndingAt(f, who.first - 1) ?? commonNounPhrase(f, who.first - 1, rules) ?? anyNounPhrase(f, who.first - 1, rules);
  if (direct && !direct.pronoun) return { span: { start: who.start, end: who.end }, mention: direct, name: null, kind: null };
  return null;
}

/** The noun phrase that starts at token i (descriptors included: `U.S. immigration expert Geoffrey Scowcroft`). */
function speakerAfter(f: SentenceFacts, i: number, rules: ResolveRules): SpeakerRef | null {
  const toks = f.tokens;
  let k = i;
  while (k < toks.length && toks[k]!.word && rules.gap.has(toks[k]!.lower) && !toks[k]!.cap) k++;
  const first = toks[k];
  if (!first || first.quoted || !first.word) return null;
  // Scan a window for the last name before punctuation or a clause word.
  let best: FoundMention | null = null;
  for (let x = k; x < Math.min(toks.length, k + 12); x++) {
    const t = toks[x]!;
    if (t.quoted) break;
    if (!t.word && t.text !== '.' && t.text !== '-' && t.text !== '&' && t.text !== "'") break;
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
      if ((m.kind === 'person' || m.kind === 'organization') && !nominalBeforeName) { x = m.last; if (!continuesNP(toks, m.last + 1)) break; continue; }
      x = m.last;
    }
  }
  if (!best) {
    // `said the woman, who …`, `wrote one user`: a determiner and a speaking noun.
    if (!rules.words.determiners.has(first.lower)) return null;
    for (let x = k + 1; x < Math.min(toks.length, k + 5); x++) {
      const t = toks[x]!;
      if (!t.word || t.quoted) return null;
      const after = toks[x + 1];
      if (speakingNoun(t.lower, rules) && (!after || !after.word || rules.words.postModifier.has(after.lower))) {
        const np = commonNounPhrase(f, x, rules);
        if (!np) return null;
        // `a person close to the Clintons`, `an official familiar with the talks`: up to the next punctuation.
        let end = t.end;
        if (after && after.word && after.lower !== 'who') for (let y = x + 1; y < Math.min(toks.length, x + 9) && toks[y]!.word && !toks[y]!.quoted; y++) end = toks[y]!.end;
        return { span: { start: first.start, end }, mention: np, name: null, kind: null };
      }
    }
    return null;
  }
  return { span: { start: first.start, end: best.end }, mention: best, name: null, kind: null };
}

/** A noun that can head a speaker's phrase: a known nominal, an agent noun, an age used as a noun. */
function speakingNoun(lower: string, rules: ResolveRules): boolean {
  return rules.speakerNouns.has(lower) || rules.words.agentNoun.test(lower) || rules.words.ageNoun.test(lower);
}

/**
 * The source after `according to`, which is unambiguous: a name as speakerAfter finds it when the source ends there,
 * else any noun phrase up to the comma or the sentence's end, postmodifiers and all (`the results`, `state law`,
 * `early results of exit polls conducted for The Associated Press and television networks`). Its name is the phrase,
 * or the person or organisation that opens it.
 */
function sourceAfter(f: SentenceFacts, i: number, rules: ResolveRules): SpeakerRef | null {
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

// ---------------------------------------------------------------- block quotes

function blockQuotes(input: { text: string; paragraphs: readonly Paragraph[]; quotes: readonly Quote[]; facts: readonly SentenceFacts[] }, rules: ResolveRules): Found[] {
  const out: Found[] = [];
  const { text, paragraphs, facts } = input;
  for (let i = 0; i < facts.length - 1; i++) {
    const f = facts[i]!;
    const last = f.tokens[f.tokens.length - 1];
    if (!last || last.text !== ':' || last.quoted) continue;
    const next = facts[i + 1]!;
    if (next.sentence.paragraph === f.sentence.paragraph) continue;
    const para = paragraphs[next.sentence.paragraph]!;
    if (/^["'\u201c\u2018]/u.test(text[para.start] ?? '')) continue; // a quoted paragraph: handled as a quotation
    const cue = [...f.cues].reverse()[0];
    if (!cue) continue;
    const m = speakerForCue(f, cue, rules);
    if (!m) continue;
    out.push({ content: { start: para.start, end: para.end }, type: 'direct', speaker: m, cue, rule: 'block-quote-after-colon', factor: 1, sentence: next.sentence.index });
  }
  // Headline and transcript style: `Gingrich: Trump Must Decide …`, `MATTHEWS: Well, speculation is bad`.
  const seen = new Set<number>();
  for (const f of facts) {
    const p = f.sentence.paragraph;
    if (seen.has(p)) continue;
    seen.add(p);
    const para = paragraphs[p]!;
    const m = f.mentions.find((x) => x.first <= 1 && !x.pronoun && !x.quoted);
    const colon = m ? f.tokens[m.last + 1] : undefined;
    if (!m || !colon || colon.text !== ':' || (m.kind !== 'person' && m.kind !== 'organization' && m.kind !== 'other')) continue;
    if (m.first === 1 && f.tokens[0]!.text !== '-') continue;
    if (rules.labels.has(m.name.toLowerCase()) || m.last - m.first > 5) continue;
    // Below the headline only a person or an organisation introduces a line this way (a transcript's
    // `MATTHEWS:`), not a place or a list heading (`Iowa: Tim Albrecht, …`).
    if (p > 0 && m.kind !== 'person' && m.kind !== 'organization') continue;
    const next = f.tokens[m.last + 2];
    if (!next || next.quoted || /^["'\u201c\u2018]/u.test(text[next.start] ?? '')) continue; // a quotation: handled as one
    const words = countWords(text, next.start, para.end);
    if (words < 3) continue;
    const cue: FoundCue = { start: colon.start, end: colon.end, lemma: ':', weight: 0.7, kind: 'phrase', sentence: f.sentence.index, first: m.last + 1, last: m.last + 1, form: ':' };
    const end = para.end - para.start <= 2000 ? para.end : f.sentence.end; // a transcript turn, not a 10 MB line
    out.push({ content: { start: next.start, end }, type: null, speaker: { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null }, cue, rule: 'headline-name-colon', factor: p === 0 ? 1 : 0.9, sentence: f.sentence.index });
  }
  return out;
}

// ---------------------------------------------------------------- to the entity stage and back

/** The speakers for the entity stage: each found claim's speaker, its mention named by its index in `mentions`. */
export function speakerMentions(found: readonly Found[], facts: readonly SentenceFacts[]): { mentions: FoundMention[]; speakers: (SpeakerMention | null)[] } {
  const mentions = facts.flatMap((f) => f.mentions);
  const at = new Map<FoundMention, number>(mentions.map((m, i) => [m, i]));
  const speakers = found.map((f): SpeakerMention | null => f.speaker && {
    span: f.speaker.span, mention: f.speaker.mention, mentionIndex: f.speaker.mention ? at.get(f.speaker.mention) ?? null : null, name: f.speaker.name, kind: f.speaker.kind, content: f.content,
  });
  return { mentions, speakers };
}

/** The attributions: each found claim with its resolved speaker (one per claim, from `resolveEntities`) and its confidence. */
export function scoreAttributions(found: readonly Found[], names: readonly (ResolvedName | null)[], facts: readonly SentenceFacts[], rules: ResolveRules): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const r = names[i] ?? null;
    const speaker: ResolvedSpeaker | null = f.speaker && r ? { start: f.speaker.span.start, end: f.speaker.span.end, name: r.name, kind: r.kind } : null;
    const type = f.type ?? typeOf(f.content, facts);
    const base = rules.patterns.get(f.rule) ?? 0.5;
    const cueWeight = f.cue ? f.cue.weight : 0.8;
    const confidence = Math.round(base * f.factor * (r?.factor ?? 1) * (0.75 + 0.25 * cueWeight) * 100) / 100;
    out.push({
      type, content: f.content, speaker,
      cue: f.cue ? { start: f.cue.start, end: f.cue.end, lemma: f.cue.lemma } : null,
      confidence: Math.max(0.01, Math.min(1, confidence)), rule: f.rule,
    });
  }
  return out;
}

// ---------------------------------------------------------------- helpers

function typeOf(content: Span, facts: readonly SentenceFacts[]): ClaimType {
  let inside = 0;
  let outside = 0;
  const first = sentenceAt(facts, content.start);
  for (let i = first ? first.sentence.index : 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.sentence.start >= content.end) break;
    for (let k = tokenIndexAtOrAfter(f, content.start); k < f.tokens.length; k++) {
      const t = f.tokens[k]!;
      if (t.end > content.end) break;
      if (!t.word) continue;
      if (t.quoted) inside++;
      else outside++;
    }
  }
  if (inside === 0) return 'indirect';
  return outside === 0 ? 'direct' : 'mixed';
}

function sentenceAt(facts: readonly SentenceFacts[], offset: number): SentenceFacts | null {
  return facts[findLastStartingBy(facts, offset, (f) => f.sentence.start)] ?? null;
}

function samePlace(facts: readonly SentenceFacts[], prevSentence: number, s: Sentence, paragraphs: readonly Paragraph[], text: string, prevContent: Span): boolean {
  const p = facts[prevSentence]?.sentence.paragraph;
  if (p === undefined) return false;
  if (p === s.paragraph) return true;
  // The next paragraph, when the previous claim ended its paragraph (a quotation carried on).
  if (p + 1 === s.paragraph) {
    const para = paragraphs[p]!;
    const tail = text.slice(prevContent.end, para.end);
    return tail.length < 80;
  }
  return false;
}

/** The rest of a clause after a quotation, when words follow it (not a trailing attribution or a participle). */
function clauseRunsOn(f: SentenceFacts, after: readonly Token[], rules: ResolveRules): Span | null {
  const first = after[0];
  if (!first || !after.some((t) => t.word)) return null;
  if (first.text === ',' && after[1] && (rules.words.gerundLink.has(after[1].lower) || cueAt(f, indexOf(f, after[1])) !== undefined)) return null;
  if (first.text === '(' || first.text === '-' || first.text === ';' || first.text === ':') return null;
  let end = -1;
  for (const t of after) {
    if (t.text === ';' || t.text === '(' || (t.text === ',' && end >= 0 && after[after.indexOf(t) + 1] && rules.words.gerundLink.has(after[after.indexOf(t) + 1]!.lower))) break;
    if (t.word || t.quoted || t.text === '"' || t.text === "'") end = t.end;
  }
  return end > first.start ? { start: first.start, end } : null;
}

/** `“…,” he said` / `“…?” she asked` / `“…” — X`: the quotation ends with punctuation, or a comma or dash follows. */
function endsUtterance(text: string, quote: Quote, after: readonly Token[]): boolean {
  if (/[,.!?;:\u2026-]['\u2019]?$/u.test(text.slice(quote.start, quote.end))) return true;
  const next = after[0];
  return !!next && (next.text === ',' || next.text === '-');
}

function wordCount(text: string, s: Span): number {
  return countWords(text, s.start, s.end);
}

/** The index of a token of the sentence, by binary search on its start. */
function indexOf(f: SentenceFacts, t: Token): number {
  const i = tokenIndexAtOrAfter(f, t.start);
  return f.tokens[i] === t ? i : f.tokens.indexOf(t);
}

function tokenIndexAtOrAfter(f: SentenceFacts, offset: number): number {
  return firstTokenFrom(f.tokens, offset);
}

/** The index of the first token that starts at or after `offset` (binary search; `toks.length` if none). */
function firstTokenFrom(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per-sentence indexes of cues and mentions by token, built once on first use. */
interface Lookup {
  readonly cueByFirst: Map<number, FoundCue>;
  readonly mentionByFirst: Map<number, FoundMention>;
  readonly mentionsByLast: Map<number, FoundMention[]>;
}
const LOOKUPS = new WeakMap<SentenceFacts, Lookup>();

function lookup(f: SentenceFacts): Lookup {
  let l = LOOKUPS.get(f);
  if (l) return l;
  l = { cueByFirst: new Map(), mentionByFirst: new Map(), mentionsByLast: new Map() };
  for (const c of f.cues) if (!l.cueByFirst.has(c.first)) l.cueByFirst.set(c.first, c);
  for (const m of f.mentions) {
    if (!l.mentionByFirst.has(m.first)) l.mentionByFirst.set(m.first, m);
    const list = l.mentionsByLast.get(m.last);
    if (list) list.push(m);
    else l.mentionsByLast.set(m.last, [m]);
  }
  LOOKUPS.set(f, l);
  return l;
}

function cueAt(f: SentenceFacts, tokenIndex: number): FoundCue | undefined {
  return lookup(f).cueByFirst.get(tokenIndex);
}

function mentionAt(f: SentenceFacts, tokenIndex: number): FoundMention | null {
  return lookup(f).mentionByFirst.get(tokenIndex) ?? null;
}

/** Every mention that ends at token k. */
function mentionsEndingAt(f: SentenceFacts, k: number): readonly FoundMention[] {
  return lookup(f).mentionsByLast.get(k) ?? [];
}

/** The longest mention that ends at token k (or just before a full stop at k: `Mr.`, `Jr.`). */
function mentionEndingAt(f: SentenceFacts, k: number): FoundMention | null {
  if (k < 0) return null;
  const l = lookup(f);
  const list = [...(l.mentionsByLast.get(k) ?? []), ...(f.tokens[k]?.text === '.' ? l.mentionsByLast.get(k - 1) ?? [] : [])];
  let best: FoundMention | null = null;
  for (const m of list) best = best && best.first < m.first ? best : m;
  return best;
}

function cueStartingAt(f: SentenceFacts, t: Token, rules: ResolveRules): FoundCue | null {
  let i = indexOf(f, t);
  while (i < f.tokens.length && rules.gap.has(f.tokens[i]!.lower) && !f.tokens[i]!.cap) i++;
  return f.cues.find((c) => c.first === i) ?? null;
}

/** Between a quotation's end and its speaker only words of a noun phrase: determiners, titles, descriptors. */
function descriptorsBetween(f: SentenceFacts, from: number, to: number): boolean {
  if (from >= to) return true;
  const a = tokenIndexAtOrAfter(f, from);
  const between = f.tokens.slice(a, Math.min(tokenIndexAtOrAfter(f, to), a + 8)).filter((t) => t.end <= to);
  return between.length <= 7 && between.every((t) => (t.word || t.text === '.' || t.text === '-' || t.text === "'") && !t.quoted && cueAt(f, indexOf(f, t)) === undefined);
}

/**
 * Does a speaker that ends at `end` end its sentence: nothing or a short tail follows, `, who …`, `, the …`, or an
 * apposition that runs to the end (`…, said Steve Bell, senior director of economic policy at X.`).
 */
function isLast(f: SentenceFacts, end: number, rules: ResolveRules): boolean {
  const at = tokenIndexAtOrAfter(f, end);
  const rest = f.tokens.slice(at, at + 8);
  if (rest[0]?.text === ',' && rest[1] && (rest[1].lower === 'who' || rules.words.determiners.has(rest[1].lower))) return true; // `…, said DeSantis, who …`
  if (rest[0]?.lower === 'who') return true; // `…,” said the man who built his career on …`
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
function afterApposition(f: SentenceFacts, at: number, rules: ResolveRules): number {
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
    // `, who …` · `, a union that has broken away …` · `, a grad whose aggressiveness has …`: the rest of the piece describes.
    if (!t.quoted && (rules.words.relativePronouns.has(t.lower) || (k > piece && t.lower === 'that'))) relative = true;
    if (!t.quoted && (t.text === ';' || t.text === ':')) return -1;
    if (!relative && clauseSign(t, rules)) return piece;
  }
  return toks.length;
}

/** A subject pronoun, an auxiliary or a contraction (`he's`): a clause stands here. */
function hasClauseSign(toks: readonly Token[], span: Span, rules: ResolveRules): boolean {
  for (let k = firstTokenFrom(toks, span.start); k < toks.length && toks[k]!.end <= span.end; k++) if (clauseSign(toks[k]!, rules)) return true;
  return false;
}

function lastIndexOf(toks: readonly Token[], text: string, from: number, max: number): number {
  for (let i = from; i >= Math.max(0, from - max); i--) if (toks[i]!.text === text) return i;
  return -1;
}

function onlySpace(text: string, a: number, b: number): boolean {
  return /^\s*$/u.test(text.slice(a, b));
}

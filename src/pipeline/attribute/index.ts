import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Paragraph, Quote, Span } from '../../types.js';
import type { Token } from '../../text/tokens.js';
import type { FoundCue } from '../cues.js';
import type { Found, Shape } from './shape.js';
import { findIndexBefore } from '../../text/span.js';
import { type SentenceFacts, WINDOW, isDash, sentenceAt, tokenIndexAtOrAfter, wordCount } from '../sentence-facts.js';
import { ACCORDING_TO, accordingTo } from './according-to.js';
import { isTitleCase } from './clause-bounds.js';
import { CONTINUED, afterReported, blockQuotes, continuesPrevious, isSubhead, isTitleSubject } from './continued.js';
import { CHARACTERISING, nestedCharacterisation } from './characterising.js';
import { COORDINATED, addingThat, linksSecondContent } from './coordinated.js';
import { HEADLINE, headlineClaims } from './headline.js';
import { LEAD_IN, clauseRunsOn, headBefore, leading } from './lead-in.js';
import { NAMING } from './naming.js';
import { NESTED_QUOTE, nestedQuotes } from './nested-quote.js';
import { NOUN_CUES, nounCue } from './noun-cues.js';
import { FINDINGS, documentParticiple, documentRelative } from './findings.js';
import { QUESTIONS, askedQuestion } from './questions.js';
import { REPORTED_CLAUSE, verbCue } from './reported-clause.js';
import { TRAILING, endsUtterance, trailing } from './trailing.js';
import { TRANSCRIPT, withTurns } from './transcript.js';

/**
 * The attribute stage: who-said-what shapes, one file per family, each shape a record (src/pipeline/attribute/shape.ts).
 * This file is the one place that says their order: quotations first (a trailing attribution, else a lead-in; then a
 * continued or an unattributed quotation), then reported speech around each cue no quotation took (`according to`,
 * a noun cue, a linking participle, a document's participle or relative clause, a question put to someone, else a
 * saying verb), then block quotations and headlines.
 */

/** The shape families, each with its file (README's rule table), in the order attribution tries them. */
export const FAMILIES: readonly { readonly file: string; readonly shapes: readonly Shape[] }[] = [
  { file: 'trailing.ts', shapes: TRAILING },
  { file: 'lead-in.ts', shapes: LEAD_IN },
  { file: 'continued.ts', shapes: CONTINUED },
  { file: 'nested-quote.ts', shapes: NESTED_QUOTE },
  { file: 'according-to.ts', shapes: ACCORDING_TO },
  { file: 'noun-cues.ts', shapes: NOUN_CUES },
  { file: 'coordinated.ts', shapes: COORDINATED },
  { file: 'findings.ts', shapes: FINDINGS },
  { file: 'questions.ts', shapes: QUESTIONS },
  { file: 'reported-clause.ts', shapes: REPORTED_CLAUSE },
  { file: 'characterising.ts', shapes: CHARACTERISING },
  { file: 'naming.ts', shapes: NAMING },
  { file: 'transcript.ts', shapes: TRANSCRIPT },
  { file: 'headline.ts', shapes: HEADLINE },
];

/** Every shape. The README's rule table lists these (a test checks). */
export const SHAPES: readonly Shape[] = FAMILIES.flatMap((f) => f.shapes);

/** A shape's base confidence, by rule id. */
export const CONFIDENCE: ReadonlyMap<string, number> = new Map(SHAPES.map((s) => [s.id, s.confidence]));

/**
 * Find attributions: first around each quotation (who said it), then around each remaining cue
 * (reported speech). The entity stage then resolves their speakers to names.
 */
export function findAttributions(
  input: { text: string; paragraphs: readonly Paragraph[]; quotes: readonly Quote[]; facts: readonly SentenceFacts[] },
  rules: AttributeRules,
): Found[] {
  const { text, quotes, facts } = input;
  const found: Found[] = [];
  const usedCues = new Set<number>(); // cue start offsets
  const claimedQuotes = new Set<number>(); // quote starts that got a claim
  const unattributed = new Map<number, number>(); // quote start → index in `found` of its `quote-unattributed` claim
  const upgraded = new Set<number>(); // indices in `found` of such claims that a reported attribution then took

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

    // `In his memoir, “A Cold Harbour,” he described …`, `his widow sang “Sing Me Back to the River,” which …`: a
    // title after a work noun or a verb of performing names a work; no one says it.
    if (namesWork(before, text.slice(quote.start, quote.end), rules)) continue;
    // A trailing attribution belongs to a quotation that opens its sentence (or follows a colon):
    // in `star of television’s “Scandal,” thanked Obama` the quotation is a title inside a clause.
    const lastBefore = before[before.length - 1];
    // `… (“…,” Doe wrote in May) …` · `… — “…,” she said — and …`: an aside opens with its quotation too.
    // (Not a dash inside one quotation's words: `“I doubt it” -- that … -- “will hold for long,” she says.`)
    const opensAside = !!lastBefore && !lastBefore.quoted && (lastBefore.text === '(' || isDash(lastBefore)) && !before.some((t) => t.quoted);
    const opensSentence = !before.some((t) => t.word) || lastBefore!.text === ':' || lastBefore!.text === ',' || opensAside ||
      before.every((t) => !t.word || rules.functionWords.has(t.lower)); // `But “…,” he said`
    const tail = opensSentence && endsUtterance(text, quote, after, rules, !before.some((t) => t.word) && words >= 4) ? trailing(after, closeS, rules) : null;
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
      // `which critics called “a giveaway,” would pass`: a naming verb's quotation is its complement and ends there.
      const naming = !!hit.cue && rules.smallClauseVerbs.has(hit.cue.lemma) && !before.some((t) => t.text === ',' && t.start >= hit.cue!.end);
      const more = hit === lead && lead.rule === 'name-cue-comma-quote' && runsOn && !naming ? clauseRunsOn(closeS, after, rules) : null;
      if (more) coveredUntil = more.end;
      // `In past campaigns, “we felt …,” he said.` · `The market was empty, he added, “but …”`: the
      // unquoted words that open the sentence are part of the content, which is then mixed.
      const head = more || opensAside ? null : headBefore(openS, openAt, hit, hit === tail, rules);
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
    if (continuesPrevious(previous, openS, facts, input.paragraphs, text) && !isSubhead(quote, quotes[q - 1], input.paragraphs, openS.sentence.paragraph, text) &&
      !isTitleSubject(text.slice(quote.start, quote.end), after[0], rules)) {
      const f: Found = { content: quote, type: 'direct', speaker: previous.speaker, cue: previous.cue, rule: 'quote-continued', factor: 0.9, sentence: openS.sentence.index, quoteEnd: quote.end, continues: previous.content };
      found.push(f);
      claimedQuotes.add(quote.start);
      previous = f;
      continue;
    }
    if (words >= 4) {
      unattributed.set(quote.start, found.length);
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
    // The attributions of this sentence so far with a cue and a speaker: a second cue (`…, adding that …`, `… and said
    // …`) takes the speaker of the nearest one whose cue comes before it, never of one after it.
    const attributed = here.filter((x) => x.cue && x.speaker && x.cue.start >= f.sentence.start && x.cue.end <= f.sentence.end);
    // Nested cues are skipped (one attribution per token): contents are taken in order of start, and
    // `covered` is the furthest end of those that start before the cue. Linear in the sentence.
    const pending = here.filter((x) => x.rule !== 'quote-unattributed').sort((a, b) => a.content.start - b.content.start);
    let covered = -1;
    for (const cue of f.cues) {
      while (pending.length > 0 && pending[0]!.content.start <= cue.start) covered = Math.max(covered, pending.shift()!.content.end);
      if (usedCues.has(cue.start)) continue;
      if (cue.end <= covered) {
        const inner = nestedCharacterisation(cue, f, rules); // `…, which he describes as his home`
        if (inner) { usedCues.add(cue.start); found.push(inner); }
        continue;
      }
      const r = reported(cue, f, rules, nearestBefore(attributed, cue.start));
      if (!r || isNameList(f, r.content)) continue;
      usedCues.add(cue.start);
      // A content that is exactly a claimed quotation is already a direct claim; one no speaker was found for takes
      // this attribution (`“…,” the committee chairmen wrote.`).
      const q = quoteAround(quotes, r.content.start + 2);
      if (q && claimedQuotes.has(q.start) && q.end >= r.content.end - 2) {
        const u = unattributed.get(q.start);
        const rule = u === undefined ? undefined : QUOTE_RULES.get(r.rule);
        if (u !== undefined && rule !== undefined && onlyMarks(text, r.content, q)) {
          found[u] = { ...r, content: { start: q.start, end: q.end }, type: 'direct', rule, quoteEnd: q.end };
          unattributed.delete(q.start);
          upgraded.add(u);
        }
        continue;
      }
      found.push(r);
      if (r.content.start <= cue.start) covered = Math.max(covered, r.content.end);
      else pending.splice(sortedIndex(pending, r.content.start), 0, r);
      attributed.push(r);
    }
  }
  // The whole quoted sentences after a quotation that took its speaker so carry on that speaker's words (`“A,” the
  // chairmen wrote. “B.”`), as after any trailing attribution.
  continueUpgraded(found, upgraded, facts, input.paragraphs, text);
  // 4. Block quotes: an attributing sentence ends in a colon, the next paragraph is unquoted.
  // `South Carolina: Ann Lee, Bo Diaz, Cy Hart, …`: a list of names under a heading is not something said.
  for (const b of blockQuotes(input, rules, found)) if (b.rule !== 'headline-name-colon' || !isNameList(facts[b.sentence]!, b.content)) found.push(b);

  found.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  // 5. A quotation no one was found for, right after what a speaker said, carries on their words.
  const all = afterReported(found, facts, text);
  // One record per content span (two cues may reach the same clause): the first found stays.
  const unique = all.filter((x, i) => {
    const prev = all[i - 1];
    return !prev || prev.content.start !== x.content.start || prev.content.end !== x.content.end;
  });
  const kept = withTurns(headlineClaims(unique, input, rules), (list) => withoutNested(list, text, rules), text, input.paragraphs, facts);
  // 6. A quotation inside a quotation, with its own speaker inside the outer one (`“… I said, ‘Come home.’”`).
  const inner = nestedQuotes(kept, quotes, facts, text, rules);
  return inner.length === 0 ? kept : [...kept, ...inner].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}

/**
 * One attribution per word. A reported claim whose speaker and content lie inside another claim's content is
 * part of what that speaker said (`FALLIN: I think he is …`, `Most voters say …, according to a poll`):
 * dropped. A quotation with its own attribution inside (`Dempsey asserted that Ohio had lost its way:
 * “France is no longer France,” he claimed.`, `Albright urged women to …, saying, “…”`) ends the outer
 * content instead, which is dropped if fewer than three words are left; under `according to` the source
 * reports the quotation and its attribution, and both stay. `according to` reaches back only to the
 * nearest clause: past `, which` or `, who` the inner claim is not inside it. A quotation whose own cue is only a
 * state of mind inside what a speaker says (`Doe told reporters he is feeling “a lot of pressure”`) is that
 * speaker's: it takes the outer speaker and cue. A quotation read as carrying on the previous speaker's words
 * (`quote-continued`) inside a content with its own attribution is dropped.
 */
function withoutNested(list: readonly Found[], text: string, rules: AttributeRules): Found[] {
  const out: (Found | null)[] = []; // null: an outer content dropped after the fact
  let outerAt = -1; // index in `out` of the kept claim with the furthest content end so far (sorted by start)
  for (const a of list) {
    const o = outerAt >= 0 ? out[outerAt]! : null;
    let said: Found | null = null; // the outer claim whose speaker says quotation a
    // `“You see what I plan? To wait,” before the talks, he said.`: a quotation inside a content attributed in its
    // own sentence is that speaker's, not a piece that carries on the previous speaker's words.
    if (o !== null && a.rule === 'quote-continued' && o.rule !== 'quote-continued' && o.cue !== null && a.content.start > o.content.start && a.content.end <= o.content.end) continue;
    if (o !== null && a.speaker !== null && a.content.end <= o.content.end) {
      const within = (s: Span) => s.start >= o.content.start && s.end <= o.content.end;
      const quotation = a.quoteEnd !== undefined && a.rule !== 'quote-continued' && o.quoteEnd === undefined;
      const according = o.cue?.lemma === 'according to';
      const scoped = according && a.cue !== null && /,\s*(?:which|who)\b/u.test(text.slice(a.cue.end, o.cue!.start));
      // `the bill was what the mayor called “a giveaway”`: a free relative is part of the outer content; both stay.
      // `Vermont, which she describes as her home`: a characterisation in a relative clause stays beside it too.
      // So does `the bill, which critics called “a giveaway,”` (a naming verb whose object is the relative word).
      const before = text.slice(Math.max(o.content.start, a.speaker.span.start - 8), a.speaker.span.start);
      const naming = a.cue !== null && rules.smallClauseVerbs.has(a.cue.lemma);
      const relative = /\b(?:what|as)\s+$/iu.test(before) || (naming && /\b(?:which|whom)\s+$/iu.test(before)) || a.rule === 'relative-name-cue-complement';
      // `Doe said she wants “a full audit”`: a quotation that is the object of a verb inside another speaker's
      // reported clause is part of that clause (mixed), and the outer speaker's.
      if (quotation && objectQuote(a, o, text) && !relative) continue;
      if (!scoped && !relative && (within(a.speaker.span) || (quotation && a.cue !== null && within(a.cue)))) {
        if (!quotation) continue;
        if (!according && saidBy(a, o, rules)) said = o;
        if (!according) {
          const cut = Math.min(...[a.content.start, a.speaker.span.start, a.cue?.start ?? Infinity].filter((x) => x >= o.content.start));
          const end = trimClauseEnd(text, o.content.start, cut);
          // Linear on hostile text: the truncated claim stays the outer one, or none is until the next.
          out[outerAt] = wordCount(text, { start: o.content.start, end }) >= 3 ? { ...o, content: { start: o.content.start, end } } : null;
          if (out[outerAt] === null) outerAt = -1;
        }
      }
    }
    out.push(said ? { ...a, speaker: said.speaker, cue: said.cue } : a);
    if (outerAt < 0 || a.content.end > out[outerAt]!.content.end) outerAt = out.length - 1;
  }
  return out.filter((x): x is Found => x !== null);
}

/**
 * Is `a` a quotation right after its cue, with no comma or colon (`he wants “…”`), inside the reported clause of a
 * saying verb (`o`: `Trump said …`)?
 */
function objectQuote(a: Found, o: Found, text: string): boolean {
  if (a.rule !== 'name-cue-comma-quote' || a.cue === null || a.speaker === null || o.cue === null || o.cue.kind !== 'verb' || o.cue.weight < 0.9) return false;
  if (a.cue.start <= o.content.start || !/^\s*["'\u201c\u2018]*\s*$/u.test(text.slice(a.cue.end, a.content.start))) return false;
  // `…, which he called “a cartel”`, `…, a man yelled “Stay!”`: a relative or a new clause after a comma has its own speaker.
  return !/(?:[,;:\u2014\u2013]|\b(?:which|whom|who|whose|where|when|while|and|but))\s*$/iu.test(text.slice(Math.max(o.content.start, a.speaker.span.start - 12), a.speaker.span.start));
}

/** Is quotation claim a, attributed inside claim o's content to a state cue, what o's speaker says with a saying verb? */
function saidBy(a: Found, o: Found, rules: AttributeRules): boolean {
  // (Not after `you know`, `I think` inside quoted words: a turn of speech, no one's state of mind being reported.)
  const person = a.speaker?.mention?.pronoun === true && (rules.words.firstPerson.has(a.speaker.mention.name.toLowerCase()) || a.speaker.mention.name.toLowerCase() === 'you');
  return !!a.cue && rules.words.stateCues.has(a.cue.lemma) && !person && !!o.speaker && !!o.cue && o.cue.kind === 'verb' && o.cue.weight >= 0.9 &&
    !rules.words.stateCues.has(o.cue.lemma);
}

/**
 * Is the quotation a title in title case right after a work noun (`autobiography`, `sitcom`) or a TITLE_LEADS word
 * (`sang`, `on`), a comma between or not (not after `on`)?
 */
function namesWork(before: readonly Token[], quoted: string, rules: AttributeRules): boolean {
  let k = before.length - 1;
  while (k >= 0 && !before[k]!.word && before[k]!.text !== ',') k--; // the opening marks
  const comma = before[k]?.text === ',';
  if (comma) k--;
  const lead = before[k];
  if (!lead || !lead.word || lead.quoted || !(rules.words.workNouns.has(lead.lower) || (rules.words.titleLeads.has(lead.lower) && !(comma && lead.lower === 'on')))) return false;
  return isTitleCase(quoted, rules);
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

/** Of the attributions given, the one whose cue ends last at or before `offset`, or null. */
function nearestBefore(list: readonly Found[], offset: number): Found | null {
  let best: Found | null = null;
  for (const x of list) if (x.cue && x.cue.end <= offset && (!best || x.cue.start > best.cue!.start)) best = x;
  return best;
}

/** Step 3b: `quote-unattributed` claims right after an upgraded one (in quotation order) continue it. */
function continueUpgraded(found: Found[], upgraded: ReadonlySet<number>, facts: readonly SentenceFacts[], paragraphs: readonly Paragraph[], text: string): void {
  let previous: Found | null = null;
  for (let i = 0; i < found.length; i++) {
    const x = found[i]!;
    if (x.quoteEnd === undefined && x.rule !== 'quote-unattributed') continue; // a reported claim, pushed after the quotations
    if (x.rule === 'quote-unattributed' && previous && /[.!?\u2026]$/u.test(text.slice(x.content.start, x.content.end)) &&
      continuesPrevious(previous, facts[x.sentence]!, facts, paragraphs, text)) {
      found[i] = { ...x, speaker: previous.speaker, cue: previous.cue, rule: 'quote-continued', factor: 0.9, quoteEnd: x.content.end, continues: previous.content };
      previous = found[i]!;
      continue;
    }
    previous = upgraded.has(i) ? x : null;
  }
}

/** A trailing reported attribution whose content is a whole quotation is that quotation's trailing shape. */
const QUOTE_RULES: ReadonlyMap<string, string> = new Map([['clause-comma-name-cue', 'quote-comma-name-cue'], ['clause-comma-cue-name', 'quote-comma-cue-name']]);

/** Does the content hold only the quotation, its marks and its closing punctuation? */
function onlyMarks(text: string, content: Span, q: Quote): boolean {
  return /^[\s"'\u201c\u201d\u2018\u2019`]*$/u.test(text.slice(content.start, q.start)) && /^[\s"'\u201c\u201d\u2018\u2019,.!?]*$/u.test(text.slice(q.end, content.end));
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

/** Reported speech around one cue: the shape families in the order they are tried. */
function reported(cue: FoundCue, f: SentenceFacts, rules: AttributeRules, lastInSentence: Found | null): Found | null {
  if (cue.kind === 'phrase') return accordingTo(cue, f, rules);
  // `…, warning that B`: a form that is also a noun (`a warning that`) is the participle after a comma or a dash.
  if (linksSecondContent(cue, f, rules)) return addingThat(cue, f, rules, lastInSentence);
  if (cue.kind === 'noun') return nounCue(cue, f, rules);
  return documentParticiple(cue, f, rules) ?? documentRelative(cue, f, rules) ?? askedQuestion(cue, f, rules) ?? verbCue(cue, f, rules, lastInSentence);
}

/** `Ohio, Oregon, Maine and Utah`: a list of four or more names is not something said. */
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

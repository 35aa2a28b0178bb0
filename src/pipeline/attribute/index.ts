import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Paragraph, Quote, Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { Found, Shape } from './shape.js';
import { findIndexBefore } from '../../text/span.js';
import { type SentenceFacts, WINDOW, sentenceAt, tokenIndexAtOrAfter, wordCount } from '../sentence-facts.js';
import { ACCORDING_TO, accordingTo } from './according-to.js';
import { CONTINUED, afterReported, blockQuotes, continuesPrevious, isSubhead, isTitleSubject } from './continued.js';
import { COORDINATED, addingThat, linksSecondContent } from './coordinated.js';
import { HEADLINE, headlineClaims } from './headline.js';
import { LEAD_IN, clauseRunsOn, headBefore, leading } from './lead-in.js';
import { NAMING } from './naming.js';
import { NESTED_QUOTE, nestedQuotes } from './nested-quote.js';
import { NOUN_CUES, nounCue } from './noun-cues.js';
import { REPORTED_CLAUSE, verbCue } from './reported-clause.js';
import { TRAILING, endsUtterance, trailing } from './trailing.js';
import { TRANSCRIPT, withTurns } from './transcript.js';

/**
 * The attribute stage: who-said-what shapes, one file per family, each shape a record (src/pipeline/attribute/shape.ts).
 * This file is the one place that says their order: quotations first (a trailing attribution, else a lead-in; then a
 * continued or an unattributed quotation), then reported speech around each cue no quotation took (`according to`,
 * a noun cue, a linking participle, else a saying verb), then block quotations and headlines.
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
  { file: 'reported-clause.ts', shapes: REPORTED_CLAUSE },
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
      // `In past campaigns, “we felt …,” he said.` · `The market was empty, he added, “but …”`: the
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
    if (continuesPrevious(previous, openS, facts, input.paragraphs, text) && !isSubhead(quote, quotes[q - 1], input.paragraphs, openS.sentence.paragraph, text) &&
      !isTitleSubject(text.slice(quote.start, quote.end), after[0], rules)) {
      const f: Found = { content: quote, type: 'direct', speaker: previous.speaker, cue: previous.cue, rule: 'quote-continued', factor: 0.9, sentence: openS.sentence.index, quoteEnd: quote.end, continues: previous.content };
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
  const kept = withTurns(headlineClaims(unique, input, rules), (list) => withoutNested(list, text), text, input.paragraphs, facts);
  // 6. A quotation inside a quotation, with its own speaker inside the outer one (`“… I said, ‘Come home.’”`).
  const inner = nestedQuotes(kept, facts, text, rules);
  return inner.length === 0 ? kept : [...kept, ...inner].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}

/**
 * One attribution per word. A reported claim whose speaker and content lie inside another claim's content is
 * part of what that speaker said (`FALLIN: I think he is …`, `Most voters say …, according to a poll`):
 * dropped. A quotation with its own attribution inside (`Dempsey asserted that Ohio had lost its way:
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
      // `the bill was what the mayor called “a giveaway”`: a free relative is part of the outer content; both stay.
      const relative = /\b(?:what|as)\s+$/iu.test(text.slice(Math.max(o.content.start, a.speaker.span.start - 8), a.speaker.span.start));
      // `Trump said he wants “a total shutdown”`: a quotation that is the object of a verb inside another speaker's
      // reported clause is part of that clause (mixed), and the outer speaker's.
      if (quotation && objectQuote(a, o, text) && !relative) continue;
      if (!scoped && !relative && (within(a.speaker.span) || (quotation && a.cue !== null && within(a.cue)))) {
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
  return verbCue(cue, f, rules, lastInSentence);
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

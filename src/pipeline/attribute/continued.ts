import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Paragraph, Quote, Sentence, Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import { type SentenceFacts, sentenceAt, wordCount } from '../sentence-facts.js';
import type { Found, Shape } from './shape.js';
import { isTitleCase } from './clause-bounds.js';
import { type Token, countWords } from '../../text/tokens.js';
import { speakerForCue } from '../phrases/cue-speaker.js';
import { isCommonWord } from '../../nlp/lexicon.js';

/**
 * Quotations that carry on: an unattributed quotation after an attributed one (same speaker), one that stands
 * alone (no speaker; shown with --all), a block quotation after a colon, and a headline `Name: words`.
 */

export const CONTINUED = [
  { id: 'quote-continued', confidence: 0.85, example: '“We will win,” Doe said. “The count is wrong.”', match: continuesPrevious },
  { id: 'quote-after-reported', confidence: 0.8, example: 'Doe told the paper that the count was wrong. “We will appeal this ruling.”', match: afterReported },
  { id: 'quote-unattributed', confidence: 0.3, example: '“We will win this time.”', match: continuesPrevious },
  { id: 'block-quote-after-colon', confidence: 0.75, example: 'Jane Doe told the paper:\n\nThe policy is wrong and it will fail.', match: blockQuotes },
  { id: 'headline-name-colon', confidence: 0.7, example: 'Gingrich: Ferris Must Choose\n\nThe race goes on.', match: blockQuotes },
] as const satisfies readonly Shape[];

/**
 * `Jane Doe told the paper:` and an unquoted paragraph: the paragraph is what she said (`block-quote-after-colon`). Not
 * when the colon sentence already has its content (`Doe pointed out that the vote was close:` and an embedded post that
 * the text lost), nor when the next paragraph is narration: a time or two words (`9:42 p.m.`), a paragraph that
 * itself ends with a colon, or one whose first sentence opens with its own attribution (`found`: the claims found so
 * far; `And later, Roe said that she was “proud …”`).
 */
export function blockQuotes(input: { text: string; paragraphs: readonly Paragraph[]; quotes: readonly Quote[]; facts: readonly SentenceFacts[] }, rules: AttributeRules, found: readonly Found[] = []): Found[] {
  const out: Found[] = [];
  const { text, paragraphs, facts } = input;
  for (let i = 0; i < facts.length - 1; i++) {
    const f = facts[i]!;
    const last = f.tokens[f.tokens.length - 1];
    if (!last || last.text !== ':' || last.quoted) continue;
    // `the ministers pledged to:` · `Both sides agreed to:`: a list of things to do follows, not words said.
    if (f.tokens[f.tokens.length - 2]?.lower === 'to') continue;
    const next = facts[i + 1]!;
    if (next.sentence.paragraph === f.sentence.paragraph) continue;
    const para = paragraphs[next.sentence.paragraph]!;
    if (/^["'\u201c\u2018]/u.test(text[para.start] ?? '')) continue; // a quoted paragraph: handled as a quotation
    const cue = [...f.cues].reverse()[0];
    if (!cue) continue;
    if (hasThatClause(f, cue) || isNarration(next, para, found, text)) continue;
    const m = speakerForCue(f, cue, rules.phrases);
    if (!m) continue;
    out.push({ content: { start: para.start, end: para.end }, type: 'direct', speaker: m, cue, rule: 'block-quote-after-colon', factor: 1, sentence: next.sentence.index });
  }
  // Headline and transcript style: `Gingrich: Ferris Must Choose …`, `MATTHEWS: Well, speculation is bad`.
  const turns: Found[] = [];
  const seen = new Set<number>();
  for (const f of facts) {
    const p = f.sentence.paragraph;
    if (seen.has(p)) continue;
    seen.add(p);
    const para = paragraphs[p]!;
    const opener = f.mentions.find((x) => x.first <= 1 && !x.pronoun && !x.quoted);
    const m = opener && f.tokens[opener.last + 1]?.text !== ':' && p === 0 ?
      f.mentions.find((x) => x.first === 2 && !x.pronoun && !x.quoted) ?? opener : opener; // `EXCLUSIVE – Name:`
    const colon = m ? f.tokens[m.last + 1] : undefined;
    if (!m || !colon || colon.text !== ':' || (m.kind !== 'person' && m.kind !== 'organization' && m.kind !== 'other')) continue;
    if (m.first === 1 && f.tokens[0]!.text !== '-') continue;
    if (m.first === 2 && !(p === 0 && isKicker(f.tokens[0]!, f.tokens[1]!) && (m.kind === 'person' || m.kind === 'organization' || !isCommonWord(m.name.toLowerCase())))) continue;
    if (rules.labels.has(m.name.toLowerCase()) || m.last - m.first > 5) continue;
    // Below the headline only a person or an organisation introduces a line this way (a transcript's
    // `MATTHEWS:`), not a place or a list heading (`Iowa: Owen Tarrant, …`).
    if (p > 0 && m.kind !== 'person' && m.kind !== 'organization') continue;
    const next = f.tokens[m.last + 2];
    if (!next || next.quoted || /^["'\u201c\u2018]/u.test(text[next.start] ?? '')) continue; // a quotation: handled as one
    const words = countWords(text, next.start, para.end);
    if (words < 3) continue;
    const cue: FoundCue = { start: colon.start, end: colon.end, lemma: ':', weight: 0.7, kind: 'phrase', sentence: f.sentence.index, first: m.last + 1, last: m.last + 1, form: ':' };
    const end = para.end - para.start <= 2000 ? para.end : f.sentence.end; // a transcript turn, not a 10 MB line
    turns.push({ content: { start: next.start, end }, type: null, speaker: { span: { start: m.start, end: m.end }, mention: m, name: null, kind: null }, cue, rule: 'headline-name-colon', factor: p === 0 ? 1 : 0.9, sentence: f.sentence.index });
  }
  // `Lee: Win in a walk.`, then `Hart: Just hang on.` further down: short lines below the headline with no such line
  // next to them head a list (`what each team must do`); a transcript's turns come in a row (`MATTHEWS: …`,
  // `LOPEZ: …`), and one such line alone stays a claim.
  const paragraphOf = (x: Found) => facts[x.sentence]!.sentence.paragraph;
  const turnParagraphs = new Set(turns.map(paragraphOf));
  const heading = (x: Found) => {
    const p = paragraphOf(x);
    return p > 0 && countWords(text, x.content.start, x.content.end) < SHORT_LINE && !turnParagraphs.has(p - 1) && !turnParagraphs.has(p + 1);
  };
  const headings = turns.filter(heading).length;
  for (const x of turns) if (headings < 2 || !heading(x)) out.push(x);
  return out;
}

/** Below the headline, a `Name:` line shorter than this many words is a list heading when it is not next to another. */
const SHORT_LINE = 8;

/** A headline's kicker before a dash: one upper-case word (`EXCLUSIVE –`, `WATCH –`). */
export function isKicker(word: Token, dash: Token): boolean {
  return word.word && /^\p{Lu}{3,}$/u.test(word.text) && dash.text === '-';
}

/**
 * A subhead quoting the article (`'A really tough decision.'` alone in its paragraph, in single marks, where the
 * quotation before it had double ones: `''…,'' she said.` or `“…,” she said.`): it carries on no one's words. In a
 * text that quotes with single marks throughout, a quotation alone in its paragraph still continues.
 */
export function isSubhead(quote: Quote, before: Quote | undefined, paragraphs: readonly Paragraph[], paragraph: number, text: string): boolean {
  const para = paragraphs[paragraph];
  if (!para || !quote.open || !quote.close || !before?.open) return false;
  const single = (q: Quote) => /^['\u2018]$/u.test(text.slice(q.open!.start, q.open!.end));
  if (!single(quote) || single(before)) return false;
  return /^\s*$/u.test(text.slice(para.start, quote.open.start)) && /^[\s.]*$/u.test(text.slice(quote.close.end, para.end));
}

/**
 * A title that opens a sentence as its subject (`“Sons of the Desert” is an adaptation of …`): at most six words, each
 * capitalised but for small words, no punctuation of its own at the end, and a lower-case word right after the
 * closing mark. It quotes a name, not the previous speaker.
 */
export function isTitleSubject(quoted: string, next: Token | undefined, rules: AttributeRules): boolean {
  if (!next || !next.word || next.cap || /[.,!?;:\u2026]$/u.test(quoted.trim())) return false;
  return isTitleCase(quoted, rules, 6);
}

/** `pointed out that the vote was close:`: a `that` and a clause of at least two words between the cue and the colon. */
function hasThatClause(f: SentenceFacts, cue: FoundCue): boolean {
  const toks = f.tokens;
  for (let k = cue.last + 1; k < toks.length - 3; k++) if (toks[k]!.lower === 'that' && !toks[k]!.quoted) return toks.slice(k + 1, -1).filter((t) => t.word).length >= 2;
  return false;
}

/**
 * Is the paragraph after a colon narration rather than what was said: fewer than three words (`9:42 p.m.`), a
 * paragraph that ends with a colon of its own, or a first sentence with an attribution of its own whose speaker and
 * speech verb come before its content of four words or more (`And after the debate, Roe said that she was “proud”`)?
 */
function isNarration(first: SentenceFacts, para: Paragraph, found: readonly Found[], text: string): boolean {
  const words = text.slice(para.start, Math.min(para.end, para.start + 200)).match(/\p{L}{2,}/gu)?.length ?? 0; // `p.m.` is no word here
  if (words < 3 || /:\s*$/u.test(text.slice(Math.max(para.start, para.end - 40), para.end))) return true;
  const s = first.sentence;
  return found.some((x) => x.speaker !== null && x.cue !== null && x.cue.weight >= SPEECH_VERB && x.cue.start >= s.start && x.cue.end <= s.end &&
    x.speaker.span.start >= s.start && x.speaker.span.end <= x.cue.start && x.cue.end <= x.content.start && wordCount(text, x.content) >= 4);
}

/** A cue that says outright that words were spoken (`say`, `tell`, `write`, `point out`; not `think`). */
const SPEECH_VERB = 0.9;

/** `“…,” he said. “…”`: an unattributed quotation continues the previous quotation's speaker, in its paragraph or the next. */
export function continuesPrevious(previous: Found | null, s: SentenceFacts, facts: readonly SentenceFacts[], paragraphs: readonly Paragraph[], text: string): previous is Found {
  return !!previous && !!previous.speaker && previous.quoteEnd === previous.content.end && samePlace(facts, previous.sentence, s.sentence, paragraphs, text, previous.content);
}

/**
 * `Doe told the paper that the count was wrong. “We will appeal.”` (British and wire style): a quotation that is a
 * sentence of its own, with no speaker found, right after a sentence that ends with what a speaker said (reported or
 * mixed) carries on that speaker's words: in the next sentence of the paragraph, or opening the next paragraph when
 * the attribution ended its own. A quotation taken so may in turn be carried on by the next one (`… “A.” “B.”`).
 * The quotation must be a whole sentence (`“… appeal.”`, nothing after it in its sentence), so neither a title
 * (`“Harbour Lights” is …`) nor a quotation with a speaker after it that no shape read (`“…,” the tycoon told Reuters`) is
 * a continuation. Returns `found` with those quotations given their speaker (rule `quote-after-reported`).
 */
export function afterReported(found: readonly Found[], facts: readonly SentenceFacts[], text: string): Found[] {
  // The claim with a speaker whose content ends each sentence, by sentence index: the last one found there.
  const ending = new Map<number, Found>();
  for (const x of found) {
    // What a speaker said, not what someone was called or began (`calling Trump “…”`): a speech cue.
    if (!x.speaker || x.rule === 'quote-unattributed' || (x.cue !== null && x.cue.weight < SPEECH_CUE)) continue;
    const f = facts[sentenceOfEnd(facts, x)];
    // `… were “meticulous,” a word he used twice.`: an aside after the closing marks still ends what was said.
    const aside = /,['"\u201d\u2019]+$/u.test(text.slice(x.content.start, x.content.end)) && /^\s+\p{Ll}/u.test(text.slice(x.content.end, f?.sentence.end ?? 0)) &&
      !f?.cues.some((c) => c.start >= x.content.end); // not `…,” he said.`
    if (!f || (!aside && !/^[\s.!?"'\u201d\u2019)\]]*$/u.test(text.slice(x.content.end, f.sentence.end)))) continue;
    const was = ending.get(f.sentence.index);
    if (!was || was.content.end <= x.content.end) ending.set(f.sentence.index, x);
  }
  const moved = new Map<number, Found>(); // content start of a continued quotation given to a reported speaker → it
  return found.map((x) => {
    if (x.rule === 'quote-continued') return movedOn(x, ending, moved, facts, text);
    if (x.rule !== 'quote-unattributed') return x;
    const s = facts[x.sentence];
    const prev = facts[x.sentence - 1];
    const by = ending.get(x.sentence - 1);
    // A quoted sentence with nothing after it in its sentence (`“…,” the mayor said` has its own speaker).
    if (!s || !prev || !by || !/[.!?\u2026]['"\u2019\u201d]?$/u.test(text.slice(x.content.start, x.content.end)) || /[\p{L}\p{N}]/u.test(text.slice(x.content.end, s.sentence.end))) return x;
    // The same paragraph, or the next one when this quotation opens it.
    if (prev.sentence.paragraph !== s.sentence.paragraph && !(prev.sentence.paragraph + 1 === s.sentence.paragraph && /^["'\u201c\u2018`\u00ab\u201e]/u.test(text.slice(s.sentence.start, x.content.start).trim()))) return x;
    const y: Found = { ...x, speaker: by.speaker, cue: by.cue, rule: 'quote-after-reported', factor: 0.9, quoteEnd: x.content.end };
    // A quotation taken here ends its sentence's words for the next one: `… rattled." "We will …"`.
    const last = sentenceOfEnd(facts, y);
    if (/^[\s.!?"'\u201d\u2019)\]]*$/u.test(text.slice(x.content.end, facts[last]!.sentence.end))) ending.set(last, y);
    return y;
  });
}

/**
 * `“A,” Roe said. Or the town, Doe says. “B.”`: a quotation taken as the earlier quotation's next piece, right after a
 * sentence that ends with another claim (reported, between the two pieces), carries on that claim's words instead, as an
 * unattributed one would (and so do the pieces that continue it).
 */
function movedOn(x: Found, ending: ReadonlyMap<number, Found>, moved: Map<number, Found>, facts: readonly SentenceFacts[], text: string): Found {
  const earlier = x.continues ? moved.get(x.continues.start) : undefined;
  if (earlier) {
    const y: Found = { ...x, speaker: earlier.speaker, cue: earlier.cue };
    moved.set(x.content.start, y);
    return y;
  }
  const by = ending.get(x.sentence - 1);
  const s = facts[x.sentence];
  const prev = facts[x.sentence - 1];
  // Another sentence than the earlier piece's (`“A,” Roe said, as she called for B. “C.”` stays Roe's).
  if (!by || !s || !prev || !x.continues || by.quoteEnd !== undefined || by.content.start < x.continues.end) return x;
  if (by.sentence <= (sentenceAt(facts, Math.max(x.continues.start, x.continues.end - 1))?.sentence.index ?? x.sentence)) return x;
  if (!/[.!?\u2026]['"\u2019\u201d]?$/u.test(text.slice(x.content.start, x.content.end)) || /[\p{L}\p{N}]/u.test(text.slice(x.content.end, s.sentence.end))) return x;
  if (prev.sentence.paragraph !== s.sentence.paragraph) return x;
  // `“A,” said Roe, who added that B. “C.”`: a relative's claim is the same speaker's; the piece stays as it was.
  if (by.speaker && /^(?:who|whom|which|that)$/iu.test(text.slice(by.speaker.span.start, by.speaker.span.end))) return x;
  const { continues: _, ...rest } = x;
  const y: Found = { ...rest, speaker: by.speaker, cue: by.cue, rule: 'quote-after-reported', factor: 0.9 };
  moved.set(x.content.start, y);
  return y;
}

/** The least weight of a cue that reports speech (`say` 1, `pledge` 0.8, `agree` 0.75; `call` 0.5 and `begin` 0.3 are not). */
const SPEECH_CUE = 0.7;

/** The index of the sentence where a claim's content ends. */
function sentenceOfEnd(facts: readonly SentenceFacts[], x: Found): number {
  return sentenceAt(facts, Math.max(x.content.start, x.content.end - 1))?.sentence.index ?? -1;
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

import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Paragraph, Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { FoundMention } from '../mentions.js';
import { classifyWords, isCommonWord } from '../../nlp/lexicon.js';
import { countWords } from '../../text/tokens.js';
import { type SentenceFacts, clauseSign, cueAt, hasClause } from '../sentence-facts.js';
import type { Found, Shape } from './shape.js';

/**
 * The headline (the document's first paragraph, when it is short). A headline claim is the rest of the line after
 * `Name:` or `Name on Topic:`, the speaker the name before the colon, the colon its cue:
 * - `Mayor Diaz on Transit: Fares ‘Will Not Rise’`, `Station Chief On Debates: ‘We Do Not Pay Guests’`: the topic
 *   after `on` (or `about`) and the place after `at` (`Mayor Diaz at Summit:`) are not part of the speaker (not `to`:
 *   `Diaz to Teachers:` is as often `Diaz to Visit Paris:`), and the rest of the line says something: a clause or a quotation (`Diaz at 80: A Life
 *   in Politics`, `Diaz on Trade: Key Votes` are titles); the speaker is a person or an organisation that a later
 *   sentence names again (`Focus on Jobs:`, `Texas on Edge:`, `Crackdown on Protesters:` are titles, not speakers);
 * - `Haddad: ‘Hateful Slogans’ Have ‘No Place’ In Schools`: a quotation after the colon that the line goes on past
 *   makes one mixed claim of the whole rest of the line, not a direct claim of its first piece;
 * - `Okonjo and Lindqvist: A Long Rivalry`: a noun phrase after the colon (a determiner, no clause, no quotation
 *   marks) is a title, not a claim.
 * `X Says Y` headlines are reported speech like any other sentence (reported-clause.ts).
 */

export const HEADLINE = [
  { id: 'headline-name-on-topic', confidence: 0.7, example: 'Mayor Diaz on Transit: Fares ‘Will Not Rise’\n\nMayor Lena Diaz spoke on Monday.', match: headlineClaims },
] as const satisfies readonly Shape[];

/** A headline is at most this many words. */
const MAX_WORDS = 30;

/** The colon stands within this many tokens of the line's start. */
const MAX_COLON = 14;

/** The topic between `on` and the colon is at most this many tokens. */
const MAX_TOPIC = 9;

const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

const QUOTE_MARK = /["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`]/u;

const HEADLINE_RULES: ReadonlySet<string> = new Set(['name-colon-quote', 'headline-name-colon']);

/** The claims with the headline's read as above (the other claims untouched, in the same order). */
export function headlineClaims(
  found: readonly Found[],
  input: { text: string; paragraphs: readonly Paragraph[]; facts: readonly SentenceFacts[] },
  rules: AttributeRules,
): Found[] {
  const { text, paragraphs, facts } = input;
  const para = paragraphs[0];
  const f = facts[0];
  if (!para || !f || f.sentence.paragraph !== para.index || countWords(text, para.start, para.end) > MAX_WORDS) return [...found];
  let end = para.end;
  while (end > para.start && /[\s;]/u.test(text[end - 1]!)) end--; // NYT index lines end `…;`
  const inHeadline = (x: Found): boolean => x.content.start >= para.start && x.content.start < para.end;

  const onTopic = topicClaim(f, facts, text, end, rules);
  if (onTopic) {
    const out = found.filter((x) => !(inHeadline(x) && x.content.start >= onTopic.content.start));
    out.push(onTopic);
    return out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  }

  const out: Found[] = [];
  for (const x of found) {
    if (!inHeadline(x) || !HEADLINE_RULES.has(x.rule) || !x.cue) {
      out.push(x);
      continue;
    }
    const start = nextNonSpace(text, x.cue.end, end);
    const rest: Span = { start, end };
    if (x.rule === 'name-colon-quote' && x.quoteEnd !== undefined && countWords(text, x.quoteEnd, end) > 0) {
      // the line goes on past the quotation: one mixed claim of the rest of the line
      out.push({ ...x, content: rest, type: null, rule: 'headline-name-colon', quoteEnd: undefined });
      continue;
    }
    if (x.rule === 'headline-name-colon' && isTitlePhrase(f, text, rest, rules)) continue;
    out.push(x);
  }
  // A later claim inside a widened one is part of it (the headline holds a handful of claims at most).
  const wide = out.filter((y) => y.rule === 'headline-name-colon' && inHeadline(y));
  return out.filter((x) => !inHeadline(x) || !wide.some((y) => y !== x && x.content.start > y.content.start && x.content.end <= y.content.end));
}

/** `Name on Topic: words`: the claim, or null. */
function topicClaim(f: SentenceFacts, facts: readonly SentenceFacts[], text: string, end: number, rules: AttributeRules): Found | null {
  const toks = f.tokens;
  const s0 = toks[0]?.text === '-' ? 1 : 0;
  let colon = -1;
  for (let k = s0 + 1; k < toks.length && k <= MAX_COLON; k++) {
    if (toks[k]!.quoted) break;
    if (toks[k]!.text === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || colon + 1 >= toks.length) return null;
  let link = -1;
  for (let k = s0 + 1; k < colon; k++) {
    if (rules.words.headlineTopicLinks.has(toks[k]!.lower)) {
      link = k;
      break;
    }
  }
  if (link < 0 || link === colon - 1 || colon - link > MAX_TOPIC) return null;
  for (let k = s0; k < colon; k++) if (cueAt(f, k) || clauseSign(toks[k]!, rules)) return null; // `Smith on Tuesday said …:`
  // `Former AG Okafor at RNC:`: a descriptor the mention leaves out opens the speaker.
  const lead = toks[s0]!.cap && rules.phrases.words.descriptor.test(toks[s0]!.lower) ? 1 : 0;
  const m = f.mentions.find((x) => (x.first === s0 || x.first === s0 + lead) && !x.pronoun && !x.quoted && x.last >= link - 1);
  if (!m) return null;
  const speaker = m.last === link - 1 ? m : cut(m, link - 1, toks[link - 1]!.end, text);
  if (rules.labels.has(speaker.name.toLowerCase())) return null;
  if (speaker.kind !== 'person' && speaker.kind !== 'organization' && !unknownName(speaker, text)) return null; // `Texas on Edge:`, `Live Updates on …:`
  if (!namedAgain(speaker, text, facts)) return null; // `Crackdown on Protesters:`: a capitalised noun, no one the story names
  const start = toks[colon + 1]!.start;
  // What follows the colon says something: a clause or a quotation (`Key Moments`, `A Life in Politics` are titles).
  const rest: Span = { start, end };
  if (countWords(text, start, end) < 2 || (!QUOTE_MARK.test(text.slice(start, end)) && !hasClause(f.tokens, rest, rules))) return null;
  const c = toks[colon]!;
  const cue: FoundCue = { start: c.start, end: c.end, lemma: ':', weight: 0.7, kind: 'phrase', sentence: f.sentence.index, first: colon, last: colon, form: ':' };
  return { content: { start, end }, type: null, speaker: { span: { start: Math.min(speaker.start, toks[s0]!.start), end: speaker.end }, mention: speaker, name: null, kind: null }, cue, rule: 'headline-name-on-topic', factor: 1, sentence: f.sentence.index };
}

/** A name the lexicon knows neither as a common word nor as a place (`Gillibrand`, not `Focus` or `Texas`). */
function unknownName(m: FoundMention, text: string): boolean {
  const words = (text.slice(m.start, m.end).match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
  return words.length > 0 && !words.some(isCommonWord) && classifyWords(words).kind !== 'place';
}

/**
 * Does a later sentence name the speaker again: a mention (no pronoun) holding a word of its name, written the same
 * way (`Fed Chair` → `the Fed`)? A headline's `Name on Topic:` names someone the story is about; a capitalised common
 * noun in a title (`Focus`, `Crackdown`, `Spotlight`) is typed a person by the mention stage but never named again.
 */
function namedAgain(speaker: FoundMention, text: string, facts: readonly SentenceFacts[]): boolean {
  const words = new Set(text.slice(speaker.start, speaker.end).match(/[\p{L}\p{N}]{2,}/gu) ?? []);
  for (let i = 1; i < facts.length; i++) {
    for (const x of facts[i]!.mentions) if (!x.pronoun && text.slice(x.start, x.end).match(/[\p{L}\p{N}]{2,}/gu)?.some((w) => words.has(w))) return true;
  }
  return false;
}

/** The mention cut after token `last` (`WKRT Editor On Ferris` → `WKRT Editor`). */
function cut(m: FoundMention, last: number, end: number, text: string): FoundMention {
  const head = m.head.end <= end ? m.head : { start: Math.max(m.start, Math.min(m.head.start, end)), end };
  return { ...m, end, last, head, name: text.slice(m.start, end) };
}

/** `A Tortured Relationship`: a determiner, then no clause and no quotation marks. */
function isTitlePhrase(f: SentenceFacts, text: string, s: Span, rules: AttributeRules): boolean {
  const first = /^\p{L}+/u.exec(text.slice(s.start, Math.min(s.end, s.start + 20)));
  if (!first || !DETERMINERS.has(first[0].toLowerCase())) return false;
  return !QUOTE_MARK.test(text.slice(s.start, s.end)) && !hasClause(f.tokens, s, rules);
}

function nextNonSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/u.test(text[i]!)) i++;
  return i;
}

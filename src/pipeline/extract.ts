import type { Claim, ClaimFeatures, SentenceRecord, SourceDoc } from '../types.js';
import { RULES, type Rules } from '../rules/index.js';
import { tokenize } from '../text/tokens.js';
import { findIndexBefore } from '../text/span.js';
import { normalise } from './normalise.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { findQuotes } from './quotes.js';
import { findCues } from './cues.js';
import { findMentions } from './mentions.js';
import { findAttributions } from './attribute/index.js';
import { scoreAttributions, speakerMentions } from './attribute/score.js';
import type { SentenceFacts } from './sentence-facts.js';
import { resolveEntities } from './entities.js';
import { findBoilerplate } from './boilerplate.js';
import { buildClaims, buildSentences, claimId, foldQuotation } from './claims.js';
import { describeAttributions } from './features.js';
import { findFurniture } from './furniture.js';

/**
 * `features: true` keeps each claim's confidence-model inputs on it (for the fit script; never printed);
 * `window`: the window size in UTF-16 units (tests), default `WINDOW`.
 */
export interface ExtractOptions {
  readonly features?: boolean;
  readonly window?: number;
}
export type ClaimWithFeatures = Claim & { readonly features: ClaimFeatures };

/**
 * A document longer than this (UTF-16 units) runs in windows of about this size, cut between paragraphs,
 * so the per-token objects of the stages never exist for more than one window: memory per document is the
 * text and its records plus one window's work (~70 MB per MB of window). Shorter documents run whole.
 */
export const WINDOW = 1024 * 1024;

/**
 * The whole pipeline for one document. Pure: same document, same claims. A document longer than
 * `WINDOW` runs window by window (see `extractSteps`); a claim never spans two windows.
 */
export function extract(doc: SourceDoc, rules?: Rules, options?: ExtractOptions & { features?: false }): Claim[];
export function extract(doc: SourceDoc, rules: Rules, options: ExtractOptions & { features: true }): ClaimWithFeatures[];
export function extract(doc: SourceDoc, rules: Rules = RULES, options: ExtractOptions = {}): Claim[] {
  return drain(extractSteps(doc, rules, options.window ?? WINDOW, options)) as Claim[];
}

/** `claims sentences` stops after the splitter (windowed as `extract`). */
export function extractSentences(doc: SourceDoc, rules: Rules = RULES, window = WINDOW): SentenceRecord[] {
  return drain(extractSentenceSteps(doc, rules, window)) as SentenceRecord[];
}

/** Run steps to the end: the records. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `extract` one window at a time: yields between windows (so a caller on the main thread can let the
 * event loop in, and see a Ctrl-C), returns the claims. Each window's records are shifted back to the
 * document's code points, sentence numbers and ids, so a document of one window gives `extract`'s output.
 */
export function* extractSteps(doc: SourceDoc, rules: Rules = RULES, window = WINDOW, options: ExtractOptions = {}): Generator<void, Claim[]> {
  if (!(doc.text.length > window)) return extractWhole(doc, rules, options).claims; // (a bad doc fails in the stages, as before)
  const out: Claim[] = [];
  let cps = 0;
  let sentences = 0;
  const seen = new Map<string, number>(); // folded quotation → occurrences so far, over the whole document
  for (const [start, end] of cutWindows(doc.text, window)) {
    const part = { path: doc.path, text: doc.text.slice(start, end) };
    const r = extractWhole(part, rules, options);
    for (const c of r.claims) out.push(shiftClaim(c, cps, sentences, seen));
    cps += countCodePoints(part.text);
    sentences += r.sentences;
    yield;
  }
  return out;
}

/** `extractSentences` one window at a time, as `extractSteps`. */
export function* extractSentenceSteps(doc: SourceDoc, rules: Rules = RULES, window = WINDOW): Generator<void, SentenceRecord[]> {
  const run = (d: SourceDoc) => {
    const text = normalise(d.text);
    const paragraphs = splitParagraphs(text);
    return { records: buildSentences(d, splitSentences(text, paragraphs, rules)), paragraphs: paragraphs.length };
  };
  if (!(doc.text.length > window)) return run(doc).records;
  const out: SentenceRecord[] = [];
  let cps = 0;
  let sentences = 0;
  let paragraphs = 0;
  for (const [start, end] of cutWindows(doc.text, window)) {
    const part = { path: doc.path, text: doc.text.slice(start, end) };
    const r = run(part);
    for (const s of r.records) out.push({ ...s, index: s.index + sentences, paragraph: s.paragraph + paragraphs, start: s.start + cps, end: s.end + cps });
    cps += countCodePoints(part.text);
    sentences += r.records.length;
    paragraphs += r.paragraphs;
    yield;
  }
  return out;
}

/**
 * [start, end) windows that tile `text`, each at most `size` units: cut after the last blank line in
 * the window's second half, else after its last line break (every line is a paragraph), else after its
 * last space, else at `size` (never inside a surrogate pair).
 */
export function cutWindows(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const from = start + Math.floor(size / 2);
    const cut = lastCut(text, from, limit);
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

function lastCut(text: string, from: number, limit: number): number {
  // The last blank line: a line break, only spaces, tabs or CR, and a line break.
  let firstBreak = -1;
  for (let i = text.lastIndexOf('\n', limit - 1); i >= from; i = text.lastIndexOf('\n', i - 1)) {
    if (firstBreak < 0) firstBreak = i;
    let j = i - 1;
    while (j >= from && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
    if (j >= from && text[j] === '\n') return i + 1;
    if (i === 0) break;
  }
  if (firstBreak >= 0) return firstBreak + 1;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= from) return space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function countCodePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) (n--, i++);
    }
  }
  return n;
}

/**
 * A window's claim in the document's terms: offsets and sentence shifted, and the id's occurrence number
 * counted over the whole document (`seen`, in quote order), so the same words quoted in two windows keep
 * two ids, as they would in one run.
 */
function shiftClaim(c: Claim, cps: number, sentences: number, seen: Map<string, number>): Claim {
  const folded = foldQuotation(c.quote.text);
  const occurrence = (seen.get(folded) ?? 0) + 1;
  seen.set(folded, occurrence);
  const id = claimId(c.doc, folded, occurrence);
  if (cps === 0 && sentences === 0) return id === c.id ? c : { ...c, id };
  const quote = { ...c.quote, start: c.quote.start + cps, end: c.quote.end + cps };
  return {
    ...c,
    id,
    sentence: c.sentence + sentences,
    quote,
    speaker: c.speaker ? { ...c.speaker, start: c.speaker.start + cps, end: c.speaker.end + cps } : null,
    cue: c.cue ? { ...c.cue, start: c.cue.start + cps, end: c.cue.end + cps } : null,
  };
}

/** The pipeline on one whole text: its claims and how many sentences it has. */
function extractWhole(doc: SourceDoc, rules: Rules, options: ExtractOptions): { claims: Claim[]; sentences: number } {
  const text = normalise(doc.text); // same length as doc.text
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs, rules);
  const quotes = findQuotes(doc.text, paragraphs, rules, sentences); // curly marks tell opening from closing
  const quoted = insideAny(quotes, text.length);
  const facts: SentenceFacts[] = sentences.map((sentence) => {
    const tokens = tokenize(text, sentence.start, sentence.end, quoted);
    const cues = findCues(tokens, sentence.index, rules.cues);
    return {
      sentence,
      tokens,
      cues,
      mentions: findMentions(text, tokens, sentence.index, rules.mentions, new Set(cues.filter((c) => tokens[c.first]!.cap).map((c) => c.first))),
    };
  });
  const furniture = new Set([...findBoilerplate(text, paragraphs, rules), ...findFurniture(text, paragraphs)]);
  const found = findAttributions({ text, paragraphs, quotes, facts }, rules.attribute);
  const { mentions, speakers } = speakerMentions(found, facts);
  const names = resolveEntities({ text, mentions, speakers });
  const scored = scoreAttributions(found, names, facts)
    .filter((a) => !furniture.has(findIndexBefore(paragraphs, a.content.start)));
  const attributions = describeAttributions({ source: doc.text, text, paragraphs, sentences, quotes, facts, attributions: scored }, rules.features);
  return { claims: buildClaims(doc, sentences, attributions, rules.confidence, options), sentences: sentences.length };
}

/** A membership test for "inside a quotation" (marks included), O(1) per offset. */
function insideAny(quotes: readonly { start: number; end: number; open: { start: number } | null; close: { end: number } | null }[], length: number): (offset: number) => boolean {
  const inside = new Uint8Array(length + 1);
  for (const q of quotes) inside.fill(1, q.open?.start ?? q.start, q.close?.end ?? q.end);
  return (offset) => inside[offset] === 1;
}

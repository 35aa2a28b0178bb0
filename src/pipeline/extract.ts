import type { Claim, SentenceRecord, SourceDoc } from '../types.js';
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
import { findFurniture } from './furniture.js';
import { buildClaims, buildSentences } from './claims.js';

/** The whole pipeline for one document. Pure: same document, same claims. */
export function extract(doc: SourceDoc, rules: Rules = RULES): Claim[] {
  const text = normalise(doc.text); // same length as doc.text
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs, rules);
  const quotes = findQuotes(doc.text, paragraphs, rules); // curly marks tell opening from closing
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
  const attributions = scoreAttributions(found, names, facts)
    .filter((a) => !furniture.has(findIndexBefore(paragraphs, a.content.start)));
  return buildClaims(doc, sentences, attributions);
}

/** `claims sentences` stops after the splitter. */
export function extractSentences(doc: SourceDoc, rules: Rules = RULES): SentenceRecord[] {
  const text = normalise(doc.text);
  return buildSentences(doc, splitSentences(text, splitParagraphs(text), rules));
}

/** A membership test for "inside a quotation" (marks included), O(1) per offset. */
function insideAny(quotes: readonly { start: number; end: number; open: { start: number } | null; close: { end: number } | null }[], length: number): (offset: number) => boolean {
  const inside = new Uint8Array(length + 1);
  for (const q of quotes) inside.fill(1, q.open?.start ?? q.start, q.close?.end ?? q.end);
  return (offset) => inside[offset] === 1;
}

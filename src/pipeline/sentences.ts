import type { Paragraph, Sentence } from '../types.js';
import type { SentenceRules } from '../rules/abbreviations.js';

/** STUB (being replaced in issue 3): split after . ! ? (and closing quotes) before a capital. */
export function splitSentences(text: string, paragraphs: readonly Paragraph[], rules: { sentences: SentenceRules }): Sentence[] {
  const abbr = new Set(rules.sentences.abbreviations);
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    const re = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
    re.lastIndex = p.start;
    const body = text.slice(0, p.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const word = /([A-Za-z.]+)$/.exec(text.slice(start, m.index))?.[1]?.toLowerCase() ?? '';
      if (abbr.has(word) || /^[a-z]$/i.test(word)) continue;
      const end = m.index + m[0].trimEnd().length;
      out.push({ start, end, index: out.length, paragraph: p.index });
      start = m.index + m[0].length;
    }
    if (start < p.end) out.push({ start, end: p.end, index: out.length, paragraph: p.index });
  }
  return out;
}

import type { Paragraph } from '../types.js';

/** Indices of paragraphs that are page furniture (copyright, follow/subscribe, photo credits, author bios). */
export function findBoilerplate(text: string, paragraphs: readonly Paragraph[], rules: { boilerplate: readonly { pattern: RegExp }[] }): number[] {
  const out: number[] = [];
  for (const p of paragraphs) {
    if (p.end - p.start > 600) continue; // furniture is short; a long paragraph is the article
    const s = text.slice(p.start, p.end);
    if (rules.boilerplate.some((b) => b.pattern.test(s))) out.push(p.index);
  }
  return out;
}

import { extract } from '../../src/pipeline/extract.js';

/** Claims of a small text as [quote, speaker mention, speaker name, cue, type, rule], sliced by code points. */
export function claims(text: string): string[][] {
  const chars = Array.from(text);
  const slice = (s: { start: number; end: number }) => chars.slice(s.start, s.end).join('');
  return extract({ path: 'a.txt', text }).map((c) => [
    slice(c.quote), c.speaker ? slice(c.speaker) : '-', c.speaker?.name ?? '-', c.cue ? slice(c.cue) : '-', c.type, c.rule,
  ]);
}

/** The rule ids of a text's claims. */
export function rulesOf(text: string): string[] {
  return extract({ path: 'a.txt', text }).map((c) => c.rule);
}

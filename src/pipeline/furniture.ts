import type { Paragraph } from '../types.js';

/**
 * Page furniture that runs over several paragraphs, which the one-paragraph boilerplate patterns cannot see: the
 * `About X` section at the foot of a press release (the organisation describing itself: `Acme says it is the leading
 * maker of anvils`), a media-contact block, and whatever follows the `###` (or `-30-`, `END`) that closes a release.
 * Returns the indices of those paragraphs; no claim comes from them. A heading is a short paragraph without a full
 * stop; the `About` section runs to the next heading that is not itself part of the boilerplate, or to the end.
 */

// `About Acme`, `About The Lantern Software Guild (LSG)`, `ABOUT ACME INC.`: a heading, not a sentence.
const ABOUT_HEADING = /^(?:About|ABOUT)\s+(?:the\s+|The\s+|THE\s+)?\p{Lu}[^\n.!?]{0,80}\.?$/u;
// `Media contact:`, `Press Contacts`, `For more information, contact:`, `Investor Relations Contact:`.
const CONTACT_HEADING = /^(?:(?:media|press|investor(?: relations)?|news)\s+(?:contacts?|inquiries|enquiries)|contacts?|for (?:further|more) information(?:,? (?:please )?contact)?)\s*:?/iu;
// The mark that ends a release: `###`, `# # #`, `-30-`, `- END -`.
const END_MARK = /^\s*(?:#\s*#\s*#|-\s*30\s*-|-*\s*end\s*-*)\s*$/iu;

export function findFurniture(text: string, paragraphs: readonly Paragraph[]): number[] {
  const out: number[] = [];
  let inSection = false;
  for (const p of paragraphs) {
    const s = text.slice(p.start, p.end).trim();
    if (END_MARK.test(s)) {
      // Everything after the end mark is furniture: contacts, legal lines, `About` sections.
      for (let i = p.index; i < paragraphs.length; i++) out.push(i);
      break;
    }
    const heading = s.length <= 90 && !/[.!?]["'\u201d\u2019]?$/u.test(s) && !s.includes('\n\n');
    if (heading && (ABOUT_HEADING.test(s) || CONTACT_HEADING.test(s))) inSection = true;
    else if (heading && inSection && s.length > 0 && !/^[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+)*,?$/u.test(s) && !/[@]|\d{3}/u.test(s)) inSection = false;
    else if (!heading && CONTACT_HEADING.test(s) && s.length <= 300) { out.push(p.index); continue; }
    if (inSection) out.push(p.index);
  }
  return out;
}

/**
 * Terminal text for the table formatter: column widths by grapheme (an emoji, a flag or a family is one
 * unit, usually two columns wide), wrapping and truncating at grapheme boundaries, so a surrogate pair or
 * a combining mark is never cut. Widths follow what common terminals do, not the full UAX #11.
 */

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;  // a lone combining mark, ZWJ, ZWSP, soft hyphen…
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\uFE0F?\u20E3|\p{Regional_Indicator}/u;

/**
 * Text safe to print in a terminal, on one line: runs of whitespace (newlines, tabs) become one space,
 * other control characters (ESC, BEL, C1…) become U+FFFD, so a document cannot move the cursor or recolour
 * the terminal.
 */
export function cleanText(text: string): string {
  return replaceControls(text.replace(/\s+/g, ' ')).trim();
}

/** Control characters (ESC, BEL, NUL, C1…) → U+FFFD: what the table and Markdown print for them. */
export function replaceControls(text: string): string {
  return text.replace(/[\p{Cc}]/gu, '\uFFFD');
}

/** Columns a string takes in a terminal (no ANSI escapes expected). */
export function measureWidth(text: string): number {
  let width = 0;
  for (const { segment } of GRAPHEMES.segment(text)) width += graphemeWidth(segment);
  return width;
}

/**
 * Split at spaces into lines of at most `width` columns; a word longer than a line is cut between
 * graphemes. A grapheme wider than the whole line gets a line of its own. Empty text gives no lines.
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of cleanText(text).split(' ')) {
    if (word === '') continue;
    const w = measureWidth(word);
    if (line !== '' && used + 1 + w <= max) {
      line += ' ' + word;
      used += 1 + w;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    used = 0;
    if (w <= max) {
      line = word;
      used = w;
      continue;
    }
    for (const { segment } of GRAPHEMES.segment(word)) {
      const g = graphemeWidth(segment);
      if (line !== '' && used + g > max) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += segment;
      used += g;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** At most `width` columns, ending in `…` when cut. */
export function truncateText(text: string, width: number): string {
  if (measureWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of GRAPHEMES.segment(text)) {
    const g = graphemeWidth(segment);
    if (used + g > width - 1) break;
    out += segment;
    used += g;
  }
  return out + '…';
}

function graphemeWidth(g: string): number {
  if (ZERO_WIDTH.test(g)) return 0;
  if (EMOJI.test(g)) return 2;
  return isWide(g.codePointAt(0) ?? 0) ? 2 : 1;
}

/** East Asian Wide and Fullwidth blocks (Hangul, CJK, kana, fullwidth forms), roughly. */
function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
}

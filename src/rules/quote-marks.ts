/** Quotation marks by role. `either` is decided by context (a straight `"` or `'`). */
export interface QuoteMark {
  readonly char: string;
  readonly role: 'open' | 'close' | 'either';
  readonly kind: 'double' | 'single';
}
export const QUOTE_MARKS = [
  { char: '\u201c', role: 'open', kind: 'double' }, // “ (also closes after „: German style „…“)
  { char: '\u201d', role: 'close', kind: 'double' }, // ”
  { char: '\u201e', role: 'open', kind: 'double' }, // „ German-style opening, seen in some wires
  { char: '\u00ab', role: 'open', kind: 'double' }, // « (also closes a »…« quotation)
  { char: '\u00bb', role: 'close', kind: 'double' }, // » (also opens »…«)
  { char: '"', role: 'either', kind: 'double' },
  { char: '\u2018', role: 'open', kind: 'single' }, // ‘ UK style and headlines: Trump: ‘I’m …’ (also closes after ‚)
  { char: '\u2019', role: 'close', kind: 'single' }, // ’ also the apostrophe: only closes when no letter follows
  { char: '\u201a', role: 'open', kind: 'single' }, // ‚ German-style single opening (‚…‘)
  { char: '\u2039', role: 'open', kind: 'single' }, // ‹
  { char: '\u203a', role: 'close', kind: 'single' }, // ›
  { char: "'", role: 'either', kind: 'single' }, // straight: also the apostrophe (don't, '90s, Jones')
] as const satisfies readonly QuoteMark[];

/** Quotation marks of two characters, as typed on typewriters and in TeX (wire archives: ``…''). */
export interface QuoteDigraph {
  readonly chars: string;
  readonly role: 'open' | 'either';
  readonly kind: 'double';
}
export const QUOTE_DIGRAPHS = [
  { chars: '``', role: 'open', kind: 'double' },
  { chars: "''", role: 'either', kind: 'double' }, // closes ``…'' and opens ''…'' (NYT archives)
] as const satisfies readonly QuoteDigraph[];

/**
 * Words written with a leading apostrophe (`'em`, `rock 'n' roll`, `'til`): a single mark before
 * them is never an opening quotation mark. Lower case; matched whole, case-insensitively. Years and
 * decades (`'90s`, `class of '08`) are recognised by shape.
 */
export const ELISIONS = [
  'em', 'n', 'til', 'cause', 'cos', 'coz', 'bout', 'tis', 'twas', 'twere', 'round', 'neath', 'ol', 'nuff',
] as const satisfies readonly string[];

/** Quotation marks by role. `either` is decided by context (a straight `"`). */
export interface QuoteMark {
  readonly char: string;
  readonly role: 'open' | 'close' | 'either';
  readonly kind: 'double' | 'single';
}
export const QUOTE_MARKS = [
  { char: '\u201c', role: 'open', kind: 'double' }, // “
  { char: '\u201d', role: 'close', kind: 'double' }, // ”
  { char: '\u201e', role: 'open', kind: 'double' }, // „ (German-style opening, seen in some wires)
  { char: '\u00ab', role: 'open', kind: 'double' }, // «
  { char: '\u00bb', role: 'close', kind: 'double' }, // »
  { char: '"', role: 'either', kind: 'double' },
  { char: '\u2018', role: 'open', kind: 'single' }, // ‘ headline style: Trump: ‘I’m …’
  { char: '\u2019', role: 'close', kind: 'single' }, // ’ also the apostrophe: only closes when no letter follows
] as const satisfies readonly QuoteMark[];

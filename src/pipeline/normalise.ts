/**
 * One UTF-16 unit in, one out, so every span found in the normalised text holds in the original.
 * Curly and other double quotation marks become `"`, single ones `'`, odd spaces become a space,
 * dashes become `-`. Record text is always sliced from the original.
 */
const MAP: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2008': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u205f': ' ', '\u3000': ' ', '\t': ' ',
  '\u200b': ' ', '\ufeff': ' ', '\u200c': ' ', '\u200d': ' ', '\u2060': ' ',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u0060': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
};
const PATTERN = new RegExp(`[${Object.keys(MAP).join('')}]`, 'gu');

export function normalise(text: string): string {
  return text.replace(PATTERN, (c) => MAP[c] ?? c);
}

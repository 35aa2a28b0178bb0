// Code units, not code points (no u flag): a pair is two matches here.
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Records count code points; JavaScript strings count UTF-16 units. Build one table per document,
 * then convert every offset through it.
 */
export function toCodePoints(text: string): (utf16: number) => number {
  if (!SURROGATE.test(text)) {
    // No astral characters (most texts): a code point is a code unit.
    return (utf16) => {
      if (!(Number.isInteger(utf16) && utf16 >= 0 && utf16 <= text.length)) throw new RangeError(`offset ${utf16} is outside the text`);
      return utf16;
    };
  }
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; cp++) {
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    table[i] = cp;
    if (width === 2) table[i + 1] = cp; // mid-pair: never a span edge
    i += width;
  }
  table[text.length] = cp;
  return (utf16) => {
    const at = table[utf16];
    if (at === undefined) throw new RangeError(`offset ${utf16} is outside the text`);
    return at;
  };
}

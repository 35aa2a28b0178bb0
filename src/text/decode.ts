/**
 * Bytes → text, pure. A leading BOM is dropped; CRLF is kept. Valid UTF-8 is taken as is; anything else
 * without a BOM is read as windows-1252 (a Latin-1/Windows export), and the caller warns about it.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string; // '' when binary
  readonly encoding: TextEncoding;
  readonly binary: boolean;
}

/** How many leading bytes are looked at for a NUL. */
export const SNIFF_BYTES = 8192;

const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // zip (and docx, epub, …)
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x50, 0x4b, 0x07, 0x08], // spanned zip
  [0x1f, 0x8b], // gzip
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // png
];

/**
 * windows-1252 bytes 0x80–0x9f (WHATWG table; the five unassigned bytes map to the C1 control of the same
 * value). Kept here because Node 20's TextDecoder('windows-1252') decodes these as C1 controls, as latin1.
 */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** A known binary magic, or (without a UTF-16 BOM) a NUL byte in the first 8 KB. Takes a whole file or its head. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => startsWith(bytes, m))) return true;
  if (utf16Bom(bytes) !== null) return false;
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192; // String.fromCharCode takes its units as arguments: keep the count small
  let text = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    const units = new Uint16Array(part.length);
    for (let j = 0; j < part.length; j++) {
      const b = part[j] ?? 0;
      units[j] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
    }
    text += String.fromCharCode(...units);
  }
  return text;
}

function decodeUtf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapped);
  return bytes.length % 2 === 1 ? text + '\ufffd' : text; // a dangling byte, as TextDecoder does for LE
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (looksBinary(bytes)) return { text: '', encoding: 'utf-8', binary: true };
  const bom = utf16Bom(bytes);
  if (bom === 'utf-16le') {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: bom, binary: false };
  }
  if (bom === 'utf-16be') return { text: decodeUtf16be(bytes.subarray(2)), encoding: bom, binary: false };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', binary: false };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', binary: false };
  }
}

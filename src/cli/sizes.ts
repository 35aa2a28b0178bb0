/** `--max-size`: sizes as the option takes them and the messages say them. */

/** The default `--max-size`: 50 MB. */
export const DEFAULT_MAX_BYTES = 50_000_000;

/** `larger than 50 MB (use --max-size)`: the failure for an input over the limit. */
export function tooLarge(maxBytes: number): string {
  return `larger than ${formatSize(maxBytes)} (use --max-size)`;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** `200k`, `10MB`, `1.5G`, `4MiB`, `500000` → bytes (k, M, G are powers of 1000); null when it is none of these. */
export function parseSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return null;
  const n = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Bytes as the messages say them: `50 MB`, `200 kB`, `1.5 GB`, `1234 bytes`. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [['GB', 1e9], ['MB', 1e6], ['kB', 1e3]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(bytes % size === 0 ? 0 : 1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

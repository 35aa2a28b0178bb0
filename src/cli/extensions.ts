/** `--ext` and the end-of-run line for files a directory walk skipped for their extension. */

/**
 * The end-of-run line for files a walk skipped for their extension, most frequent first:
 * `skipped 12 files (.html 9, .story 3); add them with --ext`; null for none.
 */
export function describeSkipped(skipped: readonly string[]): string | null {
  if (skipped.length === 0) return null;
  const counts = new Map<string, number>();
  for (const p of skipped) {
    const name = p.slice(p.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot).toLowerCase() : 'no extension';
    counts.set(ext, (counts.get(ext) ?? 0) + 1);
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([ext, n]) => `${ext} ${n}`);
  return `skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} (${parts.join(', ')}); add them with --ext`;
}

/** `--ext story,.markdown` → ['.story', '.markdown']: lowercased, with a leading dot. */
export function parseExtensions(list: string): string[] {
  const exts = list.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
  if (exts.length === 0 || exts.some((e) => e === '.' || /[/\\*?]/.test(e))) throw new Error('give extensions like story,markdown');
  return exts;
}

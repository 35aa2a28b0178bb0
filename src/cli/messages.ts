/**
 * A name (a path, a JSONL id) as a message shows it: control characters (a newline, ESC, DEL, C1) are
 * written as JSON escapes (`\n`, `\u001b`), so every message stays one line and cannot drive a terminal.
 */
export function escapeName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Decide once per stream whether to colour it, and how deeply. In order, the first that applies wins:
 *
 * 1. the flag: `--no-color` (false) → 0; `--color` (true) → on, even under NO_COLOR, TERM=dumb or a pipe,
 *    because it is the most specific request;
 * 2. a non-empty `NO_COLOR` → 0 (no-color.org), even when `FORCE_COLOR` is also set: NO_COLOR is the
 *    reader's own opt-out, while FORCE_COLOR is often set globally by CI runners and tool wrappers;
 * 3. `FORCE_COLOR=0` (`00`…, `false`) → 0, as in chalk: the variable forces colour either way. Otherwise
 *    `FORCE_COLOR` set and non-empty → on, even for a pipe or TERM=dumb. As in chalk's supports-color,
 *    `1`/`2`/`3` pick the level (larger numbers mean 3) and `true` means 1. Anything else non-numeric also
 *    means 1 (the variable was set to turn colour on). An empty one is ignored and the stream decides;
 * 4. a stream that is not a TTY, or `TERM=dumb` → 0;
 * 5. otherwise on, at the depth the terminal advertises.
 *
 * When colour is on without an explicit FORCE_COLOR level, the depth is 3 for `COLORTERM=truecolor`/`24bit`,
 * 2 for a `*-256color` TERM, else 1. Unlike chalk this reads nothing but its arguments (no argv, no OS).
 */
export function colorLevel(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
  flag: boolean | undefined,
): ColorLevel {
  if (flag === false) return 0;
  const forced = forceColorLevel(env.FORCE_COLOR);
  if (flag === true) return forced ?? terminalDepth(env);
  if (env.NO_COLOR) return 0;
  if (forced !== undefined) return forced;
  if (forcedOff(env.FORCE_COLOR)) return 0;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return terminalDepth(env);
}

/** A chalk that colours at exactly this level: the global chalk ignores NO_COLOR and our flags. */
export function chalkFor(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}

/** The level FORCE_COLOR asks for, or undefined when it does not force colour on. */
function forceColorLevel(value: string | undefined): 1 | 2 | 3 | undefined {
  if (value === undefined || value === '' || value === '0' || value === 'false') return undefined;
  const n = Number.parseInt(value, 10);
  if (n === 0) return undefined; // `00`, `0.5`: read as 0
  if (Number.isNaN(n) || n < 0) return 1;
  return n >= 3 ? 3 : (n as 1 | 2);
}

/** FORCE_COLOR=0 (or `00`, `0.5`, `false`): colour off, whatever the stream. */
function forcedOff(value: string | undefined): boolean {
  return value !== undefined && value !== '' && (value === 'false' || Number.parseInt(value, 10) === 0);
}

function terminalDepth(env: Record<string, string | undefined>): 1 | 2 | 3 {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(colou?r)?$/i.test(env.TERM ?? '')) return 2;
  return 1;
}

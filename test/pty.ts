import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

/**
 * A pseudo-terminal for CLI tests, from util-linux script(1) (`script -qec CMD /dev/null`). macOS and the
 * BSDs ship a script(1) with other flags, so it is used only when `script --version` says util-linux;
 * elsewhere the tests that need it are skipped, with PTY_SKIPPED in their name and one warning.
 */
export const HAS_PTY: boolean = (() => {
  const r = spawnSync('script', ['--version'], { encoding: 'utf8' });
  return r.status === 0 && /util-linux/.test(`${r.stdout}${r.stderr}`);
})();

export const PTY_SKIPPED = HAS_PTY ? 'on a pseudo-terminal' : 'SKIPPED: needs util-linux script(1) for a pseudo-terminal';
if (!HAS_PTY) console.warn(`claims tests: ${PTY_SKIPPED}; the terminal tests do not run here`);

/** `command` (a shell line) with a pseudo-terminal for stdin, stdout and stderr; what the terminal showed. */
export function onPty(command: string, opts: { cwd: string; env: Record<string, string> }): SpawnSyncReturns<string> {
  return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: opts.cwd, env: opts.env, encoding: 'utf8', timeout: 60_000 });
}

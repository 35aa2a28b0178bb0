import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { reasonFor } from './inputs.js';


/**
 * `-o, --output FILE`: records go to a hidden temporary file in FILE's directory (so the rename stays on
 * one file system), which replaces FILE only when the run ends well. An interrupted run, a write error
 * (disk full, file too large) or a run that never gets to the end leaves FILE as it was.
 */
export class OutputFile {
  closed = false; // a write failed: the caller stops writing (as for a reader that went away)
  private error: unknown = null;

  private constructor(
    readonly target: string,
    private readonly temp: string,
    private readonly stream: WriteStream,
  ) {
    stream.on('error', (e) => {
      this.error ??= e;
      this.closed = true;
    });
  }

  /** Opens the temporary file beside `target`; a reason (one line) when it cannot be created. */
  static async open(target: string): Promise<OutputFile | { reason: string }> {
    const dir = path.dirname(path.resolve(target));
    const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const info = await stat(target).catch(() => null);
      if (info?.isDirectory()) return { reason: 'is a directory' };
      const stream = createWriteStream(temp, { flags: 'wx', mode: 0o666 });
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      if (info) await chmod(temp, info.mode & 0o7777).catch(() => {}); // keep the old file's permissions
      return new OutputFile(target, temp, stream);
    } catch (err) {
      return { reason: writeReason(err) };
    }
  }

  write(s: string): Promise<void> {
    if (this.closed || s.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      if (this.stream.write(s)) resolve();
      else {
        const done = () => {
          this.stream.removeListener('drain', done);
          this.stream.removeListener('error', done);
          resolve();
        };
        this.stream.once('drain', done);
        this.stream.once('error', done);
      }
    });
  }

  /**
   * Ends the run: with `keep`, flushes and renames the temporary file onto the target; otherwise (or when
   * a write failed) removes it. The reason when the output could not be written, else null.
   */
  async finish(keep: boolean): Promise<string | null> {
    await new Promise<void>((resolve) => {
      if (this.stream.closed || this.stream.destroyed) resolve();
      else this.stream.end(() => resolve());
      this.stream.once('error', () => resolve());
    });
    if (keep && this.error === null) {
      try {
        await rename(this.temp, this.target);
        return null;
      } catch (err) {
        this.error = err;
      }
    }
    await unlink(this.temp).catch(() => {});
    return this.error === null ? null : writeReason(this.error);
  }
}

/** A short lowercase phrase for a failed create, write or rename. */
function writeReason(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOSPC') return 'no space left on device';
  if (code === 'EFBIG') return 'file too large';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'EDQUOT') return 'disk quota exceeded';
  const reason = reasonFor(err);
  return reason.replace(/^read error: /, 'write error: ');
}

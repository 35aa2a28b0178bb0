/**
 * A stream with back-pressure whose errors are values: a reader that goes away (EPIPE) ends the run
 * quietly (`closed`); any other error (a full disk: ENOSPC) is kept in `error` for one message.
 */
export class Output {
  closed = false;
  error: NodeJS.ErrnoException | null = null;
  private pending: Promise<void> = Promise.resolve();
  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => this.failed(e));
  }
  private failed(e: NodeJS.ErrnoException): void {
    if (this.closed) return;
    this.closed = true;
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') this.error = e;
  }
  write(s: string): Promise<void> {
    if (this.closed || s.length === 0) return this.pending;
    this.pending = new Promise((resolve) => {
      try {
        // Resolved when the write is done (its callback), so a failure is known before the next one.
        this.stream.write(s, (e?: Error | null) => {
          if (e) this.failed(e as NodeJS.ErrnoException);
          resolve();
        });
      } catch (e) {
        this.failed(e as NodeJS.ErrnoException);
        resolve();
      }
    });
    return this.pending;
  }
  /** Every write so far is done (or failed). */
  settled(): Promise<void> {
    return this.pending;
  }
}

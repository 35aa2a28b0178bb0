/** The process as the CLI sees it: its streams and environment (tests pass their own). */
export interface Proc {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: Record<string, string | undefined>;
  /** Ends the process (Ctrl-C while waiting on input); without it an interrupted run returns at the next document. */
  readonly exit?: (code: number) => void;
}

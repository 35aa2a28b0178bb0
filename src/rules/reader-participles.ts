/**
 * Participles that name who received or read a document, not who wrote it: `Treasury figures seen by the Daily
 * Ledger`, `a memo obtained by Reuters`, `a letter leaked to the Courier`. The outlet after them is no speaker
 * (src/pipeline/entities.ts); the document's owner, named before them, may be (`Treasury`).
 * Participles that name the author (`a survey issued by`, `a poll conducted by`) are not here.
 */
/** With `by` (or `to`), the one after them read the document: `seen by`, `obtained by`. */
export const READER_PARTICIPLES = ['seen', 'obtained', 'reviewed', 'acquired', 'viewed'] as const;

/** Only with `to` or `with` is the one after them a reader: `leaked to`, `given to`; `provided by X` is the source. */
export const RECEIVER_PARTICIPLES = [
  'leaked', 'given', 'sent', 'provided', 'shown', 'passed', 'shared', 'forwarded', 'supplied', 'made available',
] as const;

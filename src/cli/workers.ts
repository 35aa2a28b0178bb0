import type { Claim, SentenceRecord, SourceDoc } from '../types.js';
import { extract, extractSentences } from '../pipeline/extract.js';

export interface DocResult {
  readonly path: string;
  readonly bytes: number;
  readonly claims?: Claim[];
  readonly sentences?: SentenceRecord[];
  readonly error?: { message: string; stack?: string };
}

export interface Extractor {
  run(docs: AsyncIterable<SourceDoc>): AsyncIterable<DocResult>;
  close(): void;
}

/** Runs the pipeline on each document, in order. A bug on one document becomes an error result. */
export function createExtractor(what: 'claims' | 'sentences', jobs: number, total: number): Extractor {
  void jobs;
  void total;
  return {
    async *run(docs) {
      for await (const doc of docs) yield runOne(what, doc);
    },
    close() {},
  };
}

export function runOne(what: 'claims' | 'sentences', doc: SourceDoc): DocResult {
  const bytes = Buffer.byteLength(doc.text);
  try {
    return what === 'claims' ? { path: doc.path, bytes, claims: extract(doc) } : { path: doc.path, bytes, sentences: extractSentences(doc) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { path: doc.path, bytes, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } };
  }
}

import type { Claim } from '../types.js';
import { extractSentenceSteps, extractSteps } from '../pipeline/extract.js';
import { createSplitFormatter } from '../format/split.js';
import { PRONOUNS } from '../rules/pronouns.js';
import { readInputFile } from '../cli/inputs.js';
import type { ClaimFilter, DocResult, RunSetup, Work } from './work-types.js';

/**
 * The work on one input, where it runs (this thread or a worker): read it, run the pipeline, filter the
 * claims and, with a format, turn them into text. A bug on it (an exception) becomes its error result.
 */
export function createRunner(setup: RunSetup): (work: Work) => DocResult {
  const steps = createStepRunner(setup);
  return (work) => {
    const it = steps(work);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
    }
  };
}

/**
 * `createRunner` for this thread: a long document runs window by window with a turn of the event loop
 * between windows, so a signal (Ctrl-C) or a closing pipe is seen within a window's time. Resolves to
 * null when `stopped()` turns true meanwhile.
 */
export function createAsyncRunner(setup: RunSetup, stopped: () => boolean): (work: Work) => Promise<DocResult | null> {
  const steps = createStepRunner(setup);
  return async (work) => {
    const it = steps(work);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
      await turn();
      if (stopped()) {
        it.return(null as never);
        return null;
      }
    }
  };
}

/** The work on one input as steps: yields between the windows of a long document. */
function createStepRunner(setup: RunSetup): (work: Work) => Generator<void, DocResult> {
  const format = setup.format ? createSplitFormatter(setup.what, setup.format) : null;
  const filter = setup.filter ?? null;
  return function* (work) {
    const read = 'source' in work ? readInputFile(work, setup.maxBytes) : work;
    const notes = read.notes.length > 0 ? { notes: read.notes } : {};
    if ('failure' in read) return { path: read.failure.path, bytes: 0, ...notes, failure: read.failure.reason };
    const doc = read.doc;
    const bytes = typeof doc.text === 'string' ? Buffer.byteLength(doc.text) : 0;
    try {
      if (setup.what === 'sentences') {
        const sentences = yield* extractSentenceSteps(doc);
        return format ? { path: doc.path, bytes, ...notes, text: format.body(sentences) } : { path: doc.path, bytes, ...notes, sentences };
      }
      const all = yield* extractSteps(doc);
      const claims = filter ? filterClaims(all, filter) : all;
      return format ? { path: doc.path, bytes, ...notes, text: format.body(claims) } : { path: doc.path, bytes, ...notes, claims };
    } catch (e) {
      return { path: doc.path, bytes, ...notes, error: errorOf(e) };
    }
  };
}

/**
 * `--speaker NAME` (case-insensitive) keeps a claim whose resolved `speaker.name` is NAME, or whose speaker
 * is an entity of the same document mentioned as NAME somewhere (`-s Crane` keeps the claims of Chris Crane,
 * also where he is `he`). A pronoun is never a mention of an entity here: `-s he` keeps no more than the
 * claims whose resolved name is "he". `claims` holds one document's claims (as the runner gives them).
 */
export function filterClaims(claims: readonly Claim[], o: ClaimFilter): Claim[] {
  const who = o.speaker?.toLowerCase() ?? null;
  let names: Set<string> | null = null;
  if (who !== null) {
    names = new Set();
    for (const c of claims) {
      if (!c.speaker) continue;
      const text = c.speaker.text.toLowerCase();
      if (c.speaker.name.toLowerCase() === who || (text === who && !PRONOUN_WORDS.has(text))) names.add(`${c.doc}\0${c.speaker.name}`);
    }
  }
  return claims.filter((c) => {
    if (!o.all && !c.speaker) return false;
    if (o.types && !o.types.includes(c.type)) return false;
    if (c.confidence < o.minConfidence) return false;
    if (names !== null && !(c.speaker && names.has(`${c.doc}\0${c.speaker.name}`))) return false;
    return true;
  });
}

const PRONOUN_WORDS: ReadonlySet<string> = new Set(PRONOUNS.map((p) => p.word));

function errorOf(e: unknown): { message: string; stack?: string } {
  const err = e instanceof Error ? e : new Error(String(e));
  return { message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}

/** One turn of the event loop: worker messages, a signal (Ctrl-C), a closing pipe. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** What the entity stage's resolvers share: the resolution context and look-ups by offset (binary searches). */
import type { SpeakerKind, Span } from '../types.js';
import type { FoundMention } from './mentions.js';
import type { Entity, EntityRules, EntityTable } from './entity-types.js';

/** A name's mention outside quotations: `possessive` (`Smith's`) and `oblique` (after a preposition: `to Smith`) are no subjects. */
export interface Occurrence { readonly e: Entity; readonly at: number; readonly sentence: number; readonly possessive?: boolean; readonly oblique?: boolean }

export interface Context {
  readonly text: string;
  readonly mentions: readonly FoundMention[];
  readonly table: EntityTable;
  readonly rules: EntityRules;
  readonly occurrences: readonly Occurrence[];
  readonly said: Occurrence[]; // speakers resolved so far, in text order
  readonly main: Entity | null; // the article's main person: the one named most
  readonly mainOrg: Entity | null; // the organisation (or unplaced name) named most, at least twice
  author: string | null | undefined; // byline or sign-off, found on first need
  readonly openers: ReadonlyMap<number, { w: string; at: number }>; // sentence → its first mention when a he/she (lower-case), with its offset
  readonly described: Described[]; // speakers that stayed descriptions (`the report`), in text order
}

/** A speaker no entity stands for, named as written: `the congressional report`, `the advisory panels`. */
export interface Described { readonly name: string; readonly kind: SpeakerKind; readonly plural: boolean; readonly at: number; readonly sentence: number }

/** Index of the last mention that starts before `at`, -1 when none. */
export function mentionBefore(mentions: readonly FoundMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo - 1;
}

export function entityOf(ctx: Context, mentionIndex: number): Entity | null {
  const id = ctx.table.ofMention[mentionIndex];
  return id === null || id === undefined ? null : ctx.table.entities[id]!;
}

export function speakerKind(e: Entity): SpeakerKind {
  return e.kind === 'person' || e.kind === 'organization' ? e.kind : 'other';
}

export function surnameOf(e: Entity): string {
  const words = e.name.split(' ');
  const last = words[words.length - 1]!;
  return e.suffix && words.length > 1 ? words[words.length - 2]! : last;
}

export function sentenceBefore(ctx: Context, at: number): number {
  const k = lastBefore(ctx.occurrences, at + 1);
  return k >= 0 ? ctx.occurrences[k]!.sentence : 0;
}

/** The first organisation or person named inside a span (its own mentions). */
export function namedInside(ctx: Context, span: Span, test: (e: Entity) => boolean = () => true): Entity | null {
  const k = mentionInside(ctx, span, test);
  return k < 0 ? null : entityOf(ctx, k);
}

/** Index of the first mention inside a span whose entity passes the test, -1 when none. */
export function mentionInside(ctx: Context, span: Span, test: (e: Entity) => boolean = () => true): number {
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid]!.start < span.start) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < ms.length && ms[k]!.start < span.end; k++) {
    const e = entityOf(ctx, k);
    if (e && ms[k]!.end <= span.end && test(e)) return k;
  }
  return -1;
}

/** The entity of the last occurrence before `at` that passes the test. */
export function lastOf(ctx: Context, at: number, test: (e: Entity) => boolean): Entity | null {
  return lastOccurrence(ctx, at, test)?.e ?? null;
}

export function lastOccurrence(ctx: Context, at: number, test: (e: Entity) => boolean): Occurrence | null {
  const occ = ctx.occurrences;
  const last = lastBefore(occ, at);
  for (let k = last; k >= Math.max(0, last - 2000); k--) if (test(occ[k]!.e)) return occ[k]!;
  return null;
}

export function lastBefore(occ: readonly Occurrence[], at: number): number {
  let lo = 0;
  let hi = occ.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (occ[mid]!.at < at) lo = mid + 1; else hi = mid; }
  return lo - 1;
}

/** A sentence opening with a subordinate clause not yet closed by a comma. */
const SUBORDINATE = /^\W*(?:When|While|After|Before|As|If|Although|Though|Because|Since|Until|Unless|Once|Whether)\b[^,;:]*$/u;

/**
 * The person a sentence opens with (before `before`), past dates and places (`On Thursday, Reyes …`); null when
 * its first name is another kind, a possessive, or stands after a preposition or `and` (no subject).
 */
export function subjectAt(ctx: Context, sIdx: number, before: number): Occurrence | null {
  const occ = ctx.occurrences;
  let k = lastBefore(occ, before);
  while (k >= 0 && occ[k]!.sentence > sIdx) k--;
  let first = -1;
  for (; k >= 0 && occ[k]!.sentence === sIdx; k--) first = k;
  if (first < 0) return null;
  for (let j = first; j < occ.length && occ[j]!.sentence === sIdx && occ[j]!.at < before; j++) {
    const o = occ[j]!;
    if (o.e.kind === 'place' || o.e.kind === 'date' || o.e.kind === 'work') continue;
    // `When Reyes had trouble, Ford boasted …`: a name in an opening subordinate clause is not the subject.
    if (SUBORDINATE.test(ctx.text.slice(Math.max(0, o.at - 200), o.at).split(/[.!?]\s|\n/u).pop()!)) continue;
    if (o.e.kind !== 'person' || o.e.pair || o.possessive) return null;
    // `The pontiff met Reyes`: a verb or a preposition before the name in its clause makes it no subject.
    const clause = ctx.text.slice(Math.max(0, o.at - 200), o.at).split(/[.!?,;:]["'”’]?\s|\n/u).pop()!;
    if (/\p{Ll}/u.test(clause.replace(/(?<![\p{L}'’-])(?:the|former|\p{Ll}+(?:er|or|ist|ian|ent|ant|man|woman)s?)(?![\p{L}'’-])/gu, ''))) return null;
    return o;
  }
  return null;
}

/** Where a reader's clause (`seen by the Ledger`, `leaked to the Courier`) starts in the span, else its end. */
export function readerAt(ctx: Context, span: Span): number {
  const m = ctx.rules.readerClause.exec(ctx.text.slice(span.start, span.end));
  return m ? span.start + m.index : span.end;
}

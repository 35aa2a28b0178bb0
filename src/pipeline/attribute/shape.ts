import type { ClaimType, Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { SentenceFacts, SpeakerRef } from '../sentence-facts.js';

/**
 * What attribution found and its shapes share: a claim as found (before its speaker is resolved), a shape's hit
 * around a quotation, and the shape record every family file exports.
 */

/**
 * An attribution shape: the rule id its claims carry, its base confidence, one line of text it matches (also a
 * test case and the README's example) and the function that recognises it (several shapes of a family may share one).
 */
export interface Shape {
  readonly id: string;
  readonly confidence: number;
  readonly example: string;
  readonly match: (...args: never[]) => unknown;
}

/** A claim as found: content, speaker phrase, cue and the shape's rule id. */
export interface Found {
  content: Span;
  type: ClaimType | null; // null: from the quotation marks in the content
  speaker: SpeakerRef | null;
  cue: FoundCue | null;
  rule: string;
  factor: number; // multiplies the pattern's confidence
  sentence: number;
  quoteEnd?: number; // a quotation's claim: where the quotation ends (a next quotation may continue it)
  continues?: Span; // a piece of an interrupted quotation: the content of the claim it continues
}

/** A quotation shape's hit: its speaker and cue. */
export interface Hit { speaker: SpeakerRef | null; cue: FoundCue | null; rule: string; factor: number }

/** A reported claim found in sentence f. */
export function mk(content: Span, speaker: SpeakerRef, cue: FoundCue | null, rule: string, factor: number, f: SentenceFacts): Found {
  return { content, type: null, speaker, cue, rule, factor, sentence: f.sentence.index };
}

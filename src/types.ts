/** Half-open [start, end) in UTF-16 units of the document text: what String#slice takes. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A document as read: `path` as reached from the command line ("-" for stdin), `text` without a BOM. */
export interface SourceDoc {
  readonly path: string;
  readonly text: string;
}

export interface Paragraph extends Span {
  readonly index: number;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
}

/** The quoted words, without the marks. */
export interface Quote extends Span {
  readonly open: Span | null; // null for reported speech
  readonly close: Span | null; // null when the quotation runs on into the next paragraph / is unclosed
  readonly rule: string; // id of the rule that found it
}

export type CueKind = 'verb' | 'phrase' | 'noun';

export interface Cue extends Span {
  readonly lemma: string;
  readonly weight: number;
  readonly kind: CueKind;
  readonly sentence: number;
}

export type SpeakerKind = 'person' | 'organization' | 'other';

/** A noun phrase that can be a speaker. `head` is the name part (`Chris Crane` of `National ICE Council President Chris Crane`). */
export interface Mention extends Span {
  readonly head: Span;
  readonly kind: SpeakerKind;
  readonly pronoun: boolean;
  readonly gender: 'm' | 'f' | 'n' | null; // n = neuter (it), null = unknown
  readonly plural: boolean;
  readonly sentence: number;
}

export type ClaimType = 'direct' | 'mixed' | 'indirect';

export interface ResolvedSpeaker extends Span {
  readonly name: string;
  readonly kind: SpeakerKind;
}

/** One attribution found in a document, in UTF-16 offsets. */
export interface Attribution {
  readonly type: ClaimType;
  readonly content: Span;
  readonly speaker: ResolvedSpeaker | null;
  readonly cue: (Span & { readonly lemma: string }) | null;
  readonly confidence: number;
  readonly rule: string;
  /** A piece of an interrupted quotation after the first: the content of the claim it continues. */
  readonly continues?: Span;
}

export interface TextSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The record users see: offsets in code points. */
export interface Claim {
  readonly id: string;
  readonly doc: string;
  readonly sentence: number;
  readonly type: ClaimType;
  readonly quote: TextSpan;
  readonly speaker: (TextSpan & { readonly name: string; readonly kind: SpeakerKind }) | null;
  readonly cue: (TextSpan & { readonly lemma: string }) | null;
  readonly confidence: number;
  readonly rule: string;
  /** Only on a piece of an interrupted quotation after the first: the id of the claim it continues. */
  readonly continues?: string;
}

export interface SentenceRecord {
  readonly doc: string;
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface SpeakerRecord {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly claims: number;
  readonly documents: number;
  readonly mentions: readonly string[];
  readonly cues: Readonly<Record<string, number>>;
  readonly types: Readonly<Record<ClaimType, number>>;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * One difference between two sets of claims (`claims diff`): `before` is the claim in OLD (null when
 * added), `after` the claim in NEW (null when removed). `id` is the claim's id in NEW, or in OLD when removed.
 */
export interface ClaimChange {
  readonly change: ChangeKind;
  readonly id: string;
  readonly before: Claim | null;
  readonly after: Claim | null;
}

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
  readonly open: Span | null; // null when the opening mark was lost (rule `unopened`)
  readonly close: Span | null; // null when the quotation runs on into the next paragraph / is unclosed
  readonly rule: string; // id of the rule that found it
  readonly inner?: readonly Quote[]; // quotations of the other kind inside it (`“… I said, ‘Come home.’”`): part of its words
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
  readonly confidence: number; // the shape's own score; the record's confidence comes from `features` when set
  readonly rule: string;
  readonly resolutionFactor?: number; // internal: the entity stage's certainty about the speaker's name (ResolvedName.factor)
  readonly resolutionVia?: string; // internal: how the entity stage found a pronoun's name (ResolvedName.via)
  readonly features?: ClaimFeatures; // internal: the confidence model's inputs, never written to a record
  /** A piece of an interrupted quotation after the first: the content of the claim it continues. */
  readonly continues?: Span;
}

/** How the speaker stands in the text: `inherited` from the claim before (`“…,” he said. “…”`). */
export type MentionForm = 'name' | 'pronoun' | 'description' | 'inherited' | 'none';
/**
 * How the speaker's name was found: `as-written` (the mention is the name), `expanded` (a short form
 * to the document's full name: `Crane` → `Chris Crane`), `antecedent` (a pronoun or description to a
 * name before it), `unresolved` (kept as written: `he`, `the recalcitrant officers`), `none`.
 */
export type Resolution = 'as-written' | 'expanded' | 'antecedent' | 'unresolved' | 'none';
/** The marks around a quotation in the content: `curly` “…”, `straight` "…", `single` ‘…’ '…', `other` «…» ``…''. */
export type MarkKind = 'curly' | 'straight' | 'single' | 'other' | 'none';

/**
 * What the resolved name looks like: `first-last` (two or more capitalised words, the first a known first
 * name: `Chris Crane`, `Donald J. Trump`), `multi` (other capitalised words: `Staff Wendy Orlov`, `Pew
 * Research Center`), `one` (`Sanders`, `ICE`), `caps` (all upper case: `DUFRESNE-HALL`), `lower` (a
 * description: `recalcitrant officers`), `pronoun` (left unresolved), `none`.
 */
export type NameShape = 'first-last' | 'multi' | 'one' | 'caps' | 'lower' | 'pronoun' | 'none';

/** What the pipeline knows about a claim when it makes it: the inputs of the confidence model. */
export interface ClaimFeatures {
  readonly rule: string;
  readonly type: ClaimType;
  readonly base: number; // the rule's base confidence (patterns table)
  readonly heuristic: number; // the attribution stage's own score: base × shape and resolution factors × cue
  readonly cue: string | null; // lemma
  readonly cueKind: CueKind | 'colon' | null;
  readonly cueWeight: number; // 0 without a cue
  readonly marks: MarkKind;
  readonly runsOn: boolean; // a quotation in the content is not closed in its paragraph
  readonly mention: MentionForm;
  readonly resolution: Resolution;
  readonly nameWords: number; // words of the resolved name (0 without a speaker)
  readonly nameShape: NameShape;
  readonly speakerKind: SpeakerKind | null;
  readonly speakerDistance: number; // sentences between the speaker and the content's start
  readonly rivals: number; // other people the speaker could be: of the pronoun's gender nearby, or of the name's surname
  readonly speakerClaims: number; // claims of the document with the same resolved name (this one included)
  readonly resolutionFactor: number; // the entity stage's certainty (1 as written or inherited; lower past sentences and rival candidates); 1 without a speaker
  readonly antecedentDistance: number; // a pronoun: sentences back to its name's last mention (4: none in reach)
  readonly words: number; // words of the content
  readonly paragraph: number; // index of the content's paragraph
  readonly singleQuoteStyle: boolean; // the document quotes speech in single marks
  readonly hardWrapped: boolean; // the document breaks lines inside paragraphs
  readonly interview: boolean; // the document has `Q:` / `NAME:` turns
  readonly cueGap: number; // words between the cue and the content (0 adjacent or without a cue; at most 12)
  readonly startsLower: boolean; // the content's first word (past its marks) starts lower case
  readonly endsOpen: boolean; // the content (past its marks) ends on a letter or digit, no punctuation
  readonly sentences: number; // sentences the content spans (at least 1)
  readonly leadSentence: boolean; // the content starts in its paragraph's first sentence
  readonly nameSightings: number; // the speaker's surname named outside quotations in the document (0 without a speaker)
  readonly docClaims: number; // attributions of the document
  readonly speakerWords: number; // words of the speaker's span as written (0 without a speaker)
  readonly speakerLower: boolean; // the speaker's span as written starts with a lower-case word other than the, a, an or a pronoun (`that Carson`, `boss of Vue`)
  readonly genderClash: boolean; // a pronoun of one gender (he, she) resolved to a name the document gives the other
  readonly oddMarks: boolean; // the content holds an odd number of double quotation marks (one left open, or a stray)
  readonly antecedentVia: string; // a pronoun: how the entity stage found its name (ResolvedName.via: speaker, subject, near, possessor, main; '' otherwise)
  readonly antecedentSubject: boolean; // a pronoun: its name, last named before it, stands in its sentence's first three words (its subject, most often)
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

/** The entity stage's data: what attribution hands it, what it hands back, its rules and its table. JSON-shaped. */
import type { SpeakerKind, Span } from '../types.js';
import type { FoundMention } from './mentions.js';

/** A speaker as attribution found it. */
export interface SpeakerMention {
  readonly span: Span;
  readonly mention: FoundMention | null; // null: a noun phrase without a known head
  readonly mentionIndex: number | null; // index of `mention` in the document's `mentions`; null: a phrase attribution built
  readonly name: string | null; // set when inherited from an earlier claim
  readonly kind: SpeakerKind | null;
  readonly content?: Span; // what the speaker said: `I` inside another claim's quotation is that claim's speaker
}

/** A speaker's canonical name, and a factor on the claim's confidence (how sure the resolution is). */
export interface ResolvedName {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly factor: number;
  /** A pronoun's name: how it was found (the last speaker, a sentence's subject, the nearest name before it in its sentence, a possessor, the article's main person). */
  readonly via?: 'speaker' | 'subject' | 'near' | 'possessor' | 'main';
}

export interface EntityRules {
  readonly titles: ReadonlyMap<string, 'm' | 'f' | null>;
  readonly titleRoles: ReadonlyMap<string, string>;
  readonly notRoles: ReadonlySet<string>;
  readonly orgWords: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly suffixes: ReadonlySet<string>;
  readonly calendar: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly workHeads: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly candidateRoles: ReadonlySet<string>;
  readonly orgKinds: ReadonlyMap<string, ReadonlySet<string>>;
  readonly dataNouns: ReadonlySet<string>;
  readonly brandKinds: ReadonlySet<string>;
  readonly issuedNouns: ReadonlySet<string>;
  readonly personOrgs: ReadonlySet<string>;
  readonly personProxies: ReadonlySet<string>;
  readonly definite: ReadonlySet<string>;
  readonly pronounForm: RegExp;
  readonly extraGiven: ReadonlyMap<string, 'm' | 'f' | null>;
  readonly placePrefixes: ReadonlySet<string>;
  readonly focusRoles: ReadonlySet<string>;
  readonly roleNoun: RegExp;
  readonly kinNouns: ReadonlyMap<string, 'm' | 'f'>;
  readonly anonymousRoles: ReadonlySet<string>;
  readonly offices: ReadonlySet<string>;
  readonly officeOpeners: ReadonlySet<string>;
  readonly genericHeads: ReadonlySet<string>; // GENERIC_HEADS: `those` of `those who said`
  readonly readerClause: RegExp; // READER_PARTICIPLES, RECEIVER_PARTICIPLES: ` seen by ` of `figures seen by the Ledger`
  readonly photoCredit: RegExp; // PHOTO_AGENCIES, PHOTO_LABELS: a line `Dana Voss via Getty Images.`
}

/**
 * The document's entity table: every person, organisation, place, work and date named in it, with the
 * parts of its name, its gender evidence, the roles the text gives it and the forms it is written in.
 * Built once per document from the mentions (names outside and inside quotations), before any speaker
 * is resolved, so a surname met before the full name still finds it. JSON-shaped.
 */
export type EntityKind = 'person' | 'organization' | 'place' | 'work' | 'date' | 'other';

export interface Entity {
  readonly id: number;
  kind: EntityKind;
  name: string; // canonical: the fullest form written, without titles, roles or possessives
  words: string[]; // of `name`, lower-case
  given: string | null; // lower-case first given name (null: a surname alone, or not a person)
  surname: string; // lower-case last word that is not a suffix
  suffix: string | null; // `jr`, `iii`
  acronym: string | null; // `FBI` of `Federal Bureau of Investigation (FBI)`
  gender: 'm' | 'f' | null;
  genderVotes: { m: number; f: number; title: 'm' | 'f' | null; lexicon: 'm' | 'f' | null };
  pair: boolean; // `Clinton and Trump`: never the antecedent of a singular pronoun
  roles: string[]; // lower-case role words the text gives it: `governor`, `senator`, `neurosurgeon`
  qualifiers: string[]; // every lower-cased word of its titles and role phrases: `ohio` of `Ohio Gov. John Kasich`
  forms: string[]; // every form written, as written (head only)
  formCounts: Record<string, number>; // how often each form is written
  count: number; // mentions outside quotations
  first: number; // offset of its first mention
}

export interface EntityTable {
  readonly entities: Entity[];
  readonly ofMention: (number | null)[]; // entity id of each mention (null: pronouns, nominals, dropped)
}

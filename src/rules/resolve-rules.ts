/** The word classes attribution and the speaker phrases read (built in src/rules/index.ts). */

export interface ResolveRules {
  readonly gap: ReadonlySet<string>; // words between a speaker and its verb
  readonly circumstance: ReadonlySet<string>;
  readonly hearerVerbs: ReadonlySet<string>;
  readonly invertedVerbs: ReadonlySet<string>;
  readonly bareClauseVerbs: ReadonlySet<string>;
  readonly infinitiveVerbs: ReadonlySet<string>;
  readonly nounLikeVerbs: ReadonlySet<string>;
  readonly mostlyNouns: ReadonlySet<string>;
  readonly whClauseVerbs: ReadonlySet<string>;
  readonly labels: ReadonlySet<string>;
  readonly asVerbs: ReadonlySet<string>;
  readonly smallClauseVerbs: ReadonlySet<string>;
  readonly objectSenseVerbs: ReadonlySet<string>;
  readonly viewNouns: ReadonlySet<string>;
  readonly possessives: ReadonlyMap<string, { pronoun: string; gender: 'm' | 'f' | 'n' | null; plural: boolean }>; // `his` → `he`
  readonly functionWords: ReadonlySet<string>;
  readonly speakerNouns: ReadonlySet<string>;
  readonly words: SpeechWords;
}

/** Closed word classes the shapes read (src/rules/speech-words.ts), lowercase. */
export interface SpeechWords {
  readonly gerundLink: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly npLink: ReadonlySet<string>;
  readonly clauseBreak: ReadonlySet<string>;
  readonly descriptor: RegExp;
  readonly quantifierSpeakers: ReadonlySet<string>;
  readonly postModifier: ReadonlySet<string>;
  readonly clauseStart: ReadonlySet<string>;
  readonly whWords: ReadonlySet<string>;
  readonly subjectPronouns: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly circumstanceOnly: ReadonlySet<string>;
  readonly agentNoun: RegExp;
  readonly ageNoun: RegExp;
  readonly relativePronouns: ReadonlySet<string>;
  readonly clauseConjunctions: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  readonly headOpeners: ReadonlySet<string>;
  readonly headCircumstance: ReadonlySet<string>;
  readonly participlePrepositions: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly findingsNouns: ReadonlySet<string>;
  readonly lyNotAdverbs: ReadonlySet<string>;
  readonly timeGapDays: ReadonlySet<string>;
  readonly timeGapPeriods: ReadonlySet<string>;
  readonly timeGapLeads: ReadonlySet<string>;
  readonly introPrepositions: ReadonlySet<string>;
  readonly datelineAgencies: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
  readonly documentNouns: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly subjectDeterminers: ReadonlySet<string>;
  readonly quantityHeads: ReadonlySet<string>;
  readonly quantityUnits: ReadonlySet<string>;
  readonly quantityRatioLinks: readonly (readonly string[])[];
  readonly quantityApproximators: readonly (readonly string[])[];
  readonly number: RegExp;
  readonly notObjectStart: ReadonlySet<string>;
}

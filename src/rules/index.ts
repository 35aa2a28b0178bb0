import { SENTENCE_RULES } from './abbreviations.js';
import { BARE_CLAUSE_VERBS, CUE_PHRASES, CUE_VERBS, HEARER_VERBS, INVERTED_VERBS, INFINITIVE_VERBS, NOUN_LIKE_VERBS, WH_CLAUSE_VERBS, AS_VERBS, SMALL_CLAUSE_VERBS, MOSTLY_NOUN_VERBS, OBJECT_SENSE_VERBS, NOUN_ADJECTIVE, NOUN_DETERMINER, CUE_NOUNS, VIEW_NOUNS, POSSESSIVE_PRONOUNS } from './cue-verbs.js';
import { ACRONYM, CALENDAR_WORDS, NAME_CONNECTORS, NAME_PARTICLES, NAME_SUFFIXES, NOUN_SUFFIX } from './names.js';
import { CIRCUMSTANCE_STARTS, FUNCTION_WORDS, SPEAKER_VERB_GAP } from './function-words.js';
import { BOILERPLATE_PATTERNS, LABELS } from './boilerplate.js';
import { PATTERNS } from './patterns.js';
import { CONFIDENCE_MODEL } from './confidence-model.js';
import { PRONOUNS } from './pronouns.js';
import { QUOTE_MARKS } from './quote-marks.js';
import { NOMINALS, ORG_WORDS, SPEAKER_NOUNS, TITLES } from './titles.js';
import * as W from './speech-words.js';

/** The tables, indexed once for the stages. A test may build its own from smaller tables. */
export function buildRules() {
  const verbForms = new Map<string, { lemma: string; weight: number }>();
  for (const v of CUE_VERBS) for (const f of v.forms) verbForms.set(f, { lemma: v.lemma, weight: v.weight });
  const functionWords = new Set<string>(FUNCTION_WORDS);
  return {
    sentences: SENTENCE_RULES,
    quoteMarks: QUOTE_MARKS,
    boilerplate: BOILERPLATE_PATTERNS,
    cues: { verbForms, phrases: CUE_PHRASES, nouns: new Set<string>(CUE_NOUNS), viewNouns: new Set<string>(VIEW_NOUNS), nounDeterminer: NOUN_DETERMINER, nounAdjective: NOUN_ADJECTIVE },
    mentions: {
      titles: new Map<string, 'm' | 'f' | null>(TITLES.map((t) => [t.word, 'gender' in t ? t.gender : null])),
      orgWords: new Set<string>(ORG_WORDS),
      functionWords,
      pronouns: new Map(PRONOUNS.map((p) => [p.word, { gender: p.gender, plural: p.plural, first: p.first }])),
      nominals: new Map(NOMINALS.map((n) => [n.word, { kind: n.kind, plural: 'plural' in n ? n.plural : false }])),
      connectors: new Set<string>(NAME_CONNECTORS),
      particles: new Set<string>(NAME_PARTICLES),
      suffixes: new Set<string>(NAME_SUFFIXES),
      calendar: new Set<string>(CALENDAR_WORDS),
      acronym: ACRONYM,
      nounSuffix: NOUN_SUFFIX,
    },
    features: {
      patterns: new Map<string, number>(PATTERNS.map((p) => [p.id, p.confidence])),
      pronouns: new Map(PRONOUNS.map((p) => [p.word, p])),
    },
    confidence: CONFIDENCE_MODEL,
    resolve: {
      patterns: new Map<string, number>(PATTERNS.map((p) => [p.id, p.confidence])),
      gap: new Set<string>(SPEAKER_VERB_GAP),
      circumstance: new Set<string>(CIRCUMSTANCE_STARTS),
      hearerVerbs: new Set<string>(HEARER_VERBS),
      invertedVerbs: new Set<string>(INVERTED_VERBS),
      bareClauseVerbs: new Set<string>(BARE_CLAUSE_VERBS),
      infinitiveVerbs: new Set<string>(INFINITIVE_VERBS),
      nounLikeVerbs: new Set<string>(NOUN_LIKE_VERBS),
      mostlyNouns: new Set<string>(MOSTLY_NOUN_VERBS),
      whClauseVerbs: new Set<string>(WH_CLAUSE_VERBS),
      labels: new Set<string>(LABELS),
      asVerbs: new Set<string>(AS_VERBS),
      smallClauseVerbs: new Set<string>(SMALL_CLAUSE_VERBS),
      objectSenseVerbs: new Set<string>(OBJECT_SENSE_VERBS),
      viewNouns: new Set<string>(VIEW_NOUNS),
      possessives: new Map(POSSESSIVE_PRONOUNS.map((p) => [p.word, { pronoun: p.pronoun, gender: p.gender, plural: p.plural }])),
      functionWords,
      speakerNouns: new Set<string>([...NOMINALS.map((n) => n.word), ...SPEAKER_NOUNS]),
      words: {
        gerundLink: new Set<string>(W.GERUND_LINK),
        determiners: new Set<string>(W.DETERMINERS),
        npLink: new Set<string>(W.NP_LINK),
        clauseBreak: new Set<string>(W.CLAUSE_BREAK),
        descriptor: W.DESCRIPTOR,
        quantifierSpeakers: new Set<string>(W.QUANTIFIER_SPEAKERS),
        postModifier: new Set<string>(W.POST_MODIFIER),
        clauseStart: new Set<string>(W.CLAUSE_START),
        whWords: new Set<string>(W.WH_WORDS),
        subjectPronouns: new Set<string>(W.SUBJECT_PRONOUNS),
        timeWords: new Set<string>(W.TIME_WORDS),
        circumstanceOnly: new Set<string>(W.CIRCUMSTANCE_ONLY),
        agentNoun: W.AGENT_NOUN,
        ageNoun: W.AGE_NOUN,
        relativePronouns: new Set<string>(W.RELATIVE_PRONOUNS),
        clauseConjunctions: new Set<string>(W.CLAUSE_CONJUNCTIONS),
        be: new Set<string>(W.BE),
        headOpeners: new Set<string>(W.HEAD_OPENERS),
        headCircumstance: new Set<string>(W.HEAD_CIRCUMSTANCE),
        participlePrepositions: new Set<string>(W.PARTICIPLE_PREPOSITIONS),
        auxiliaries: new Set<string>(W.AUXILIARIES),
        findingsNouns: new Set<string>(W.FINDINGS_NOUNS),
        lyNotAdverbs: new Set<string>(W.LY_NOT_ADVERBS),
        timeGapDays: new Set<string>(W.TIME_GAP_DAYS),
        timeGapPeriods: new Set<string>(W.TIME_GAP_PERIODS),
        timeGapLeads: new Set<string>(W.TIME_GAP_LEADS),
        introPrepositions: new Set<string>(W.INTRO_PREPOSITIONS),
        datelineAgencies: new Set<string>(W.DATELINE_AGENCIES),
        states: new Set<string>(W.US_STATES),
        documentNouns: new Set<string>(W.DOCUMENT_NOUNS),
        particles: new Set<string>(W.PARTICLES),
        subjectDeterminers: new Set<string>(W.SUBJECT_DETERMINERS),
        quantityHeads: new Set<string>(W.QUANTITY_HEADS),
        quantityUnits: new Set<string>(W.QUANTITY_UNITS),
        quantityRatioLinks: W.QUANTITY_RATIO_LINKS,
        quantityApproximators: W.QUANTITY_APPROXIMATORS,
        number: W.NUMBER,
        notObjectStart: new Set<string>(W.NOT_OBJECT_START),
      },
    },
  } as const;
}

export const RULES = buildRules();
export type Rules = ReturnType<typeof buildRules>;

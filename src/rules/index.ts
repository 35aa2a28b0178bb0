import { SENTENCE_RULES } from './abbreviations.js';
import { CUE_COMPOUND_LEADS, CUE_PHRASES, CUE_VERBS, QUOTE_CUE_FORMS, QUOTE_CUE_READERS, NOUN_ADJECTIVE, NOUN_DETERMINER, CUE_NOUNS, VIEW_NOUNS } from './cue-verbs.js';
import * as A from './attribute-words.js';
import type { AttributeRules } from './attribute-words.js';
import * as C from './clause-words.js';
import type { ClauseWords } from './clause-words.js';
import * as P from './phrase-words.js';
import type { PhraseRules } from './phrase-words.js';
import { ACRONYM, CALENDAR_WORDS, NAME_CONNECTORS, NAME_PARTICLES, NAME_SUFFIXES, NOUN_SUFFIX } from './names.js';
import { CIRCUMSTANCE_STARTS, FUNCTION_WORDS, SPEAKER_VERB_GAP } from './function-words.js';
import { BOILERPLATE_PATTERNS, LABELS } from './boilerplate.js';
import { CONFIDENCE_MODEL } from './confidence-model.js';
import { PRONOUNS } from './pronouns.js';
import { ELISIONS, QUOTE_DIGRAPHS, QUOTE_MARKS } from './quote-marks.js';
import { NOMINALS, ORG_WORDS, SPEAKER_NOUNS, TITLES } from './titles.js';
import * as E from './entities.js';
import * as S from './word-subsets.js';
import { ATTRIBUTIVE_PARTICIPLES } from './attributive-participles.js';
import { POSSIBILITY_MODALS } from './mood-words.js';
import { ASIDE_IDIOMS } from './idioms.js';
import { OF_QUANTIFIERS, SUBORDINATOR_LEADS } from './clause-openings.js';
import { buildClauseEndWords } from './clause-end-words.js';
import { GENERIC_HEADS } from './generic-heads.js';
import { PHOTO_AGENCIES, PHOTO_LABELS } from './photo-credits.js';
import { READER_PARTICIPLES, RECEIVER_PARTICIPLES } from './reader-participles.js';

/** The tables, indexed once for the stages. A test may build its own from smaller tables. */
export function buildRules() {
  const verbForms = new Map<string, { lemma: string; weight: number }>();
  for (const v of CUE_VERBS) for (const f of v.forms) verbForms.set(f, { lemma: v.lemma, weight: v.weight });
  const functionWords = new Set<string>(FUNCTION_WORDS);
  return {
    sentences: SENTENCE_RULES,
    quoteMarks: QUOTE_MARKS,
    quoteDigraphs: QUOTE_DIGRAPHS,
    elisions: ELISIONS,
    boilerplate: BOILERPLATE_PATTERNS,
    cues: { verbForms, quoteForms: new Map(QUOTE_CUE_FORMS.map((q) => [q.form, { lemma: q.lemma, weight: q.weight }])), quoteReaders: new Set<string>(QUOTE_CUE_READERS), phrases: CUE_PHRASES, nouns: new Set<string>(CUE_NOUNS), viewNouns: new Set<string>(VIEW_NOUNS), nounDeterminer: NOUN_DETERMINER, nounAdjective: NOUN_ADJECTIVE, compoundLeads: new Map(CUE_COMPOUND_LEADS.map((c) => [c.lemma, new Set<string>(c.leads)])), haveForms: new Set<string>(S.HAVE_FORMS), pronouns: new Set<string>(PRONOUNS.map((p) => p.word)) },
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
      pronouns: new Map(PRONOUNS.map((p) => [p.word, p])),
    },
    confidence: CONFIDENCE_MODEL,
    attribute: buildAttributeRules(functionWords),
    entities: {
      titles: new Map<string, 'm' | 'f' | null>(TITLES.map((t) => [t.word, 'gender' in t ? t.gender : null])),
      titleRoles: new Map<string, string>(E.TITLE_ROLES),
      notRoles: new Set<string>(E.NOT_ROLES),
      orgWords: new Set<string>(ORG_WORDS),
      connectors: new Set<string>(NAME_CONNECTORS),
      suffixes: new Set<string>(NAME_SUFFIXES),
      calendar: new Set<string>(CALENDAR_WORDS),
      states: new Set<string>(P.US_STATES),
      placeHeads: new Set<string>(E.PLACE_HEADS),
      workHeads: new Set<string>(E.WORK_HEADS),
      functionWords,
      candidateRoles: new Set<string>(E.CANDIDATE_ROLES),
      orgKinds: new Map<string, ReadonlySet<string>>(E.ORG_KINDS.map((k) => [k.noun, new Set<string>(k.words)])),
      dataNouns: new Set<string>(E.DATA_NOUNS),
      brandKinds: new Set<string>(E.BRAND_KINDS),
      issuedNouns: new Set<string>(E.ISSUED_NOUNS),
      personOrgs: new Set<string>(E.PERSON_ORGS),
      personProxies: new Set<string>(E.PERSON_PROXIES),
      definite: new Set<string>(E.DEFINITE),
      pronounForm: E.PRONOUN_FORM,
      extraGiven: new Map<string, 'm' | 'f' | null>(E.EXTRA_GIVEN_NAMES),
      placePrefixes: new Set<string>(E.PLACE_PREFIXES),
      focusRoles: new Set<string>(E.FOCUS_ROLES),
      roleNoun: E.ROLE_NOUN,
      kinNouns: new Map<string, 'm' | 'f'>(E.KIN_NOUNS),
      anonymousRoles: new Set<string>(E.ANONYMOUS_ROLES),
      offices: new Set<string>(E.OFFICES),
      officeOpeners: new Set<string>(E.OFFICE_OPENERS),
      genericHeads: new Set<string>(GENERIC_HEADS),
      photoCredit: photoCreditPattern(),
      readerClause: new RegExp(String.raw`\s(?:(?:${READER_PARTICIPLES.join('|')})\s+(?:exclusively\s+|first\s+)?(?:by|to)|(?:${RECEIVER_PARTICIPLES.join('|')})\s+(?:exclusively\s+|first\s+)?(?:to|with))\s`, 'u'),
    },
  } as const;
}

/** A whole line that credits a photo: `… via Getty Images.`, `…/Reuters`, `Photo: …` (names only, at most 100 characters). */
function photoCreditPattern(): RegExp {
  const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  // After the label, names only: no lower-case word but `via` (`reported via Reuters.` is a sentence).
  const names = String.raw`(?!.*(?<!\p{L})(?!via(?!\p{L}))\p{Ll}{2,})`;
  return new RegExp(String.raw`^(?=[^\n]{3,100}$)(?:(?:${alt(PHOTO_LABELS)})\s*:${names}.*|${names}.*(?:\svia|\/)\s*(?:${alt(PHOTO_AGENCIES)})(?:\s*(?:Photo|Images?))?\.?)$`, 'u');
}

export const RULES = buildRules();
export type Rules = ReturnType<typeof buildRules>;

/** The attribute stage's rules: the shapes' word classes, and the speaker phrases' under `phrases`. */
function buildAttributeRules(functionWords: ReadonlySet<string>): AttributeRules {
  const gap = new Set<string>(SPEAKER_VERB_GAP);
  const clause: ClauseWords = {
    gerundLink: new Set<string>(C.GERUND_LINK),
    determiners: new Set<string>(C.DETERMINERS),
    clauseStart: new Set<string>(C.CLAUSE_START),
    subjectPronouns: new Set<string>(C.SUBJECT_PRONOUNS),
    headCircumstance: new Set<string>(C.HEAD_CIRCUMSTANCE),
    auxiliaries: new Set<string>(C.AUXILIARIES),
    objectPronouns: new Set<string>(S.OBJECT_PRONOUNS),
    speakingPronouns: new Set<string>(S.SPEAKING_PRONOUNS),
    clausePossessives: new Set<string>(S.CLAUSE_POSSESSIVES),
    reflexivePronouns: new Set<string>(S.REFLEXIVE_PRONOUNS),
    firstPerson: new Set<string>(PRONOUNS.filter((p) => p.first).map((p) => p.word)),
    whOpeners: new Set<string>(S.WH_OPENERS),
  };
  const phrases: PhraseRules = {
    gap,
    functionWords,
    possessives: new Map(P.POSSESSIVE_PRONOUNS.map((p) => [p.word, { pronoun: p.pronoun, gender: p.gender, plural: p.plural }])),
    speakerNouns: new Set<string>([...NOMINALS.map((n) => n.word), ...SPEAKER_NOUNS]),
    words: {
      ...clause,
      npLink: new Set<string>(P.NP_LINK),
      descriptor: P.DESCRIPTOR,
      quantifierSpeakers: new Set<string>(P.QUANTIFIER_SPEAKERS),
      postModifier: new Set<string>(P.POST_MODIFIER),
      agentNoun: P.AGENT_NOUN,
      ageNoun: P.AGE_NOUN,
      relativePronouns: new Set<string>(P.RELATIVE_PRONOUNS),
      clauseConjunctions: new Set<string>(P.CLAUSE_CONJUNCTIONS),
      participlePrepositions: new Set<string>(P.PARTICIPLE_PREPOSITIONS),
      timeGapDays: new Set<string>(P.TIME_GAP_DAYS),
      timeGapPeriods: new Set<string>(P.TIME_GAP_PERIODS),
      timeGapLeads: new Set<string>(P.TIME_GAP_LEADS),
      timePrepositions: new Set<string>(P.TIME_PREPOSITIONS),
      introPrepositions: new Set<string>(P.INTRO_PREPOSITIONS),
      introAdverbs: new Set<string>(P.INTRO_ADVERBS),
      introTimeEnds: new Set<string>(P.INTRO_TIME_ENDS),
      datelineAgencies: new Set<string>(P.DATELINE_AGENCIES),
      states: new Set<string>(P.US_STATES),
      documentNouns: new Set<string>(P.DOCUMENT_NOUNS),
      particles: new Set<string>(P.PARTICLES),
      subjectDeterminers: new Set<string>(P.SUBJECT_DETERMINERS),
      quantityHeads: new Set<string>(P.QUANTITY_HEADS),
      quantityUnits: new Set<string>(P.QUANTITY_UNITS),
      quantityRatioLinks: P.QUANTITY_RATIO_LINKS,
      quantityApproximators: P.QUANTITY_APPROXIMATORS,
      number: P.NUMBER,
      clauseJoins: new Set<string>(P.CLAUSE_JOINS),
      subordinators: new Set<string>(P.SUBORDINATORS),
      subordinatorLeads: new Set<string>(SUBORDINATOR_LEADS),
      ofQuantifiers: new Set<string>(OF_QUANTIFIERS),
      pastVerbs: new Set<string>(P.PAST_VERBS),
      recipientLinks: new Set<string>(P.RECIPIENT_LINKS),
      listenVerbs: new Set<string>(P.LISTEN_VERBS),
    },
  };
  return {
    gap,
    circumstance: new Set<string>(CIRCUMSTANCE_STARTS),
    hearerVerbs: new Set<string>(A.HEARER_VERBS),
    invertedVerbs: new Set<string>(A.INVERTED_VERBS),
    bareClauseVerbs: new Set<string>(A.BARE_CLAUSE_VERBS),
    infinitiveVerbs: new Set<string>(A.INFINITIVE_VERBS),
    nounLikeVerbs: new Set<string>(A.NOUN_LIKE_VERBS),
    mostlyNouns: new Set<string>(A.MOSTLY_NOUN_VERBS),
    namedSFormVerbs: new Set<string>(A.NAMED_S_FORM_VERBS),
    whClauseVerbs: new Set<string>(A.WH_CLAUSE_VERBS),
    labels: new Set<string>(LABELS),
    asVerbs: new Set<string>(A.AS_VERBS),
    characterisingVerbs: new Map(A.CHARACTERISING_VERBS.filter((v: A.JudgingVerb) => !v.quotedReasonOnly).map((v) => [v.lemma, { links: new Set<string>(v.links), object: v.object }])),
    propositionNouns: new Set<string>(A.PROPOSITION_NOUNS),
    reasonVerbs: new Map(A.CHARACTERISING_VERBS.flatMap((v: A.JudgingVerb) => (v.reasonLinks ? [[v.lemma, new Set<string>(v.reasonLinks)] as const] : []))),
    smallClauseVerbs: new Set<string>(A.SMALL_CLAUSE_VERBS),
    nestedSayings: new Map(CUE_VERBS.filter((v) => (A.NESTED_SAYINGS as readonly string[]).includes(v.lemma)).flatMap((v) => v.forms.map((form) => [form, v.lemma] as const))),
    objectSenseVerbs: new Set<string>(A.OBJECT_SENSE_VERBS),
    objectTail: new Set<string>(A.OBJECT_TAIL_WORDS),
    objectDeterminers: new Set<string>(A.OBJECT_DETERMINERS),
    objectPrepositions: new Set<string>(A.OBJECT_PREPOSITIONS),
    viewNouns: new Set<string>(VIEW_NOUNS),
    functionWords,
    plainComplementVerbs: new Set<string>(A.PLAIN_COMPLEMENT_VERBS),
    nounHeadVerbs: new Set<string>(A.NOUN_HEAD_VERBS),
    attributiveParticiples: new Set<string>(ATTRIBUTIVE_PARTICIPLES),
    possibilityModals: new Set<string>(POSSIBILITY_MODALS),
    asideIdioms: ASIDE_IDIOMS.map((p) => p.split(' ')),
    pluralNouns: new Set<string>(A.PLURAL_NOUNS),
    goOnActions: new Set<string>(A.GO_ON_ACTIONS),
    particleActions: new Map(A.PARTICLE_ACTIONS.map((x) => [x.lemma, new Set<string>(x.particles)])),
    ends: buildClauseEndWords(),
    words: {
      ...clause,
      clauseBreak: new Set<string>(A.CLAUSE_BREAK),
      whWords: new Set<string>(A.WH_WORDS),
      timeWords: new Set<string>(A.TIME_WORDS),
      circumstanceOnly: new Set<string>(A.CIRCUMSTANCE_ONLY),
      be: new Set<string>(A.BE),
      headOpeners: new Set<string>(A.HEAD_OPENERS),
      findingsNouns: new Set<string>(A.FINDINGS_NOUNS),
      documentCues: new Set<string>(A.DOCUMENT_CUES),
      lyNotAdverbs: new Set<string>(A.LY_NOT_ADVERBS),
      subjectHeadEnd: new Set<string>(A.SUBJECT_HEAD_END),
      hearersAfterTo: new Set<string>(A.HEARERS_AFTER_TO),
      prepositions: new Set<string>(A.PREPOSITIONS),
      documentParticiples: new Set<string>(A.DOCUMENT_PARTICIPLES),
      notObjectStart: new Set<string>(A.NOT_OBJECT_START),
      complementObjects: new Set<string>(A.COMPLEMENT_OBJECTS),
      notComplement: new Set<string>(A.NOT_COMPLEMENT),
      freeRelatives: new Set<string>(A.FREE_RELATIVES),
      freeRelativeLeads: new Set<string>(A.FREE_RELATIVE_LEADS),
      dayParts: new Set<string>(A.DAY_PARTS),
      periodNouns: new Set<string>(A.PERIOD_NOUNS),
      afterCommaNotContent: new Set<string>(A.AFTER_COMMA_NOT_CONTENT),
      subjectRelatives: new Set<string>(A.SUBJECT_RELATIVES),
      objectRelatives: new Set<string>(A.OBJECT_RELATIVES),
      titleSmallWords: new Set<string>(A.TITLE_SMALL_WORDS),
      hypotheticalModals: new Set<string>(A.HYPOTHETICAL_MODALS),
      nestedSayingGap: new Set<string>(A.NESTED_SAYING_GAP),
      ingNotParticiples: new Set<string>(A.ING_NOT_PARTICIPLES),
      attributionSubordinators: new Set<string>(A.ATTRIBUTION_SUBORDINATORS),
      workNouns: new Set<string>(A.WORK_NOUNS),
      titleLeads: new Set<string>(A.TITLE_LEADS),
      notNounHeadLeads: new Set<string>(A.NOT_NOUN_HEAD_LEADS),
      nameColonLinks: new Set<string>(A.NAME_COLON_LINKS),
      asideAdverbs: new Set<string>(A.ASIDE_ADVERBS),
      headlineTopicLinks: new Set<string>(A.HEADLINE_TOPIC_LINKS),
      answerNouns: new Set<string>(A.ANSWER_NOUNS),
      stateCues: new Set<string>(A.STATE_CUES),
      joinedVerbAdverbs: new Set<string>(A.JOINED_VERB_ADVERBS),
      intentionVerbs: new Set<string>(A.INTENTION_VERBS),
      questionVerbs: new Set<string>(A.QUESTION_VERBS),
      questionOpeners: new Set<string>(A.QUESTION_OPENERS),
      questionAdverbs: new Set<string>(A.QUESTION_ADVERBS),
      questionGoesOn: new Set<string>(A.QUESTION_GOES_ON),
      aspectVerbs: new Set<string>(A.ASPECT_VERBS),
      purposeLeads: { take: new Set<string>(A.PURPOSE_LEADS.take), go: new Set<string>(A.PURPOSE_LEADS.go), degree: new Set<string>(A.PURPOSE_LEADS.degree) },
      estimatingVerbs: new Set<string>(A.ESTIMATING_VERBS),
    },
    phrases,
  };
}

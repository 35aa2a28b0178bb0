import { describe, expect, test } from 'vitest';
import { CUE_NOUNS, CUE_PHRASES, CUE_VERBS } from '../src/rules/cue-verbs.js';
import { CHARACTERISING_VERBS, HEARER_VERBS, INVERTED_VERBS, type JudgingVerb } from '../src/rules/attribute-words.js';
import { SHAPES } from '../src/pipeline/attribute/index.js';
import { PRONOUNS } from '../src/rules/pronouns.js';
import { QUOTE_MARKS } from '../src/rules/quote-marks.js';
import { NOMINALS, ORG_WORDS, TITLES } from '../src/rules/titles.js';
import { RULES } from '../src/rules/index.js';
import { AGE_NOUN, CLAUSE_CONJUNCTIONS, RELATIVE_PRONOUNS } from '../src/rules/phrase-words.js';
import { GENERIC_HEADS } from '../src/rules/generic-heads.js';
import * as W from '../src/rules/phrase-words.js';
import * as S from '../src/rules/word-subsets.js';

/** The values that occur more than once, each once. */
function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

const inUnitInterval = (x: number): boolean => Number.isFinite(x) && x > 0 && x <= 1;
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

describe('CUE_VERBS', () => {
  test('has at least 150 lemmas, each once', () => {
    expect(CUE_VERBS.length).toBeGreaterThanOrEqual(150);
    expect(duplicates(CUE_VERBS.map((v) => v.lemma))).toEqual([]);
  });

  test('forms are lowercase, with no spaces', () => {
    const bad = CUE_VERBS.flatMap((v) => v.forms.filter((f) => f !== f.toLowerCase() || /\s/u.test(f) || f === ''));
    expect(bad).toEqual([]);
  });

  test('no form belongs to two lemmas', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const v of CUE_VERBS) {
      for (const f of new Set<string>(v.forms)) {
        const other = owner.get(f);
        if (other !== undefined && other !== v.lemma) clashes.push(`${f}: ${other} / ${v.lemma}`);
        owner.set(f, v.lemma);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('no lemma lists a form twice, and every lemma has a form', () => {
    expect(CUE_VERBS.filter((v) => duplicates(v.forms).length > 0).map((v) => v.lemma)).toEqual([]);
    expect(CUE_VERBS.filter((v) => v.forms.length === 0).map((v) => v.lemma)).toEqual([]);
  });

  test('weights are in (0, 1]', () => {
    expect(CUE_VERBS.filter((v) => !inUnitInterval(v.weight)).map((v) => `${v.lemma}: ${v.weight}`)).toEqual([]);
  });

  test('say and tell are full-weight cues', () => {
    const weight = (lemma: string) => CUE_VERBS.find((v) => v.lemma === lemma)?.weight;
    expect(weight('say')).toBe(1);
    expect(weight('tell')).toBe(1);
  });

  test('a lemma ending in -ee keeps both e before -ing (agree → agreeing)', () => {
    const wrong = CUE_VERBS.filter((v) => v.lemma.endsWith('ee') && !(v.forms as readonly string[]).includes(`${v.lemma}ing`)).map((v) => v.lemma);
    expect(wrong).toEqual([]);
  });

  test('buildRules indexes every form to its lemma', () => {
    for (const v of CUE_VERBS) for (const f of v.forms) expect(RULES.cues.verbForms.get(f)?.lemma).toBe(v.lemma);
  });
});

describe('other cue tables', () => {
  test('CUE_PHRASES: lowercase words with no spaces, each sequence once, weights in (0, 1]', () => {
    for (const p of CUE_PHRASES) {
      expect(p.lemma).toBe(p.lemma.toLowerCase());
      expect(p.words.length).toBeGreaterThan(1);
      expect(p.words.filter((w) => w !== w.toLowerCase() || /\s/u.test(w) || w === '')).toEqual([]);
      expect(inUnitInterval(p.weight)).toBe(true);
    }
    expect(duplicates(CUE_PHRASES.map((p) => p.words.join(' ')))).toEqual([]);
    expect(CUE_PHRASES.map((p) => p.lemma)).toContain('according to');
  });

  test('HEARER_VERBS are lemmas of CUE_VERBS, each once', () => {
    const lemmas = new Set<string>(CUE_VERBS.map((v) => v.lemma));
    expect(HEARER_VERBS.filter((h) => !lemmas.has(h))).toEqual([]);
    expect(duplicates(HEARER_VERBS)).toEqual([]);
  });

  test('INVERTED_VERBS are lemmas of CUE_VERBS, each once', () => {
    const lemmas = new Set<string>(CUE_VERBS.map((v) => v.lemma));
    expect(INVERTED_VERBS.filter((h) => !lemmas.has(h))).toEqual([]);
    expect(duplicates(INVERTED_VERBS)).toEqual([]);
  });

  test('CHARACTERISING_VERBS: each lemma once; a quoted reason only after links of its own (all of them for a reason-only verb)', () => {
    expect(duplicates(CHARACTERISING_VERBS.map((v) => v.lemma))).toEqual([]);
    for (const v of CHARACTERISING_VERBS as readonly JudgingVerb[]) {
      if (v.quotedReasonOnly) expect([v.lemma, v.links.length, (v.reasonLinks ?? []).length > 0]).toEqual([v.lemma, 0, true]);
      else expect([v.lemma, (v.reasonLinks ?? []).filter((l) => !v.links.includes(l))]).toEqual([v.lemma, []]);
    }
    expect([...RULES.attribute.reasonVerbs.keys()]).toContain('chide');
    expect(RULES.attribute.characterisingVerbs.has('chide')).toBe(false);
  });

  test('CUE_NOUNS are lowercase and unique', () => {
    expect(CUE_NOUNS.filter((n) => n !== n.toLowerCase())).toEqual([]);
    expect(duplicates(CUE_NOUNS)).toEqual([]);
  });
});

describe('SHAPES (the attribution shapes\' records)', () => {
  test('ids are unique kebab-case', () => {
    const ids = SHAPES.map((p) => p.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  test('confidence is in (0, 1]', () => {
    expect(SHAPES.filter((p) => !inUnitInterval(p.confidence)).map((p) => p.id)).toEqual([]);
  });

  test('every shape has an example', () => {
    expect(SHAPES.filter((p) => p.example.trim() === '').map((p) => p.id)).toEqual([]);
  });
});

describe('TITLES, ORG_WORDS, NOMINALS, PRONOUNS', () => {
  test.each([
    ['TITLES', TITLES.map((t) => t.word)],
    ['ORG_WORDS', [...ORG_WORDS]],
    ['NOMINALS', NOMINALS.map((n) => n.word)],
    ['PRONOUNS', PRONOUNS.map((p) => p.word)],
  ] as const)('%s: lowercase, unique, no spaces, no trailing full stop', (_name, words) => {
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => w !== w.toLowerCase() || /\s/u.test(w) || w.endsWith('.') || w === '')).toEqual([]);
    expect(duplicates(words)).toEqual([]);
  });
});

describe('QUOTE_MARKS', () => {
  test('each mark is a single character, listed once', () => {
    expect(QUOTE_MARKS.filter((m) => Array.from(m.char).length !== 1 || m.char.length !== 1).map((m) => m.char)).toEqual([]);
    expect(duplicates(QUOTE_MARKS.map((m) => m.char))).toEqual([]);
  });

  test('both kinds can open and close', () => {
    for (const kind of ['double', 'single'] as const) {
      const roles = new Set<string>(QUOTE_MARKS.filter((m) => m.kind === kind).map((m) => m.role));
      expect(roles.has('open') || roles.has('either')).toBe(true);
      expect(roles.has('close') || roles.has('either')).toBe(true);
    }
  });

  test('the curly and straight marks are all there', () => {
    const chars = QUOTE_MARKS.map((m) => m.char);
    expect(chars).toEqual(expect.arrayContaining(['\u201c', '\u201d', '"', '\u2018', '\u2019']));
  });
});

describe('speech words', () => {
  test.each([
    ['RELATIVE_PRONOUNS', [...RELATIVE_PRONOUNS]],
    ['CLAUSE_CONJUNCTIONS', [...CLAUSE_CONJUNCTIONS]],
    ['GENERIC_HEADS', [...GENERIC_HEADS]],
  ] as const)('%s: lowercase single words, unique', (_name, words) => {
    expect(words.filter((w) => w !== w.toLowerCase() || /\s/u.test(w) || w === '')).toEqual([]);
    expect(duplicates(words)).toEqual([]);
  });

  test('AGE_NOUN is an age used as a noun, not any hyphenated word', () => {
    expect(['46-year-old', '30-year-olds', 'twenty-year-old', 'twenty-one-year-old', '6-month-old'].filter((w) => !AGE_NOUN.test(w))).toEqual([]);
    expect(['old', 'year-old', 'long-time', '46-year', 'well-known'].filter((w) => AGE_NOUN.test(w))).toEqual([]);
  });
});

describe('word classes for subjects and sources', () => {
  test.each([
    ['INTRO_PREPOSITIONS', W.INTRO_PREPOSITIONS],
    ['INTRO_ADVERBS', W.INTRO_ADVERBS],
    ['INTRO_TIME_ENDS', W.INTRO_TIME_ENDS],
    ['TIME_PREPOSITIONS', W.TIME_PREPOSITIONS],
    ['DATELINE_AGENCIES', W.DATELINE_AGENCIES],
    ['US_STATES', W.US_STATES],
    ['DOCUMENT_NOUNS', W.DOCUMENT_NOUNS],
    ['PARTICLES', W.PARTICLES],
    ['SUBJECT_DETERMINERS', W.SUBJECT_DETERMINERS],
    ['OBJECT_PRONOUNS', S.OBJECT_PRONOUNS],
    ['SPEAKING_PRONOUNS', S.SPEAKING_PRONOUNS],
    ['CLAUSE_POSSESSIVES', S.CLAUSE_POSSESSIVES],
    ['REFLEXIVE_PRONOUNS', S.REFLEXIVE_PRONOUNS],
    ['HAVE_FORMS', S.HAVE_FORMS],
    ['WH_OPENERS', S.WH_OPENERS],
  ] as const)('%s: lowercase, no final full stop, each once', (_name, words) => {
    expect(words.filter((w) => w !== w.toLowerCase() || w.endsWith('.') || w.trim() !== w || w === '')).toEqual([]);
    expect(duplicates(words)).toEqual([]);
  });

  test('a state of several words is written with single spaces', () => {
    expect(W.US_STATES.filter((w) => /\s{2,}|\t/u.test(w))).toEqual([]);
  });
});

describe('word subsets (src/rules/word-subsets.ts)', () => {
  test('a derived subset leaves out of its table exactly the words its comment names', () => {
    expect(new Set(S.SPEAKING_PRONOUNS)).toEqual(new Set(['he', 'she', 'they', 'we', 'i']));
    expect(new Set(S.CLAUSE_POSSESSIVES)).toEqual(new Set(['his', 'their', 'its', 'our']));
    expect(new Set(S.WH_OPENERS)).toEqual(new Set(['whether', 'if', 'why', 'how']));
  });

  test('the Sets hold their tables; firstPerson is the first-person rows of PRONOUNS', () => {
    const words = RULES.attribute.words;
    expect(words.speakingPronouns.has('he') && !words.speakingPronouns.has('it') && !words.speakingPronouns.has('you')).toBe(true);
    expect(words.clausePossessives.has('his') && !words.clausePossessives.has('her')).toBe(true);
    expect([...words.firstPerson].sort()).toEqual(PRONOUNS.filter((p) => p.first).map((p) => p.word).sort());
    expect(words.objectPronouns.has('them') && !words.objectPronouns.has('they')).toBe(true);
  });
});

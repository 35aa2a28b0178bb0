import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { featureVector, modelLogit, scoreConfidence, WEIGHT_SIGNS, type ConfidenceModel } from '../src/pipeline/confidence.js';
import { buildClaims } from '../src/pipeline/claims.js';
import { extract } from '../src/pipeline/extract.js';
import { contentShape, nameShape, readStyle } from '../src/pipeline/features.js';
import { splitParagraphs } from '../src/pipeline/paragraphs.js';
import { CONFIDENCE_MODEL } from '../src/rules/confidence-model.js';
import { SHAPES } from '../src/pipeline/attribute/index.js';
import { RULES } from '../src/rules/index.js';
import type { Attribution, ClaimFeatures, ClaimType } from '../src/types.js';

const BASE: ClaimFeatures = {
  rule: 'quote-comma-name-cue', type: 'direct', base: 0.95, heuristic: 0.9, cue: 'say', cueKind: 'verb', cueWeight: 1,
  marks: 'curly', runsOn: false, mention: 'name', resolution: 'as-written', nameWords: 2, nameShape: 'first-last',
  speakerKind: 'person', speakerDistance: 0, rivals: 0, speakerClaims: 1, resolutionFactor: 1, antecedentDistance: 0, words: 12, paragraph: 3,
  singleQuoteStyle: false, hardWrapped: false, interview: false,
  cueGap: 0, startsLower: false, endsOpen: false, sentences: 1, leadSentence: false, nameSightings: 3, docClaims: 6,
  antecedentSubject: true, antecedentVia: '', oddMarks: false,
};
// Every feature the runtime can compute, read off a few claims that between them set every flag.
const SAMPLES: ClaimFeatures[] = [
  BASE,
  { ...BASE, mention: 'pronoun', resolution: 'antecedent', resolutionFactor: 0.8, rivals: 2, antecedentDistance: 2 },
  { ...BASE, mention: 'name', resolution: 'expanded', resolutionFactor: 0.97, rivals: 2, paragraph: 0, runsOn: true, oddMarks: true, singleQuoteStyle: true, hardWrapped: true, interview: true },
  { ...BASE, cueGap: 4, startsLower: true, endsOpen: true, sentences: 2, leadSentence: true, nameSightings: 1, speakerWords: 6, speakerLower: true },
  { ...BASE, mention: 'pronoun', resolution: 'antecedent', resolutionFactor: 0.8, genderClash: true, antecedentSubject: false, antecedentVia: 'subject' },
];
const KEYS = (['direct', 'mixed', 'indirect'] as const).flatMap((type) => SAMPLES.flatMap((f) => Object.keys(featureVector({ ...f, type }))));
const NUMERIC = new Set(KEYS.filter((k) => !k.includes('=')));
const GROUPS = new Set(KEYS.filter((k) => k.includes('=')).map((k) => k.slice(0, k.indexOf('='))));

describe('the confidence model table', () => {
  test('has a finite intercept and finite weights, each a feature the runtime computes', () => {
    expect(Number.isFinite(CONFIDENCE_MODEL.intercept)).toBe(true);
    for (const [k, w] of Object.entries(CONFIDENCE_MODEL.weights)) {
      expect(Number.isFinite(w), k).toBe(true);
      if (k.includes('=')) expect(GROUPS, k).toContain(k.slice(0, k.indexOf('=')));
      else expect(NUMERIC, k).toContain(k);
    }
  });

  test('every weight of WEIGHT_SIGNS is a feature, and the model keeps its sign', () => {
    for (const [k, sign] of Object.entries(WEIGHT_SIGNS)) {
      expect(NUMERIC, k).toContain(k);
      expect((CONFIDENCE_MODEL.weights[k] ?? 0) * sign, k).toBeGreaterThanOrEqual(0);
    }
  });

  test('every rule it weighs is a shape of the attribute stage', () => {
    const ids = new Set<string>(SHAPES.map((p) => p.id));
    for (const k of Object.keys(CONFIDENCE_MODEL.weights)) {
      if (k.startsWith('rule=') && k !== 'rule=*') expect(ids, k).toContain(k.slice('rule='.length));
    }
  });

  test('a rule without a weight scores on the intercept path: its group default, or nothing', () => {
    const unknown = { ...BASE, rule: 'no-such-rule' };
    const without = Object.fromEntries(Object.entries(featureVector(unknown)).filter(([k]) => !k.startsWith('rule=')));
    expect(modelLogit(featureVector(unknown), CONFIDENCE_MODEL)).toBeCloseTo(modelLogit(without, CONFIDENCE_MODEL) + (CONFIDENCE_MODEL.weights['rule=*'] ?? 0), 12);
    const bare: ConfidenceModel = { intercept: 0.4, weights: { 'rule=quote-comma-name-cue': 2 } };
    expect(modelLogit(featureVector(unknown), bare)).toBe(0.4);
    expect(modelLogit(featureVector(BASE), bare)).toBe(2.4);
    for (const p of SHAPES) {
      const c = scoreConfidence({ ...BASE, rule: p.id, base: p.confidence }, CONFIDENCE_MODEL);
      expect(c, p.id).toBeGreaterThanOrEqual(0);
      expect(c, p.id).toBeLessThanOrEqual(1);
    }
  });

  // The name is unambiguous: no other full name of the document shares its surname (a name with such rivals,
  // `Clinton` among Hillary and Bill, is rightly less sure than a pronoun whose antecedent spoke last).
  test('a resolved pronoun never scores above the same claim with a name speaker', () => {
    const types: ClaimType[] = ['direct', 'mixed', 'indirect'];
    for (const p of SHAPES) {
      for (const type of types) {
        for (const cue of ['say', 'believe', ':', null]) {
          for (const rivals of [0, 1, 3]) {
            for (const antecedentDistance of [0, 4]) {
              const f: ClaimFeatures = { ...BASE, rule: p.id, base: p.confidence, type, cue, rivals, antecedentDistance };
              for (const resolutionFactor of [0.85, 0.8, 0.75, 0.7, 0.65, 0.6]) {
                const pronoun = scoreConfidence({ ...f, mention: 'pronoun', resolution: 'antecedent', resolutionFactor }, CONFIDENCE_MODEL);
                for (const resolution of ['as-written', 'expanded'] as const) {
                  expect(pronoun, `${p.id} ${type} ${cue} ${rivals} ${antecedentDistance} ${resolutionFactor} ${resolution}`).toBeLessThanOrEqual(scoreConfidence({ ...f, mention: 'name', resolution, resolutionFactor: resolution === 'as-written' ? 1 : 0.97, rivals: 0 }, CONFIDENCE_MODEL));
                }
              }
            }
          }
        }
      }
    }
  });
});

const features = fc.record({
  rule: fc.constantFrom(...SHAPES.map((p) => p.id), 'no-such-rule'),
  type: fc.constantFrom('direct', 'mixed', 'indirect'),
  base: fc.double({ min: 0, max: 1, noNaN: true }),
  heuristic: fc.double({ min: 0, max: 1, noNaN: true }),
  cue: fc.option(fc.constantFrom('say', 'tell', 'according to', 'zzz', ':')),
  cueKind: fc.option(fc.constantFrom('verb', 'phrase', 'noun', 'colon')),
  cueWeight: fc.double({ min: 0, max: 1, noNaN: true }),
  marks: fc.constantFrom('curly', 'straight', 'single', 'other', 'none'),
  runsOn: fc.boolean(),
  mention: fc.constantFrom('name', 'pronoun', 'description', 'inherited', 'none'),
  resolution: fc.constantFrom('as-written', 'expanded', 'antecedent', 'unresolved', 'none'),
  nameWords: fc.nat(8),
  nameShape: fc.constantFrom('first-last', 'multi', 'one', 'caps', 'lower', 'pronoun', 'none'),
  speakerKind: fc.option(fc.constantFrom('person', 'organization', 'other')),
  speakerDistance: fc.nat(3),
  rivals: fc.nat(5),
  speakerClaims: fc.nat(40),
  resolutionFactor: fc.constantFrom(1, 0.97, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.5, 0.123),
  antecedentDistance: fc.nat(4),
  words: fc.nat(2000),
  paragraph: fc.nat(500),
  singleQuoteStyle: fc.boolean(),
  hardWrapped: fc.boolean(),
  interview: fc.boolean(),
  cueGap: fc.nat(12),
  startsLower: fc.boolean(),
  endsOpen: fc.boolean(),
  sentences: fc.integer({ min: 1, max: 20 }),
  leadSentence: fc.boolean(),
  nameSightings: fc.nat(50),
  docClaims: fc.nat(200),
  speakerWords: fc.nat(30),
  speakerLower: fc.boolean(),
  genderClash: fc.boolean(),
  antecedentSubject: fc.boolean(),
  oddMarks: fc.boolean(),
  antecedentVia: fc.constantFrom('', 'speaker', 'subject', 'near', 'possessor', 'main'),
}) as fc.Arbitrary<ClaimFeatures>;

// The order holds by construction, not by the luck of a fit: for ANY weights that keep WEIGHT_SIGNS, a
// pronoun resolved by the entity stage (which doubts it at least 0.1) scores at most the same claim with
// the name written out or expanded from a surname.
const SPEAKER_KEYS = [...new Set((['direct', 'mixed', 'indirect'] as const).flatMap((type) => [
  ...SAMPLES.map((f) => ({ ...f, type })),
  { ...BASE, type, mention: 'pronoun' as const, resolution: 'antecedent' as const, resolutionFactor: 0.8, rivals: 1, antecedentDistance: 1 },
]).flatMap((f) => Object.keys(featureVector(f))))];
prop.prop([features, fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: SPEAKER_KEYS.length, maxLength: SPEAKER_KEYS.length }), fc.constantFrom(0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5)])(
  'a resolved pronoun never outscores the name, for any weights that keep WEIGHT_SIGNS',
  (f, ws, resolutionFactor) => {
    const weights = Object.fromEntries(SPEAKER_KEYS.map((k, i) => [k, WEIGHT_SIGNS[k] ? WEIGHT_SIGNS[k]! * Math.abs(ws[i]!) : ws[i]!]));
    const model: ConfidenceModel = { intercept: 0, weights };
    const pronoun = modelLogit(featureVector({ ...f, mention: 'pronoun', resolution: 'antecedent', resolutionFactor }), model);
    expect(pronoun).toBeLessThanOrEqual(modelLogit(featureVector({ ...f, mention: 'name', resolution: 'as-written', resolutionFactor: 1, rivals: 0 }), model) + 1e-9);
    expect(pronoun).toBeLessThanOrEqual(modelLogit(featureVector({ ...f, mention: 'name', resolution: 'expanded', resolutionFactor: 0.97, rivals: 0 }), model) + 1e-9);
  },
);

prop.prop([features])('confidence is a probability, for any features', (f) => {
  const c = scoreConfidence(f, CONFIDENCE_MODEL);
  expect(c).toBeGreaterThanOrEqual(0);
  expect(c).toBeLessThanOrEqual(1);
  const huge: ConfidenceModel = { intercept: 1e308, weights: { heuristic: 1e308, logWords: -1e308 } };
  expect(scoreConfidence(f, huge)).toBeGreaterThanOrEqual(0);
  expect(scoreConfidence(f, huge)).toBeLessThanOrEqual(1);
});

describe('buildClaims and the model', () => {
  const text = '“We will win,” said Jane Doe.';
  const a: Attribution = {
    type: 'direct', content: { start: 1, end: 13 }, speaker: { start: 20, end: 28, name: 'Jane Doe', kind: 'person' },
    cue: { start: 15, end: 19, lemma: 'say' }, confidence: 0.8, rule: 'quote-comma-cue-name', features: { ...BASE, rule: 'quote-comma-cue-name' },
  };
  const sentences = [{ start: 0, end: text.length, index: 0, paragraph: 0 }];
  test('the record takes the model\'s probability, rounded to 2 decimals, and never the features', () => {
    const model: ConfidenceModel = { intercept: 1, weights: { 'rule=quote-comma-cue-name': 1 } };
    const [c] = buildClaims({ path: 'a.txt', text }, sentences, [a], model);
    expect(c!.confidence).toBe(Math.round(100 / (1 + Math.exp(-2))) / 100);
    expect(Object.keys(c!)).not.toContain('features');
  });
  test('an empty model, or an attribution without features, keeps the shape\'s score', () => {
    expect(buildClaims({ path: 'a.txt', text }, sentences, [a], { intercept: 3, weights: {} })[0]!.confidence).toBe(0.8);
    const { features: _, ...bare } = a;
    expect(buildClaims({ path: 'a.txt', text }, sentences, [bare], { intercept: 3, weights: { base: 1 } })[0]!.confidence).toBe(0.8);
  });
  test('extract gives the features only when asked', () => {
    expect(Object.keys(extract({ path: 'a.txt', text })[0]!)).not.toContain('features');
    const [c] = extract({ path: 'a.txt', text }, RULES, { features: true });
    expect(c!.features).toMatchObject({ rule: 'quote-comma-cue-name', type: 'direct', cue: 'say', cueKind: 'verb', marks: 'curly', mention: 'name', resolution: 'as-written', nameShape: 'first-last', speakerKind: 'person', words: 3 });
  });
});

describe('features', () => {
  test.each([
    ['“We will win,” he said.', { mention: 'pronoun', resolution: 'unresolved' }],
    ['Jane Doe arrived. “We will win,” she said.', { mention: 'pronoun', resolution: 'antecedent', antecedentDistance: 1, rivals: 0 }],
    ['Jane Doe met Mary Roe. “We will win,” she said.', { mention: 'pronoun', resolution: 'antecedent', rivals: 1, genderClash: false }],
    ['Jane Doe arrived. “We will win,” Doe said.', { mention: 'name', resolution: 'expanded', rivals: 0 }],
    ['‘We will win,’ said Jane Doe.', { marks: 'single', type: 'direct' }],
    ['"We will win," said Jane Doe.', { marks: 'straight' }],
    ['Jane Doe said that the plan would fail.', { type: 'indirect', marks: 'none', cue: 'say', mention: 'name' }],
    // where the content stands, how far from its cue, how often its speaker is named, how many claims the document has
    ['“We will win,” said Jane Doe.', { cueGap: 0, leadSentence: true, sentences: 1, nameSightings: 1, docClaims: 1, startsLower: false }],
    ['Jane Doe arrived. “We will win,” Doe said.', { leadSentence: false, sentences: 1, cueGap: 0 }],
    ['“We will win,” Jane Doe said. “We always do,” Jane Doe said.', { nameSightings: 2, docClaims: 2, speakerWords: 2 }],
    ['“We will win,” said the head of the largest union in the city.', { speakerWords: 6, speakerLower: false }],
    ['“We will win,” said union boss Jane Doe.', { speakerLower: true }],
    ['“We will win,” he said.', { speakerLower: false }],
    ['Jane Doe arrived.\n\n“We will win,” Doe said.', { leadSentence: true, paragraph: 1 }],
    ['Jane Doe said on Monday in Paris that the plan would fail.', { type: 'indirect', cueGap: 5 }],
    ['“We will win,” Jane Doe said. “We always do,” she said.', { docClaims: 2 }],
    // a pronoun whose name was last seen opening its sentence (its subject), or further in
    ['Maria Vale spoke at the rally on Monday. “We will rebuild the bridge,” she said.', { mention: 'pronoun', antecedentSubject: true }],
    ['Ms. Maria Vale, 41, spoke at the rally. “We will rebuild the bridge,” she said.', { mention: 'pronoun', antecedentSubject: true }],
    ['On Monday, Tom Reyes opened the new school. “It took six years,” he said.', { mention: 'pronoun', antecedentSubject: true }],
    ['The prize went on Monday to his daughter, Maria Vale. “We will rebuild the bridge,” she said.', { mention: 'pronoun', antecedentSubject: false }],
    ['Officials sent the report to Mayor Tom Reyes last week. “It is late,” he said.', { mention: 'pronoun', antecedentSubject: false }],
    ['Tom Reyes said that the school would open in May.', { mention: 'name', antecedentSubject: false, antecedentVia: '' }], // only a pronoun has an antecedent
    // how the entity stage found the pronoun's name: the last speaker, or an earlier sentence's first name
    ['“The bridge is old,” Maria Vale said. “We will rebuild it,” she said.', { mention: 'pronoun', antecedentVia: 'speaker' }],
    ['Maria Vale spoke at the rally on Monday. “We will rebuild the bridge,” she said.', { antecedentVia: 'subject', antecedentSubject: true }],
    ['The prize went on Monday to his daughter, Maria Vale. “We will rebuild the bridge,” she said.', { antecedentVia: 'subject', antecedentSubject: false }],
    ['“We will win,” he said.', { mention: 'pronoun', antecedentVia: '' }], // near miss: no name to take
    // quotation marks inside the content: paired, or one left over
    ['Jane Doe said the plan was "a disgrace" and would fail.', { type: 'mixed', oddMarks: false }],
    ['Jane Doe said the plan would "fail and fail again.', { type: 'mixed', oddMarks: true }],
    ['Jane Doe said that the plan would fail.', { type: 'indirect', oddMarks: false }],
    ['"We will win," said Jane Doe.', { type: 'direct', oddMarks: false }], // the content's own marks lie outside it
  ] as const)('%s', (text, expected) => {
    const claims = extract({ path: 'a.txt', text }, RULES, { features: true });
    expect(claims.at(-1)?.features).toMatchObject(expected);
  });

  test.each([
    ['“We will win,”', { startsLower: false, endsOpen: false }],
    ['the plan would fail', { startsLower: true, endsOpen: true }],
    ['“and then we won', { startsLower: true, endsOpen: true }], // a cut-off quotation, past its mark
    ['“We will win.”', { startsLower: false, endsOpen: false }],
    ['“we will win?”', { startsLower: true, endsOpen: false }],
  ] as const)('contentShape(%j)', (text, expected) => {
    expect(contentShape(text, { start: 0, end: text.length })).toEqual(expected);
  });

  test.each([
    ['Jane Doe', 'first-last'], ['Donald J. Trump', 'first-last'], ['Barack Obama', 'first-last'], ['Staff Wendy Orlov', 'multi'],
    ['MSNBC Chris Matthews', 'multi'],
    ['Sanders', 'one'], ['JEAN-PIERRE', 'caps'], ['FIX IS IN', 'caps'], ['ICE', 'caps'], ['recalcitrant officers', 'lower'],
    ['he', 'pronoun'], ['She', 'pronoun'], ['Hillary Clinton', 'first-last'],
  ] as const)('nameShape(%j) is %s', (name, shape) => {
    expect(nameShape(name, RULES.features.pronouns)).toBe(shape);
  });
  test('an organisation with a first word the lexicon does not know is not a person\'s first and last name', () => {
    expect(nameShape('Pew Research Center', RULES.features.pronouns, 'organization')).toBe('multi');
  });

  const style = (text: string) => readStyle(text, splitParagraphs(text));
  test.each([
    ["'We will,' he said.\n'No,' she said.\n'Yes,' he said.", { singleQuoteStyle: true }],
    ['“We will,” he said.\n‘No,’ she said.\n“Yes,” he said.', { singleQuoteStyle: false }], // near miss: mostly double
    ['Q: Who are you?\nA: A reader.\nQ: Why?\nA: Because.', { interview: true }],
    ['SMITH: We will.\nJONES: No.\nSMITH: Yes.', { interview: true }],
    ['Q: Who are you?\nA reader, he said.', { interview: false }], // near miss: one label
    ['The yen rose against\nthe dollar today.\nTraders said the rise\nwould last.\nOthers said it\nwould not.', { hardWrapped: true }],
    ['The yen rose today.\nTraders said so.\nOthers did not.', { hardWrapped: false }], // near miss: a line per paragraph
  ] as const)('readStyle(%j)', (text, expected) => {
    expect(style(text)).toMatchObject(expected);
  });
});

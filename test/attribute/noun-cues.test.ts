import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { NOUN_CUES } from '../../src/pipeline/attribute/noun-cues.js';

shapeTable('noun cues', NOUN_CUES, [
  ['in-name-view-clause', 'In the view of the union, the policy is wrong.'],
], [
  ['name-noun-that-clause', 'The union dismissed Crane’s claim.'],
  ['in-name-view-clause', 'The view from Crane’s house is nice.'],
  ['name-noun-that-clause', 'Crane’s statement that the policy is wrong drew fire.'],
]);

describe('noun cues', () => {
  test.each([
    ['In Crane’s view, the policy is wrong.', ['the policy is wrong', 'Crane', 'in-name-view-clause']],
    ['The policy is wrong, in Crane’s view.', ['The policy is wrong', 'Crane', 'clause-in-name-view']],
    ['In the view of the union, the policy is wrong.', ['the policy is wrong', 'the union', 'in-name-view-clause']],
    ['The union dismissed Crane’s claim that the policy is wrong.', ['the policy is wrong', 'Crane', 'name-noun-that-clause']],
    ['Crane’s statement that the policy is wrong, which he made on Monday, drew fire.', ['the policy is wrong', 'Crane', 'name-noun-that-clause']],
  ])('cue nouns: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[5]])).toEqual([expected]);
  });

  test('a possessive pronoun before a cue noun resolves like the pronoun', () => {
    const out = claims('Jane Doe spoke on Monday. Staff heard her claim that the office will reopen.');
    expect(out.map((c) => [c[0], c[1], c[2]])).toEqual([['the office will reopen', 'her', 'Jane Doe']]);
  });

  test.each([
    ['as a subject with no comma the clause cannot be bounded', 'Crane’s statement that the policy is wrong drew fire.'],
    ['a relative clause after the noun', 'The statement that was released on Monday was short.'],
  ])('no cue-noun claim: %s', (_what, text) => {
    expect(claims(text).filter((c) => c[5] === 'name-noun-that-clause')).toEqual([]);
  });
});

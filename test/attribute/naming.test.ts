import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { NAMING } from '../../src/pipeline/attribute/naming.js';

shapeTable('naming verbs', NAMING, [
  ['name-cue-object-quote', 'Trump calls Cruz “a liar.”'],
], [
  ['name-cue-object-quote', 'Bush called Trump on Tuesday.'],
  ['name-cue-object-quote', 'Bush called for “unity.”'],
]);

describe('a naming verb with an object and a quoted complement (issue: `called X “Y”`)', () => {
  test.each([
    ['Sen. Marco Rubio called the statement “offensive and outlandish.”', ['the statement “offensive and outlandish.”', 'Sen. Marco Rubio', 'Marco Rubio', 'called', 'mixed', 'name-cue-object-quote']],
    ['Jane Doe called Trump a “jackass.”', ['Trump a “jackass.”', 'Jane Doe', 'Jane Doe', 'called', 'mixed', 'name-cue-object-quote']],
    ['Trump calls Cruz “a liar.”', ['Cruz “a liar.”', 'Trump', 'Trump', 'calls', 'mixed', 'name-cue-object-quote']],
    ['Critics labeled the plan “a disaster” on Monday.', ['the plan “a disaster”', 'Critics', 'Critics', 'labeled', 'mixed', 'name-cue-object-quote']],
    // the complement ends with its quotation
    ['Jane Doe called the system “rigged” in a tweet, and others agreed.', ['the system “rigged”', 'Jane Doe', 'Jane Doe', 'called', 'mixed', 'name-cue-object-quote']],
    ['Jane Doe met voters and called the tax “a disgrace.”', ['the tax “a disgrace.”', 'Jane Doe', 'Jane Doe', 'called', 'mixed', 'and-cue-that-clause']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  test.each([
    'Jane Doe called off the “unity” rally.',
    'Jane Doe called in “experts.”',
    'Jane Doe called him to say “thanks.”',
    'The so-called “experts” disagreed.',
    'The calls from voters “were angry.”',
    'Jane Doe called a news conference “to clear the air.”',
  ])('no small clause: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  test('`called for` keeps its own shape', () => {
    expect(claims('Jane Doe called for “a political revolution.”').map((c) => c[5])).not.toContain('name-cue-object-quote');
  });
});

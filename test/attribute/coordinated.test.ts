import { describe, expect, test } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import { buildRules } from '../../src/rules/index.js';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { COORDINATED } from '../../src/pipeline/attribute/coordinated.js';

shapeTable('coordinated and participle cues', COORDINATED, [
  ['adding-that-clause', 'Rubio waved to the crowd before adding that he will win Florida.'],
  ['and-cue-that-clause', 'Jane Doe met voters and called the tax “a disgrace.”'],
], [
  ['adding-that-clause', 'Jane Doe said the office will reopen, adding to her lead.'],
  ['and-cue-that-clause', 'Jane Doe rejected the idea and the office will reopen.'],
]);

describe('participles and coordinated cues', () => {
  test('a participle after a quotation links to the speaker before it', () => {
    expect(claims('"We will win," she said, adding, "I think the count is wrong."').map((c) => [c[1], c[3]])).toEqual([['she', 'said'], ['she', 'adding']]);
  });

  test('several contents for one speaker: X said A, adding that B', () => {
    const out = claims('Jane Doe said the office will reopen, adding that staff would return.');
    expect(out.map((c) => [c[0], c[2], c[5]])).toEqual([
      ['the office will reopen', 'Jane Doe', 'name-cue-that-clause'],
      ['staff would return', 'Jane Doe', 'adding-that-clause'],
    ]);
  });

  // issue 15: a participle after a dash, a participle that is also a noun (`warning`), and
  // a participle right after the subject (an aside that ends at its comma).
  test.each([
    ['The council voted the plan down — saying the city could not afford it.', ['the city could not afford it', 'council', 'saying']],
    ['The firm said it would miss the deadline, warning that it could default on its loans.', ['it could default on its loans', 'The firm', 'warning']],
    ['The mayor, noting that the governor had helped him, praised her record.', ['the governor had helped him', 'mayor', 'noting']],
  ])('a participle links a content to the clause subject: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
  });

  test.each([
    ['The senator praised the bill, recalling that her father had worked in the mill.', ['her father had worked in the mill', 'The senator', 'recalling']],
    ['Jane Doe closed the rally, vowing to fight on until the convention.', ['to fight on until the convention', 'Jane Doe', 'vowing']],
    ['The union rejected the offer, complaining that wages had not kept up.', ['wages had not kept up', 'union', 'complaining']],
  ])('more speech participles: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
  });

  test('near misses: a noun after an article, a circumstance aside, an aside that ends at its comma', () => {
    expect(claims('The agency issued a warning that storms were coming.').filter((c) => c[3] === 'warning').map((c) => c[5])).not.toContain('adding-that-clause');
    expect(claims('Jane Doe, writing in the Ledger, argued for a new tax.').filter((c) => c[3] === 'writing')).toEqual([]);
    // `revealing` is not a linking participle: what it reveals is no one's claim
    expect(claims('The dispute highlights frictions in the movement — revealing contrasts between the two unions.')).toEqual([]);
    expect(claims('The mayor, noting the help of the governor, praised her record.').filter((c) => c[3] === 'noting').map((c) => c[0]))
      .toEqual(['the help of the governor']);
  });

  test('the word classes come with the rules: without linking participles there is no second content', () => {
    const base = buildRules();
    const rules = { ...base, attribute: { ...base.attribute, words: { ...base.attribute.words, gerundLink: new Set<string>() } } };
    const text = 'Jane Doe said the office will reopen, adding that staff would return.';
    expect(extract({ path: 'a.txt', text }, rules).map((c) => c.rule)).not.toContain('adding-that-clause');
    expect(extract({ path: 'a.txt', text }).map((c) => c.rule)).toContain('adding-that-clause');
  });
});

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

  test('the word classes come with the rules: without linking participles there is no second content', () => {
    const base = buildRules();
    const rules = { ...base, attribute: { ...base.attribute, words: { ...base.attribute.words, gerundLink: new Set<string>() } } };
    const text = 'Jane Doe said the office will reopen, adding that staff would return.';
    expect(extract({ path: 'a.txt', text }, rules).map((c) => c.rule)).not.toContain('adding-that-clause');
    expect(extract({ path: 'a.txt', text }).map((c) => c.rule)).toContain('adding-that-clause');
  });
});

import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';

// Where a reported clause ends (src/pipeline/attribute/clauses.ts).

describe('a second attribution ends the first content', () => {
  test.each([
    ['Jane Doe said the plan would work, but John Roe said it would fail.', [['the plan would work', 'Jane Doe'], ['it would fail', 'John Roe']]],
    ['Most Democrats said the plan was fair, while other voters said they were not sure.', [['the plan was fair', 'Most Democrats'], ['they were not sure', 'other voters']]],
    ['Jane Doe says she respects the union but argues that the deal cannot last.', [['she respects the union', 'Jane Doe'], ['the deal cannot last', 'Jane Doe']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual(expected);
  });

  test.each([
    // Parenthetical and trailing attributions are not a second content.
    ['Jane Doe said the plan, John Roe said, would fail in the end.', 'the plan, John Roe said, would fail in the end'],
    // A weak cue without `that` is no second attribution: `know people`.
    ['Jane Doe said the town is small, and most people know people of their own street.', 'the town is small, and most people know people of their own street'],
  ])('not split: %s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

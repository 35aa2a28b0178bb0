import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';

// Issue 15, who said what in reported speech: shapes where the speaker phrase of a reported claim was a wrong one.
// Each table has the wrong readings and the near misses that keep their claim and speaker.

describe('issue 15: a participle between a possessive and its noun is an adjective', () => {
  test.each([
    ['a verb before the possessive', 'She highlighted Lane’s proposed tax cuts to individuals and large firms.'],
    ['a gerund before the possessive', 'The donors worry about meeting Lane\'s declared goal of $1 billion this year.'],
    ['the subject of the sentence', 'Mr. Lane\'s pointed critique of the governor\'s record has startled party leaders.'],
    ['an object', 'The report compared Lane’s reported net worth with his own filings.'],
    ['a title before the name', 'Senator Roe’s repeated denials did not end the story.'],
  ])('no claim: %s', (_what, text) => {
    expect(claims(text)).toEqual([]);
  });

  test.each([
    ['a pronoun’s has', 'He’s proposed that the city raise taxes.', 'the city raise taxes', 'He'],
    ['a name’s has before that', 'Jane Doe’s repeated that the budget is balanced.', 'the budget is balanced', 'Jane Doe'],
    ['said is no adjective', 'Jane Doe\'s said the plan will fail.', 'the plan will fail', 'Jane Doe'],
    ['no possessive', 'Jane Doe proposed new rules for the port.', 'new rules for the port', 'Jane Doe'],
  ])('the claim stays: %s', (_what, text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });
});

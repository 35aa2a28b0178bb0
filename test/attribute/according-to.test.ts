import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { ACCORDING_TO } from '../../src/pipeline/attribute/according-to.js';

shapeTable('according to', ACCORDING_TO, [
  ['according-to-name-clause', 'According to state law, no one may solicit a vote within 150 feet of a polling place.'],
  ['clause-according-to-name', 'Most voters say they prefer lower prices, according to a new poll.'],
], [
  ['according-to-name-clause', 'According to a new poll Trump leads by five points.'],
  ['clause-according-to-name', 'Everything went according to plan.'],
  ['clause-according-to-name', 'Play according to the rules.'],
]);

describe('the source after according to', () => {
  test.each([
    ['Trump received 37 percent and Clinton had 36 percent, according to the results.', ['Trump received 37 percent and Clinton had 36 percent', 'the results', 'results', 'clause-according-to-name']],
    ['According to state law, no one may solicit a vote within 150 feet of a polling place.', ['no one may solicit a vote within 150 feet of a polling place', 'state law', 'state law', 'according-to-name-clause']],
    [
      'According to early results of exit polls conducted for The Associated Press and television networks, half of the voters were black.',
      ['half of the voters were black', 'early results of exit polls conducted for The Associated Press and television networks', 'early results of exit polls conducted for The Associated Press and television networks', 'according-to-name-clause'],
    ],
    ['According to F.A.A. records, the plane has flown about 333 hours.', ['the plane has flown about 333 hours', 'F.A.A. records', 'F.A.A', 'according-to-name-clause']],
    ['The office will reopen, according to Jane Doe on Tuesday.', ['The office will reopen', 'Jane Doe on Tuesday', 'Jane Doe', 'clause-according-to-name']],
    [
      '"The evidence cannot prove the crime alleged," according to a court document filed by state attorney Dave Aronberg.',
      ['The evidence cannot prove the crime alleged,', 'a court document filed by state attorney Dave Aronberg', 'court document filed by state attorney Dave Aronberg', 'quote-according-to-name'],
    ],
  ])('any noun phrase up to the comma or the end: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[2], c[5]])).toEqual([expected]);
  });

  test.each([
    ['without a comma before it', 'Everything went according to plan.'],
    ['without a comma after a leading source', 'According to a new poll Trump leads by five points.'],
  ])('no claim: %s', (_what, text) => {
    expect(claims(text)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { ACCORDING_TO } from '../../src/pipeline/attribute/according-to.js';

shapeTable('according to', ACCORDING_TO, [
  ['according-to-name-clause', 'According to state law, no one may sell fireworks within 200 yards of a school.'],
  ['clause-according-to-name', 'Most voters say they prefer lower prices, according to a new poll.'],
], [
  ['according-to-name-clause', 'According to a new poll Trump leads by five points.'],
  ['clause-according-to-name', 'Everything went according to plan.'],
  ['clause-according-to-name', 'Play according to the rules.'],
]);

describe('the source after according to', () => {
  test.each([
    ['Trump received 37 percent and Clinton had 36 percent, according to the results.', ['Trump received 37 percent and Clinton had 36 percent', 'the results', 'results', 'clause-according-to-name']],
    ['According to state law, no one may sell fireworks within 200 yards of a school.', ['no one may sell fireworks within 200 yards of a school', 'state law', 'state law', 'according-to-name-clause']],
    [
      'According to early counts of ballots gathered for the county clerk and local radio stations, a third of the ballots were blank.',
      ['a third of the ballots were blank', 'early counts of ballots gathered for the county clerk and local radio stations', 'early counts of ballots gathered for the county clerk and local radio stations', 'according-to-name-clause'],
    ],
    ['According to F.A.A. records, the plane has flown about 333 hours.', ['the plane has flown about 333 hours', 'F.A.A. records', 'F.A.A', 'according-to-name-clause']],
    ['The office will reopen, according to Jane Doe on Tuesday.', ['The office will reopen', 'Jane Doe on Tuesday', 'Jane Doe', 'clause-according-to-name']],
    [
      '"The evidence cannot prove the crime alleged," according to a court paper filed by county prosecutor Lyle Dunmore.',
      ['The evidence cannot prove the crime alleged,', 'a court paper filed by county prosecutor Lyle Dunmore', 'court paper filed by county prosecutor Lyle Dunmore', 'quote-according-to-name'],
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

shapeTable('issue 15: `according to` without a comma, and after a clause start', ACCORDING_TO, [
  ['clause-according-to-name', 'The mayor leads the contest by 93 votes according to a tally by the local paper.'],
  ['clause-according-to-name', 'The mayor is now well ahead of her rival 51 percent to 37 percent according to a poll released Monday.'],
  ['clause-according-to-name', 'Two more delegates pledged to support the senator according to Jane Doe.'],
  ['according-to-name-clause', 'He will go to the debate because, according to Jane Doe, the press would mock him if he did not.'],
], [
  ['clause-according-to-name', 'The seats were allocated according to the rules of the party.'],
  ['clause-according-to-name', 'The money was spent according to the wishes of the donors.'],
  ['clause-according-to-name', 'Voters were sorted into groups according to their age.'],
  ['clause-according-to-name', 'He sorted the files according to the date.'],
  ['according-to-name-clause', 'He went to the debate and, according to plan, left early.'],
]);

describe('issue 15: `according to` after a quotation that ends a mixed clause', () => {
  test.each([
    ['The trip became “the low point of their friendship,” according to Mr. Brown.', ['The trip became “the low point of their friendship,”', 'Mr. Brown', 'mixed']],
    ["The levy cut waste with ''barely any effect on jobs,'' according to a study by two economists.", ["The levy cut waste with ''barely any effect on jobs,''", 'a study by two economists', 'mixed']],
    ['She later likened the talks to a "root canal," according to the aide\'s memoir.', ['She later likened the talks to a "root canal,"', "the aide's memoir", 'mixed']],
  ])('the clause with its closing marks, then the source: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[4]])).toEqual([expected]);
  });

  test.each([
    ['a possessive’s thing that does not report', 'Voters mark the ballot for “A,” or “B,” according to their mood.'],
    ['no comma inside the closing marks', 'The seats went to the “at-large” winners according to the rules.'],
  ])('no claim: %s', (_what, text) => {
    expect(claims(text)).toEqual([]);
  });
});

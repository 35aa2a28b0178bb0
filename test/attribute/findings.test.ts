import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { FINDINGS } from '../../src/pipeline/attribute/findings.js';

shapeTable('issue 15: findings inside a noun phrase', FINDINGS, [
  ['document-participle-clause', 'The probe turned up handwritten ledgers showing he was paid $2 million.'],
  ['document-participle-clause', 'There is anecdotal evidence suggesting that voters use the slump as a base line.'],
  ['document-participle-clause', 'Despite polls showing her well behind, the mayor campaigned hard.'],
  ['document-relative-clause', 'One exception was a 2014 paper that found wage hikes caused harm to jobs.'],
  ['document-relative-clause', 'Two rivals would beat the mayor, according to a fresh poll that shows most voters distrust her.'],
], [
  // after `of`, a bare singular noun, a noun that is no document, a relative clause of a person
  ['document-participle-clause', 'Some of the polls showing a tie were wrong.'],
  ['document-participle-clause', 'The mayor sent a letter showing her support.'],
  ['document-participle-clause', 'In 1970, the pastor began showing films on Sundays.'],
  ['document-relative-clause', 'The senator, who found the key, left early.'],
  ['document-relative-clause', 'The show, which found an audience, ran for years.'],
]);

describe('issue 15: findings inside a noun phrase, their content and speaker', () => {
  test.each([
    ['Despite polls showing her well behind, the mayor campaigned hard.', ['her well behind', 'polls', 'showing']],
    ['The probe turned up handwritten ledgers showing he was paid $2 million.', ['he was paid $2 million', 'handwritten ledgers', 'showing']],
    ['Doe released her records in May, which showed she had paid every bill.', ['she had paid every bill', 'her records', 'showed']],
    ['She will need their votes, with recent polls showing a narrowing of the gap.', ['a narrowing of the gap', 'recent polls', 'showing']],
    // a phrase between the noun and `that`; a `which` clause in the subject ends at its comma
    ['This poll comes after polls by the university that showed the mayor gaining in three states.', ['the mayor gaining in three states', 'polls', 'showed']],
    ['The video, which showed the officer firing, was released in May.', ['the officer firing', 'The video', 'showed']],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
  });

  test('a `that` clause in the sentence subject has no end found: no claim', () => {
    expect(claims('The polls that show the mayor at 10 percent have her rival ahead.').map((c) => c[5])).not.toContain('document-relative-clause');
  });

  test('an -s form after a relative `that` is a verb, after `said that` a noun', () => {
    expect(claims('The mayor cited a fresh poll that shows most voters distrust her.').map((c) => c[1])).toContain('a fresh poll');
    expect(claims('He said that reports of fraud were false.').map((c) => c[3])).toEqual(['said']);
  });
});

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

describe('issue 15: a time adverb between `and`/`but` (or `, then`) and a second saying verb', () => {
  test.each([
    ['The mayor rubbed his chin, and then said the levy would pass.', ['the levy would pass', 'mayor', 'said']],
    ['Dana Reyes waved to the crowd, then says she will run again next year.', ['she will run again next year', 'Dana Reyes', 'says']],
    ['Tom Hale backed the mayor for years but now says the town needs a change.', ['the town needs a change', 'Tom Hale', 'says']],
    ['The senator voted for the bill and later argued that it went too far.', ['it went too far', 'senator', 'argued']],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[2], c[3]])).toContainEqual(expected);
  });
  test.each([
    // near misses: an adverb that is no time link (`and even threatening to`), `then` with no comma or `and` before it
    'Tom Hale spoke for an hour, mocking his rivals and even threatening to sue them.',
    'The rally was loud then said nothing at all about the levy.',
  ])('%s', (text) => {
    expect(claims(text).map((c) => c[5])).not.toContain('and-cue-that-clause');
  });
});

describe('issue 15: a participle after a main clause whose subject is a longer noun phrase', () => {
  test.each([
    ['One clerk at a small bakery declined to give her name, saying it would cost her the job.', ['it would cost her the job', 'One clerk at a small bakery', 'saying']],
    ['Both neighbors sharpened their attack on the mayor, saying that he had ignored the flood.', ['he had ignored the flood', 'Both neighbors', 'saying']],
    ['The retired judge has given no details about the deal, saying that it was fair.', ['it was fair', 'The retired judge', 'saying']],
    ['Pressing his case, Tom Hale rejected the idea that the vote was over, saying that he would appeal.', ['he would appeal', 'Tom Hale', 'saying']],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
  });
  test.each([
    // near misses: a verb of intention with an object, a preposition that opens the sentence
    ['Trying to please everyone, the council has long played both sides, promising reforms while keeping the old rules.', 'promising'],
    ['In a week in which the mayor lost two aides, the council voted, warning that the budget was short.', 'warning'],
  ])('%s', (text, cue) => {
    expect(claims(text).filter((c) => c[3] === cue).map((c) => c[1])).not.toContainEqual(expect.stringMatching(/^(?:the council|In a week)/u));
  });
});

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

describe('the speaker of a second cue is the subject of the clause it hangs on', () => {
  test.each([
    // A clause that opens after the previous attribution, after `, and`, `but` or a bare `and` after no name.
    ['The tenants marched on Friday, and the housing board has sued the landlord over the rent, saying the increase breaks the law.',
      ['the increase breaks the law', 'the housing board', 'saying']],
    ['Deputies towed the car away and Sheriff Ann Lowe suspended two officers, acknowledging that the chase was reckless.',
      ['the chase was reckless', 'Sheriff Ann Lowe', 'acknowledging']],
    // A noun's attribution is no clause: the participle hangs on the sentence's verb.
    ["Gov. Ann Lowe on Friday blamed the press for repeating Tom Rigg's claim that the mayor lied, saying reporters had twisted his words.",
      ['reporters had twisted his words', 'Gov. Ann Lowe', 'saying']],
    // An opening subordinate clause: the main clause after its comma.
    ['Although Ann Lowe is not yet a candidate, Tom Rigg sent a jab her way by suggesting that she was worth far less.',
      ['she was worth far less', 'Tom Rigg', 'suggesting']],
    // A coordinated verb joins the nearest clause, a subordinate one too; a later quotation's speaker is not before it.
    ['The crowd booed, and when Tom Rigg thanked the town and said it was good to be home, a man yelled "Go home!"',
      ['it was good to be home', 'Tom Rigg', 'said']],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
  });

  test.each([
    // `Doe and his union` are one subject (a bare `and` after a name joins phrases, not clauses).
    ['In recent months Tom Rigg and his union have been speaking out against the rules, arguing that the rules force guards to break the law.',
      'the rules force guards to break the law', 'Tom Rigg'],
    // A participle does not hang on a subordinate clause after the main one.
    ['Ann Lowe left the hall after the mayor spoke, saying the meeting had been a waste of time.',
      'the meeting had been a waste of time', 'Ann Lowe'],
    // Nor on the clause of a `that` inside the first verb's object.
    ['The group ran ads reminding voters that their leaders once backed the tax and calling on the paper to say so.',
      'the paper to say so', 'group'],
    // The previous attribution's own speaker stays when no clause opens after it.
    ['The plan will fail, Ann Lowe said, adding that the council knows it.', 'the council knows it', 'Ann Lowe'],
  ])('near miss: %s', (text, content, speaker) => {
    expect(claims(text).filter((c) => c[0] === content).map((c) => c[1])).toEqual([speaker]);
  });
});

describe('a participle after a hearer or a medium is the clause subject’s', () => {
  test.each([
    ['Ann Lowe is making a pitch to rural voters saying the new law is hurting farms.', ['the new law is hurting farms', 'Ann Lowe', 'saying']],
    ['Tom Rigg was heard on a microphone telling the mayor to go home.', ['the mayor to go home', 'Tom Rigg', 'telling']],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
  });

  test.each([
    // What one listens to speaks, and so does a person shown in a clip (`with`, `of` name no hearer).
    ['Tom Rigg listened to Ann Lowe saying the plan would fail.', 'the plan would fail', 'Ann Lowe'],
    ['The ad ends with a clip of the mayor saying the plan would fail.', 'the plan would fail', 'the mayor'],
  ])('near miss: %s', (text, content, speaker) => {
    expect(claims(text).filter((c) => c[0] === content).map((c) => c[1])).toEqual([speaker]);
  });
});

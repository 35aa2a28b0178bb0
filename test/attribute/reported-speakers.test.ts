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
    ['an adverb before the participle', 'The governor also discussed Sen. Roe’s highly criticized press conference in Lagos on Monday, when she refused to admit that she was wrong.'],
    ['an adverb before any -ed form', 'For Jane Doe, France’s emotionally charged revolt against the bank is the sort of victory that she fears.'],
  ])('no claim of the possessive: %s', (_what, text) => {
    expect(claims(text).map((c) => c[3])).not.toContain('criticized');
    expect(claims(text).map((c) => c[3])).not.toContain('charged');
  });

  test.each([
    ['a pronoun’s has', 'He’s proposed that the city raise taxes.', 'the city raise taxes', 'He'],
    ['an adverb and a that clause', 'Doe’s repeatedly said that the plan will fail.', 'the plan will fail', 'Doe'],
    ['a name’s has before that', 'Jane Doe’s repeated that the budget is balanced.', 'the budget is balanced', 'Jane Doe'],
    ['said is no adjective', 'Jane Doe\'s said the plan will fail.', 'the plan will fail', 'Jane Doe'],
    ['no possessive', 'Jane Doe proposed new rules for the port.', 'new rules for the port', 'Jane Doe'],
  ])('the claim stays: %s', (_what, text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });
});

describe('issue 15: a modal of possibility or duty before a cue makes no trailing attribution', () => {
  test.each([
    ['should have', 'The judge said that a deal was hard but that if the mayor made one, he should have insisted on more.', 'he'],
    ['could', 'If the rules change, voters could complain in court.', 'voters'],
    ['might', 'Once the vote is over, the losers might complain.', 'the losers'],
  ])('no claim of the clause before it: %s', (_what, text, wrong) => {
    expect(claims(text).map((c) => c[1])).not.toContain(wrong);
  });

  test('the main attribution keeps its claim', () => {
    const text = 'The judge said that a deal was hard but that if the mayor made one, he should have insisted on more.';
    expect(claims(text).map((c) => [c[1], c[3]])).toContainEqual(['The judge', 'said']);
  });

  test.each([
    ['will', 'The plan will fail, he will say.', 'he'],
    ['would', 'The plan would fail, she would later write.', 'she'],
    ['had', 'The plan will fail, she had said.', 'she'],
    ['no modal', 'The plan will fail, the mayor said.', 'the mayor'],
  ])('a trailing attribution stays: %s', (_what, text, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([text.split(',')[0], speaker]);
  });
});

describe('issue 15: an opening subordinate clause with words before its subordinator', () => {
  test.each([
    ['a participle after `Two weeks after`', 'Two weeks after Judge Lane died, Judge Mary Roe broke a long silence by asking whether the law was clear.', 'whether the law was clear', 'Judge Mary Roe'],
    ['a coordinated verb after `Just before`', 'Just before the Delta flight took off, the pilot needed to balance the weight and asked that two passengers move back.', 'two passengers move back', 'the pilot'],
    ['a participle after `Not long after`', 'Not long after the mayor left, Governor Roe spoke for an hour, saying that the city was safe.', 'the city was safe', 'Governor Roe'],
  ])('the main clause speaks: %s', (_what, text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });

  test.each([
    ['`A few weeks after`', 'A few weeks after the mayor announced that the plant would close, the union went on strike.', 'the plant would close', 'the mayor'],
    ['`Years after`', 'Years after Doe claimed that the deficit was gone, Roe won the race by promising tax cuts.', 'the deficit was gone', 'Doe'],
  ])('the content in the opening clause ends at its comma: %s', (_what, text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });

  test.each([
    ['no subordinator', 'Two weeks later, Jane Doe said that the plan was dead.', 'the plan was dead', 'Jane Doe'],
    ['a subordinator alone', 'After Judge Lane died, Judge Mary Roe broke a long silence by asking whether the law was clear.', 'whether the law was clear', 'Judge Mary Roe'],
    ['a name before `after`', 'Doe left soon after the vote, saying that the count was fair.', 'the count was fair', 'Doe'],
  ])('near misses keep their speaker: %s', (_what, text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });
});

describe('issue 15: a quantifier with `of` between the subordinator and the subject', () => {
  test.each([
    ['`most of`', 'While most of his rivals called for more troops, Doe stayed close to the governor, noting that the two were allies.', 'more troops', 'his rivals'],
    ['`some of` before that', 'When some of the senators argued that the bill was dead, the leader called a vote.', 'the bill was dead', 'the senators'],
  ])('the content ends at the clause’s comma: %s', (_what, text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });

  test('the main clause keeps its own speaker', () => {
    const text = 'While most of his rivals called for more troops, Doe stayed close to the governor, noting that the two were allies.';
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual(['the two were allies', 'Doe']);
  });

  test.each([
    ['no cue in the opening clause', 'While most of his rivals stayed home, Doe argued that the troops should go.', 'the troops should go', 'Doe'],
    ['no quantifier', 'When the senators argued that the bill was dead, the leader called a vote.', 'the bill was dead', 'the senators'],
  ])('near misses: %s', (_what, text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });
});

describe('issue 15: a noun-like form after a possessive and its modifiers is a noun', () => {
  test.each([
    ['a possessive determiner and a modifier', 'His late-night tweet drew a sharp reply from the mayor.'],
    ['a possessive name and a modifier', 'The senator’s closing remarks, however, were about the budget.'],
    ['a possessive right before the form', 'Jane Doe’s pledges were never kept.'],
  ])('no claim: %s', (_what, text) => {
    expect(claims(text)).toEqual([]);
  });

  test('the saying verb after the noun phrase keeps its claim', () => {
    const text = 'Moments later, in her closing remarks, Jane Doe said the plan was dead.';
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toEqual([['the plan was dead', 'Jane Doe', 'said']]);
  });

  test.each([
    ['a speaking noun after the possessive', 'Doe’s campaign tweets that the poll is wrong.', 'the poll is wrong', 'Doe’s campaign'],
    ['a plural after the possessive', 'The mayor’s lawyers counter that the poll is wrong.', 'the poll is wrong', 'The mayor’s lawyers'],
    ['a collective noun after the possessive', 'Her team calls the plan “a gift.”', 'the plan “a gift.”', 'Her team'],
    ['a name with no possessive', 'Jane Doe claims that the poll is wrong.', 'the poll is wrong', 'Jane Doe'],
  ])('near misses keep the verb: %s', (_what, text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });
});

describe('issue 15: a saying verb inside a set aside reports nothing', () => {
  test.each([
    ['`All told,` opening the sentence', 'All told, the group raised $4 million in February.', 'All'],
    ['`All told,` before an attribution', 'All told, she said, the plan had cost $4 million.', 'All'],
  ])('no claim of the aside: %s', (_what, text, wrong) => {
    expect(claims(text).map((c) => c[1])).not.toContain(wrong);
  });

  test('the attribution after the aside keeps its claim', () => {
    expect(claims('All told, she said, the plan had cost $4 million.').map((c) => [c[1], c[3]])).toContainEqual(['she', 'said']);
  });

  test.each([
    ['`told` with its subject and hearer', 'The mayor told reporters that all the plans were dead.', 'all the plans were dead', 'The mayor'],
    ['a cue after `That said,`', 'That said, the mayor argued that the plan was dead.', 'the plan was dead', 'the mayor'],
  ])('near misses keep their claim: %s', (_what, text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });
});

import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';

// Where a reported clause ends (src/pipeline/attribute/clauses.ts).

describe('a second attribution ends the first content', () => {
  test.each([
    ['Jane Doe said the plan would work, but John Roe said it would fail.', [['the plan would work', 'Jane Doe'], ['it would fail', 'John Roe']]],
    ['Most Democrats said the plan was fair, while other voters said they were not sure.', [['the plan was fair', 'Most Democrats'], ['they were not sure', 'other voters']]],
    ['Jane Doe says she respects the union but argues that the deal cannot last.', [['she respects the union', 'Jane Doe'], ['the deal cannot last', 'Jane Doe']]],
    // After a contrasting `, while` a weaker cue does too.
    ['Most tenants said they backed the rent cap, while 12 percent found it to be a burden.', [['they backed the rent cap', 'Most tenants'], ['it to be a burden', '12 percent']]],
    ['The mayor said the plan works, while the governor doubted it would.', [['the plan works', 'The mayor'], ['it would', 'the governor']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual(expected);
  });

  test.each([
    // Parenthetical and trailing attributions are not a second content.
    ['Jane Doe said the plan, John Roe said, would fail in the end.', 'the plan, John Roe said, would fail in the end'],
    // A weak cue without `that` is no second attribution: `know people`.
    ['Jane Doe said the town is small, and most people know people of their own street.', 'the town is small, and most people know people of their own street'],
    // `while` with no cue after it, or without a comma (a clause of time), stays in the content.
    ['Most voters said they liked the plan, while others stayed home.', 'they liked the plan, while others stayed home'],
    ['The mayor said the plan works while the town sleeps.', 'the plan works while the town sleeps'],
  ])('not split: %s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: an inverted attribution that ends the sentence ends a content', () => {
  test.each([
    ['Even in a county she expected to win easily, the vote will be close, said Dan Roe, director of the Harbor Institute.',
      [['Even in a county she expected to win easily, the vote will be close', 'Dan Roe', 'clause-comma-cue-name']]],
    ['Voters expect the plan to pass this spring, said an official who was briefed on the talks.',
      [['Voters expect the plan to pass this spring', 'an official', 'clause-comma-cue-name']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[5]])).toEqual(expected);
  });
  // A participle is no inverted attribution: the content goes on.
  test('not cut: said to be', () => {
    expect(claims('The mayor said the plan will pass, said to be the first such vote in years.').map((c) => c[0])).toEqual(['the plan will pass, said to be the first such vote in years']);
  });
});

describe('issue 15: a content stops where a second attribution begins', () => {
  test.each([
    ['The mayor said the reforms were incomplete, and John Smith, the state budget director, warned that the law would fail.', ['the reforms were incomplete', 'the law would fail']],
    ['The mayor said the reforms were incomplete and the governor warned that the law would fail.', ['the reforms were incomplete', 'the law would fail']],
    ['The mayor said the plan was bad while Jane Doe said it was good.', ['the plan was bad', 'it was good']],
  ])('two claims: %s', (text, expected) => {
    expect(claims(text).map((c) => c[0])).toEqual(expected);
  });
  test.each([
    ['The mayor said the reforms were incomplete and the budget was too small.', ['the reforms were incomplete and the budget was too small']],
    ['The mayor said the plan, which voters approved, would fail.', ['the plan, which voters approved, would fail']],
    ['The mayor said the reforms were incomplete, and John Smith, the budget director, resigned.', ['the reforms were incomplete, and John Smith, the budget director, resigned']],
  ])('one content runs on: %s', (text, expected) => {
    expect(claims(text).map((c) => c[0])).toEqual(expected);
  });
});

describe('issue 15: a relative clause with an attribution of its own ends the content', () => {
  test.each([
    ['The mayor touted his record in the state, which his aides describe as his second home.', [['his record in the state', 'The mayor'], ['as his second home', 'his aides']]],
    ['The senator criticized the mayor’s emails, which an inquiry said were “extremely careless.”', [['the mayor’s emails', 'The senator'], ['were “extremely careless.”', 'an inquiry']]],
    ['The mayor said the tax would fall on the governor, who has said that it will never pass.', [['the tax would fall on the governor', 'The mayor'], ['it will never pass', 'who']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual(expected);
  });
  test.each([
    // A relative whose own verb is the cue describes the noun: `a report, which said …`.
    ['The mayor said the plan matched the report, which said costs would rise.', 'the plan matched the report, which said costs would rise'],
    // `who` with a verb that is not a speech verb, or with a clause of its own.
    ['The mayor said the plan would help Jane Doe, who pleaded guilty last year.', 'the plan would help Jane Doe, who pleaded guilty last year'],
    ['The mayor said the plan would help Jane Doe, who charges $20,000 a speech.', 'the plan would help Jane Doe, who charges $20,000 a speech'],
    ['The mayor said the plan, which voters approved last year, would fail.', 'the plan, which voters approved last year, would fail'],
    // A pronoun after `which` is most often the same speaker, whose words go on.
    ['He said the bus network, which he described as “a mess,” must change.', 'the bus network, which he described as “a mess,” must change'],
  ])('one content runs on: %s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: what opens a reported clause', () => {
  test.each([
    ['a clause of manner', 'The mayor carried on, as if he had not heard her.'],
    ['a clause of time to the end', 'The mayor said quietly as the crowd booed.'],
    ['a clause of time with a name', 'The senator tweeted as Navarro spoke from the council chamber.'],
    ['a second verb joined by and', 'The farmer shouted and waved a placard.'],
    ['a second verb joined by and after reported', 'The reporter covered the race and has been reporting from Iowa.'],
  ])('no claim: %s', (_what, text) => {
    expect(claims(text)).toEqual([]);
  });
  test.each([
    ['The senator argued as voters learned more, the mayor would fade.', 'as voters learned more, the mayor would fade'],
    ['The senator described the plan as “a disgrace.”', 'the plan as “a disgrace.”'],
    ['The governor said that and more would follow.', 'and more would follow'],
    ['The mayor told reporters and staff that the plan would pass.', 'the plan would pass'],
  ])('a content: %s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: where a reported clause starts', () => {
  test.each([
    ['The chairman said — on Twitter, as it happens — that the campaign raised $4 million.', 'the campaign raised $4 million'],
    ['Supporters would argue -- and the senator believes -- that his pitch fits the mood.', 'his pitch fits the mood'],
    ['Norway has vowed to enlarge its navy, ending years of cuts.', 'to enlarge its navy, ending years of cuts'],
    ['The mayor said Wednesday morning that the plan would pass.', 'the plan would pass'],
    ['The mayor said to reporters that the plan would pass.', 'the plan would pass'],
  ])('%s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toEqual([content]);
  });
  test.each([
    ['an aside between dashes and nothing after', 'The mayor said — on Twitter, as it happens.'],
    ['a hearer and a place only', 'The former mayor proclaimed to a happy crowd at the fairground on Friday.'],
    ['a time and a place only', 'The governor was ready, he said Wednesday morning on MSNBC.'],
    ['a reflexive object of find', 'The mayor found himself embroiled in controversy.'],
    ['a reflexive object of find, with a clause after', 'The network found itself playing host to candidates who had lost.'],
  ])('no content after the cue: %s', (_what, text) => {
    expect(claims(text).filter((c) => c[5] !== 'clause-comma-name-cue')).toEqual([]);
  });
});

describe('issue 15: a comma inside closing quotation marks ends the content as one outside them would', () => {
  test.each([
    ['The senator said the tax was “unfair,” noting that it falls on renters.', [['the tax was “unfair,”', 'The senator', 'name-cue-that-clause'], ['it falls on renters', 'The senator', 'adding-that-clause']]],
    ['Jane Doe told reporters the plan was "a disaster," adding that "nobody will pay for it."', [['the plan was "a disaster,"', 'Jane Doe', 'name-cue-hearer-that-clause'], ['"nobody will pay for it."', 'Jane Doe', 'adding-that-clause']]],
    ["The mayor said the budget was ''a fiction,'' adding that the council ''never read it.''", [["the budget was ''a fiction,''", 'The mayor', 'name-cue-that-clause'], ["the council ''never read it.''", 'The mayor', 'adding-that-clause']]],
    ['The mayor said the rules were “very clear,” but John Roe said they were not.', [['the rules were “very clear,”', 'The mayor', 'name-cue-that-clause'], ['they were not', 'John Roe', 'name-cue-that-clause']]],
    // `according to` reports the whole sentence, as after a plain comma (`… was fair, according to the minutes.`).
    ['The mayor said the deal was “a fair one,” according to the minutes.', [['The mayor said the deal was “a fair one,”', 'the minutes', 'clause-according-to-name']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[5]])).toEqual(expected);
  });
  test.each([
    // A comma inside a quotation that goes on is no clause end.
    ['The mayor said the plan was “late, costly and noting nothing new” in a speech.', 'the plan was “late, costly and noting nothing new” in a speech'],
    // After the closing marks the sentence goes on with words that are not an attribution (an apposition there is an
    // aside: see below).
    ['The mayor said the plan was “a disaster,” for the third time this week.', 'the plan was “a disaster,” for the third time this week'],
  ])('one content runs on: %s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
  test('a quotation after a colon with its own attribution is not the colon clause’s', () => {
    const out = claims('The mayor stressed the need for courage: “Change the city and then change it again,” she said.');
    expect(out.map((c) => [c[0], c[1]])).toEqual([['the need for courage', 'The mayor'], ['Change the city and then change it again,', 'she']]);
  });
});

describe('issue 15: a coordinated act of the speaker ends the content', () => {
  test.each([
    ['The mayor denounced the problem of “wage theft” and outlined her plans to end it.', [['the problem of “wage theft”', 'The mayor']]],
    ['He describes himself as “firmly pro-farmer” and has said that he gave money to the union.', [['himself as “firmly pro-farmer”', 'He'], ['he gave money to the union', 'He']]],
    ['Jane Doe insisted it was “too early” to endorse the mayor while adding that she had no doubt.', [['it was “too early” to endorse the mayor', 'Jane Doe'], ['she had no doubt', 'Jane Doe']]],
    ['Jane Doe has asked the council to act and has repeatedly argued that the plan is wrong.', [['the council to act', 'Jane Doe'], ['the plan is wrong', 'Jane Doe']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual(expected);
  });
  test.each([
    // `and` with a subject of its own, or a past form after a clause inside the content, goes on with it
    ['Jane Doe said the company “cut corners” and the workers paid for it.', 'the company “cut corners” and the workers paid for it'],
    ['Jane Doe said the mayor was “tired” and moved to a farm.', 'the mayor was “tired” and moved to a farm'],
    ['Jane Doe said the plan was “bad” and has been for years.', 'the plan was “bad” and has been for years'],
  ])('one content runs on: %s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: a trailing attribution after a quotation’s closing marks ends an inner content', () => {
  test.each([
    // The inner `Roe said …` claim stopped at `, adding` only when the rest of the sentence was short.
    ['Roe said Lee “would have no chance at all,” the aide recalled, adding that Roe then said of the race that it was over for good and all.',
      [['Roe said Lee “would have no chance at all,”', 'the aide'], ['Roe then said of the race that it was over for good and all', 'the aide']]],
    // An inverted attribution with an apposition after the closing marks.
    ["Surveys show that ''the public is not at ease with the plan,'' said Ann Berg, the editor of the weekly.",
      [["Surveys show that ''the public is not at ease with the plan,''", 'Ann Berg']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual(expected);
  });

  test.each([
    // A participle after the closing marks is the inner speaker's next act: the content stops there, the speaker stays.
    ['Roe said Lee was “a fine choice for the job,” adding that the vote would be close.', 'Roe'],
    // A quoted title in the middle of the content is no end.
    ['Roe said the film “Long Road Home,” shown last year, had moved her deeply.', 'Roe'],
  ])('the inner speaker keeps the content: %s', (text, speaker) => {
    expect(claims(text)[0]?.[1]).toBe(speaker);
  });
});

describe('issue 15: an aside after a quotation’s closing comma is not the content', () => {
  test.each([
    ['Roe said the fee was “a plain disgrace,” blaming the county board for it.', 'the fee was “a plain disgrace,”'],
    ['Roe said the fee was “a plain disgrace,” which angered the county board.', 'the fee was “a plain disgrace,”'],
    ['Roe called the mayor “a true moderate,” a subtle dig at her record on taxes.', 'the mayor “a true moderate,”'],
  ])('%s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toEqual([content]);
  });

  test.each([
    // A list of quotations goes on.
    ['Roe said the mayor was a “crook,” a “coward” and a “bully.”', 'the mayor was a “crook,” a “coward” and a “bully.”'],
    // A quoted title with its own apposition is part of the content.
    ['A survey found that “The Long Road,” which opened in May, and “Home Again” were the most watched shows.', '“The Long Road,” which opened in May, and “Home Again” were the most watched shows'],
    // A word in -ing that is no participle.
    ['Roe said the fee was “a plain disgrace,” during a long meeting of the board.', 'the fee was “a plain disgrace,” during a long meeting of the board'],
  ])('the content goes on: %s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: an attribution inside an opening subordinate clause ends at its comma', () => {
  test.each([
    ['While Jane Doe said the plan was fair, her aides say it will fail.', [['the plan was fair', 'Jane Doe'], ['it will fail', 'her aides']]],
    ['Although John Roe admitted they had “been friends for years,” the two rarely met.', [['they had “been friends for years,”', 'John Roe']]],
    ['But when Jane Doe announced she would run, the party split.', [['she would run', 'Jane Doe']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual(expected);
  });

  test.each([
    // `As X reported, …` reports the main clause.
    ['As Jane Doe reported, the plan will fail next year.', 'the plan will fail next year'],
    // A phrase and its comma before the subject: no subordinate clause around the attribution.
    ['After much debate, Jane Doe said the plan was fair, though costly.', 'the plan was fair, though costly'],
  ])('not cut: %s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: an absolute clause with a speaker of its own (`with X calling it “…”`) ends the content', () => {
  test.each([
    ['The senators said they were irritated by the plan, with Sen. Jane Doe calling it a “mess.”', [['they were irritated by the plan', 'The senators'], ['it a “mess.”', 'Sen. Jane Doe']]],
    ['Roe said he was “encouraged” and Doe calling it a “great meeting.”', [['he was “encouraged”', 'Roe'], ['it a “great meeting.”', 'Doe']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual(expected);
  });

  test.each([
    // a progressive after `with` is no absolute clause; a participle right after `with` has no subject of its own
    ['The mayor said she agreed with what Doe was saying about the budget.', 'she agreed with what Doe was saying about the budget'],
    ['The mayor said she was pleased with calling the vote early.', 'she was pleased with calling the vote early'],
  ])('not split: %s', (text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

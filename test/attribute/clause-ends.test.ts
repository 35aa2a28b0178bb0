import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';

// Issue 15: a content stops at its own clause, and a saying inside a subject or a relative clause reports nothing of
// its own. Each table has the wrong readings and the near misses that stay claims. Invented sentences.

/** [quote, speaker] of each claim. */
const said = (text: string) => claims(text).map((c) => [c[0], c[1]]);

describe('issue 15: a free relative what that opens a clause is a subject', () => {
  test.each([
    ['at the start of a sentence', 'What the mayor says matters more than ever.'],
    ['after but', 'But what the council truly believes remains a mystery to most residents.'],
    ['after a comma', 'The vote is close, and what the senator thinks will decide it.'],
    ['before a topic', 'What the broker has said privately about the merger is another story.'],
  ])('no claim: %s', (_what, text) => {
    expect(said(text)).toEqual([]);
  });

  test.each([
    ['after a verb: a belief reported', 'The mayor wants to build what she believes are the city\'s best assets.', "are the city's best assets", 'she'],
    ['a pseudo-cleft', 'What the mayor said was that the bridge would reopen.', 'was that the bridge would reopen', 'the mayor'],
    ['a list of objects after and', 'He railed against taxes and what he calls needless red tape.', 'needless red tape', 'he'],
  ])('still a claim: %s', (_what, text, quote, speaker) => {
    expect(said(text)).toContainEqual([quote, speaker]);
  });
});

describe('issue 15: a saying verb whose object is an object relative', () => {
  test.each([
    ['the comma that closes the relative clause', 'The charges, which the senator denies, were dropped in May.'],
    ['a time tail before that comma', 'The rule, which the agency first proposed last spring, drew thousands of comments.'],
    ['a time clause after the verb', 'The loss, which the mayor conceded when the polls closed, shook the party.'],
    ['a circumstance after the verb', 'The levy, which the governor proposed under a flat rate, never passed.'],
    ['whom', 'The preacher, whom the minister praised, during the visit, left town.'],
  ])('no claim: %s', (_what, text) => {
    expect(said(text).map((c) => c[1])).not.toContain(text.match(/(?:which|whom) (the \w+)/)![1]);
  });

  test.each([
    ['a subject gap: the clause is the content', 'The seats, which even the most hopeful Democrats doubt will flip, are few.', 'will flip'],
    ['a subject gap before the closing comma', 'The levy, which the governor said would pass, failed.', 'would pass'],
    ['after a preposition the object is free', 'It was the speech in which the senator joked about the weather.', 'about the weather'],
  ])('still a claim: %s', (_what, text, quote) => {
    expect(said(text).map((c) => c[0])).toContain(quote);
  });
});

describe('issue 15: that before a period is its determiner', () => {
  test.each([
    ['then that', 'The station reported that night that the bridge had closed.', 'the bridge had closed'],
    ['then a name', 'The paper reported that morning Mayor Ellis had resigned.', 'Mayor Ellis had resigned'],
    ['then a pronoun', 'The coach said that week he would step down.', 'he would step down'],
  ])('the content follows the period: %s', (_what, text, quote) => {
    expect(said(text).map((c) => c[0])).toEqual([quote]);
  });

  test.each([
    ['the period is the subject', 'The farmer said that day was the worst of his life.', 'day was the worst of his life'],
    ['a period noun without a clause after it', 'The mayor said that time is running out for the plan.', 'time is running out for the plan'],
  ])('still the clause after that: %s', (_what, text, quote) => {
    expect(said(text).map((c) => c[0])).toEqual([quote]);
  });
});

describe('issue 15: a second attribution with a judging or hearer verb ends the content', () => {
  test.each([
    ['and + accused after a comma', 'The mayor said the budget was balanced, and she accused the council of inventing a crisis.',
      ['the budget was balanced', 'The mayor'], ['the council of inventing a crisis', 'she']],
    ['and + blamed without a comma', 'The governor said the roads were safe and she blamed the press for the panic.',
      ['the roads were safe', 'The governor'], ['the press for the panic', 'she']],
    ['though + blame', 'Most voters say the tax would help, though they blame the mayor for the delay.',
      ['the tax would help', 'Most voters'], ['the mayor for the delay', 'they']],
    ['but + asked', 'The chief said the case was closed, but he asked the public to stay alert.',
      ['the case was closed', 'The chief'], ['the public to stay alert', 'he']],
  ])('two claims: %s', (_what, text, first, second) => {
    expect(said(text)).toEqual([first, second]);
  });

  test.each([
    ['no join: the main clause of a condition', 'The senator said that if elected, she would ask the board to resign.', 'if elected, she would ask the board to resign'],
    ['a coordinated subject', 'The aide said that both he and Ruiz promised to cut the levy.', 'both he and Ruiz promised to cut the levy'],
    ['an adverb, not a subject', 'He vowed to cut taxes, and most recently defended the levy on fuel.', 'to cut taxes, and most recently defended the levy on fuel'],
  ])('the content goes on: %s', (_what, text, quote) => {
    expect(said(text).map((c) => c[0])).toContain(quote);
  });
});

describe('issue 15: a byline after a cited headline introduces an excerpt, not a saying', () => {
  const digest = (line: string) => `The week in the arts.\n\n${line}\n\nMore next week.`;
  test.each([
    ['a possessive outlet', '"Old jazz club to close in March," by Courier\'s Ann Lee: "The club, which opened in 1990, will close."'],
    ['an outlet in -s', '"Museum names a director," by Times\' Tom Reyes: "The museum chose a former fundraiser to lead it."'],
    ['the comma after the marks', '"Theater sold," by Ray Ortiz: "The old theater was sold to a developer for a large sum."'],
  ])('no claim: %s', (_what, line) => {
    const name = line.match(/(\w+ \w+): "/)![1];
    expect(claims(digest(line)).filter((c) => c[1].includes(name))).toEqual([]);
  });

  test.each([
    ['no comma before by: the speech is quoted', 'He read from a speech by Mayor Ruiz: "We will rebuild the pier by June."', 'Mayor Ruiz'],
    ['a plain name before the colon', 'The union had a reply. Ann Lee: "We will strike on Monday if nothing changes."', 'Ann Lee'],
  ])('still a claim: %s', (_what, text, speaker) => {
    expect(claims(text).map((c) => c[1])).toContain(speaker);
  });
});

describe('issue 15: a possessive after a hearer verb is the hearer\'s determiner', () => {
  test.each([
    ['told + possessive name + noun', "The adviser told Senator Ruiz's staff the vote would fail.", 'the vote would fail'],
    ['accused + possessive + noun', "The mayor accused Ms. Lee's aides of leaking the plan.", 'of leaking the plan'],
    ['a possessive in -s\'', "The banker told Mr. Hayes' clients the deal was off.", 'the deal was off'],
  ])('the content starts after the possessed noun: %s', (_what, text, quote) => {
    expect(said(text).map((c) => c[0])).toEqual([quote]);
  });

  test.each([
    ['a plain name hearer', 'The adviser told Senator Ruiz the vote would fail.', 'the vote would fail'],
    ['a plain hearer with accused', 'The mayor accused Ms. Lee of leaking the plan.', 'of leaking the plan'],
  ])('near miss, unchanged: %s', (_what, text, quote) => {
    expect(said(text).map((c) => c[0])).toEqual([quote]);
  });
});

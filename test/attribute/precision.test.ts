import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';

// Issue 15, false alarms: words that look like a cue but are not one in their sentence, and contents that are not
// something said. Each table has the wrong readings (no claim, or not this one) and the near misses that stay claims.

describe('issue 15: a cue word that heads a compound noun', () => {
  test.each([
    ['a TV show and its title', 'The studio once built sets for the reality TV show "The Contender."', 'The Contender.'],
    ['a radio show after a comma', 'Jane Roe, a guest on Lee\'s radio show, "Night Calls," who later ran for office, left early.', 'Night Calls,'],
    ['a plural compound', 'The candidates\' favourite talk shows sound about right to the hosts.', 'sound about right to the hosts'],
  ])('no claim of the show: %s', (_what, text, wrong) => {
    expect(claims(text).map((c) => c[0])).not.toContain(wrong);
  });

  test('an -s form after have is a plural noun', () => {
    const text = 'Norland and Vesta have claims to the field, and rising costs have slowed the work.';
    expect(claims(text)).toEqual([]);
    expect(claims('The mayor has claimed that the vote was rigged.').map((c) => c[0])).toEqual(['the vote was rigged']);
  });

  test('the quotation after a show title stays with the speaker of the one before it', () => {
    const text = '"It\'s too soon," said Reyes, who is also a host on the radio show "Night Desk." "I mean, we will see."';
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual([["It's too soon,", 'Reyes'], ['I mean, we will see.', 'Reyes']]);
  });

  test.each([
    ['a poll that shows', 'The latest poll shows the mayor ahead by six points.', 'the mayor ahead by six points'],
    ['a compound lead before that', 'Footage broadcast on TV shows that the mayor was at the scene.', 'the mayor was at the scene'],
    ['a verb after a plural', 'Radio listeners show little interest in the race, the survey found.', 'Radio listeners show little interest in the race'],
  ])('the cue stays a verb: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: the quoted title of a work after an attribution', () => {
  test.each([
    ['a book', "The war ended plans to move back, Mr. Doe said in his 2009 book, ''A Cold Harbour.'' So they stayed.", 'The war ended plans to move back', "''A Cold Harbour.''"],
    ['a memoir', 'Her editors poured "scorn on the plan at once," she wrote in her memoir, "Late Light." She was firm.', 'Her editors poured "scorn on the plan at once,"', '"Late Light."'],
    ['a column', 'The council has lost its way, Jane Roe wrote in her weekly column, "Town Talk."', 'The council has lost its way', '"Town Talk."'],
  ])('the content is before the speaker, not the title: %s', (_what, text, content, title) => {
    const quotes = claims(text).map((c) => c[0]);
    expect(quotes).toContain(content);
    expect(quotes).not.toContain(title);
  });

  test.each([
    ['a sentence, not a title', 'Mr. Doe said in his book, "It was never going to last."', '"It was never going to last."'],
    ['no work noun', 'Mr. Doe said in his office, "Come In."', '"Come In."'],
  ])('the quotation stays the content: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: a cue word in another sense', () => {
  test.each([
    ['known to someone as', 'The hacker, most recently known to his many followers as @Ghost12, posted again.', 'known'],
    ['known online as', 'Vance, 52, known online as "Falcon," was jailed in 2019.', 'known'],
    ['knew as a name', '"Agreed," she said, quoting the man she knew as Uncle Teodor.', 'knew'],
    ['an acquaintance since a time', 'Louise Penn, who has known Smith since the 1970s, disagreed.', 'known'],
    ['an acquaintance for a time', 'Ann Lee, who has known the Lees for decades, disagreed.', 'known'],
    ['observing an event', 'Ms. Ganz, who observed voting in the north, was calm.', 'observed'],
    ['testifying before a body', 'Mr. Dane first testified before Congress on the flooding, and Sen. Roe (R-Vt.) kept asking him why.', 'testified'],
  ])('no claim for the cue: %s', (_what, text, cue) => {
    expect(claims(text).map((c) => c[3])).not.toContain(cue);
  });

  test.each([
    ['knowing a fact', 'She knew the rules were unfair.', 'the rules were unfair'],
    ['knowing about something', 'He knew about the request.', 'about the request'],
    ['observing that', 'Mr. Hale observed that turnout was low.', 'turnout was low'],
    ['testifying that', 'Mr. Hale testified that he never saw the memo.', 'he never saw the memo'],
    ['knowing as well as anyone', 'She knew as well as anyone that the plan would fail.', 'as well as anyone that the plan would fail'],
    ['knowing a thing for a time', 'Roe knew it for years and said nothing.', 'it for years'],
  ])('the cue keeps its content: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: two claims over the same words', () => {
  test.each([
    ['a quotation inside a trailing attribution', '"We will keep the plant open," Jane Roe said on Monday.\n\n"You see what I plan to do? I plan to wait until I see the figures" before giving details, he said.'],
    ['two quotations inside one', '"We will keep the plant open," Jane Roe said on Monday.\n\n"Family farm people" are "not out to bash anyone," she said.'],
  ])('the quotation is not also a piece of the previous speaker: %s', (_what, text) => {
    const rows = claims(text);
    expect(rows.filter((c) => c[5] === 'quote-continued')).toEqual([]);
    expect(rows.map((c) => c[1])).toEqual(['Jane Roe', rows[1]![1]]);
    expect(rows[1]![1]).not.toBe('Jane Roe');
  });

  test('a quotation alone in its sentence still carries on the previous speaker', () => {
    const rows = claims('"We are done here," Roe added. "The plant stays open."');
    expect(rows.map((c) => [c[0], c[1], c[5]])).toEqual([['We are done here,', 'Roe', 'quote-comma-name-cue'], ['The plant stays open.', 'Roe', 'quote-continued']]);
  });
});

describe('issue 15: a linking participle in its other sense', () => {
  test.each([
    ['adding an object', 'The group held most of its seats while adding two strongholds in the north.', 'adding'],
    ['observing an event', 'He spends his days meeting commanders, observing training and drills.', 'observing'],
    ['writing for a court', 'Judge Amy Roe, writing for the panel in the 3-0 ruling, said the law stood.', 'writing'],
  ])('no claim for the participle: %s', (_what, text, cue) => {
    expect(claims(text).map((c) => c[3])).not.toContain(cue);
  });

  test.each([
    ['adding a clause', 'The mayor praised the plan, adding it would pass.', 'it would pass'],
    ['adding a quotation', 'The mayor praised the plan, adding of the council, "They will come around."', 'of the council, "They will come around."'],
    ['observing that', 'The judge ruled for the city, observing that the law was clear.', 'the law was clear'],
  ])('the participle keeps its content: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: a circumstance that opens the sentence is no content', () => {
  test.each([
    ['a statement', 'In a statement released Thursday, Rep. Jane Roe reacted to the news with anger.'],
    ['a participle after when', 'When pressed by the moderators, Doe apologized to his rival and to his staff.'],
    ['a plain phrase', 'In a changing economy, young voters still believe in the old promise.'],
  ])('no claim of the opener: %s', (_what, text) => {
    expect(claims(text).filter((c) => c[5] === 'clause-comma-name-cue')).toEqual([]);
  });

  test.each([
    ['a trailing attribution', 'In a changing economy, the plan failed, Doe said.', 'In a changing economy, the plan failed'],
    ['a subject after the phrase', 'In 2012 the plan failed, Doe said in an interview.', 'In 2012 the plan failed'],
    ['a clause after the phrase', 'After the vote he regretted the insults, Roe said in a radio interview.', 'After the vote he regretted the insults'],
    ['the attribution ends the sentence', 'In a changing economy, Doe said.', 'In a changing economy'],
  ])('the content before the speaker stays: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: a phrasal verb of action', () => {
  test.each([
    ['show up', 'Nearly 9,000 voters showed up at the school to vote for the mayor.', 'showed'],
    ['showing up', 'But she is more often showing up on radio to campaign for him.', 'showing'],
    ['write off', 'The party has written off efforts by the rebels to change the rules.', 'written'],
    ['shoot back up', 'This spring, prices shot back up and rose by 3 percent.', 'shot back'],
  ])('no claim for the cue: %s', (_what, text, cue) => {
    expect(claims(text).map((c) => c[3])).not.toContain(cue);
  });

  test.each([
    ['show that', 'The numbers show up to 40 percent of voters are undecided.', 'up to 40 percent of voters are undecided'],
    ['write of', 'She wrote of her upbringing in the valley.', 'of her upbringing in the valley'],
    ['shoot back', '"Not true," Roe shot back.', 'Not true,'],
  ])('the cue keeps its content: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: a short `Name:` line below the headline heads a list', () => {
  test('list headings about each candidate are not claims', () => {
    const text = 'Primary preview\n\nHere is what each candidate needs to do on Tuesday.\n\nLee: Win in a walk.\n\nSenator Amy Lee has led the polls for weeks.\n\nHart: Just hang on.\n\nNo candidate has less at stake than Governor Bo Hart.';
    expect(claims(text).filter((c) => c[5] === 'headline-name-colon')).toEqual([]);
  });

  test.each([
    ['a transcript turn next to another', 'The hosts argued.\n\nJohn Pell: Well, speculation is bad.\n\nAnna Ross: Nobody thinks their savings are speculation at all, not one of them.', 'Well, speculation is bad.'],
    ['a long line', 'The senator spoke at length.\n\nLee: I am not much of a spender compared to the governors before me.\n\nShe went on.', 'I am not much of a spender compared to the governors before me.'],
    ['the headline', 'Lee: Win in a walk\n\nSenator Amy Lee spoke on Monday.', 'Win in a walk'],
  ])('the line stays a claim: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

describe('issue 15: a title in quotation marks is no quotation', () => {
  test.each([
    ['a song after sang', 'Before the match her brother, Tom, sang "Sing Me Back to the River," which their father had sung for years.', 'Sing Me Back'],
    ['a song after sang and a comma', '"We will win," she said. She then sang, "We Shall Overcome."', 'We Shall Overcome'],
    ['a book after a work noun', 'In his autobiography, "Lantern: A Late Harvest," he described standing alone by a river.', 'Lantern'],
    ['a sitcom', 'Monday\'s shows include a family comedy, "Married With Kids," which Reyes praised.', 'Married With Kids'],
    ['a programme after on', 'Later on "This Week," Senator Roe questioned the plan.', 'This Week'],
  ])('no claim of the title: %s', (_what, text, title) => {
    expect(claims(text).map((c) => c[0]).filter((q) => q.includes(title))).toEqual([]);
  });

  test.each([
    ['a sentence after sang', 'The crowd sang, "we will never leave this square."', 'we will never leave this square.'],
    ['title case after said', 'The mayor said on the radio, "We Will Rebuild." Then he left.', 'We Will Rebuild.'],
    ['a quotation after a work noun', 'In his memoir, "I was never afraid of the dark," he wrote.', 'I was never afraid of the dark,'],
  ])('the quotation stays a claim: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0]).some((q) => q.includes(content))).toBe(true);
  });
});

describe('issue 15: `according to` inside a sentence whose opener has no clause', () => {
  test.each([
    ['an opener, then a clause', 'In the coming decade, according to the budget office, the debt will rise faster than wages.', 'In the coming decade, according to the budget office, the debt will rise faster than wages'],
    ['a source with an apposition', 'At the root of the dispute, according to Dan Ross, a former envoy, was a choice by the governor to force the issue.', 'At the root of the dispute, according to Dan Ross, a former envoy, was a choice by the governor to force the issue'],
  ])('the content runs through the source: %s', (_what, text, content) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, content.includes('Dan Ross') ? 'Dan Ross' : 'the budget office']);
  });

  test.each([
    ['a clause before', 'Sales rose 5 percent last year, according to the report, but profits fell.', 'Sales rose 5 percent last year'],
    ['an apposition of the content after', 'The plant employs 300 people, according to the company, a small number for the region.', 'The plant employs 300 people'],
  ])('the content ends at the source: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0])).toEqual([content]);
  });
});

describe('issue 15: an object of `maintain`, `add`, `charge`, `assume`, `find` with a clause of its own after it', () => {
  test.each([
    ['a participle inside an article-led object', 'The governor maintains a large pledged delegate lead over her rival.'],
    ['a participle after a preposition', 'Mrs. Kettering maintained a brisk pace into advanced age.'],
    ['a clause after `even though`', "The board has maintained this belief even though it's been shown wrong again and again."],
    ['a clause after `as`', 'The two rivals maintained their contest as they sit atop the state polls.'],
    ['a participle after a comma', 'The senator still maintains an overwhelming lead in local endorsements, reflecting his standing.'],
    ['a relative clause', 'Can the mayor maintain the loyalty of voters who were new to politics last year?'],
    ['a price', 'The marina charged a $40,000 berth fee, half of it refundable on leaving.'],
    ['taking office', 'When she assumed office as head of the agency in 2009, she made reform her focus.'],
    ['a gerund after a preposition', 'The councillor found ways to press her plans through attaching riders to budget bills.'],
    ['a participle object after a comma', 'The pantry closed early, adding two hours of waiting to the line.'],
  ])('no claim: %s', (_what, text) => {
    expect(claims(text)).toEqual([]);
  });

  test.each([
    ['a pronoun subject', 'The campaign has long maintained they were not warned at the time.', 'they were not warned at the time'],
    ['a noun subject and an auxiliary', 'The governor maintained the tax was never raised.', 'the tax was never raised'],
    ['an article-led subject and an auxiliary', 'The union maintains a majority of members have backed the deal.', 'a majority of members have backed the deal'],
    ['a participle verb after a noun', 'The mayor maintained the old provision amounted to a tax on renters.', 'the old provision amounted to a tax on renters'],
    ['a participle verb after a plain noun', 'The inspectors found the pipes leaking into the basement.', 'the pipes leaking into the basement'],
    ['`that` before an object-like clause', 'The mayor maintained that a large fee deterred new members.', 'a large fee deterred new members'],
  ])('still a claim: %s', (_what, text, content) => {
    expect(claims(text).map((c) => c[0])).toContain(content);
  });
});

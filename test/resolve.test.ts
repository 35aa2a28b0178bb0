import { describe, expect, test } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { buildRules } from '../src/rules/index.js';

/** Claims of a small text as [quote, speaker mention, speaker name, cue, type, rule], sliced by code points. */
function claims(text: string): string[][] {
  const chars = Array.from(text);
  const slice = (s: { start: number; end: number }) => chars.slice(s.start, s.end).join('');
  return extract({ path: 'a.txt', text }).map((c) => [
    slice(c.quote), c.speaker ? slice(c.speaker) : '-', c.speaker?.name ?? '-', c.cue ? slice(c.cue) : '-', c.type, c.rule,
  ]);
}

describe('reported speech shapes', () => {
  test.each([
    ['Jane Doe said that the office will reopen.', ['the office will reopen', 'Jane Doe', 'Jane Doe', 'said', 'indirect', 'name-cue-that-clause']],
    ['Jane Doe told reporters the office will reopen.', ['the office will reopen', 'Jane Doe', 'Jane Doe', 'told', 'indirect', 'name-cue-hearer-that-clause']],
    ['The office will reopen next week, Jane Doe said.', ['The office will reopen next week', 'Jane Doe', 'Jane Doe', 'said', 'indirect', 'clause-comma-name-cue']],
    ['According to Jane Doe, the office will reopen.', ['the office will reopen', 'Jane Doe', 'Jane Doe', 'According to', 'indirect', 'according-to-name-clause']],
    ['The office will reopen, according to the agency.', ['The office will reopen', 'the agency', 'agency', 'according to', 'indirect', 'clause-according-to-name']],
    ['The plan, Jane Doe said, is a good one.', ['The plan, Jane Doe said, is a good one', 'Jane Doe', 'Jane Doe', 'said', 'indirect', 'clause-name-cue-clause']],
    ['Jane Doe said the plan was “a disaster” for the town.', ['the plan was “a disaster” for the town', 'Jane Doe', 'Jane Doe', 'said', 'mixed', 'name-cue-that-clause']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  test.each([
    ['The streets were deserted, he added, "but people need to connect somehow."', ['The streets were deserted, he added, "but people need to connect somehow.', 'he', 'mixed', 'head-name-cue-quote']],
    ['They "appeared to be several finger marks," he wrote.', ['They "appeared to be several finger marks,', 'he', 'mixed', 'head-quote-name-cue']],
    ['But "this is fine," he said.', ['this is fine,', 'he', 'direct', 'quote-comma-name-cue']],
    ['When asked, he said, "no way, not now."', ['no way, not now.', 'he', 'direct', 'name-cue-comma-quote']],
    ['Holding open a book, Beck said, "I just want to ask you about this person."', ['I just want to ask you about this person.', 'Beck', 'direct', 'name-cue-comma-quote']],
    ['He shouted "You lie!" at the president during the address.', ['You lie!', 'He', 'direct', 'name-cue-comma-quote']],
  ])('unquoted words that open the sentence belong to the content: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[4], c[5]])).toEqual([expected]);
  });

  test('a quotation after a head with its own continuation keeps the speaker', () => {
    const out = claims('The streets were deserted, he added, "but people need to connect." "We will manage."');
    expect(out.map((c) => [c[1], c[5]])).toEqual([['he', 'head-name-cue-quote'], ['he', 'quote-continued']]);
  });

  test('a participle after a quotation links to the speaker before it', () => {
    expect(claims('"We will win," she said, adding, "I think the count is wrong."').map((c) => [c[1], c[3]])).toEqual([['she', 'said'], ['she', 'adding']]);
  });

  test('one attribution per word: a claim inside reported content is part of it', () => {
    expect(claims('Trump says the NFL has gone "soft" like the rest of the country.').map((c) => [c[0], c[1]])).toEqual([
      ['the NFL has gone "soft" like the rest of the country', 'Trump'],
    ]);
  });

  test('a quotation with its own attribution inside reported content ends that content', () => {
    expect(claims('Trump asserted that France had lost its identity: "France is no longer France," he claimed.').map((c) => [c[0], c[1], c[4]])).toEqual([
      ['France had lost its identity', 'Trump', 'indirect'],
      ['France is no longer France,', 'he', 'direct'],
    ]);
  });

  test.each([
    ['The poll found 90 percent support for background checks.', ['90 percent support for background checks', 'The poll', 'name-cue-that-clause']],
    ['The plan will fail, a spokesman told the Post.', ['The plan will fail', 'a spokesman', 'clause-comma-name-cue']],
    ['Rubio waved to the crowd before adding that he will win Florida.', ['he will win Florida', 'Rubio', 'adding-that-clause']],
    ['Most voters say they prefer lower prices, according to a new poll.', ['Most voters say they prefer lower prices', 'a new poll', 'clause-according-to-name']],
    ['Elias has asked the Supreme Court to intervene.', ['the Supreme Court to intervene', 'Elias', 'name-cue-that-clause']],
    ['Albright urged women to back Clinton, saying there is a special place in hell.', ['women to back Clinton', 'Albright', 'name-cue-that-clause']],
    ['Senator Doe said: "We will win."', ['We will win.', 'Senator Doe', 'name-cue-colon-quote']],
    ['Jane Doe told investigators she was advised to use a private account, the New York Times reported late Thursday.', ['Jane Doe told investigators she was advised to use a private account', 'the New York Times', 'clause-comma-name-cue']],
    ['He said early voting was strong.', ['early voting was strong', 'He', 'name-cue-that-clause']],
    ['He said late Thursday that voting was strong.', ['voting was strong', 'He', 'name-cue-that-clause']],
    ['At Sunday’s debate, Sanders compared himself to Clinton, saying, "I do not take speaking fees."', ['I do not take speaking fees.', 'Sanders', 'name-cue-comma-quote']],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[5]])[0]).toEqual(expected);
  });

  test.each([
    ['In Crane’s view, the policy is wrong.', ['the policy is wrong', 'Crane', 'in-name-view-clause']],
    ['The policy is wrong, in Crane’s view.', ['The policy is wrong', 'Crane', 'clause-in-name-view']],
    ['In the view of the union, the policy is wrong.', ['the policy is wrong', 'the union', 'in-name-view-clause']],
    ['The union dismissed Crane’s claim that the policy is wrong.', ['the policy is wrong', 'Crane', 'name-noun-that-clause']],
    ['Crane’s statement that the policy is wrong, which he made on Monday, drew fire.', ['the policy is wrong', 'Crane', 'name-noun-that-clause']],
  ])('cue nouns: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[5]])).toEqual([expected]);
  });

  test('a possessive pronoun before a cue noun resolves like the pronoun', () => {
    const out = claims('Jane Doe spoke on Monday. Staff heard her claim that the office will reopen.');
    expect(out.map((c) => [c[0], c[1], c[2]])).toEqual([['the office will reopen', 'her', 'Jane Doe']]);
  });

  test.each([
    ['as a subject with no comma the clause cannot be bounded', 'Crane’s statement that the policy is wrong drew fire.'],
    ['a relative clause after the noun', 'The statement that was released on Monday was short.'],
  ])('no cue-noun claim: %s', (_what, text) => {
    expect(claims(text).filter((c) => c[5] === 'name-noun-that-clause')).toEqual([]);
  });

  test('headline style Name: ‘…’ with a name the lexicon does not know, not a label or a place below it', () => {
    expect(claims('Gingrich: ‘Trump must decide soon’\n\nThe rally went on.').map((c) => [c[0], c[1], c[5]])).toEqual([['Trump must decide soon', 'Gingrich', 'name-colon-quote']]);
    expect(claims('Update: “Most voters are undecided”\n\nIowa: “Most voters are undecided”')).toEqual([]);
  });

  test('a quotation that stops mid-clause after `X said,` runs on', () => {
    const [c] = claims('But in Crane’s view, “ICE lacks effective leadership” under a new manager.');
    expect([c?.[0], c?.[1], c?.[4]]).toEqual(['ICE lacks effective leadership” under a new manager', 'Crane', 'mixed']);
  });

  test('several contents for one speaker: X said A, adding that B', () => {
    const out = claims('Jane Doe said the office will reopen, adding that staff would return.');
    expect(out.map((c) => [c[0], c[2], c[5]])).toEqual([
      ['the office will reopen', 'Jane Doe', 'name-cue-that-clause'],
      ['staff would return', 'Jane Doe', 'adding-that-clause'],
    ]);
  });

  test('the word classes come with the rules: without linking participles there is no second content', () => {
    const base = buildRules();
    const rules = { ...base, resolve: { ...base.resolve, words: { ...base.resolve.words, gerundLink: new Set<string>() } } };
    const text = 'Jane Doe said the office will reopen, adding that staff would return.';
    expect(extract({ path: 'a.txt', text }, rules).map((c) => c.rule)).not.toContain('adding-that-clause');
    expect(extract({ path: 'a.txt', text }).map((c) => c.rule)).toContain('adding-that-clause');
  });

  test('a relative who is the speaker span, its antecedent the name', () => {
    const [c] = claims('Republicans who say the law is a money pit were loud.');
    expect(c?.[1]).toBe('who');
    expect(c?.[2]).toBe('Republicans');
  });

  test.each([
    ['a passive has no subject speaker', 'Jane Doe is expected to announce a plan.'],
    ['negation is no attribution', 'Jane Doe has not said whether the office will reopen.'],
    ['an object is not content', 'Jane Doe described the meeting in detail.'],
    ['a noun is not a cue', 'Voters in 30 states with new rules went to the polls after the report.'],
    ['a cue inside a quotation is not a cue', '“Jane Doe said the office will reopen.”'],
    ['a place is not content', 'Jane Doe reported from Washington.'],
    ['a participle opening the sentence is no speaker', 'Having announced that he would not send me to prison, Judge Berman proceeded.'],
    ['find with an object is not a finding', 'Rubio could still find a way to the nomination.'],
    ['add with an object is not speech', 'We have added 1 million private sector jobs.'],
    ['maintain with an object is not speech', 'Clinton maintains a commanding lead among black voters.'],
    ['a list of names is not content', 'The campaign announced Iowa, New Hampshire, South Carolina and Nevada.'],
    ['a noun with a relative that is not a cue', 'Rust Belt states that have suffered will decide the race.'],
    ['a verb with an infinitive is not a trailing attribution', 'On the Republican stage, Donald Trump continues to lead the field.'],
    ['plain go is not a cue', 'The league has gone “soft” and everyone knows it.'],
  ])('no claim: %s', (_what, text) => {
    expect(claims(text).filter((c) => c[1] !== '-')).toEqual([]);
  });

  test('one attribution per token: a cue inside reported content is skipped', () => {
    const out = claims('Jane Doe said that she thinks the office will reopen.');
    expect(out.map((c) => c[3])).toEqual(['said']);
  });

  test('a Title Case headline cue: Name Says Content', () => {
    const [c] = claims('Mayor Jane Doe Says Office Will Reopen In May');
    expect(c?.slice(0, 4)).toEqual(['Office Will Reopen In May', 'Mayor Jane Doe', 'Jane Doe', 'Says']);
  });

  test('headline style Name: content', () => {
    const [c] = claims('Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket\n\nMore text here.');
    expect(c?.slice(0, 4)).toEqual(['Trump Must Decide If He Wants a Two-Pirate Ticket', 'Gingrich', 'Gingrich', ':']);
  });

  test('no claims from page furniture', () => {
    expect(claims('Follow Jane Doe on Twitter, she said.\n\nCopyright © 2024 Jane Doe said that all rights are reserved.')).toEqual([]);
  });
});

describe('speakers', () => {
  test('apposition: the speaker mention is the whole noun phrase, the name the person', () => {
    const [c] = claims('Chris Crane, president of the National ICE Council, said the union never delayed it.');
    expect(c?.slice(1, 3)).toEqual(['Chris Crane, president of the National ICE Council', 'Chris Crane']);
  });

  test('a pronoun resolves to the last speaker, a surname to the full name', () => {
    const out = claims('“We asked for training,” said Chris Crane. “It is a dynamic change,” he said. Crane said the talks failed.');
    expect(out.map((c) => [c[1], c[2]])).toEqual([['Chris Crane', 'Chris Crane'], ['he', 'Chris Crane'], ['Crane', 'Chris Crane']]);
  });

  test('she prefers a woman named before over a man who spoke earlier', () => {
    const out = claims('“No,” said John Smith. Mary Jones disagreed with him. “Yes,” she said.');
    expect(out.at(-1)?.slice(1, 3)).toEqual(['she', 'Mary Jones']);
  });

  test('an organisation named in full, then by its last word', () => {
    const out = claims('The New York Times reported that the talks failed. The Times said the union refused.');
    expect(out.map((c) => c[2])).toEqual(['The New York Times', 'The New York Times']);
  });
});

describe('descriptions before names', () => {
  test.each([
    ["Mr. Trump's former campaign manager, Corey Lewandowski, said the aide should be fired.", 'Corey Lewandowski'],
    ['Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested the refusal could disqualify him.', 'Joe Scarborough'],
    ['The senator remains committed to the race, his top aide, Tad Devine, told The Huffington Post.', 'Tad Devine'],
  ])('%s', (text, name) => {
    expect(claims(text).map((c) => c[2])).toEqual([name]);
  });
});

test('a participle hangs on the subject that opens the sentence; an unknown capitalised speaker is a person', () => {
  const out = claims('Fiorina was upfront about her distaste for Donald Trump, the current front-runner, saying conservatives need to band together.');
  expect(out.map((c) => [c[0], c[2], c[3]])).toEqual([['conservatives need to band together', 'Fiorina', 'saying']]);
  expect(extract({ path: 'a.txt', text: 'Fiorina was upfront about it, saying conservatives need to band together.' })[0]?.speaker?.kind).toBe('person');
});

test.each([
  'Republicans control 30 states with 309 electoral votes.',
  'Gov. Terry Branstad, whose home is in Iowa, a swing state, said he would welcome Cruz.',
  'Most immigrants in the United States are Christian.',
])('a noun-like form is no cue without `that` or a colon: %s', (text) => {
  expect(claims(text).filter((c) => c[3].toLowerCase().startsWith('state'))).toEqual([]);
});

test.each([
  ["O'Malley's move was first reported by MSNBC.", 'a passive with its agent'],
  ['Clinton testified voluntarily in 1998.', 'only a circumstance after the cue'],
  ['Clinton won the primary on Tuesday, adding to her lead over Sanders.', 'a participle before a preposition'],
])('no claim: %s (%s)', (text) => {
  expect(claims(text)).toEqual([]);
});

test('the hearer is a name: told The Federal Drive with Tom Temin that’s untrue', () => {
  const [c] = claims('But Chris Crane told The Federal Drive with Tom Temin that’s categorically untrue.');
  expect(c?.slice(0, 4)).toEqual(['that’s categorically untrue', 'Chris Crane', 'Chris Crane', 'told']);
});

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

describe('words between the subject and its verb', () => {
  test.each([
    ['Hillary Clinton on Tuesday said that the violence was genocide.', 'Hillary Clinton'],
    ['Paul Ryan last week declared that the bill was dead.', 'Paul Ryan'],
    ['Jane Doe Tuesday said the office would reopen.', 'Jane Doe'],
    ['Ash Carter however said he would welcome the talks.', 'Ash Carter'],
  ])('%s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test('a period needs a lead other than `on`', () => {
    expect(claims('The vote on week said the plan was fine.').map((c) => c[1])).not.toContain('The vote');
  });
});

describe('object senses of cue verbs', () => {
  test('`charged him with battery` is no content; `charged that …` is', () => {
    expect(claims('Police charged Jane Doe with simple battery on Friday.')).toEqual([]);
    expect(claims('The union charged that the company had broken the law.').map((c) => c[0])).toEqual(['the company had broken the law']);
  });
});

describe('a trailing attribution with an apposition or a quotation that ends the content', () => {
  test.each([
    ['The economy is weak, said Steve Bell, senior director of economic policy at the Bipartisan Policy Center.', ['The economy is weak', 'Steve Bell', 'Steve Bell', 'said', 'indirect', 'clause-comma-cue-name']],
    ['The economy is weak, said Jane Doe, a director whose group has sued the city.', ['The economy is weak', 'Jane Doe', 'Jane Doe', 'said', 'indirect', 'clause-comma-cue-name']],
    ['The economy is weak, said Jane Doe, head of a union that has endorsed Sanders.', ['The economy is weak', 'Jane Doe', 'Jane Doe', 'said', 'indirect', 'clause-comma-cue-name']],
    ['The tax plans are “profoundly irresponsible,” said Steve Bell, senior director of economic policy at the center.', ['The tax plans are “profoundly irresponsible,”', 'Steve Bell', 'Steve Bell', 'said', 'mixed', 'clause-comma-cue-name']],
    ["The tax plans are ''profoundly irresponsible,'' said Steve Bell.", ["The tax plans are ''profoundly irresponsible,''", 'Steve Bell', 'Steve Bell', 'said', 'mixed', 'clause-comma-cue-name']],
    ['Ms. Brainard is “not a backslapper,” said Mr. Sperling, but she is tough.', ['Ms. Brainard is “not a backslapper,”', 'Mr. Sperling', 'Sperling', 'said', 'mixed', 'clause-comma-cue-name']],
    ['“We are happy” about the decision, said RoseAnn DeMoro, executive director of National Nurses United.', ['“We are happy” about the decision', 'RoseAnn DeMoro', 'RoseAnn DeMoro', 'said', 'mixed', 'clause-comma-cue-name']],
    ['“Donald is an amazing leader,” said the 46-year-old.', ['Donald is an amazing leader,', 'the 46-year-old', '46-year-old', 'said', 'direct', 'quote-comma-cue-name']],
    ['The people of Scranton “deserve someone who is with them,” said the man who built his career there.', ['The people of Scranton “deserve someone who is with them,”', 'the man', 'man', 'said', 'mixed', 'clause-comma-cue-name']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  test.each([
    ['The paradox of the plan, says Carl Anthony, a historian at the library, is that it was never tried.', 'The paradox of the plan, says Carl Anthony, a historian at the library, is that it was never tried', 'Carl Anthony'],
    ['The plan was sound, said Jane Doe, but it came too late.', 'The plan was sound, said Jane Doe, but it came too late', 'Jane Doe'],
    ['And the mayor, said Jane Doe, who knows him well, does not forgive.', 'And the mayor, said Jane Doe, who knows him well, does not forgive', 'Jane Doe'],
  ])('the attribution interrupts the content, which goes on after the apposition: %s', (text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1], c[5]])).toEqual([[content, speaker, 'clause-cue-name-clause']]);
  });

  test('a linking participle after the apposition starts a second content for the same speaker', () => {
    expect(claims('The economy is weak, said Jane Doe, a union leader, adding that wages are flat.').map((c) => [c[0], c[2], c[5]])).toEqual([
      ['The economy is weak', 'Jane Doe', 'clause-comma-cue-name'],
      ['wages are flat', 'Jane Doe', 'adding-that-clause'],
    ]);
  });

  test('a “subject” with a clause of its own is the content when a name ends the sentence after the verb', () => {
    const text = 'In a year when arguments are resonating with voters, candidates have more room to walk away, said Steve Grubbs, an Iowa operative.';
    expect(claims(text).map((c) => [c[0], c[1], c[5]])).toEqual([
      ['In a year when arguments are resonating with voters, candidates have more room to walk away', 'Steve Grubbs', 'clause-comma-cue-name'],
    ]);
  });

  test('a name with an apposition before the verb stays its subject', () => {
    const text = "Michael O'Hanlon, a foreign policy expert at the Brookings Institution, says Libya is the biggest trouble spot.";
    expect(claims(text).map((c) => [c[0], c[2], c[5]])).toEqual([['Libya is the biggest trouble spot', "Michael O'Hanlon", 'name-cue-that-clause']]);
  });

  test.each([
    ['a pronoun after a closing mark is a clause’s subject', 'Ann Selzer is happy to be Iowa’s “silver standard,” says she warned about surprises.'],
    ['a participle does not come before its subject', 'Trump blamed a “bad earpiece,” claiming he had disavowed Duke.'],
    ['a participle after a comma is no inverted attribution', 'Sanders prevailed in the primary on Tuesday, continuing his win streak over Hillary Clinton.'],
  ])('no trailing attribution: %s', (_what, text) => {
    expect(claims(text).filter((c) => c[5] === 'clause-comma-cue-name' || c[5] === 'clause-cue-name-clause')).toEqual([]);
  });
});

describe('the subject of a participle or a coordinated cue', () => {
  test.each([
    ['WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended his call for a raise, saying the positives would outweigh the losses.', 'Sen. Bernie Sanders'],
    ['ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday and said the country must act.', 'President Barack Obama'],
    ['New York (AFP) – Vice President Joe Biden hit the campaign trail, saying Donald Trump is unqualified.', 'Vice President Joe Biden'],
    ['PARIS, Aug 31 (Reuters) - Marine Le Pen voiced support for Donald Trump, saying his rival would bring war.', 'Marine Le Pen'],
  ])('a dateline is skipped: %s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test('a name in capitals before a dash is no dateline when the words before the dash are not all capitals', () => {
    expect(claims('FBI Director James Comey - a Republican - defended the decision, saying it was right.').map((c) => c[1])).toEqual(['FBI Director James Comey']);
  });

  test.each([
    ['Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”', 'Trump'],
    ['At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying that the country should lead.', 'Mrs. Clinton'],
    ['At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed Mrs. Clinton, saying that she would be an outstanding president.', 'Senator Bernie Sanders'],
    ['Like Corker, Menendez rejected the notion, arguing that there is flexibility in the regime.', 'Menendez'],
  ])('introductory phrases are skipped, a state after its town with them: %s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test.each([
    ['Beyond the security-camera footage, the affidavit cited interviews with Fields and said that Bujnowski had seen bruises.', 'the affidavit', 'affidavit'],
    ['When his family moved back to Tennessee, his mother refused to teach him Japanese, insisting that her son was American.', 'his mother', 'his mother'],
  ])('a subject no mention names, after an introductory phrase: %s', (text, speaker, name) => {
    expect(claims(text).map((c) => [c[1], c[2]])).toEqual([[speaker, name]]);
  });

  test.each([
    ['His office put out a statement saying the country does not have the capacity to vet every refugee.', 'His office'],
    ['Trump and Ryan issued a statement describing their meeting as a very positive step.', 'Trump and Ryan'],
    ['Frank cites a celebratory White House memo saying as much after a bill passed.', 'Frank'],
    ['She also sent a tweet saying, if elected president, she would put new guidelines in place.', 'She'],
    ['At the time, she released a statement saying, “We are confident that they share our vision.”', 'she'],
  ])('a document before a participle is the object; its sender speaks: %s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test('a document is the speaker when it is no object: In her statement condemning …', () => {
    expect(claims('In her statement condemning the test, Hillary Clinton defended her record.').map((c) => c[1])).toEqual(['her statement']);
  });
});

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

describe('poll quantities as subjects', () => {
  test.each([
    ['Nearly half said they prefer someone with experience.', 'Nearly half'],
    ['About 4 in 10 say they want more liberal policies.', 'About 4 in 10'],
    ['Six in 10 say he is decisive.', 'Six in 10'],
    ['58 percent of Republicans said they back the plan.', '58 percent of Republicans'],
    ['A majority of voters say the country is on the wrong track.', 'A majority of voters'],
    ['And three-quarters said the same of Sanders.', 'three-quarters'],
    ['More than six in 10 said they were not looking forward to it.', 'More than six in 10'],
    ['Six in 10 Virginia Democratic primary voters said he was fine.', 'Six in 10 Virginia Democratic primary voters'],
  ])('%s', (text, speaker) => {
    expect(claims(text).map((c) => [c[1], c[3]])).toEqual([[speaker, text.match(/\b(?:say|said)\b/u)![0]]]);
  });

  test('a quantity that does not open its clause is no subject', () => {
    expect(claims('He won 58 percent said nothing.')).toEqual([]);
  });
});

describe('a naming verb with an object and a quoted complement (issue: `called X “Y”`)', () => {
  test.each([
    ['Sen. Marco Rubio called the statement “offensive and outlandish.”', ['the statement “offensive and outlandish.”', 'Sen. Marco Rubio', 'Marco Rubio', 'called', 'mixed', 'name-cue-object-quote']],
    ['Jane Doe called Trump a “jackass.”', ['Trump a “jackass.”', 'Jane Doe', 'Jane Doe', 'called', 'mixed', 'name-cue-object-quote']],
    ['Trump calls Cruz “a liar.”', ['Cruz “a liar.”', 'Trump', 'Trump', 'calls', 'mixed', 'name-cue-object-quote']],
    ['Critics labeled the plan “a disaster” on Monday.', ['the plan “a disaster”', 'Critics', 'Critics', 'labeled', 'mixed', 'name-cue-object-quote']],
    // the complement ends with its quotation
    ['Jane Doe called the system “rigged” in a tweet, and others agreed.', ['the system “rigged”', 'Jane Doe', 'Jane Doe', 'called', 'mixed', 'name-cue-object-quote']],
    ['Jane Doe met voters and called the tax “a disgrace.”', ['the tax “a disgrace.”', 'Jane Doe', 'Jane Doe', 'called', 'mixed', 'and-cue-that-clause']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  test.each([
    'Jane Doe called off the “unity” rally.',
    'Jane Doe called in “experts.”',
    'Jane Doe called him to say “thanks.”',
    'The so-called “experts” disagreed.',
    'The calls from voters “were angry.”',
    'Jane Doe called a news conference “to clear the air.”',
  ])('no small clause: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  test('`called for` keeps its own shape', () => {
    expect(claims('Jane Doe called for “a political revolution.”').map((c) => c[5])).not.toContain('name-cue-object-quote');
  });
});

import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';

// Issue 15: a long subject of a saying verb, when the speaker phrase finders found none or one that does not open
// its clause. The shapes are `name-cue-that-clause` and `clause-comma-name-cue`; the table is [text, content, speaker].
describe('issue 15: a long subject of a saying verb', () => {
  test.each([
    ['And Rep. Jane Doe (D-Utah), a first-term member, said she had not thought about it.', 'she had not thought about it', 'Rep. Jane Doe (D-Utah), a first-term member'],
    ['Teachers — and some parents — say that the plan outweighs any gains.', 'the plan outweighs any gains', 'Teachers — and some parents —'],
    ['Large shares of school parents in four districts said they support the ban.', 'they support the ban', 'Large shares of school parents in four districts'],
    ['The office will reopen next week, the mayor’s spokeswoman said.', 'The office will reopen next week', 'the mayor’s spokeswoman'],
    ['The office will reopen next week, a school spokesman told the local paper.', 'The office will reopen next week', 'a school spokesman'],
    // a thing that cannot speak stands for its possessor
    ['One of the union’s grievances alleges that the managers broke the rules.', 'the managers broke the rules', 'the union'],
    ['One of Jane Doe’s close aides said the plan would fail.', 'the plan would fail', 'One of Jane Doe’s close aides'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });

  // [what, text, cue, the speakers of the claims with that cue]: no long subject, and what the other shapes make of it.
  test.each([
    ['a verb phrase, not a subject', 'Jane Doe, a spokeswoman for the mayor, did not respond to a request.', 'respond', []],
    ['an infinitive', 'Fans used chalk to write notes to the runner.', 'write', []],
    ['the speaker follows the cue', 'Much of the trouble in fixing roads, say experts like Jane Doe, is the clay underneath.', 'say', ['experts like Jane Doe']],
    ['a clause before `, said X`', 'The loss may have been more of a blow to the team than to anyone else, said several members.', 'said', ['several members']],
    ['a modal', 'Few coaches would ever admit this in public.', 'admit', []],
    ['a phrasal verb', 'The attempts at repair added up to a string of errors.', 'added', []],
    ['a time word', 'The senator, a candidate, Wednesday announced that he would run.', 'announced', ['senator, a candidate']],
    ['a free relative', 'What the mayor said on Monday was false.', 'said', []],
    ['a circumstance first', 'On Tuesday the senator said the plan was dead.', 'said', ['the senator']],
  ])('no long subject: %s', (_what, text, cue, speakers) => {
    expect(claims(text).filter((c) => c[3] === cue).map((c) => c[1])).toEqual(speakers);
  });
});

// A subject found after a preposition is kept, since there it usually names the speaker (`voters in a Harbor Times
// poll said` → the Times, `an email from Jane Doe reveals` → Jane Doe), except inside a relative clause (below).
describe('issue 15: a subject with a relative clause', () => {
  test.each([
    ['Voters who went to the polls said they were angry.', 'Voters who went to the polls'],
    ['Current and former aides who spoke with the Ledger said the office was a shell.', 'Current and former aides who spoke with the Ledger'],
    ['The county officials whose rules were struck down say the court has changed.', 'The county officials whose rules were struck down'],
    ['Local groups that have endorsed him say the race will be close.', 'Local groups that have endorsed him'],
    ['Jane Doe and others who want a recount said the count was flawed.', 'Jane Doe and others who want a recount'],
    // the relative clause holds commas
    ['Some residents who have heard the mayor’s speeches over the years, on radio or at small meetings, said he had less energy.', 'Some residents who have heard the mayor’s speeches over the years, on radio or at small meetings'],
    ['Dock workers who joined the strike, said the fees would rise.', 'Dock workers who joined the strike'],
  ])('%s', (text, speaker) => {
    expect(claims(text).filter((c) => c[3] === 'said' || c[3] === 'say').map((c) => c[1])).toEqual([speaker]);
  });

  test.each([
    ['There is a gap in the fence that local engineers say renders the wall moot.', 'gap'], // `that` + a subject of its own
    ['The Ledger notes that Jane Doe said the count was flawed.', 'notes'], // `that` opens a clause, not a relative
    ['The plan, which voters who live nearby oppose, will cost more, said Jane Doe.', 'voters'], // the speaker follows the cue
  ])('near miss: %s', (text, word) => {
    for (const c of claims(text)) expect(c[1]).not.toContain(word);
  });
});
test.fails('known: a place after `from` is kept as the subject (`The senator from Utah, …, Wednesday announced` → Utah)', () => {
  expect(claims('The senator from Utah, a candidate, Wednesday announced that he would run.').map((c) => c[2])).toEqual(['senator']);
});
test.fails('known: `What the mayor said was false` is a free relative, yet `said` takes `was false` as its content', () => {
  expect(claims('What the mayor said was false.').filter((c) => c[3] === 'said')).toEqual([]);
});
test('issue 15: the speaker after an interrupting cue (`…, say experts like Jane Doe, is …`) is found', () => {
  expect(claims('Much of the trouble in fixing roads, say experts like Jane Doe, is the clay underneath.').map((c) => c[1])).toEqual(['experts like Jane Doe']);
});

// Two plural noun phrases joined by `and`/`or` make one subject (`Her aides and allies say`); `and` between two
// clauses does not (`Prices rose and analysts say` → `analysts`). The table is [text, content, speaker].
describe('issue 15: a subject of two plural noun phrases', () => {
  test.each([
    ['Her aides and allies say she will spend the summer raising money.', 'she will spend the summer raising money', 'Her aides and allies'],
    ['Friends and neighbours say that Okafor is the right choice.', 'Okafor is the right choice', 'Friends and neighbours'],
    ['Dock owners or their lawyers said the fees would rise.', 'the fees would rise', 'Dock owners or their lawyers'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });

  test.each([
    ['Prices rose and analysts say the trend will hold.', 'Prices'], // a clause before `and`: a past tense
    ['The plan stalls and critics said it was doomed.', 'plan'], // a singular before `and`
    ['Rents climbed, and tenants say they cannot cope.', 'Rents'], // a comma opens the clause
    ['Sales fell and rivals gained and analysts said the firm was in trouble.', 'rivals'], // two joins
    ['Kids running errands and parents say the road is unsafe.', 'Kids'], // an -ing word in the first phrase
  ])('near miss: %s', (text, word) => {
    for (const c of claims(text)) expect(c[1] ?? '').not.toContain(word);
  });
});

// A sentence adverb between commas before the cue (`…, however, say`) is no apposition: the subject ends before it,
// and the pronoun after the cue opens the content (before, `Supporters of the levy, however` was taken as content
// and `it` as the speaker). The table is [text, content, speaker].
describe('issue 15: a sentence adverb between the subject and the cue', () => {
  test.each([
    ['Supporters of the new levy, however, say it would keep the library open.', 'it would keep the library open', 'Supporters of the new levy'],
    ['Local farmers, however, say it would help.', 'it would help', 'Local farmers'],
    ['Dock owners, meanwhile, said the fees would rise.', 'the fees would rise', 'Dock owners'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });

  test.each([
    ['an apposition, not an adverb', 'Jane Doe, a first-term member, said she had not thought about it.', 'Jane Doe, a first-term member'],
    ['an adverb without its opening comma', 'The port owners however said the fees would rise.', 'The port owners'],
  ])('near miss: %s', (_what, text, speaker) => {
    expect(claims(text).filter((c) => c[3] === 'said').map((c) => c[1])).toEqual([speaker]);
  });
});

// A share between commas before the cue (`A third of renters, 33%, say`) is an apposition of the subject.
describe('issue 15: a percentage as the apposition of a subject', () => {
  test.each([
    ['A third of renters, 33%, say they feel that way.', 'they feel that way', 'A third of renters, 33%'],
    ['Just shy of half, 49%, say the new levy is an improvement.', 'the new levy is an improvement', 'Just shy of half, 49%'],
  ])('%s', (text, content, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([content, speaker]);
  });

  test.each([
    ['a percentage in the content', 'The levy won 52% of the vote, officials said.', ['officials']],
    ['a percentage without commas', 'About 40% of renters say the rent is too high.', ['About 40% of renters']],
  ])('near miss: %s', (_what, text, speakers) => {
    expect(claims(text).filter((c) => c[3] === 'said' || c[3] === 'say').map((c) => c[1])).toEqual(speakers);
  });
});

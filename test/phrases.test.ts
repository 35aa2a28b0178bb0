import { describe, expect, test } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { claims } from './helpers/claims.js';

// The speaker-phrase grammar (src/pipeline/phrases/), through the whole pipeline.

describe('relative who', () => {
  test('a relative who is the speaker span, its antecedent the name', () => {
    const [c] = claims('Republicans who say the law is a money pit were loud.');
    expect(c?.[1]).toBe('who');
    expect(c?.[2]).toBe('Republicans');
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

describe('issue 15: speakers with numbers and with a speaking head before a modifier', () => {
  test.each([
    ['“We will win this race,” said 9/11 widow Jane Doe.', '9/11 widow Jane Doe'],
    ['“It was terrible,” attorneys for the family said.', 'attorneys for the family'],
    ['The family was never told about the change, attorneys for the family said.', 'attorneys for the family'],
    ['Those close to him say that he would consider the plan.', 'Those close to him'],
    ['People familiar with the talks said the deal was close.', 'People familiar with the talks'],
  ])('%s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });
  test.each([
    ['a clause after the modifier', 'His rivals for the nomination have said they would undo it.', 'His rivals for the nomination have'],
    ['a number before the noun', 'About 58 percent of voters said the plan was bad.', 'percent of voters'],
  ])('no speaking head: %s', (_what, text, wrong) => {
    expect(claims(text).map((c) => c[1])).not.toContain(wrong);
  });
});

describe('issue 15: an introductory participle or adverb is not the subject', () => {
  test.each([
    ['Chastened by the polls, Jane Doe revised her plan, saying the tax was too high.', 'Jane Doe'],
    ['Clearly, Jane Doe left the room, saying the meeting was over.', 'Jane Doe'],
    ['Allen left the room, saying the meeting was over.', 'Allen'],
    ['Jane Doe left the room, saying the meeting was over.', 'Jane Doe'],
  ])('%s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });
});

import { describe, expect, test } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { claims } from './helpers/claims.js';

// The speaker-phrase grammar (src/pipeline/phrases/), through the whole pipeline.

describe('relative who', () => {
  test('a relative who is the speaker span, its antecedent the name', () => {
    const [c] = claims('Farmers who say the levy is a sinkhole were loud.');
    expect(c?.[1]).toBe('who');
    expect(c?.[2]).toBe('Farmers');
  });
});

describe('descriptions before names', () => {
  test.each([
    ["Mr. Ferris's former campaign manager, Gordon Pike, said the aide should be fired.", 'Gordon Pike'],
    ['Tess Malloy, host of WKRT’s “Sunrise Desk,” suggested the refusal could disqualify him.', 'Tess Malloy'],
    // issue 15: two apostrophes as the closing mark
    ["Tess Malloy, host of WKRT's ''Sunrise Desk,'' suggested the refusal could disqualify him.", 'Tess Malloy'],
    ['The senator remains committed to the race, his top aide, Lionel Ashby, told The Daily Courier.', 'Lionel Ashby'],
  ])('%s', (text, name) => {
    expect(claims(text).map((c) => c[2])).toEqual([name]);
  });
});

test('a participle hangs on the subject that opens the sentence; an unknown capitalised speaker is a person', () => {
  const out = claims('Navarro was open about her dislike of Hal Dempsey, the current leader, saying moderates need to pull together.');
  expect(out.map((c) => [c[0], c[2], c[3]])).toEqual([['moderates need to pull together', 'Navarro', 'saying']]);
  expect(extract({ path: 'a.txt', text: 'Navarro was open about it, saying moderates need to pull together.' })[0]?.speaker?.kind).toBe('person');
});

describe('words between the subject and its verb', () => {
  test.each([
    ['Dana Navarro on Tuesday said that the fire was arson.', 'Dana Navarro'],
    ['Gus Holloway last week declared that the levy was dead.', 'Gus Holloway'],
    ['Jane Doe Tuesday said the office would reopen.', 'Jane Doe'],
    ['Ray Dunmore however said he would join the talks.', 'Ray Dunmore'],
  ])('%s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test('a period needs a lead other than `on`', () => {
    expect(claims('The vote on week said the plan was fine.').map((c) => c[1])).not.toContain('The vote');
  });
});

describe('the subject of a participle or a coordinated cue', () => {
  test.each([
    ['WASHINGTON — Sen. Gus Holloway (I-Vt.) defended his call for a levy, saying the gains would outweigh the costs.', 'Sen. Gus Holloway'],
    ['TAMPA, Fla. (Reuters) - Mayor Dana Navarro met farmers on Friday and said the county must act.', 'Mayor Dana Navarro'],
    ['New York (AFP) – Governor Hal Dempsey hit the road, saying Ray Ferris is unready.', 'Governor Hal Dempsey'],
    ['LYON, Aug 31 (Reuters) - Claire Dufresne voiced support for Ray Ferris, saying his rival would bring ruin.', 'Claire Dufresne'],
  ])('a dateline is skipped: %s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test('a name in capitals before a dash is no dateline when the words before the dash are not all capitals', () => {
    expect(claims('FBI Director James Comey - a Republican - defended the decision, saying it was right.').map((c) => c[1])).toEqual(['FBI Director James Comey']);
  });

  test.each([
    ['Speaking at a county fair in Dover, Delaware, Ferris went after Pike, calling him “a real bore.”', 'Ferris'],
    ['At a rally in Bend, Oregon, on Friday, Mrs. Navarro tried to expand on her remarks, saying that the country should lead.', 'Mrs. Navarro'],
    ['At a dinner in Burlington, Vt., on Monday, Senator Gus Holloway endorsed Mrs. Navarro, saying that she would be an outstanding president.', 'Senator Gus Holloway'],
    ['Like Ostrowski, Delgado rejected the idea, arguing that there is room in the budget.', 'Delgado'],
  ])('introductory phrases are skipped, a state after its town with them: %s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test.each([
    ['Beyond the phone records, the affidavit cited talks with Marsh and said that Ostrowski had seen the money.', 'the affidavit', 'affidavit'],
    ['When his family moved back to Vermont, his mother declined to teach him Greek, insisting that her son was a local.', 'his mother', 'his mother'],
  ])('a subject no mention names, after an introductory phrase: %s', (text, speaker, name) => {
    expect(claims(text).map((c) => [c[1], c[2]])).toEqual([[speaker, name]]);
  });

  test.each([
    ['His office put out a note saying the city does not have the staff to inspect every bridge.', 'His office'],
    ['Ferris and Pike issued a statement describing their talks as a useful first step.', 'Ferris and Pike'],
    ['Frank cites a cheerful city hall email saying as much after the vote.', 'Frank'],
    ['She also sent a tweet saying, if elected mayor, she would set new rules for parking.', 'She'],
    ['At the time, she issued a note saying, “We trust that they see the plan as we do.”', 'she'],
  ])('a document before a participle is the object; its sender speaks: %s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test('a document is the speaker when it is no object: In her statement condemning …', () => {
    expect(claims('In her statement condemning the vote, Dana Navarro defended her record.').map((c) => c[1])).toEqual(['her statement']);
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
    ['More than seven in 10 said they were not keen on it.', 'More than seven in 10'],
    ['Six in 10 Ohio Green caucus voters said he was fine.', 'Six in 10 Ohio Green caucus voters'],
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

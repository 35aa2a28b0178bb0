import { describe, expect, test } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { HEADLINE } from '../../src/pipeline/attribute/headline.js';

// Issue 14 item 5 and issue 15's headline family: what a headline claims, and who claims it.
shapeTable('headlines', HEADLINE, [
  ['headline-name-on-topic', 'Mayor Diaz on Transit: Fares Will Not Rise This Year\n\nMayor Lena Diaz spoke on Monday.'],
  ['headline-name-on-topic', 'Fed Chair On Rates: ‘We Are Not Done’\n\nFed Chair Ana Ruiz spoke on Monday.'],
  ['headline-name-on-topic', 'Jane Roe about the verdict: "Justice was done"\n\nRoe left the court.'],
  ['headline-name-on-topic', 'Sen. Lee on the Budget: Cuts Are ‘Long Overdue’\n\nThe bill passed, Lee said.'],
  // a surname no lexicon knows, named again below
  ['headline-name-on-topic', 'Kowalczyk on Rates: ‘We Are Not Done’\n\n“We are not done,” Kowalczyk said.'],
  // the place after `at` is not the speaker
  ['headline-name-on-topic', 'Senator Okafor at Summit: Roads Will Be Rebuilt\n\nSenator Ruth Okafor spoke on Tuesday.'],
  // a descriptor the mention leaves out opens the speaker
  ['headline-name-on-topic', 'Former AG Okafor on Trade: Tariffs Will Rise.\n\nFormer Attorney General Ruth Okafor spoke.'],
], [
  ['headline-name-on-topic', 'Obama on Climate\n\nThe president spoke about the trends: they are worrying.'],
  ['headline-name-on-topic', 'The war on drugs: a history\n\nIt began decades ago.'],
  ['headline-name-on-topic', 'Smith on Tuesday said the plan was dead: nobody objected.\n\nMore.'],
  ['headline-name-on-topic', 'The debate went on for hours.\n\nObama on Climate: The Trends Are ‘Terrifying’'],
  ['headline-name-on-topic', 'Update on Trump: Trump Will Speak Tonight\n\nMore.'],
  // review finding 3: a capitalised common noun or a place before `on` is no speaker
  ['headline-name-on-topic', 'Focus on Jobs: Hiring Rises in May\n\nJobs rose, the Labor Department said.'],
  ['headline-name-on-topic', 'Crackdown on Protesters: Police Arrest Dozens\n\nThe crackdown began at noon.'],
  ['headline-name-on-topic', 'Spotlight on Iowa: Turnout Was High\n\nIowa voters came out.'],
  ['headline-name-on-topic', 'Texas on Edge: Storm Nears the Coast\n\nTexas braced for the storm.'],
  ['headline-name-on-topic', 'Focus on Jobs: Hiring Rises in May\n\nFocus Group members spoke.'],
  ['headline-name-on-topic', 'Live Updates on the Election: Polls Close Soon\n\nThe polls close at eight.'],
  // a name the story never gives again is a title's word, not a speaker
  ['headline-name-on-topic', 'Mayor Diaz on Transit: Fares Will Not Rise This Year\n\nThe council met on Monday.'],
  ['headline-name-on-topic', 'Kowalczyk on Rates: ‘We Are Not Done’\n\nThe bank met on Monday.'],
  // a title after the colon: no clause, no quotation
  ['headline-name-on-topic', 'Okafor at 80: A Life in Politics\n\nSenator Ruth Okafor spoke.'],
  ['headline-name-on-topic', 'Okafor at the Convention: Key Moments\n\nSenator Ruth Okafor spoke.'],
  ['headline-name-on-topic', 'Okafor on Trade: Key Votes\n\nSenator Ruth Okafor spoke.'],
  // `to` is as often an infinitive as the hearers
  ['headline-name-on-topic', 'Okafor to Visit Paris: Trip Is Set\n\nSenator Ruth Okafor will visit Paris.'],
]);

/** [content, speaker, type, rule] of the claims that start in the first paragraph. */
function headline(text: string): string[][] {
  const end = text.indexOf('\n\n');
  const firstParaEnd = Array.from(end < 0 ? text : text.slice(0, end)).length; // claim offsets are code points
  return extract({ path: 'a.txt', text }).filter((c) => c.quote.start < firstParaEnd).map((c) => [c.quote.text, c.speaker?.text ?? '', c.type ?? '', c.rule]);
}

describe('headline claims', () => {
  test.each([
    // Name: quotation, the whole line a quotation: direct
    ['Smith: ‘We Will Win’\n\nThe race is on.', [['We Will Win', 'Smith', 'direct', 'name-colon-quote']]],
    // Name on Topic: the topic is not the speaker
    ['Obama on Climate: The Trends Are ‘Terrifying’\n\nObama spoke in Paris.', [['The Trends Are ‘Terrifying’', 'Obama', 'mixed', 'headline-name-on-topic']]],
    ['Governor Reyes On Hillary Releasing Her Speeches: ‘I Think She Will.’\n\nReyes spoke in Albany.', [['‘I Think She Will.’', 'Governor Reyes', 'direct', 'headline-name-on-topic']]],
    // a quotation the line goes on past: one mixed claim of the rest of the line
    ['Pike: ‘Cruel Posters’ Have ‘No Room In A Race.’\n\nThe speaker spoke.', [['‘Cruel Posters’ Have ‘No Room In A Race.’', 'Pike', 'mixed', 'headline-name-colon']]],
    // Name: words, as before
    ['Gingrich: Trump Must Decide Soon\n\nMore text here.', [['Trump Must Decide Soon', 'Gingrich', 'indirect', 'headline-name-colon']]],
    // X Says Y
    ['Clinton Says Russians Hacked the Party\n\nThe campaign spoke.', [['Russians Hacked the Party', 'Clinton', 'indirect', 'name-cue-that-clause']]],
  ] as const)('%j', (text, expected) => {
    expect(headline(text)).toEqual(expected);
  });

  test.each([
    'Okonjo and Lindqvist: A Long Rivalry\n\nThe two ministers met.',
    'Okonjo and Lindqvist: A long rivalry;\n\nThe two ministers met.',
    'Trump: The Man Behind the Brand\n\nHe was born in Queens.',
  ])('a title after the colon is no claim: %j', (text) => {
    expect(headline(text)).toEqual([]);
  });

  test('a headline phrase ending in a speaking noun, or a possessor and an answer noun, before a colon and a quotation', () => {
    expect(headline("Times editorial: 'Fire the coach.'\n\nThe paper ran it on Sunday.")).toEqual([['Fire the coach.', 'Times editorial', 'direct', 'name-colon-quote']]);
    expect(headline("Democrats' reaction: 'Is that the plan?'\n\nThe speech ended at nine.")).toEqual([['Is that the plan?', 'Democrats', 'direct', 'name-colon-quote']]);
    expect(headline("Okafor's response: 'We will not resign.'\n\nThe senator spoke.")).toEqual([['We will not resign.', 'Okafor', 'direct', 'name-colon-quote']]);
    // a section, a pronoun's answer, below the headline: no speaker
    expect(headline("Breaking news: 'Storms are coming.'\n\nThe storm came.")).toEqual([]);
    expect(headline("Our verdict: 'A fine film.'\n\nThe film opened.")).toEqual([]);
    expect(claims("The crowd went home.\n\nTimes editorial: 'Fire the coach.'")).toEqual([]);
  });

  test('a kicker before a dash (`EXCLUSIVE –`) does not hide the speaker', () => {
    expect(headline('EXCLUSIVE – Senator Okafor: Voters Deserve Better Roads\n\nSenator Ruth Okafor spoke on Tuesday.')).toEqual([['Voters Deserve Better Roads', 'Senator Okafor', 'indirect', 'headline-name-colon']]);
    expect(headline("WATCH – Okafor: 'Voters Deserve Better Roads'\n\nSenator Ruth Okafor spoke on Tuesday.")).toEqual([['Voters Deserve Better Roads', 'Okafor', 'direct', 'name-colon-quote']]);
    // a common word after the kicker is a section, not a speaker; below the headline no kicker
    expect(headline('NEWS – Weather: Storms Will Reach the Coast\n\nThe storm came.')).toEqual([]);
    expect(headline("NEWS – Weather: 'Storms Will Reach the Coast'\n\nThe storm came.")).toEqual([]);
    expect(claims('The race goes on.\n\nEXCLUSIVE – Okafor: Voters Deserve Better Roads')).toEqual([]);
  });

  test('a title with a clause after the colon is still a claim', () => {
    expect(headline('McCain: The System Is Broken\n\nHe spoke in Arizona.')).toEqual([['The System Is Broken', 'McCain', 'indirect', 'headline-name-colon']]);
  });
});

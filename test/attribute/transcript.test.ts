import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { TRANSCRIPT, fullName } from '../../src/pipeline/attribute/transcript.js';

shapeTable('transcripts', TRANSCRIPT, [
  ['transcript-label', 'THE PRESIDENT: Thank you all.\n\nQ    Mr. President, will you sign it?\n\nTHE PRESIDENT: I will sign it today.'],
  ['transcript-label', 'Doe: We will win.\n\nInterviewer: Why?\n\nDoe: Because voters trust us.'],
  ['transcript-label', 'Q. Where were you that night?\n\nA. I was at home.\n\nQ. Alone?\n\nTHE WITNESS: With my sister.'],
  ['transcript-answer', 'Q: Where were you?\n\nA: At home with my sister.\n\nQ: Alone?\n\nA: No.'],
  ['transcript-answer', 'Jane Doe, the new mayor, talks about her plans.\n\nQ: What comes first?\n\nThe budget, then the roads.\n\nQ: And then?\n\nThe schools.'],
], [
  // one label is a headline or a quotation's lead, not a transcript
  ['transcript-label', 'Smith: We will win.\n\nThe senator spoke on Monday.'],
  ['transcript-label', 'UPDATE: The vote was delayed.\n\nUPDATE: The vote is on Friday.\n\nNote: times are local.'],
  ['transcript-label', 'WASHINGTON: The Senate voted on Monday.\n\nThe bill passed.'],
  // a results table, not speakers
  ['transcript-label', 'THE COUNT.\n\nClinton: 547.\n\nSanders: 46.\n\nClinton: 2,316.\n\nSanders: 1,547.'],
  ['transcript-answer', 'Q: What is a claim?\n\nThis guide explains it.'],
  ['transcript-answer', 'The talk asked one question: what comes next?\n\nNobody knew.'],
]);

describe('a transcript turn is one direct claim of its speaker (issue 14)', () => {
  test('a turn over several paragraphs, up to the next label; questions are not claims', () => {
    const text = 'MS. DOE: Welcome.\n\nQ    Will the bill pass?\n\nMS. DOE: It will pass.\n\nWe have the votes.\n\nQ    When?\n\nMS. DOE: Soon.';
    expect(claims(text).filter((c) => c[5].startsWith('transcript-'))).toEqual([
      ['Welcome.', 'MS. DOE', 'DOE', '-', 'direct', 'transcript-label'],
      ['It will pass.\n\nWe have the votes.', 'MS. DOE', 'DOE', '-', 'direct', 'transcript-label'],
      ['Soon.', 'MS. DOE', 'DOE', '-', 'direct', 'transcript-label'],
    ]);
  });

  test('a time stamp ends the last turn', () => {
    const text = 'MR. ROE: Good morning.\n\nQ    Any news?\n\nMR. ROE: None today.\n\n11:52 A.M. EDT';
    expect(claims(text).map((c) => c[0])).toEqual(['Good morning.', 'None today.']);
  });

  test('the label takes the fullest name the text writes', () => {
    const text = 'Press Briefing by Press Secretary Jane Ann-Doe\n\nMS. ANN-DOE: Hello.\n\nQ    Hi.\n\nMS. ANN-DOE: Next question.';
    expect(claims(text).map((c) => c[2])).toEqual(['Jane Ann-Doe', 'Jane Ann-Doe']);
  });

  test('an unlabelled answer is the interviewee\'s who says `My name is`', () => {
    const text = 'Q: Who are you?\n\nMy name is Jane Doe, I build bridges.\n\nQ: Why bridges?\n\nThey connect people.';
    expect(claims(text).map((c) => [c[0], c[1], c[2], c[5]])).toEqual([
      ['My name is Jane Doe, I build bridges.', 'Jane Doe', 'Jane Doe', 'transcript-answer'],
      ['They connect people.', 'Jane Doe', 'Jane Doe', 'transcript-answer'],
    ]);
  });

  test.each([
    ['Former first lady Jane Doe sees hope for schools\n\nQ: Why?\n\nA: Because they need help.\n\nQ: And?\n\nA: Soon.', 'Jane Doe'],
    ['Q&A with Vice President Joe Roe\n\nQ: Why?\n\nA: Because.\n\nQ: And?\n\nA: Soon.', 'Joe Roe'],
    ['We talked to Colombia about it.\n\nQ: Why?\n\nA: Because.\n\nQ: And?\n\nA: Soon.', '-'],
  ])('the interviewee from the introduction: %j', (text, name) => {
    expect(claims(text).map((c) => c[2])).toEqual([name, name]);
  });

  test('issue 15: an answer label is the mention that speaks; the unlabelled answer keeps the introduction', () => {
    const labelled = 'Former first lady Jane Doe sees hope for schools\n\nQ: Why?\n\nA: Because they need help.\n\nQ: And?\n\nA: Soon.';
    expect(claims(labelled).map((c) => [c[1], c[2]])).toEqual([['A', 'Jane Doe'], ['A', 'Jane Doe']]);
    const unlabelled = 'Q: Who are you?\n\nMy name is Jane Doe, I build bridges.\n\nQ: Why bridges?\n\nThey connect people.';
    expect(claims(unlabelled).map((c) => c[1])).toEqual(['Jane Doe', 'Jane Doe']);
  });

  test.each([
    // the name the next speaker thanks it by, or the one before hands over to
    ['MODERATOR: Welcome to the call.\n\nMS. ROE: Thank you so much, Priya. We will win.\n\nMODERATOR: Next question.\n\nQ: Why?\n\nMS. ROE: Because.', 'Priya'],
    ['MODERATOR: Welcome to the call.\n\nMS. ROE: We will win. Back over to you, Ann Lee.\n\nMODERATOR: Next question.\n\nQ: Why?\n\nMS. ROE: Because.', 'Ann Lee'],
    // a title or a form of address is not a name; nor is a name said in passing
    ['HOST: Welcome to the show.\n\nMS. ROE: Thank you, Mr. President. We will win.\n\nHOST: Next question.\n\nQ: Why?\n\nMS. ROE: Because.', 'HOST'],
    ['HOST: Welcome to the show.\n\nMS. ROE: Thanks, everybody. We will win.\n\nHOST: Next question.\n\nQ: Why?\n\nMS. ROE: Because.', 'HOST'],
    ['HOST: Welcome to the show.\n\nMS. ROE: We will win, as Priya knows.\n\nHOST: Next question.\n\nQ: Why?\n\nMS. ROE: Because.', 'HOST'],
  ])('a role label the text never names is called by the name the others address it with: %j', (text, name) => {
    expect(claims(text).filter((c) => c[1] === 'MODERATOR' || c[1] === 'HOST').map((c) => c[2])).toEqual([name, name]);
  });

  test('inside a turn only a quotation with its own speaker stays; reported speech is part of the turn', () => {
    const text = 'MS. ROE: Let me say that the bill will pass. The experts have said that masks work.\n\nQ: And?\n\nMS. ROE: A voter replied: "We want the bill passed now."\n\nQ: Why?\n\nMS. ROE: Because.';
    expect(claims(text).map((c) => [c[0], c[1], c[5]])).toEqual([
      ['Let me say that the bill will pass. The experts have said that masks work.', 'MS. ROE', 'transcript-label'],
      ['A voter replied: "We want the bill passed now."', 'MS. ROE', 'transcript-label'],
      ['We want the bill passed now.', 'A voter', 'name-cue-colon-quote'],
      ['Because.', 'MS. ROE', 'transcript-label'],
    ]);
  });

  test.each([
    ['THE PRESIDENT', 'Remarks by President Joe Biden in Ohio\n\n', 'Joe Biden'],
    ['AMBASSADOR ROE', 'A call with Ambassador Mary Roe.\n\n', 'Mary Roe'],
    ['MS. HAYES', 'A call with Ambassador Mary Roe.\n\n', 'HAYES'],
    ['MODERATOR', 'A call.\n\n', 'MODERATOR'],
  ])('fullName(%j)', (label, intro, name) => {
    const text = `${intro}${label}: Hello.`;
    const at = text.indexOf(label);
    expect(fullName(text, { start: at, end: at + label.length }, at)).toBe(name);
  });
});

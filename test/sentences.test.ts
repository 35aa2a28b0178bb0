import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { normalise } from '../src/pipeline/normalise.js';
import { splitParagraphs } from '../src/pipeline/paragraphs.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { SENTENCE_RULES } from '../src/rules/abbreviations.js';
import type { Sentence } from '../src/types.js';

const RULES = { sentences: SENTENCE_RULES };

function sentences(text: string): Sentence[] {
  return splitSentences(normalise(text), splitParagraphs(normalise(text)), RULES);
}
function texts(text: string): string[] {
  return sentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  test.each([
    // quotations
    ['“We will reopen.” Mr. Smith disagreed.', ['“We will reopen.”', 'Mr. Smith disagreed.']],
    ['"We will reopen." Mr. Smith disagreed.', ['"We will reopen."', 'Mr. Smith disagreed.']],
    ['She said “no. Never.” and left.', ['She said “no. Never.” and left.']],
    ['"I disagree," she said. "It is absurd."', ['"I disagree," she said.', '"It is absurd."']],
    ['He called it "absurd." and left.', ['He called it "absurd." and left.']],
    ['“Why?” Smith asked. “Because.”', ['“Why?” Smith asked.', '“Because.”']],
    ['“Why?” He shrugged.', ['“Why?”', 'He shrugged.']],
    ["''It is over,'' Mr. Cruz said. ''We won.''", ["''It is over,'' Mr. Cruz said.", "''We won.''"]],
    ['He paused. (He was tired.) Then he spoke.', ['He paused.', '(He was tired.)', 'Then he spoke.']],
    ['(Why did he go? Did she know?)', ['(Why did he go?', 'Did she know?)']],
    // titles, abbreviations, initials
    ['Dr. Phil arrived.\n\nHe sat.', ['Dr. Phil arrived.', 'He sat.']],
    ['Sen. Ted Cruz (R-Texas) spoke. Gov. Jerry Brown (D-Calif.) did not.', ['Sen. Ted Cruz (R-Texas) spoke.', 'Gov. Jerry Brown (D-Calif.) did not.']],
    ['U.S. President Barack Obama spoke.', ['U.S. President Barack Obama spoke.']],
    ['He lives in the U.S. The rest of us do not.', ['He lives in the U.S.', 'The rest of us do not.']],
    ['John F. Kennedy and J. R. R. Tolkien met.', ['John F. Kennedy and J. R. R. Tolkien met.']],
    ['"We won," said D. Hollis Brennan Jr., a lobbyist.', ['"We won," said D. Hollis Brennan Jr., a lobbyist.']],
    ['He works for Apple Inc. It makes phones.', ['He works for Apple Inc.', 'It makes phones.']],
    ['He was born in Ft. Worth, Texas.', ['He was born in Ft. Worth, Texas.']],
    ['The vote was on Jan. 10. It passed.', ['The vote was on Jan. 10.', 'It passed.']],
    ['He was ranked No. 2 in the state.', ['He was ranked No. 2 in the state.']],
    ['He said no. Then he left.', ['He said no.', 'Then he left.']],
    ['Roe v. Wade stands, e.g. in Texas.', ['Roe v. Wade stands, e.g. in Texas.']],
    // numbers, money, time
    ['Trade rose 3.5% to $1.2 million. Exports fell.', ['Trade rose 3.5% to $1.2 million.', 'Exports fell.']],
    ['The polls close at 9 p.m. Tuesday in Iowa.', ['The polls close at 9 p.m. Tuesday in Iowa.']],
    ['The polls close at 9 p.m. He will speak then.', ['The polls close at 9 p.m.', 'He will speak then.']],
    ['At 9 a.m. Mr. Smith left.', ['At 9 a.m. Mr. Smith left.']],
    ['He is 6 ft. tall and weighs 180 lbs. He runs.', ['He is 6 ft. tall and weighs 180 lbs.', 'He runs.']],
    ['He left at 5 p.m. 300 people followed.', ['He left at 5 p.m.', '300 people followed.']],
    ['It was 98.6 F. It was hot.', ['It was 98.6 F.', 'It was hot.']],
    ['I LIVE IN THE U.S. HOW ABOUT YOU?', ['I LIVE IN THE U.S.', 'HOW ABOUT YOU?']],
    ['Bake it and -- voila! -- you have cake.', ['Bake it and -- voila! -- you have cake.']],
    ["'Is it?' (and she smiled as she spoke! Do you see?) 'No.'", ["'Is it?' (and she smiled as she spoke! Do you see?)", "'No.'"]],
    ['He was a martyr.[1] The emperor ruled.', ['He was a martyr.[1]', 'The emperor ruled.']],
    // ellipses
    ['He paused... Then he went on.', ['He paused...', 'Then he went on.']],
    ['He paused … then went on.', ['He paused … then went on.']],
    ['Is it Twitter and ... ? Maybe.', ['Is it Twitter and ... ?', 'Maybe.']],
    ['It came true. ... He left.', ['It came true. ...', 'He left.']],
    ['It was fine! ! ! Really.', ['It was fine! ! !', 'Really.']],
    ['He spoke in Springfield, Ill. ". . . I want a fighter. That is all."', ['He spoke in Springfield, Ill.', '". . . I want a fighter. That is all."']],
    ['They asked: "Is it time?" . . . "Have you?"', ['They asked: "Is it time?"', '. . . "Have you?"']],
    ['It was . . . fine.', ['It was . . . fine.']],
    ['We will see. . . . The end.', ['We will see.', '. . . The end.']],
    // missing spaces, URLs, e-mail
    ['Hello world.Today is Tuesday.', ['Hello world.', 'Today is Tuesday.']],
    ['Write to jane.Doe@example.com. She answers.', ['Write to jane.Doe@example.com.', 'She answers.']],
    ['See https://www.example.com/A.Html. It is new.', ['See https://www.example.com/A.Html.', 'It is new.']],
    ['He served in the U.S.Army for years.', ['He served in the U.S.Army for years.']],
    // lists
    ['1. The first item 2. The second item', ['1. The first item', '2. The second item']],
    ['a) apples b) pears', ['a) apples', 'b) pears']],
    ['• One thing. • Another thing.', ['• One thing.', '• Another thing.']],
    ['He won 2. The rest lost.', ['He won 2.', 'The rest lost.']],
    ['A. The first item B. The second item', ['A. The first item', 'B. The second item']],
    ['Here is a list: 1) one 2) two', ['Here is a list:', '1) one', '2) two']],
    ['The plan would 1) cut taxes, 2) raise spending.', ['The plan would 1) cut taxes, 2) raise spending.']],
    ['He was ranked No. 1. Then 2. Then 3.', ['He was ranked No. 1.', 'Then 2.', 'Then 3.']],
    ['i. The first item ii. The second item', ['i. The first item', 'ii. The second item']],
    // paragraphs and line ends
    ['Headline Here\r\nBy Jane Doe\r\n\r\nFirst line. Second line.', ['Headline Here', 'By Jane Doe', 'First line.', 'Second line.']],
    ['WASHINGTON (AP) - The House voted. It passed.', ['WASHINGTON (AP) - The House voted.', 'It passed.']],
    ['😀 Fine. Émile is here. Yes!', ['😀 Fine.', 'Émile is here.', 'Yes!']],
    ['It cost approx. twelve. évidemment lower case goes on.', ['It cost approx. twelve. évidemment lower case goes on.']],
    ['Yahoo! is a company. Is it?', ['Yahoo! is a company.', 'Is it?']],
  ])('splitSentences(%j)', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  // issue 14, item 7: abbreviations and names before a capital or a number, broken-off speech,
  // footnote marks, full-width stops; each with near misses
  test.each([
    ['The price is Rs. 3520 per unit. It rose.', ['The price is Rs. 3520 per unit.', 'It rose.']],
    ['See Eq. 2 and Tab. 3 for the figures.', ['See Eq. 2 and Tab. 3 for the figures.']],
    ['He paid in rs. Then he left.', ['He paid in rs.', 'Then he left.']],
    ['I live in the U.S. Millions of people do.', ['I live in the U.S.', 'Millions of people do.']],
    ['I work for the U.S. Government in Virginia.', ['I work for the U.S. Government in Virginia.']],
    ['It was sold by Pitt & Co. For years it grew.', ['It was sold by Pitt & Co.', 'For years it grew.']],
    ['I read it on Yahoo! News today. It was fine.', ['I read it on Yahoo! News today.', 'It was fine.']],
    ['He works at Yahoo! Then he goes home.', ['He works at Yahoo!', 'Then he goes home.']],
    ['He shouted hooray! News came later.', ['He shouted hooray!', 'News came later.']],
    ['"Yes, sir--" The man left.', ['"Yes, sir--"', 'The man left.']],
    ['“Yes, sir—” The man left.', ['“Yes, sir—”', 'The man left.']],
    ['"I was going to--" Smith said.', ['"I was going to--" Smith said.']],
    ['"Yes, sir--" he said.', ['"Yes, sir--" he said.']],
    ['He was a self--made man. Then he left.', ['He was a self--made man.', 'Then he left.']],
    ['It was founded in 1990.[7] This made it old.', ['It was founded in 1990.[7]', 'This made it old.']],
    ['It was founded in 1990.[7][8] This made it old.', ['It was founded in 1990.[7][8]', 'This made it old.']],
    ['He said "no."[3] This made it old.', ['He said "no."[3]', 'This made it old.']],
    ['It was founded in 1990.[7]This made it old.', ['It was founded in 1990.[7]', 'This made it old.']],
    ['See list[3] and Table[4] More.', ['See list[3] and Table[4] More.']],
    ['It opens a gap in a consultation.11 12 Take the common cold.', ['It opens a gap in a consultation.11 12', 'Take the common cold.']],
    ['It opens a gap.3 Then it closes.', ['It opens a gap.3', 'Then it closes.']],
    ['See Fig.3 The chart and p.11 There.', ['See Fig.3 The chart and p.11 There.']],
    ['Pi is 3.14 The end.', ['Pi is 3.14 The end.']],
    ['It opens a gap.11 12 and more.', ['It opens a gap.11 12 and more.']],
    ['它很好。我们走吧！你好吗？', ['它很好。', '我们走吧！', '你好吗？']],
    ['This is a test。Next one. And more.', ['This is a test。', 'Next one.', 'And more.']],
  ])('issue 14: splitSentences(%j)', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('hard-wrapped text: a line break inside a paragraph does not end a sentence', () => {
    const lines = [
      '    TOKYO, March 18 - The yen has usurped the monster as the',
      'favourite horror story of the year, analysts and traders said.',
      '    "It is not as dear as people think. I never keep track of',
      'the price of rice," said Marta Okonkwo, a teacher, and Dennis P.',
      'Halvorsen, an Acme vice president for overseas sales, in Tokyo.',
      '    Okonkwo said she makes 1,420 dlrs a month by talking in',
      'English with students who want to pass their exams soon.',
      '    She spends under 7.20 dlrs a day on groceries this year.',
    ];
    const got = texts(lines.join('\n')).map((s) => s.replace(/\s+/gu, ' '));
    expect(got).toEqual([
      'TOKYO, March 18 - The yen has usurped the monster as the favourite horror story of the year, analysts and traders said.',
      '"It is not as dear as people think. I never keep track of the price of rice," said Marta Okonkwo, a teacher, and Dennis P. Halvorsen, an Acme vice president for overseas sales, in Tokyo.',
      'Okonkwo said she makes 1,420 dlrs a month by talking in English with students who want to pass their exams soon.',
      'She spends under 7.20 dlrs a day on groceries this year.',
    ]);
  });

  test('indices run through the document and name their paragraph', () => {
    const text = 'One. Two.\n\nThree.';
    expect(sentences(text)).toEqual([
      { start: 0, end: 4, index: 0, paragraph: 0 },
      { start: 5, end: 9, index: 1, paragraph: 0 },
      { start: 11, end: 17, index: 2, paragraph: 1 },
    ]);
  });

  test('a rule table can be swapped: without `Mr` as a title, `Mr.` ends a sentence', () => {
    const text = 'Hello Mr. Smith.';
    const rules = { sentences: { ...SENTENCE_RULES, prepositive: [], sentenceStarters: [] } };
    const got = splitSentences(text, splitParagraphs(text), rules).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual(['Hello Mr.', 'Smith.']);
  });

  test('empty and blank texts have no sentences', () => {
    expect(texts('')).toEqual([]);
    expect(texts(' \r\n\t\n ')).toEqual([]);
  });
});

describe('rule tables', () => {
  const tables = Object.entries(SENTENCE_RULES).filter(([key]) => key !== 'bullets') as [string, readonly string[]][];
  test.each(tables)('%s: no full stops, no spaces, no repeats', (_key, words) => {
    for (const w of words) {
      expect(w).not.toMatch(/\s|\.$|^\./);
      expect(w.length).toBeGreaterThan(0);
    }
    expect(new Set(words).size).toBe(words.length);
  });
  test('bullets are single UTF-16 units', () => {
    for (const b of SENTENCE_RULES.bullets) expect(b).toHaveLength(1);
  });
});

describe('linear time', () => {
  // Each text is 1 M units; a quadratic step would take minutes.
  test.each([
    ['no full stops', 'word '],
    ['no spaces', 'a.'],
    ['quotation marks', '"'],
    ['quotations', '"a. B" '],
    ['spaced dots', '. '],
    ['missing spaces', 'world.Today'],
    ['brackets', '(('],
    ['apostrophes', "'"],
    ['initials', 'J. '],
    ['list', '1. A 2. B '],
    ['lines', 'a\n'],
  ])('%s', (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const got = splitSentences(text, splitParagraphs(text), RULES);
    expect(got.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over news-like generated text.

const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
const timeout = Math.max(30_000, numRuns * 20);
const piece = fc.constantFrom(
  '"', '“', '”', "'", '‘', '’', '(', ')', '[', ']', 'Mr. ', 'Dr. ', 'U.S. ', 'Jan. ', 'No. ', 'p.m. ', '. ', '.', '? ',
  '! ', '...', '. . . ', '…', '\n', '\n\n', '\r\n', '\r\n\r\n', ' ', '  ', '\u00a0', 'Jane Doe', 'said', ' he ', 'the',
  'Smith', 'é', 'Émile', '😀', '3.5', '$1.2 million', '1. ', 'a) ', '• ', 'www.example.com', 'jane@example.com',
  'world.Today', ',', 'I', 'J. ', '\t',
);
const article = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

describe('properties', () => {
  propTest.prop([article], { numRuns })('sentences tile their paragraphs in order', (raw) => {
    const text = normalise(raw);
    const paragraphs = splitParagraphs(text);
    const got = splitSentences(text, paragraphs, RULES);
    let prevEnd = 0;
    got.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.start).toBeGreaterThanOrEqual(prevEnd);
      expect(s.end).toBeGreaterThan(s.start);
      const slice = text.slice(s.start, s.end);
      expect(slice.trim()).toBe(slice);
      const p = paragraphs[s.paragraph]!;
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
      // a sentence keeps a line break only where its paragraph joined a hard-wrapped line
      expect(slice).not.toMatch(/\n[^\S\n]*\n|\r[^\S\r\n]*\r|\n\s*[^\s\p{Ll}]/u);
      prevEnd = s.end;
    });
    // each paragraph is tiled by its sentences with only whitespace between
    for (const p of paragraphs) {
      const own = got.filter((s) => s.paragraph === p.index);
      expect(own.length).toBeGreaterThan(0);
      expect(own[0]!.start).toBe(p.start);
      expect(own[own.length - 1]!.end).toBe(p.end);
      for (let k = 1; k < own.length; k++) expect(text.slice(own[k - 1]!.end, own[k]!.start)).toMatch(/^\s*$/);
    }
  }, timeout);

  propTest.prop([article], { numRuns })('spans slice the original as they slice the normalised text', (raw) => {
    const got = sentences(raw);
    for (const s of got) {
      const a = raw.slice(s.start, s.end);
      expect(a.length).toBe(s.end - s.start);
      expect(normalise(a)).toBe(normalise(raw).slice(s.start, s.end));
    }
  }, timeout);
});

import { describe, expect, test } from 'vitest';
import { splitParagraphs } from '../src/pipeline/paragraphs.js';
import { findQuotes } from '../src/pipeline/quotes.js';
import { normalise } from '../src/pipeline/normalise.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { RULES } from '../src/rules/index.js';
import type { Quote } from '../src/types.js';

/** The sentences, as extract() finds them (on the normalised text). */
const sentencesOf = (text: string) => splitSentences(normalise(text), splitParagraphs(text), RULES);
const find = (text: string): Quote[] => findQuotes(text, splitParagraphs(text), RULES, sentencesOf(text));
/** Each quotation as its words, sliced from the text. */
const words = (text: string): string[] => find(text).map((q) => text.slice(q.start, q.end));
const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('findQuotes: pairs', () => {
  test.each([
    ['“We will reopen,” Smith said.', ['We will reopen,']],
    ['He said “hello” and “goodbye” today.', ['hello', 'goodbye']],
    ['Smith said: “We will never reopen.”', ['We will never reopen.']],
    ['The «quote» here.', ['quote']],
  ])('curly pairs: %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    ['He said "we will reopen" and left.', ['we will reopen']],
    ['"Yes," she said. "No," he said.', ['Yes,', 'No,']],
    ['She called it "mandatory" in nature.', ['mandatory']],
    ['(“Quoted”) and ["also"] here.', ['Quoted', 'also']],
  ])('straight pairs: %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('a pair has its marks as open and close, and the words without the marks', () => {
    const text = 'Crane said: “We were never asked.” Then he left.';
    const [q, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(slice(text, q!)).toBe('We were never asked.');
    expect(slice(text, q!.open)).toBe('“');
    expect(slice(text, q!.close)).toBe('”');
    expect(q!.open!.end).toBeLessThanOrEqual(q!.start);
    expect(q!.close!.start).toBeGreaterThanOrEqual(q!.end);
  });

  test('whitespace just inside the marks is not part of the quote', () => {
    expect(words('He said “ spaced out ” today.')).toEqual(['spaced out']);
  });

  test('quotes come out in text order, not overlapping', () => {
    const text = '“One,” he said. “Two,” she said.\n\n“Three.” “Four.”';
    const quotes = find(text);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['One,', 'Two,', 'Three.', 'Four.']);
    for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.start).toBeGreaterThanOrEqual(quotes[i - 1]!.end);
  });
});

describe('issue 15: a curly mark typed the wrong way round', () => {
  test.each([
    ['“It is unusual,“ said Jane Doe. “It is hard.”', ['It is unusual,', 'It is hard.']],
    ['“Do you agree?“ he asked.', ['Do you agree?']],
    ['”We will win,” he said.', ['We will win,']],
    ['He said: ”We will win.”', ['We will win.']],
  ])('read as it is meant: %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
  test.each([
    // not after a stop: an opening mark that stays one (each `“` opens, as before)
    ['The “Times“ and the “Post“ agreed.', ['Times', 'and the', 'Post', 'agreed.']],
    // a closing mark after a word, nothing open: stray, not an opening one
    ['The pipe was 6” wide and 8” long.', []],
  ])('near misses: %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('findQuotes: apostrophes are never marks', () => {
  test.each([
    'ICE’s agents said the policy was fine.',
    'The ’90s were hard, they said.',
    'They don’t care and won’t say.',
    'The agents’ union disagreed.',
    'Rock ’n’ roll, he said.',
    "It's the agency's call, they don't say.",
    'O’Brien’s aides’ claims',
  ])('%j has no quotation', (text) => {
    expect(find(text)).toEqual([]);
  });

  test('apostrophes inside a double-quoted quotation stay inside it', () => {
    const text = '“ICE’s agents don’t agree,” Crane said of the ’90s.';
    expect(words(text)).toEqual(['ICE’s agents don’t agree,']);
  });

  test('headline style: single quotes around a quotation with an apostrophe inside', () => {
    const text = 'Trump: ‘I’m the best’';
    const quotes = find(text);
    expect(quotes.map((q) => slice(text, q))).toEqual(['I’m the best']);
    expect(slice(text, quotes[0]!.open)).toBe('‘');
    expect(slice(text, quotes[0]!.close)).toBe('’');
    expect(quotes[0]!.close!.end).toBe(text.length);
  });

  test('headline style with a possessive after the quotation', () => {
    expect(words('Crane: ‘We weren’t asked’ about ICE’s plan')).toEqual(['We weren’t asked']);
  });
});

describe('findQuotes: across paragraphs', () => {
  test('an unclosed mark quotes to the end of its own paragraph, never further', () => {
    const text = 'Smith said: “we will never reopen\n\nThe next paragraph is narration.';
    const quotes = find(text);
    expect(quotes.map((q) => slice(text, q))).toEqual(['we will never reopen']);
    expect(quotes[0]!.close).toBeNull();
    const [, second] = splitParagraphs(text);
    expect(quotes[0]!.end).toBeLessThanOrEqual(second!.start);
  });

  test('an unclosed mark at the very end of the text', () => {
    const text = 'He said “and then';
    const quotes = find(text);
    expect(quotes.map((q) => slice(text, q))).toEqual(['and then']);
    expect(quotes[0]!.close).toBeNull();
  });

  test('a quotation reopened in the next paragraph is one quote, closed by the last part', () => {
    const text = '“We asked for the training in March.\n\n“Nobody answered us until June,” Crane said.';
    const quotes = find(text);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.start).toBe(1);
    expect(slice(text, q.open)).toBe('“');
    expect(q.open!.start).toBe(0);
    expect(slice(text, q.close)).toBe('”');
    expect(q.close!.start).toBe(text.indexOf('”'));
    expect(slice(text, q)).toBe('We asked for the training in March.\n\n“Nobody answered us until June,');
  });

  test('a quotation running over three paragraphs', () => {
    const text = '“One.\n\n“Two.\n\n“Three,” she said.\n\nNarration.';
    const quotes = find(text);
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0]!)).toBe('One.\n\n“Two.\n\n“Three,');
    expect(quotes[0]!.close!.start).toBe(text.indexOf('”'));
  });

  test('a quotation reopened with CRLF line ends', () => {
    const text = '“First part.\r\n\r\n“Second part,” he said.';
    const quotes = find(text);
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0]!)).toBe('First part.\r\n\r\n“Second part,');
  });

  test('an open quotation not reopened in the next paragraph ends with its paragraph', () => {
    const text = '“First part.\n\nNot reopened here.';
    const quotes = find(text);
    expect(quotes.map((q) => slice(text, q))).toEqual(['First part.']);
    expect(quotes[0]!.close).toBeNull();
  });

  test('a closed quotation is not joined to a quotation in the next paragraph', () => {
    const text = '“One,” he said.\n\n“Two,” she said.';
    expect(words(text)).toEqual(['One,', 'Two,']);
  });
});

describe('findQuotes: odd sequences', () => {
  test.each([
    '“a “b” c” d ” “',
    '"a "b" c" "',
    '‘’‘’“”„«»',
    '”””“““',
    '" " " "',
    '“',
    '”',
    '"',
    '‘',
    '’',
    '',
    '\n\n“\n\n”\n\n',
    '“\r\n\r\n“\r\n\r\n“',
    'He said “I’m ‘fine’ really” and ‘left’.',
    '«“‘nested’”»',
  ])('%j: no crash, every quote inside the text, in order, with its marks outside', (text) => {
    const quotes = find(text);
    let last = 0;
    for (const q of quotes) {
      expect(q.start).toBeGreaterThanOrEqual(last);
      expect(q.start).toBeLessThan(q.end);
      expect(q.end).toBeLessThanOrEqual(text.length);
      if (q.open) expect(q.open.end).toBeLessThanOrEqual(q.start);
      if (q.close) expect(q.close.start).toBeGreaterThanOrEqual(q.end);
      expect(typeof q.rule).toBe('string');
      last = q.end;
    }
  });

  test('single quotes inside double quotes are not separate quotations', () => {
    expect(words('He said “I told him ‘no’ twice” and left.')).toEqual(['I told him ‘no’ twice']);
  });

  test('a long run of unbalanced marks is fast (linear)', () => {
    const text = '“ ‘ " '.repeat(100_000);
    const t0 = Date.now();
    find(text);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

describe('findQuotes: the mark table is data', () => {
  test('a table without curly marks finds only its own marks', () => {
    const marks = RULES.quoteMarks.filter((m) => m.char === '"');
    const text = 'He said “curly” and "straight" today.';
    expect(findQuotes(text, splitParagraphs(text), { quoteMarks: marks }, sentencesOf(text)).map((q) => text.slice(q.start, q.end))).toEqual(['straight']);
  });

  test('a mark added to the table is found', () => {
    const marks = [...RULES.quoteMarks, { char: '\u300c', role: 'open', kind: 'double' } as const, { char: '\u300d', role: 'close', kind: 'double' } as const];
    const text = 'He said \u300cyes\u300d today.';
    expect(findQuotes(text, splitParagraphs(text), { quoteMarks: marks }, sentencesOf(text)).map((q) => text.slice(q.start, q.end))).toEqual(['yes']);
  });

  test('a mark of two UTF-16 units is refused with its name', () => {
    const marks = [{ char: '\u{1F5E8}', role: 'open', kind: 'double' } as const];
    expect(() => findQuotes('x', splitParagraphs('x'), { quoteMarks: marks }, sentencesOf('x'))).toThrow(/one UTF-16 unit/);
  });
});

describe('findQuotes: a quotation inside one of the other kind is listed as its inner', () => {
  test.each([
    ['"I rang and I said, \'Come home.\' She did," he said.', [['I rang and I said, \'Come home.\' She did,', ['Come home.']]]],
    ['‘He told me “never again” and “not now”,’ she said.', [['He told me “never again” and “not now”,', ['never again', 'not now']]]],
    ["''I said, 'Stop the car.' He did,'' she said.", [["I said, 'Stop the car.' He did,", ['Stop the car.']]]],
    // an apostrophe is no inner quotation
    ['"We don\'t know the Joneses\' plans," he said.', [["We don\'t know the Joneses\' plans,", []]]],
    // apart, neither is inside the other
    ['Smith called it "a disgrace". Jones said: \'It was fine.\'', [['a disgrace', []], ['It was fine.', []]]],
  ])('%j', (text, expected) => {
    expect(find(text).map((q) => [slice(text, q), (q.inner ?? []).map((i) => slice(text, i))])).toEqual(expected);
  });
});

describe('findQuotes: single quotation marks (issue 14)', () => {
  test.each([
    ["'We will win,' he said.", ['We will win,']],
    ['‘We will win,’ he said.', ['We will win,']],
    ["He said: 'It's not over.'", ["It's not over."]],
    ["'I don't know what o'clock it is in Hawai'i,' she said.", ["I don't know what o'clock it is in Hawai'i,"]],
    ["'We loved the '90s and rock 'n' roll,' he said.", ["We loved the '90s and rock 'n' roll,"]],
    ["'They're the Joneses' friends,' he said.", ["They're the Joneses' friends,"]],
    ["'Tell ’em to go,' she said.", ['Tell ’em to go,']],
    ["The manager said the side were 'not good enough' on the day.", ['not good enough']],
    ["'We are the champions' he said, and left.", ['We are the champions']],
    // British nesting: the double marks inside are part of the quotation
    ['\'He told me "never again" and left,\' she said.', ['He told me "never again" and left,']],
    ['‘He told me “never again” and left,’ she said.', ['He told me “never again” and left,']],
    // US nesting: the single marks inside are part of the quotation
    ['"He told me \'never again\' and left," she said.', ["He told me 'never again' and left,"]],
    // both kinds in one paragraph, apart
    ['Smith called it "a disgrace". Jones said: \'It was fine.\'', ['a disgrace', 'It was fine.']],
    // glued to the next word after a stop
    ["'We won.'He left.", ['We won.']],
    ["He said,'We won,'and left.", ['We won,']],
    // German-style singles and guillemets
    ['Er sagte ‚nein‘ und ging.', ['nein']],
    ['Il a dit ‹ non › hier.', ['non']],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    "Don't say it's the Joneses' car, they said.",
    "The '90s and the class of '08 were rock 'n' roll.",
    "He came home at 10 o'clock from Hawai'i.",
    "Tell 'em 'til they listen.",
    "The players' union and the owners' group met.",
    "It's James' and Chris' idea, isn't it?",
    "She's 5'10\" tall.",
    "It's the U.S.'s call, and Dr.'s orders.",
  ])('apostrophes only: %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  test('an opening single mark in mid-paragraph that nothing closes is not a quotation', () => {
    expect(find("The 'best of times was over, they said")).toEqual([]);
  });

  test('a single-quoted quotation reopened in each paragraph is one quotation', () => {
    const text = "'We asked for the training in March.\n\n'Nobody answered us until June,' Crane said.";
    const quotes = find(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.rule).toBe('run-on-pair');
    expect(slice(text, quotes[0]!)).toBe("We asked for the training in March.\n\n'Nobody answered us until June,");
  });
});

describe('findQuotes: other conventions (issue 14)', () => {
  test.each([
    ["``We will win,'' he said.", ['We will win,']],
    ["He said ``it's over'' and left.", ["it's over"]],
    ["``I don't know,'' he said. ``Maybe.''", ["I don't know,", 'Maybe.']],
    ['Il a dit « Nous gagnerons » hier.', ['Nous gagnerons']],
    ['Er sagte »Wir gewinnen« gestern.', ['Wir gewinnen']],
    ['Er sagte „Wir gewinnen“ gestern.', ['Wir gewinnen']],
    ['He said"We will win," and left.', ['We will win,']],
    ['It was over."He is gone," she said.', ['He is gone,']],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    'He is 6\'2" and 5\'11" with shoes.',
    'The `code` span.',
    "He said it's 5' and 6'' long.",
  ])('no quotation: %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  test('a ``…\'\' quotation has two-character marks, and the words between', () => {
    const text = "``Yes,'' he said.";
    const [q] = find(text);
    expect(slice(text, q!.open)).toBe('``');
    expect(slice(text, q!.close)).toBe("''");
    expect(slice(text, q!)).toBe('Yes,');
  });

  test.each([
    ["``One.\n\n``Two,'' he said.", "One.\n\n``Two,"],
    ['«One.\n\n«Two», he said.', 'One.\n\n«Two'],
    ['„One.\n\n„Two“, he said.', 'One.\n\n„Two'],
    ['‘One.\n\n‘Two,’ he said.', 'One.\n\n‘Two,'],
  ])('reopened in each paragraph, one quotation: %j', (text, expected) => {
    const quotes = find(text);
    expect(quotes.map((q) => slice(text, q))).toEqual([expected]);
    expect(quotes[0]!.rule).toBe('run-on-pair');
  });

  test('the digraph table is data', () => {
    const text = "``Yes,'' he said.";
    expect(findQuotes(text, splitParagraphs(text), { quoteMarks: RULES.quoteMarks, quoteDigraphs: [] }, sentencesOf(text)).map((q) => text.slice(q.start, q.end))).not.toContain('Yes,');
  });
});

describe('findQuotes: a lost opening mark (issue 14)', () => {
  test.each([
    ['The match was over.\n\nThe rule I keep to on tour,’ she says, ‘is rest.’', ['The rule I keep to on tour,', 'is rest.']],
    ['We met him.\n\nCruz is going to win this year," Doe says.', ['Cruz is going to win this year,']],
    ['We met him.\n\nWe will win it all,” she said.', ['We will win it all,']],
  ])('a paragraph whose first mark closes after a comma quotes from its start: %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
    const q = find(text)[0]!;
    expect([q.rule, q.open]).toEqual(['unopened', null]);
  });

  test.each([
    // a mark that ends its paragraph (a pull quote's credit line)
    'The claims.\n\nAmy Roe, deputy security adviser."',
    // after a full stop, not a comma
    'She added, the scheme is a costly mistake.” Then she left.',
    // a possessive after a plural
    'The Joneses’ car was red, and he said it was fast.',
    // too few words before it
    'Yes,” he said.',
    // an opening mark before it
    'He said, “we will win,” and left.',
  ])('no lost opening mark: %j', (text) => {
    expect(find(text).filter((q) => q.rule === 'unopened')).toEqual([]);
  });

  // review finding 5: narration before the mark stays narration
  test.each([
    ['The mayor spoke for an hour on Monday. We will win, we will win," he said.', ['We will win, we will win,']],
    ['The rain stopped at noon.\n\nCrowds came back. The square is ours again,” one vendor said.', ['The square is ours again,']],
    ['It was late. Everyone was tired! Nobody is going home yet,’ she says, ‘not tonight.’', ['Nobody is going home yet,', 'not tonight.']],
    // an abbreviation is no sentence end: the quotation runs from the paragraph's start
    ['Mr. Ortiz told me we will win this,” she said.', ['Mr. Ortiz told me we will win this,']],
    // a paragraph after one left inside a quotation continues it: from the paragraph's start
    ['“The first part is over.\n\nThe votes are in. The second part starts now,” Vega said.', ['The first part is over.', 'The votes are in. The second part starts now,']],
  ])('a lost opening mark quotes from the start of its sentence: %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    // the sentence holding the mark has too few words before it
    'The mayor spoke for an hour on Monday. We won," he said.',
    // an opening mark in an earlier sentence of the paragraph
    'He said “we had a plan.” The plan worked, he said, and it worked well," he added.',
  ])('no lost opening mark after narration: %j', (text) => {
    expect(find(text).filter((q) => q.rule === 'unopened')).toEqual([]);
  });
});

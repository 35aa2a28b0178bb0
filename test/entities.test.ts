import { describe, expect, test } from 'vitest';
import { resolveEntities, type SpeakerMention } from '../src/pipeline/entities.js';
import type { FoundMention } from '../src/pipeline/mentions.js';
import { claims } from './helpers/claims.js';

// `Chris Crane spoke. Crane said no. He said yes.` with hand-made mentions (JSON-shaped input).
const text = 'Chris Crane spoke. Crane said no. He said yes. The union said so.';
function mention(name: string, sentence: number, extra: Partial<FoundMention> = {}): FoundMention {
  const start = text.indexOf(name, sentence === 0 ? 0 : text.indexOf('.', 0) + 1);
  const end = start + name.length;
  return { start, end, head: { start, end }, kind: 'person', pronoun: false, gender: null, plural: false, sentence, first: 0, last: 0, name, quoted: false, ...extra };
}
const mentions: FoundMention[] = [
  mention('Chris Crane', 0),
  mention('Crane', 1),
  mention('He', 2, { pronoun: true, gender: 'm' }),
];
const speaker = (i: number): SpeakerMention => ({ span: { start: mentions[i]!.start, end: mentions[i]!.end }, mention: mentions[i]!, mentionIndex: i, name: null, kind: null });

describe('resolveEntities', () => {
  test('a surname resolves to the full name, a pronoun to its antecedent, null stays null', () => {
    const names = resolveEntities({ text, mentions, speakers: [speaker(1), null, speaker(2)] });
    expect(names).toEqual([
      { name: 'Chris Crane', kind: 'person', factor: 0.97 },
      null,
      { name: 'Chris Crane', kind: 'person', factor: 0.85, via: 'speaker' }, // Crane spoke in the sentence before
    ]);
  });

  test('a phrase no earlier stage found keeps its own words', () => {
    const start = text.indexOf('The union');
    const s: SpeakerMention = { span: { start, end: start + 9 }, mention: null, mentionIndex: null, name: null, kind: null };
    expect(resolveEntities({ text, mentions, speakers: [s] })).toEqual([{ name: 'The union', kind: 'other', factor: 0.8 }]);
  });

  test('JSON in, JSON out: the same names after a round trip through JSON', () => {
    const input = { text, mentions, speakers: [speaker(2), speaker(1), speaker(0)] };
    expect(resolveEntities(JSON.parse(JSON.stringify(input)))).toEqual(resolveEntities(input));
  });
});

// Whole-pipeline table tests: invented sentences, the speaker name of the claim that quotes `quote`.
import { extract } from '../src/pipeline/extract.js';
import { buildEntityTable } from '../src/pipeline/entity-table.js';
import { RULES } from '../src/rules/index.js';
import { splitParagraphs } from '../src/pipeline/paragraphs.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { findMentions } from '../src/pipeline/mentions.js';
import { tokenize } from '../src/text/tokens.js';

function speakerOf(text: string, quote: string): string | null {
  const c = extract({ path: 't.txt', text }).find((x) => x.quote.text.includes(quote));
  if (!c) throw new Error(`no claim quotes ${quote}`);
  return c.speaker?.name ?? null;
}

describe('names resolve to the entity the article names in full', () => {
  test.each([
    ['a surname', 'Maria Okafor runs the shelter. "We are full every night," Okafor said.', 'full every', 'Maria Okafor'],
    ['a middle initial', 'James T. Whitcombe spoke first. "It is done," Mr. Whitcombe said.', 'It is done', 'James T. Whitcombe'],
    ['the full name after the surname', '"We are full," Okafor said. Maria Okafor has run the shelter since 2001.', 'We are full', 'Maria Okafor'],
    ['Mrs. + surname: the woman', 'Martha Delacroix and her husband, Tom Delacroix, opened the bakery. "We never close," Mrs. Delacroix said.', 'never close', 'Martha Delacroix'],
    ['Mr. + surname: the man', 'Martha Delacroix and her husband, Tom Delacroix, opened the bakery. "Not on Sundays," Mr. Delacroix said.', 'Not on Sundays', 'Tom Delacroix'],
    ['a given name the lexicon files as a noun', 'Bill Hartigan and Nora Hartigan run the farm. "We sell eggs," Mr. Hartigan said.', 'sell eggs', 'Bill Hartigan'],
    ['a title is not part of the name', '"We will appeal," said Secretary of Labor Rosa Quintero.', 'will appeal', 'Rosa Quintero'],
    ['an outlet before the name is not part of it', 'The interview ran late. "It is over," WXYZ Dana Whitfield said.', 'It is over', 'Dana Whitfield'],
    ['a person of an outlet is the person', '"The numbers lie," said Omar Haddad of the Lakeside Courier.', 'numbers lie', 'Omar Haddad'],
    ['a name inside an organisation\'s own apposition is no person of it',
      'The Kestrel Trust (KT), the stewards of more than 40 Open Data projects and campaigns, announced today that the river plan will go ahead.', 'river plan', 'The Kestrel Trust'],
    ['near miss: an outlet before a person with no comma is still the person', 'The talk ran late. "It is over," KXLT legal analyst Dana Whitfield said.', 'It is over', 'Dana Whitfield'],
    ['a sentence-opening common word is not a given name', 'Given Okafor\'s record, few doubted her. Maria Okafor won. "I am grateful," Okafor said.', 'grateful', 'Maria Okafor'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test('near miss: a bare surname shared by two people is the one introduced first, not the one named in passing just before', () => {
    const text = 'Nora Hartigan runs the farm. Nora Hartigan also sells eggs. Her cousin Bill Hartigan helps. "We sell eggs," Hartigan said.';
    expect(speakerOf(text, 'sell eggs')).toBe('Nora Hartigan');
  });

  test('near miss: a surname named alone stays as written when no full name has it', () => {
    expect(speakerOf('"We are full," Okafor said.', 'We are full')).toBe('Okafor');
  });
});

describe('organisations: short forms and acronyms', () => {
  test.each([
    ['the short form of a paper', 'The Riverton Gazette reported it first. "We stand by every word," the Gazette said.', 'every word', 'The Riverton Gazette'],
    ['an acronym written more than the full name is the name', 'The National Farm Safety Board (NFSB) issued a warning. NFSB inspectors found rust. "The silos are unsafe," NFSB said.', 'silos', 'NFSB'],
    ['the full name written more than its acronym is the name', 'The National Farm Safety Board (NFSB) met. The National Farm Safety Board voted. "The silos are unsafe," NFSB said.', 'silos', 'National Farm Safety Board'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)?.replace(/^The /u, '')).toBe(name.replace(/^The /u, ''));
  });
});

describe('pronouns', () => {
  test.each([
    ['she takes the woman', 'Laura Benning met Carl Osgood in Ohio on Monday. "We disagree on taxes," she said.', 'taxes', 'Laura Benning'],
    ['he takes the man', 'Laura Benning met Carl Osgood in Ohio on Monday. "We agree on roads," he said.', 'roads', 'Carl Osgood'],
    ['he never takes a building with a surname in it', 'Rafael Ortiz manages the block. Visitors crowded Delmont Tower on Friday. "It was packed," he said.', 'packed', 'Rafael Ortiz'],
    ['he never takes a place', 'Rafael Ortiz flew home. Crowds filled San Marco on Friday. "It was packed," he said.', 'packed', 'Rafael Ortiz'],
    ['she never takes a coordinated pair', 'Laura Benning spoke first. Benning and Osgood then met reporters. "We are close," she said.', 'We are close', 'Laura Benning'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test('no pronoun form is left as a name when an antecedent of that gender exists', () => {
    expect(speakerOf('Carl Osgood spoke. It rained. Then it stopped. "We agree," he said.', 'We agree')).toBe('Carl Osgood');
  });
});

describe('descriptions', () => {
  test.each([
    ['a title given by the text', 'Gov. Ann Whitley signed the water bill. "It is a good day," the governor said.', 'good day', 'Ann Whitley'],
    ['a role in an appositive', 'Tom Reyes, the mayor of Provo, spoke first. "We need buses," the mayor said.', 'buses', 'Tom Reyes'],
    ['the last holder of a role', 'Sen. Maria Okafor spoke. "We must act," the senator said. Later Sen. Tom Reyes spoke. "We must wait," the senator said.', 'must wait', 'Tom Reyes'],
    ['the agency: the last agency named', 'Officials at the Department of Water Resources defended the plan. "The reservoirs are safe," the agency said.', 'reservoirs', 'Department of Water Resources'],
    ['her campaign: the campaign of the person she is', 'Senator Joan Pruitt is running again. "We have the votes," her campaign said.', 'votes', 'Pruitt campaign'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['an indefinite description is generic', 'Gov. Ann Whitley spoke. "It is a bad day," a governor said.', 'bad day', 'governor'],
    ['a role nobody was given stays as written', 'Gov. Ann Whitley spoke. "It is late," the treasurer said.', 'It is late', 'treasurer'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('a description that varies the name just written (elegant variation)', () => {
  test.each([
    ['the subject of the sentence before', 'Ria Delgado blasted the budget in an interview. "It is a disgrace," the senator said.', 'disgrace', 'Ria Delgado'],
    ['over a role the text gave someone else earlier', 'Sen. Tom Reyes spoke on Monday. Later, Ria Delgado praised the plan. "It will pass," the senator said.', 'will pass', 'Ria Delgado'],
    ['a kin noun, with a phrase attribution built', 'Omar Haddad, 42, who drove a taxi for ten years, said the change was welcome. The father of five said: "We can breathe again."', 'breathe', 'Omar Haddad'],
    ['a date before the subject', 'On Friday, Ria Delgado unveiled the plan. In an interview, the business mogul said "it is bold."', 'bold', 'Ria Delgado'],
    ['its own subject across a quotation', 'Ria Delgado defends the plan in an ad: "It works," the senator says.', 'It works', 'Ria Delgado'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['a role someone named just before holds', 'Tom Reyes met Sen. Lisa Park on Monday. "We agree," the senator said.', 'We agree', 'Lisa Park'],
    ['an office when the subject holds another', 'Gov. Ann Whitley spoke. "It is late," the treasurer said.', 'It is late', 'treasurer'],
    ['a role that most often stays anonymous', 'Lena Ford praised the plan. "It works," the official said.', 'It works', 'official'],
    ['a kin noun of the other gender', 'Ria Delgado praised the plan. "It works," the father said.', 'It works', 'father'],
    ['a name that is no subject (after a verb)', 'The pontiff met Ria Delgado at noon. "It went well," the gardener said.', 'went well', 'gardener'],
    ['two people in one sentence', 'Ria Delgado smiled as the heckler shouted, "You lie!"', 'You lie', 'heckler'],
    ['a name in an opening subordinate clause', 'When Ria Delgado called, Tom Reyes answered. "No comment," the developer said.', 'No comment', 'Tom Reyes'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('an office written with capitals is no person named after its last word', () => {
  test.each([
    ['a common noun after a title that opens an office', 'Tom Ashby left the housing brief in June. After he became Chief Whip he ordered a review which he said would end "the scandal of empty homes".', 'empty homes', 'Tom Ashby'],
    ['a title after a title', 'The Prime Minister said "we will act."', 'we will act', 'Prime Minister'],
    ['the same, one word deeper', 'The Chief Executive said "profits are up."', 'profits are up', 'Chief Executive'],
    ['he passes an office by', 'Gov. Sam Ortiz met the Chief Whip. "It went well," he said.', 'went well', 'Sam Ortiz'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['a gendered title before a surname that is a common word', 'Mr. Black said "we will win."', 'we will win', 'Black'],
    ['a surname after a two-word title', 'Chief Justice Roberts said "the law is clear."', 'law is clear', 'Roberts'],
    ['a party word is no office', 'Dana Ruiz toured the plant. "We will fix this," the Republican said.', 'fix this', 'Dana Ruiz'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('organisations and people told apart by their roles', () => {
  test.each([
    ['he takes a person placed by a role over an organisation before it', 'The deal will be signed by two banks, Harbor Trust and the Grain Bank, next week.\n\nKenya Marsh, the director of the Grain Council, said on Monday that the talks would resume. "We are building something," she said.', 'building something', 'Kenya Marsh'],
    ['the party is the last party named', 'Dana Ruiz, a former state party chairman, joined the Lakeland County GOP last year. "We are ready," the party said.', 'We are ready', 'Lakeland County GOP'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('salience: who a he or she carries on', () => {
  test.each([
    ['sentences that open with the same pronoun carry on its antecedent, past the names inside them', 'Tom Hale seems rested. He says he sleeps better now. He has read a novel by Neil Carver, and he and his brother, Sam, plan a trip. "We leave in May," he says.', 'leave in May', 'Tom Hale'],
    ['a photo caption is no antecedent', 'Tom Hale spoke to us at home in the spring, and he was happy.\n\nFans cheered the win, with coach Dan Roe smiling at the crowd\n\nHe looks forward to the new season. "The new stand is cold," he says.', 'stand is cold', 'Tom Hale'],
    ['a name after a preposition loses to someone who spoke just before', 'Tom Hale said prices would rise. The plan was sent to President Carl Ortiz. "We expect approval," he said.', 'approval', 'Tom Hale'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['with no one who spoke just before, a name after a preposition is the antecedent', 'Tom Hale spoke in May. The speech echoed the words of Carl Ortiz. The hall was full. "We shall endure," he said.', 'endure', 'Carl Ortiz'],
    ['a sentence that opens with she does not carry a he', 'Tom Hale met the mayor. She thanked Carl Ortiz for his help. "We are grateful," he said.', 'grateful', 'Carl Ortiz'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['the subject of the pronoun\'s own sentence beats someone who spoke before', 'Tom Hale said prices would rise. Mayor Carl Ortiz drew cheers when he said the budget would pass.', 'budget would pass', 'Carl Ortiz'],
    ['past a date that opens the sentence', 'Tom Hale said prices would rise. On Friday, Carl Ortiz won applause as he said the budget would pass.', 'budget would pass', 'Carl Ortiz'],
  ])('own subject: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['the words before the pronoun are what it says', 'Tom Hale said prices would rise. "Carl Ortiz is wrong about the budget," he said.', 'Ortiz is wrong', 'Tom Hale'],
    ['the name opens with a preposition, so it is no subject', 'Tom Hale said prices would rise. For Carl Ortiz the vote was a relief, he said later.', 'vote was a relief', 'Tom Hale'],
    ['he said on: the speaker carries on', 'Tom Hale said prices would rise. Carl Ortiz nodded. "We need time," he added.', 'We need time', 'Tom Hale'],
  ])('own subject, near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('a person named once, in an unusual way', () => {
  test.each([
    ['a description whose clause gives the name', '"We are tired," a 30-year-old nurse who would say only that her name was "Mara" told me.', 'We are tired', 'Mara'],
    ['a name alone between quotation marks is an antecedent', 'The crowd stopped at the park.\n\nNext to "Mara" stood Dario Ruiz, 18, of Queens. "We want answers," Ruiz said. "Mara" nodded. "They never listen," she said.', 'never listen', 'Mara'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['a clause that withholds the name', '"We are tired," a 30-year-old nurse who asked that her name not be used told me.', 'We are tired'],
    ['a name that is no capitalised word', 'The senator, whose name was on the ballot, said "we win."', 'we win'],
  ])('near miss: %s (the description stays one)', (_, text, quote) => {
    expect(speakerOf(text, quote)).toMatch(/^[\p{Ll}\d]/u);
  });

  test('a run that went past an initial ending a sentence (`… Tomas Q. Nadia Karimi, the daughter of …`) is the name after it', () => {
    const text = 'He starred in seven films including Blue Harbor and Tomas Q. Nadia Karimi, the daughter of activist Omar Karimi, recalled his speech. "He was our hope," she said.';
    expect(speakerOf(text, 'our hope')).toBe('Nadia Karimi');
  });
  test('near miss: a middle initial after an office stays in the name (`Counsel R. Paul Brenner`)', () => {
    expect(speakerOf('The governor sent White House Counsel R. Paul Brenner to the hearing. "We are concerned," Brenner said.', 'concerned')).not.toBe('Paul Brenner');
  });
});

describe('buildEntityTable', () => {
  function table(text: string) {
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs, RULES);
    const mentions = sentences.flatMap((s) => findMentions(text, tokenize(text, s.start, s.end, () => false), s.index, RULES.mentions));
    return buildEntityTable(text, mentions, RULES.entities);
  }
  test('kinds: people, organisations, places; a building named after a person is a place', () => {
    const t = table('Rafael Ortiz met the Riverton Gazette at Ortiz Tower in Colorado on Friday.');
    const kinds = Object.fromEntries(t.entities.map((e) => [e.name, e.kind]));
    expect(kinds['Rafael Ortiz']).toBe('person');
    expect(kinds['Ortiz Tower']).toBe('place');
    expect(kinds['Colorado']).toBe('place');
    expect(Object.entries(kinds).find(([n]) => n.endsWith('Riverton Gazette'))?.[1]).toBe('organization');
  });
  test('name parts, gender and roles', () => {
    const t = table('Gov. Ann B. Whitley spoke. Paul Dumont Jr. listened.');
    const ann = t.entities.find((e) => e.surname === 'whitley')!;
    expect([ann.given, ann.gender, ann.roles]).toEqual(['ann', 'f', ['governor']]);
    const paul = t.entities.find((e) => e.surname === 'dumont')!;
    expect(paul.suffix).toBe('jr');
  });
  test('a name no lexicon placed, given a person\'s role in an appositive, is a person; `X International` an organisation', () => {
    const t = table('Kenya Marsh, the director of the Grain Council, spoke. Nora Blake, 61, the founder of the Lumen International chain, listened.');
    const kinds = Object.fromEntries(t.entities.map((e) => [e.name, e.kind]));
    expect(kinds['Kenya Marsh']).toBe('person');
    expect(kinds['Lumen International']).toBe('organization');
    expect(t.entities.find((e) => e.surname === 'blake')!.roles).toContain('founder');
  });
  test('near miss: an appositive that is no person\'s role leaves a name unplaced', () => {
    const t = table('Israel Park, the home of the Grain Council, opened.');
    expect(t.entities.find((e) => e.name === 'Israel Park')?.kind).not.toBe('person');
  });
  test('JSON-shaped: the table survives a round trip', () => {
    const t = table('Gov. Ann Whitley spoke. Whitley left.');
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});

describe('first person', () => {
  const text = 'By Helen Marsh\n\nI think the council is wrong about the bridge.';
  test('I inside another claim’s quotation is that claim’s speaker; the narrator’s I is the byline', () => {
    const q = { start: 0, end: 0 };
    const i = text.indexOf('I think');
    const narrator: SpeakerMention = { span: { start: i, end: i + 1 }, mention: { ...mention('Chris Crane', 0), start: i, end: i + 1, head: { start: i, end: i + 1 }, name: 'I', pronoun: true, sentence: 1 }, mentionIndex: null, name: null, kind: null };
    expect(resolveEntities({ text, mentions: [], speakers: [narrator] })[0]?.name).toBe('Helen Marsh');
    const inner: SpeakerMention = { ...narrator, span: { start: i, end: i + 1 } };
    const outer: SpeakerMention = { span: { start: 3, end: 14 }, mention: null, mentionIndex: null, name: 'Helen Marsh', kind: 'person', content: { start: i, end: text.length } };
    void q;
    expect(resolveEntities({ text, mentions: [], speakers: [outer, inner] })[1]?.name).toBe('Helen Marsh');
  });
  test.each([
    ['a sign-off bio with the surname alone and a writer’s noun', 'I think the council is wrong about the bridge.\n\nVance is a Provo-based reporter for the Valley Courier.', 'Vance'],
    ['near miss: a surname bio of no writer', 'I think the council is wrong about the bridge.\n\nVance is a member of the Provo city council.', 'I'],
  ])('the narrator’s I: %s', (_, t2, name) => {
    const s: SpeakerMention = { span: { start: 0, end: 1 }, mention: { ...mention('Chris Crane', 0), start: 0, end: 1, head: { start: 0, end: 1 }, name: 'I', pronoun: true, sentence: 0 }, mentionIndex: null, name: null, kind: null };
    expect(resolveEntities({ text: t2, mentions: [], speakers: [s] })[0]?.name).toBe(name);
  });
  test('near miss: without a byline the narrator’s I is not given a name from nowhere', () => {
    const t2 = 'I think the council is wrong about the bridge.';
    const s: SpeakerMention = { span: { start: 0, end: 1 }, mention: { ...mention('Chris Crane', 0), start: 0, end: 1, head: { start: 0, end: 1 }, name: 'I', pronoun: true, sentence: 0 }, mentionIndex: null, name: null, kind: null };
    expect(resolveEntities({ text: t2, mentions: [], speakers: [s] })[0]?.name).toBe('I');
  });
});

describe('salience and the things that never speak', () => {
  test.each([
    ['a single given name tells its gender', 'Sarah met Tom Birch at the gate. "I was late," he said.', 'I was late', 'Tom Birch'],
    ['a possessive is not the subject of its sentence', 'Wanda Pike joined the campaign in May. Angered by Carl Voss\'s record, she quit her job. "I had enough," she said.', 'had enough', 'Wanda Pike'],
    ['he added: the speaker carries on past other names', 'Paul Stroud spoke first. "It is wrong," Mr. Stroud said. Mr. Lowe had left by then. "We will be back," he added.', 'be back', 'Paul Stroud'],
    ['a place after a person qualifies the person', 'Harry Dunmore, 30, of Provo, Utah, who came to the rally, said the speech was too long.', 'the speech was too long', 'Harry Dunmore'],
    ['a role with a place: the holder from that place, else the main person', 'Gov. Ann Whitley of Utah met Gov. Ray Dunn. Ann Whitley spoke. Whitley left. "We disagree," the Utah governor said.', 'We disagree', 'Ann Whitley'],
    ['a role nobody was given: the main person', 'Ann Whitley spoke at noon. Whitley left at two. "We disagree," the senator said.', 'We disagree', 'Ann Whitley'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['he said: without a cue of carrying on, the subject of the sentence before', 'Paul Stroud spoke first. "It is wrong," Mr. Stroud said. Mr. Lowe had left by then. "We will be back," he said.', 'be back', 'Lowe'],
    ['a title that names the other place does not take the holder', 'Gov. Ray Dunn of Idaho spoke. Ann Whitley spoke. Whitley left. Whitley came back. "We disagree," the Utah governor said.', 'We disagree', 'Ann Whitley'],
    ['a generic role stays as written when the text gave it to no one', 'Ann Whitley spoke at noon. "We disagree," the spokesman said.', 'We disagree', 'spokesman'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('relative pronouns', () => {
  function whoOf(text: string): string | undefined {
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs, RULES);
    const mentions = sentences.flatMap((s) => findMentions(text, tokenize(text, s.start, s.end, () => false), s.index, RULES.mentions));
    const k = mentions.findIndex((m) => m.name === 'who');
    const m = mentions[k]!;
    return resolveEntities({ text, mentions, speakers: [{ span: { start: m.start, end: m.end }, mention: m, mentionIndex: k, name: null, kind: null }] })[0]?.name;
  }
  test.each([
    ['the name before it', 'Harry Dunmore, 30, of Provo, who came late, said no.', 'Harry Dunmore'],
    ['the description before it', 'Among those in line were retired teachers, who said no.', 'retired teachers'],
    ['not a party word before it', 'Mr. Ted Voss, a Republican, who came late, said no.', 'Ted Voss'],
  ])('who takes %s', (_, text, name) => {
    expect(whoOf(text)).toBe(name);
  });
  // GENERIC_HEADS: a group or someone unnamed is the group as written, never the person named last.
  test.each([
    ['those', 'Mayor Ada Reyes spoke on Monday. Those who stayed said the plan was sound.', 'Those'],
    ['some', 'Tom Okafor left early. Some who stayed said the plan was sound.', 'Some'],
    ['anyone, inside a sentence', 'Ada Reyes spoke. She added that anyone who stayed was brave.', 'anyone'],
    ['everyone', 'Ada Reyes thanked everyone who came.', 'everyone'],
  ])('who after %s', (_, text, name) => {
    expect(whoOf(text)).toBe(name);
  });
  test.each([
    ['a noun between the group word and who', 'Ada Reyes spoke. Those residents who stayed said no.', 'residents'],
    ['a name with a comma before who', 'Some left. Tom Okafor, who stayed, said no.', 'Tom Okafor'],
    ['a group word earlier in the sentence', 'Many came, and Tom Okafor, who stayed, said no.', 'Tom Okafor'],
  ])('near miss: %s', (_, text, name) => {
    expect(whoOf(text)).toBe(name);
  });
});

describe('names cut from runs that go on past them', () => {
  test.each([
    ['a headline run after a title ends at the first common word', 'Remarks by Deputy Press Secretary Noor Haddadin Aboard the Train to Provo\n\nMS. HADDADIN: "We are late," she said.', 'We are late', 'Noor Haddadin'],
    ['a sentence-opening participle is not a given name', 'Asked Okafor about it, the clerk shrugged. Maria Okafor later said that the shelter was full.', 'shelter was full', 'Maria Okafor'],
    ['near miss: a sentence-opening word that is no participle stays in the name', 'Finn Carver, of the drivers union, said that the trains were late.', 'trains were late', 'Finn Carver'],
    ['an outlet before a person in one span: the person', '"The verdict is sound," CNN legal analyst Jeffrey Marlowe said.', 'verdict', 'Jeffrey Marlowe'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['a country with a word before it', 'Tom Birch ran the club. "Never," Nazi Germany said. "We will see," he said.'],
    ['a contraction', 'Tom Birch ran the club. Don\'t Stop said the band was late. "We will see," he said.'],
  ])('%s that speaks never becomes a person a pronoun can take', (_, text) => {
    expect(speakerOf(text, 'We will see')).toBe('Tom Birch');
  });
});

describe('you', () => {
  test('in an interview question, you is the one interviewed', () => {
    const text = 'An interview with Senator Maria Okafor.\n\nQ: Do you think the plan will pass?\n\nA: Maria Okafor said it would.';
    const i = text.indexOf('you think');
    const ms = [{ ...mention('Chris Crane', 0), start: i, end: i + 3, head: { start: i, end: i + 3 }, name: 'you', pronoun: true, sentence: 1 }];
    const table = [{ ...mention('Chris Crane', 0), start: text.indexOf('Maria'), end: text.indexOf('Maria') + 11, head: { start: text.indexOf('Maria'), end: text.indexOf('Maria') + 11 }, name: 'Maria Okafor', sentence: 0 }];
    const all = [...table, ...ms];
    const s: SpeakerMention = { span: { start: i, end: i + 3 }, mention: ms[0]!, mentionIndex: 1, name: null, kind: null };
    expect(resolveEntities({ text, mentions: all, speakers: [s] })[0]?.name).toBe('Maria Okafor');
  });
  const inQuote = (text: string, names: string[]): (string | undefined)[] => {
    const ms: FoundMention[] = names.map((name) => {
      const start = text.indexOf(name);
      const end = start + name.length;
      return { start, end, head: { start, end }, kind: 'person', pronoun: name === 'you', gender: null, plural: false, sentence: 0, first: 0, last: 0, name, quoted: name === 'you' };
    });
    const open = text.indexOf('"');
    const close = text.lastIndexOf('"');
    const speakers: SpeakerMention[] = ms.map((m, k) => ({ span: { start: m.start, end: m.end }, mention: m, mentionIndex: k, name: null, kind: null, content: m.name === 'you' ? { start: m.end + 1, end: close } : m.name === names[names.length - 2] ? { start: open + 1, end: close } : undefined }));
    return resolveEntities({ text, mentions: ms, speakers }).map((r) => r?.name);
  };
  test('a generic you inside a quotation, with no one spoken to: the quotation\'s speaker', () => {
    expect(inQuote('Ruth Okafor said: "If a man asks for rounds, you might be suspicious."', ['Ruth Okafor', 'you']).at(-1)).toBe('Ruth Okafor');
  });
  test('near miss: inside a quotation after another person spoke, you is the one spoken to', () => {
    expect(inQuote('Tom Birch asked a question. Ruth Okafor said: "If a man asks for rounds, you might be suspicious."', ['Tom Birch', 'Ruth Okafor', 'you']).at(-1)).toBe('Tom Birch');
  });
  test('near miss: outside a question, a generic you stays as written', () => {
    const text = 'Maria Okafor spoke.\n\nYou could say the plan is late.';
    const i = text.indexOf('You');
    const m = { ...mention('Chris Crane', 0), start: i, end: i + 3, head: { start: i, end: i + 3 }, name: 'You', pronoun: true, sentence: 1 };
    const s: SpeakerMention = { span: { start: i, end: i + 3 }, mention: m, mentionIndex: 0, name: null, kind: null };
    expect(resolveEntities({ text, mentions: [m], speakers: [s] })[0]?.name).toBe('You');
  });
});

describe('a description that stays one', () => {
  test.each([
    ['drops an evaluative adjective', 'The plan failed. "We refuse," the recalcitrant officers said.', 'We refuse', 'officers'],
    ['keeps a participle', 'The plan failed. "We refuse," the retired officers said.', 'We refuse', 'retired officers'],
    ['keeps numbers and names', 'The plan failed. "We refuse," a 40-year-old Provo officer said.', 'We refuse', '40-year-old Provo officer'],
    ['stops at a comma', 'The plan failed. "We refuse," the officers, who had waited all night, said.', 'We refuse', 'officers'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('runs with a person at one end', () => {
  test.each([
    ['a title run in an unknown name ends in the person', '"We filed the suit," said Provo City Public Advocate Trish Lyle.', 'filed the suit', 'Trish Lyle'],
    ['a place opening the span before the person the sentence is about', 'In Dunmore, Maria Okafor stepped up her attacks, saying that the plan failed.', 'the plan failed', 'Maria Okafor'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
  test('near miss: a surname with a common noun is kept whole (`Martin Luther King Jr.`)', () => {
    expect(speakerOf('"We shall overcome," said Martin Luther King Jr.', 'overcome')?.replace(/\.$/u, '')).toBe('Martin Luther King Jr');
  });
});

describe('a person the span opens with, before an appositive', () => {
  test.each([
    ['a title and an organisation without `of`', 'Dorn Pettifer, President Kalamar North America, says: "We will ship in May."', 'ship in May', 'Dorn Pettifer'],
    ['a name the lexicon does not know, then `CEO of`', '"Prices will rise," Quorin Vellini, CEO of Gamewright, adds.', 'Prices will rise', 'Quorin Vellini'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
  test.each([
    ['an organisation opening the span stays the speaker', 'Kalamar Systems, the maker of pumps, said the plant would close.', 'plant would close', 'Kalamar Systems'],
    ['a person named after the organisation is not the opening one', '"We will ship," said the head of Kalamar Systems, Dorn Pettifer.', 'We will ship', 'Kalamar Systems'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('a surname that is also a common word', () => {
  test('links to the full name the lexicon could not place', () => {
    expect(speakerOf('Oren Field, research director at the firm Tanager, sees the lineup as weak. "Demand is soft," says Field.', 'Demand is soft')).toBe('Oren Field');
  });
  test('near miss: a name opening with a common word is no person to link to', () => {
    expect(speakerOf('Harbour Field, a district office, opened in May. "Demand is soft," says Field.', 'Demand is soft')).toBe('Field');
  });
});

describe('a determiner attribution left out of the span', () => {
  test.each([
    ['`The mayor, still angry, said`', 'Mayor Ann Whitley spoke. The mayor, still angry over the vote, said the plan was dead.', 'plan was dead', 'Ann Whitley'],
    ['`The company, which …, said`', 'Kalamar Motors Corp. lost ground. The company, which had cut prices, said sales fell.', 'sales fell', 'Kalamar Motors Corp'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
  test('near miss: an indefinite article keeps the description', () => {
    expect(speakerOf('Mayor Ann Whitley spoke. A mayor, still angry over the vote, said the plan was dead.', 'plan was dead')).toBe('mayor');
  });
});

describe('data speak for the body behind them', () => {
  test.each([
    ['a body named before the noun, slashes kept', 'A KXTV/Marist poll came out on Monday. "Turnout will be high," the poll found.', 'Turnout', 'KXTV/Marist'],
    ['the body a report is by', 'A 2009 report by the independent Center for Water Policy found leaks. "Pipes are old," the 2009 study said.', 'Pipes are old', 'Center for Water Policy'],
    ['a body named in the description', '"Turnout will be high," a Halden College poll found.', 'Turnout', 'Halden College'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
  test('near miss: data nobody was named behind stay as written', () => {
    expect(speakerOf('Voters were asked twice. "Turnout will be high," the poll found.', 'Turnout')).toBe('poll');
  });
});

describe('a given name garbled by a wrong decoding', () => {
  test('UTF-8 read as Latin-1 (`JosÃ©`) still joins its surname', () => {
    expect(speakerOf('The mayor, JosÃ© Ortega, spoke. "We will rebuild," Mr. Ortega said.', 'rebuild')).toBe('JosÃ© Ortega');
  });
  test('near miss: a capitalised word before a surname with no garbling stays apart', () => {
    expect(speakerOf('On Monday Ortega spoke. "We will rebuild," Mr. Ortega said.', 'rebuild')).toBe('Ortega');
  });
});

describe('a pronoun tells the gender of a person the lexicon could not', () => {
  test('a she resolved to someone of unknown gender: a later he passes her by', () => {
    expect(speakerOf('Tom Birch met Pat Vance at the club. "I left early," she said. "I stayed," he said.', 'I stayed')).toBe('Tom Birch');
  });
  test('near miss: named by surname only, the person keeps no gender and he may take her', () => {
    expect(speakerOf('Tom Birch met Pat Vance at the club. "I left early," Vance said. "I stayed," he said.', 'I stayed')).toBe('Pat Vance');
  });
  test('a he taken from the article\'s main person by default, with no name near, fixes no gender', () => {
    expect(speakerOf('Jordan Casey runs the only clinic in town.\n\nA man walked in at noon. "Help me," he said.\n\n"We are full," she said. "Come back tomorrow."', 'We are full')).toBe('Jordan Casey');
  });
  test('near miss: a he that takes the person named just before makes him a man, and a later she passes him by', () => {
    expect(speakerOf('Jordan Casey runs the only clinic in town. "Help me," he said.\n\n"We are full," she said. "Come back tomorrow."', 'We are full')).toBe('she');
  });
});

describe('a name that modifies a noun is no subject', () => {
  test('`the Tom Okafor campaign` does not take a later he', () => {
    expect(speakerOf('Canvassing for the Tom Okafor campaign is Dale Hobart, a retired teacher. Inspired by Okafor\'s agenda, he is committed. "I knock on doors all day," he said.', 'knock on doors')).toBe('Dale Hobart');
  });
  test('near miss: the same man as the sentence\'s subject takes it', () => {
    expect(speakerOf('Canvassing for the campaign, Tom Okafor met Dale Hobart, a retired teacher. Inspired by the agenda, he is committed. "I knock on doors all day," he said.', 'knock on doors')).toBe('Tom Okafor');
  });
});

describe('a place that speaks', () => {
  test('is the person named before with that surname', () => {
    expect(speakerOf('Meet Dana Hartford, a 25-year-old teacher in Tokyo.\n\nHartford said she earns 1,600 dollars a month.', 'she earns')).toBe('Dana Hartford');
  });
  test('near miss: with no person of that surname it stays the place', () => {
    expect(speakerOf('Meet Dana Boone, a 25-year-old teacher in Tokyo.\n\nHartford said it would raise taxes.', 'raise taxes')).toBe('Hartford');
  });
});

describe('a surname alone and a name with a suffix', () => {
  test('the only person of that surname, named with Jr., is the surname alone', () => {
    expect(speakerOf('The Rev. Dr. Martin Luther King Jr. came to the rally. King spoke for an hour. "We will win," King said.', 'We will win')?.replace(/\.$/u, '')).toBe('Martin Luther King Jr');
  });
  test('near miss: with the father named too, the surname alone is the father', () => {
    expect(speakerOf('Donald Ruiz Jr. and Donald Ruiz came. "We will win," Ruiz said.', 'We will win')).toBe('Donald Ruiz');
  });
});

describe('descriptions of organisations and what they issue', () => {
  test.each([
    ['a brand named in the sentence is the company', 'There are 140 million users across Tallyhouse’s platforms, according to the company.', '140 million', 'Tallyhouse'],
    ['the statement: the speaker after `In a statement,`', 'In a statement, the Tallyhouse Bank declared that it would pay. The statement added: "We will settle."', 'We will settle', 'Tallyhouse Bank'],
    ['the statement: the speaker before `said in a statement`', 'Ann Birch said in a statement that the talks failed. The statement said the union walked out.', 'union walked out', 'Ann Birch'],
    ['a paper the lexicon could not place, by its last word', 'The Valley Leader backed Birch. "He fought hard," the editorial board wrote.', 'fought hard', 'Valley Leader'],
    ['a survey the lexicon could not place, by the noun in its name', 'Confidence rose, the Dakota Survey of Consumers found on Friday. People were upbeat, and the survey found that they expect raises.', 'expect raises', 'Dakota Survey of Consumers'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
  test('a survey issued by a body: the participle ends the description\'s core', () => {
    expect(speakerOf('Tokyo is the dearest city, a survey issued this month by Tallyhouse Research said.', 'dearest city')).toBe('Tallyhouse Research');
  });
  test('near miss: a survey issued by no one named keeps its words', () => {
    expect(speakerOf('Tokyo is the dearest city, a survey issued this month said.', 'dearest city')).toBe('survey issued this month');
  });
  test('a unit is the body named in it', () => {
    expect(speakerOf('Sales fell at Kalamar Motors Co. Kalamar\'s Vireo Motors unit said that its sales rose.', 'sales rose')).toBe('Vireo Motors');
  });
  test('near miss: a unit with no body named in it stays as written', () => {
    expect(speakerOf('Sales fell at Kalamar Motors Co. The unit said that its sales rose.', 'sales rose')).toBe('unit');
  });
  test.each([
    ['a brand named three sentences before is not the company', 'Tallyhouse grew fast. There are 140 million users. Most are young. The share is high, according to the company.', 'share is high', 'company'],
    ['no one spoke in a statement', 'The rules changed. The statement said the union walked out.', 'union walked out', 'statement'],
    ['a name whose last word is no paper is no board', 'The Valley Hikers backed Birch. "He fought hard," the editorial board wrote.', 'fought hard', 'editorial board'],
    ['no survey named', 'Confidence rose on Friday. People were upbeat, and the survey found that they expect raises.', 'expect raises', 'survey'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('it with no organisation near: the one the article is about', () => {
  test('an organisation named twice before takes it', () => {
    expect(speakerOf('The Tallyhouse app changed this week. Tallyhouse said likes would be hidden. The change is a break from the counts it once told users had worth. Tallyhouse did not comment.', 'had worth')).toBe('Tallyhouse');
  });
  test('near miss: with no organisation named more than once, it stays as written', () => {
    expect(speakerOf('Ann Birch ran the store. The change is a break from the counts it once told users had worth.', 'had worth')).toBe('it');
  });
});

describe('a body behind data named in the span', () => {
  test.each([
    ['a capitalised noun opening the description is no body', 'Audit files from Tallyhouse LLC show that four accounts ran searches.', 'four accounts', 'Tallyhouse LLC'],
    ['pollsters joined by a slash', 'A KXTV/Marist poll of Utah released on Tuesday showed Mr. Okafor ahead.', 'Okafor ahead', 'KXTV/Marist'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
  test.each([
    ['files with no body stay as written', 'Audit files show that four accounts ran searches.', 'four accounts', 'Audit files'],
    ['one pollster without a slash', 'A KXTV poll of Utah released on Tuesday showed Mr. Okafor ahead.', 'Okafor ahead', 'KXTV'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('a possessor and their aide', () => {
  test('the aide named after the role and a comma speaks', () => {
    expect(speakerOf('"We will hold the line," said Ruiz’s deputy campaign manager, Dale Hobart, who ran the 2012 race.', 'hold the line')).toBe('Dale Hobart');
  });
  test('near miss: a possessed thing that is no role keeps the possessor', () => {
    expect(speakerOf('"We will hold the line," said Ruiz’s campaign, Dale Hobart said.', 'hold the line')).toBe('Ruiz campaign');
  });
  test.each([
    ['a kin noun, the name then a comma', 'Tom Okafor died on Monday.\n\n"He was kind," said Okafor\'s nephew, Ben Lutz, in a message.', 'He was kind', 'Ben Lutz'],
    ['an in-law, the name ending the sentence', 'Tom Okafor died on Monday.\n\n"He was kind," said Okafor\'s daughter-in-law, Mara Okafor.', 'He was kind', 'Mara Okafor'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
  test.each([
    ['a kin noun with no name after it', 'Tom Okafor died on Monday.\n\n"He was kind," said Okafor\'s nephew.', 'He was kind', 'Tom Okafor'],
    ['a name that goes on into a list', 'Tom Okafor died on Monday.\n\n"He was kind," said Okafor\'s nephew, Ben Lutz and his wife.', 'He was kind', 'Tom Okafor'],
    ['a thing, not kin, before the comma', 'Tom Okafor died on Monday.\n\n"He was kind," said Okafor\'s estate, Ben Lutz wrote.', 'He was kind', 'Tom Okafor'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('a headline run that opens with a surname', () => {
  test('ends at the surname, which finds the full name', () => {
    expect(speakerOf('Okafor Wins Utah Primary: “This Is Our Night.”\n\nMaria Okafor won the primary on Tuesday.', 'Our Night')).toBe('Maria Okafor');
  });
  test('near miss: a headline run that is an organisation stays whole', () => {
    expect(speakerOf('Tallyhouse Capital Partners: “This Is Our Night.”\n\nMaria Okafor won the primary on Tuesday.', 'Our Night')).toBe('Tallyhouse Capital Partners');
  });
});

describe('a name whose first part is `He`', () => {
  test('a capitalised He inside a sentence before an unknown name joins it', () => {
    expect(speakerOf('The talks stalled. But He Lanfen, an economist at the Tianjin Institute, said prices would rise.', 'prices would rise')).toBe('He Lanfen');
  });
  test('near miss: a title-case He before a common word stays a pronoun', () => {
    expect(speakerOf('Tom Birch came late. After that He Left Town, the band said. "We will see," he said.', 'We will see')).toBe('Tom Birch');
  });
});

describe('what a poll found', () => {
  test.each([
    ['findings before the poll is named, in a lead', 'Findings show voters want roads.\n\nIn a KXTV/Marist Poll, most voters said roads come first.', 'voters want roads', 'KXTV/Marist'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
  test('near miss: findings with no poll named near them stay as written', () => {
    expect(speakerOf('Findings show voters want roads.', 'voters want roads')).toBe('Findings');
  });
});
// Through the whole pipeline (moved from test/resolve.test.ts).
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

describe('the N-year-old', () => {
  test.each([
    ['the subject of the sentence before, with no age given', 'Omar Haddad thanked the crowd.\n\n"It is hard to believe," the 32-year-old said.', 'hard to believe', 'Omar Haddad'],
    ['the person given that age, over the subject just before', 'Omar Haddad, 32, thanked the crowd. Lena Fisk, 45, stayed at home.\n\n"It is hard to believe," the 32-year-old said.', 'hard to believe', 'Omar Haddad'],
    ['an age in brackets', 'Omar Haddad (32) thanked the crowd. Lena Fisk (45) stayed at home.\n\n"We waited years," the 45-year-old said.', 'waited years', 'Lena Fisk'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['an age no one was given, and no subject before', 'Omar Haddad, 32, thanked the crowd. The hall was full.\n\n"We waited years," the 50-year-old said.', 'waited years', '50-year-old'],
    ['an age that is a count, not a person\'s', 'The fund, 32, closed. Omar Haddad, 40, thanked the crowd.\n\n"It is hard to believe," the 32-year-old said.', 'hard to believe', 'Omar Haddad'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('photo credit lines', () => {
  test.each([
    'Ken Ito via Getty Images.', 'KEN ITO via Getty Images', 'Ken Ito/Reuters', 'Photo: Ken Ito/AP', 'Bloomberg/Getty Images.',
    'Photograph: Ken Ito', 'POOL New/Reuters.',
  ])('a credit: %s', (line) => {
    expect(RULES.entities.photoCredit.test(line)).toBe(true);
  });

  test.each([
    'The remarks were reported via Reuters.', 'Ken Ito told Reuters.', 'Ken Ito said so via AP.', 'Ken Ito',
    'Photo: the mayor at the rally on Friday',
  ])('near miss, no credit: %s', (line) => {
    expect(RULES.entities.photoCredit.test(line)).toBe(false);
  });

  test('the photographer of a credit is no antecedent', () => {
    expect(speakerOf('Tom Hale said prices would rise.\n\nKen Ito via Getty Images.\n\n"We expect approval," he said.', 'approval')).toBe('Tom Hale');
  });

  test('near miss: a sentence of the article is one', () => {
    expect(speakerOf('Tom Hale said prices would rise.\n\nKen Ito said so via AP.\n\n"We expect approval," he said.', 'approval')).toBe('Ken Ito');
  });
});

describe('who read a document is not who wrote it', () => {
  test.each([
    ['seen by: the body whose figures they are', 'Treasury figures seen by the Kestrel Courier on Sunday showed that 400 firms closed.', '400 firms', 'Treasury'],
    ['obtained by', 'The plan will fail, according to a memo obtained by the Kestrel Courier.', 'plan will fail', 'memo'],
    ['leaked to', 'The plan will fail, according to a letter leaked to the Kestrel Courier.', 'plan will fail', 'letter'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['provided by: the provider is the source', 'The plan will fail, according to audio provided by Kestrel Radio.', 'plan will fail', 'Kestrel Radio'],
    ['issued by: the author', 'Costs rose sharply, a survey issued this month by Harlan Research Group said.', 'Costs rose', 'Harlan Research Group'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('British titles written without a full stop', () => {
  test.each([
    ['a party and MP before the name', 'The plan was criticised.\n\nLabour MP Ray Dunmore said it would work.', 'it would work', 'Ray Dunmore'],
    ['Cllr before a surname', 'The plan was criticised.\n\nCllr Mottram said the council agreed.', 'council agreed', 'Mottram'],
    ['Councillor before a full name', 'The plan was criticised.\n\nCouncillor Ray Petch said the council agreed.', 'council agreed', 'Ray Petch'],
    ['Baroness, and she takes her', 'Baroness Whitby spoke first. Tom Hale spoke next.\n\n"It is a disgrace," she said.', 'disgrace', 'Whitby'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['MPs as a group stay a group', 'Baroness Whitby spoke first.\n\nThe MPs said the vote was close.', 'vote was close', 'MPs'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('a byline names the authors, no antecedent', () => {
  test.each([
    ['a he with no one else to take', 'Kestrel plan faces delay\n\nBy TOM HARLOW and ANN PRICE, Staff Writers\n\nThe council will delay the vote. "We need more time," he said.', 'more time', 'he'],
    ['a byline for an outlet: its author is no main person either', 'Kestrel plan faces delay\n\nBy Ann Price for the Kestrel Post\n\nMayor Tom Cole spoke on Monday. The hall was full. "It is hard," she said.', 'It is hard', 'she'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['an I still finds the author', 'Kestrel plan faces delay\n\nBy Tom Harlow\n\nThe council will delay the vote. "I asked the mayor," I wrote.', 'asked the mayor', 'Tom Harlow'],
    ['a sentence opening with By is no byline', 'Kestrel plan faces delay\n\nBy Monday, Tom Hale had left the council.\n\n"We need more time," he said.', 'more time', 'Tom Hale'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('a name before a role and another name: whose the role is', () => {
  test.each([
    ['`Hale adviser Cornelius Belcher`: the adviser takes the he', 'Tom Hale won the primary on Tuesday.\n\nHale adviser Cornelius Belcher spoke to supporters. "We are on our way," he said.', 'on our way', 'Cornelius Belcher'],
    ['with `campaign` between', 'Tom Hale won the primary on Tuesday.\n\nHale campaign strategist Cornelius Belcher spoke to supporters. "We are on our way," he said.', 'on our way', 'Cornelius Belcher'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['a verb in -ers is no role: `Hale answers Belcher`', 'Tom Hale won the primary on Tuesday.\n\nHale answers Cornelius Belcher on taxes. "We are on our way," he said.', 'on our way', 'Tom Hale'],
    ['a role with no name after it', 'Tom Hale won the primary on Tuesday.\n\nHale thanked an adviser at the hotel. "We are on our way," he said.', 'on our way', 'Tom Hale'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('an it or they carries on a description that spoke', () => {
  test.each([
    ['it after a singular description', 'Kestrel Corp hired advisers in May.\n\nThe advisory panel said the plan was sound. It added that costs would fall.', 'costs would fall', 'advisory panel'],
    ['they after a plural one', 'Kestrel Corp signed the deal in May.\n\nThe national unions said the deal was fair. They added that wages would rise.', 'wages would rise', 'national unions'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['a name after the description is nearer', 'The advisory panel said the plan was sound. Kestrel Corp disagreed on Friday. It said that costs would rise.', 'costs would rise', 'Kestrel Corp'],
    ['a number that does not agree', 'Kestrel Corp hired advisers in May.\n\nThe national unions said the deal was fair. It added that wages would rise.', 'wages would rise', 'Kestrel Corp'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

describe('the younger and the elder of a surname', () => {
  test.each([
    ['the younger is the Jr.', 'Ted Hale built the company. His son, Ted Hale Jr., runs it now.\n\nMr. Hale said the firm would grow. The younger Mr. Hale said it would not.', 'it would not', 'Ted Hale Jr'],
    ['the elder is never the Jr.', 'Ted Hale built the company. His son, Ted Hale Jr., runs it now.\n\nThe younger Hale spoke first. The elder Hale said he was proud.', 'he was proud', 'Ted Hale'],
    ['with no mark, the other than the one named last', 'Tom Price and his sister Ann Price run the farm.\n\nTom Price spoke first. The elder Price said the harvest was poor.', 'harvest was poor', 'Ann Price'],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });

  test.each([
    ['one person of that surname', 'Ted Hale built the company.\n\nThe elder Hale said he was proud.', 'he was proud', 'Ted Hale'],
    ['no younger or elder before the name', 'Ted Hale built the company. His son, Ted Hale Jr., runs it now.\n\nMr. Hale said the firm would grow.', 'firm would grow', 'Ted Hale'],
  ])('near miss: %s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)).toBe(name);
  });
});

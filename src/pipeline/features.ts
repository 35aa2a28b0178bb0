import type { Attribution, ClaimFeatures, CueKind, MarkKind, MentionForm, NameShape, Paragraph, Quote, Resolution, ResolvedSpeaker, Sentence, Span, SpeakerKind } from '../types.js';
import type { SentenceFacts } from './sentence-facts.js';
import { CONFIDENCE } from './attribute/index.js';
import type { FoundMention } from './mentions.js';
import { findIndexBefore, findLastStartingBy } from '../text/span.js';
import { tagsOf } from '../nlp/lexicon.js';

export interface FeatureRules {
  readonly pronouns: ReadonlyMap<string, unknown>;
}

/** What a document's layout says about its house style (one computation per document). */
export interface StyleSignals {
  readonly singleQuoteStyle: boolean;
  readonly hardWrapped: boolean;
  readonly interview: boolean;
}

/**
 * Describe each attribution with what the pipeline knew when it made it (rule, cue, marks, how the
 * speaker stands and was resolved, position, the document's style): the inputs of the confidence model.
 * `source` is the document text as read (its quotation marks are told apart), `text` the normalised one.
 */
export function describeAttributions(
  input: {
    source: string;
    text: string;
    paragraphs: readonly Paragraph[];
    sentences: readonly Sentence[];
    quotes: readonly Quote[];
    facts: readonly SentenceFacts[];
    attributions: readonly Attribution[];
  },
  rules: FeatureRules,
): Attribution[] {
  const { source, text, paragraphs, sentences, quotes, facts } = input;
  const style = readStyle(source, paragraphs);
  const people = indexPeople(sightings(facts));
  const cues = new Map<number, { kind: CueKind; weight: number }>();
  for (const f of facts) for (const c of f.cues) cues.set(c.start, c);
  const mentions = facts.flatMap((f) => f.mentions); // in text order
  const byName = new Map<string, number>();
  for (const a of input.attributions) if (a.speaker) byName.set(a.speaker.name, (byName.get(a.speaker.name) ?? 0) + 1);
  return input.attributions.map((a): Attribution => {
    const s = Math.max(0, findIndexBefore(sentences, a.content.start));
    const sentence = sentences[s];
    const inner = quoteIn(quotes, a.content);
    const cue = a.cue ? cues.get(a.cue.start) : undefined;
    const speaker = speakerForm(a, mentions, sentences, text, rules);
    const rivals = a.speaker ? rivalsOf(a.speaker, speaker.mention, people, findIndexBefore(sentences, a.speaker.start), text) : { rivals: 0, antecedentDistance: 0, genderClash: false };
    const features: ClaimFeatures = {
      rule: a.rule,
      type: a.type,
      base: CONFIDENCE.get(a.rule) ?? 0.5,
      heuristic: a.confidence,
      cue: a.cue?.lemma ?? null,
      cueKind: a.cue ? (a.cue.lemma === ':' ? 'colon' : cue?.kind ?? 'verb') : null,
      cueWeight: a.cue ? cue?.weight ?? 0.7 : 0,
      marks: inner ? markKind(source, inner) : 'none',
      runsOn: inner !== null && inner.close === null,
      ...speaker,
      ...rivals,
      speakerClaims: a.speaker ? byName.get(a.speaker.name) ?? 1 : 0,
      resolutionFactor: a.resolutionFactor ?? 1,
      words: countWords(text, a.content),
      paragraph: sentence?.paragraph ?? 0,
      ...style,
      ...contentShape(text, a.content),
      cueGap: a.cue ? Math.min(12, gapWords(text, a.cue, a.content, a.speaker)) : 0,
      sentences: Math.max(1, findIndexBefore(sentences, Math.max(a.content.start, a.content.end - 1)) - s + 1),
      leadSentence: s === 0 || sentences[s - 1]?.paragraph !== sentence?.paragraph,
      nameSightings: a.speaker ? people.byLast.get(lastWord(a.speaker.name))?.length ?? 0 : 0,
      docClaims: input.attributions.length,
      speakerWords: a.speaker ? countWords(text, a.speaker) : 0,
      speakerLower: a.speaker ? lowerStart(text.slice(a.speaker.start, a.speaker.end), rules.pronouns) : false,
      oddMarks: oddMarks(source, a.content),
      antecedentVia: a.resolutionVia ?? '',
      antecedentSubject: a.speaker !== null && speaker.mention === 'pronoun' && antecedentOpens(people, a.speaker, sentences, text),
    };
    return { ...a, features };
  });
}

/** The first quotation that overlaps the span (quotations sorted by start). Binary search. */
function quoteIn(quotes: readonly Quote[], span: Span): Quote | null {
  const i = findLastStartingBy(quotes, span.start, (q) => q.start);
  for (const k of [i, i + 1]) {
    const q = quotes[k];
    if (q && q.start < span.end && q.end > span.start) return q;
  }
  return null;
}

/** A person named outside quotations: surname (lower case), full name, gender, sentence. */
interface Sighting { readonly last: string; readonly name: string; readonly gender: 'm' | 'f' | 'n' | null; readonly sentence: number; readonly at: number }

function sightings(facts: readonly SentenceFacts[]): Sighting[] {
  const out: Sighting[] = [];
  for (const f of facts) {
    for (const m of f.mentions) {
      if (m.quoted || m.pronoun || m.kind !== 'person' || !/^\p{Lu}/u.test(m.name)) continue;
      out.push({ last: lastWord(m.name), name: m.name, gender: m.gender, sentence: m.sentence, at: m.start });
    }
  }
  return out;
}

function lastWord(name: string): string {
  const words = name.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [''];
  return words[words.length - 1]!.replace(/['’]s$/u, '');
}

/** The document's people in text order, with their surnames' full names and positions indexed. */
interface People {
  readonly list: readonly Sighting[];
  readonly byLast: ReadonlyMap<string, readonly number[]>; // surname → indexes in `list`
  readonly fullByLast: ReadonlyMap<string, ReadonlySet<string>>; // surname → full names (two words or more)
}

function indexPeople(list: readonly Sighting[]): People {
  const byLast = new Map<string, number[]>();
  const fullByLast = new Map<string, Set<string>>();
  list.forEach((p, i) => {
    const at = byLast.get(p.last);
    if (at) at.push(i);
    else byLast.set(p.last, [i]);
    if (!p.name.includes(' ')) return;
    const full = fullByLast.get(p.last);
    if (full) full.add(p.name);
    else fullByLast.set(p.last, new Set([p.name]));
  });
  return { list, byLast, fullByLast };
}

// A pronoun's rivals are looked for among at most this many people named before it.
const RIVAL_WINDOW = 60;

/**
 * Competitors: for a pronoun, the other people of its gender named in its sentence and the two before
 * (and how far back its own name was last named); for a name, the other full names with its surname.
 */
function rivalsOf(sp: ResolvedSpeaker, mention: MentionForm, people: People, sentence: number, text: string): { rivals: number; antecedentDistance: number; genderClash: boolean } {
  const own = lastWord(sp.name);
  if (mention === 'pronoun') {
    const w = text.slice(sp.start, sp.end).toLowerCase();
    const fits = (g: Sighting['gender']) => (w === 'he' ? g !== 'f' : w === 'she' ? g !== 'm' : true);
    const before = findLastStartingBy(people.list, sp.start - 1, (p) => p.at);
    const others = new Set<string>();
    for (let k = before; k >= 0 && k > before - RIVAL_WINDOW && others.size < 3; k--) {
      const p = people.list[k]!;
      if (p.sentence < sentence - 2) break;
      if (p.last !== own && fits(p.gender)) others.add(p.last);
    }
    const mine = people.byLast.get(own) ?? [];
    const last = findLastStartingBy(mine, sp.start - 1, (i) => people.list[i]!.at);
    const distance = last >= 0 ? Math.min(4, sentence - people.list[mine[last]!]!.sentence) : 4;
    const genderClash = mine.some((i) => people.list[i]!.gender !== null && !fits(people.list[i]!.gender));
    return { rivals: others.size, antecedentDistance: distance, genderClash };
  }
  if (mention !== 'name') return { rivals: 0, antecedentDistance: 0, genderClash: false };
  const full = people.fullByLast.get(own);
  const rivals = full ? full.size - (full.has(sp.name) ? 1 : 0) : 0;
  return { rivals: Math.min(3, rivals), antecedentDistance: 0, genderClash: false };
}

/**
 * A pronoun's name, last named before it, stands in its sentence's first three words: its subject, most
 * often (`Marsh said …`, `Ms. Marsh, 41, said …`). A `he` whose name was last seen further in (`… and his
 * son, Tom`, `… submitted to President Vale`) took a name that was no subject, and is more often wrong.
 */
function antecedentOpens(people: People, sp: ResolvedSpeaker, sentences: readonly Sentence[], text: string): boolean {
  const mine = people.byLast.get(lastWord(sp.name)) ?? [];
  const last = findLastStartingBy(mine, sp.start - 1, (i) => people.list[i]!.at);
  if (last < 0) return false;
  const p = people.list[mine[last]!]!;
  const s = sentences[p.sentence];
  return s !== undefined && countWords(text, { start: s.start, end: p.at }) <= 3;
}

/** The content holds an odd number of double quotation marks, as read: one left open or a stray, its edges cut wrong. */
function oddMarks(source: string, s: Span): boolean {
  let n = 0;
  for (let i = s.start; i < s.end; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e) n++;
  }
  return n % 2 === 1;
}

/** Single-mark speech, hard-wrapped lines, interview turns: read off the whole document. */
export function readStyle(source: string, paragraphs: readonly Paragraph[]): StyleSignals {
  // Opening marks before a capital: single (‘We …’, 'We …') against double (“We …”, "We …").
  const single = source.match(/(?:^|[\s(\[])['\u2018]\p{Lu}/gmu)?.length ?? 0;
  const double = source.match(/(?:^|[\s(\[])(?:["\u201c\u201e\u00ab]|``)\p{Lu}/gmu)?.length ?? 0;
  let wrapped = 0;
  let turns = 0;
  for (const p of paragraphs) {
    const body = source.slice(p.start, p.end);
    if (/[\n\r]/u.test(body)) wrapped++;
    // `Q:`, `A.`, `SMITH:`, `MR. JONES:` opening a paragraph
    if (/^(?:[QA][:.]|[\p{Lu}][\p{Lu}.' -]{1,30}:)\s/u.test(body)) turns++;
  }
  return {
    singleQuoteStyle: single >= 2 && single > double,
    hardWrapped: wrapped >= 3 && wrapped * 4 >= paragraphs.length,
    interview: turns >= 3,
  };
}

function markKind(source: string, q: Quote): MarkKind {
  const at = q.open ?? q.close;
  if (!at) return 'none';
  const ch = source.slice(at.start, at.end);
  if (ch === '\u201c' || ch === '\u201d' || ch === '\u201e') return 'curly';
  if (ch === '"') return 'straight';
  if (ch === '\u2018' || ch === '\u2019' || ch === "'") return 'single';
  return 'other';
}

/** How the content's words begin and end, past its quotation marks and spaces: lower case first, no punctuation last. */
export function contentShape(text: string, s: Span): { startsLower: boolean; endsOpen: boolean } {
  const body = text.slice(s.start, s.end).replace(/^[\s"'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb(`]+/u, '').replace(/[\s"'\u2018\u2019\u201c\u201d\u00ab\u00bb)`]+$/u, '');
  return { startsLower: /^\p{Ll}/u.test(body), endsOpen: /[\p{L}\p{N}]$/u.test(body) };
}

/** A span that starts with a lower-case word other than an article or a pronoun. */
function lowerStart(written: string, pronouns: ReadonlyMap<string, unknown>): boolean {
  const first = written.match(/^[\p{L}'’-]+/u)?.[0] ?? '';
  return /^\p{Ll}/u.test(first) && !/^(?:the|a|an)$/u.test(first) && !pronouns.has(first);
}

/** Words between two spans (0 when they touch or overlap), but for the speaker's when it stands between. */
function gapWords(text: string, a: Span, b: Span, speaker: Span | null): number {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to <= from) return 0;
  const between = speaker && speaker.start >= from && speaker.end <= to ? countWords(text, speaker) : 0;
  return Math.max(0, countWords(text, { start: from, end: to }) - between);
}

function countWords(text: string, s: Span): number {
  return text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

type SpeakerFeatures = Pick<ClaimFeatures, 'mention' | 'resolution' | 'nameWords' | 'nameShape' | 'speakerKind' | 'speakerDistance'>;

/** What a resolved name looks like (see NameShape). */
export function nameShape(name: string, pronouns: ReadonlyMap<string, unknown>, kind: SpeakerKind = 'person'): NameShape {
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return 'none';
  if (words.length === 1 && pronouns.has(words[0]!.toLowerCase())) return 'pronoun';
  if (!/^\p{Lu}/u.test(name)) return 'lower';
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && words.some((w) => w.replace(/[^\p{L}]/gu, '').length > 1)) return 'caps';
  if (words.length === 1) return 'one';
  const first = tagsOf(words[0]!.toLowerCase());
  const named = first.includes('FirstName') || first.includes('MaleName') || first.includes('FemaleName');
  // A first word the lexicon does not know at all is most often a first name it lacks (`Barack`, `Priti`).
  const unknown = kind === 'person' && first.length === 0 && !words.some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[^\p{L}]/gu, '')));
  return (named || unknown) && words.every((w) => /^\p{Lu}/u.test(w)) ? 'first-last' : 'multi';
}

/**
 * How the speaker stands in the text and how its name was found, read from the attribution: the
 * mention at the speaker's span (a pronoun, a name, a description), the resolved name against it.
 */
function speakerForm(a: Attribution, mentions: readonly FoundMention[], sentences: readonly Sentence[], text: string, rules: FeatureRules): SpeakerFeatures {
  const sp = a.speaker;
  if (!sp) return { mention: 'none', resolution: 'none', nameWords: 0, nameShape: 'none', speakerKind: null, speakerDistance: 0 };
  const here = findIndexBefore(sentences, a.content.start);
  const at = findIndexBefore(sentences, sp.start);
  const distance = Math.min(3, Math.abs(here - at));
  const nameWords = sp.name.split(/\s+/u).filter(Boolean).length;
  const written = text.slice(sp.start, sp.end);
  let m: FoundMention | undefined;
  for (let k = Math.max(0, findLastStartingBy(mentions, sp.start - 1, (x) => x.start) + 1); k < mentions.length && mentions[k]!.start < sp.end; k++) {
    const x = mentions[k]!;
    if (x.end <= sp.end && (x.start === sp.start || !x.pronoun)) { m = x; break; }
  }
  let mention: MentionForm;
  let resolution: Resolution;
  if (m?.pronoun || rules.pronouns.has(written.toLowerCase())) {
    mention = 'pronoun';
    resolution = rules.pronouns.has(sp.name.toLowerCase()) ? 'unresolved' : 'antecedent';
  } else if (m && /^\p{Lu}/u.test(m.name)) {
    mention = 'name';
    resolution = sp.name === m.name ? 'as-written' : 'expanded';
  } else {
    mention = 'description';
    const phrase = written.replace(/^(the|a|an)\s+/iu, '').replace(/\s+/gu, ' ');
    resolution = sp.name === phrase || !/^\p{Lu}/u.test(sp.name) ? 'unresolved' : 'antecedent';
  }
  if (a.rule === 'quote-continued') mention = 'inherited';
  return { mention, resolution, nameWords, nameShape: nameShape(sp.name, rules.pronouns, sp.kind), speakerKind: sp.kind, speakerDistance: distance };
}

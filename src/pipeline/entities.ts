import type { SpeakerKind, Span } from '../types.js';
import type { FoundMention } from './mentions.js';
import { RULES } from '../rules/index.js';
import { buildEntityTable, type Entity, type EntityTable } from './entity-table.js';
import { classifyWords, isCommonWord, isNameWord } from '../nlp/lexicon.js';

/**
 * The entity stage: after attribution, the document's entity table is built (entity-table.ts) and every
 * speaker mention is resolved against it: names to the entity's canonical name, pronouns to their
 * antecedent, descriptions (`the governor`, `the agency`, `his campaign`) to the entity the text gave
 * that role or kind. JSON-shaped in and out: the speaker's mention is named by its index in `mentions`.
 */

/** A speaker as attribution found it. */
export interface SpeakerMention {
  readonly span: Span;
  readonly mention: FoundMention | null; // null: a noun phrase without a known head
  readonly mentionIndex: number | null; // index of `mention` in the document's `mentions`; null: a phrase attribution built
  readonly name: string | null; // set when inherited from an earlier claim
  readonly kind: SpeakerKind | null;
  readonly content?: Span; // what the speaker said: `I` inside another claim's quotation is that claim's speaker
}

/** A speaker's canonical name, and a factor on the claim's confidence (how sure the resolution is). */
export interface ResolvedName { readonly name: string; readonly kind: SpeakerKind; readonly factor: number }

export interface EntityRules {
  readonly titles: ReadonlyMap<string, 'm' | 'f' | null>;
  readonly titleRoles: ReadonlyMap<string, string>;
  readonly notRoles: ReadonlySet<string>;
  readonly orgWords: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly suffixes: ReadonlySet<string>;
  readonly calendar: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly workHeads: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly candidateRoles: ReadonlySet<string>;
  readonly orgKinds: ReadonlyMap<string, ReadonlySet<string>>;
  readonly dataNouns: ReadonlySet<string>;
  readonly personOrgs: ReadonlySet<string>;
  readonly personProxies: ReadonlySet<string>;
  readonly definite: ReadonlySet<string>;
  readonly pronounForm: RegExp;
  readonly extraGiven: ReadonlyMap<string, 'm' | 'f' | null>;
  readonly placePrefixes: ReadonlySet<string>;
  readonly focusRoles: ReadonlySet<string>;
  readonly roleNoun: RegExp;
}

/**
 * Resolve each speaker (null: a claim without one) against the document's entity table, in the order
 * the speakers stand in the text. Returns one name per speaker, null where the speaker is null.
 */
export function resolveEntities(input: {
  text: string;
  mentions: readonly FoundMention[]; // every mention of the document, in text order
  speakers: readonly (SpeakerMention | null)[];
}, rules: EntityRules = RULES.entities): (ResolvedName | null)[] {
  const { text, mentions, speakers } = input;
  const table = buildEntityTable(text, mentions, rules);
  const occurrences: Occurrence[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const id = table.ofMention[i];
    if (m.quoted || id === null || id === undefined) continue;
    occurrences.push({ e: table.entities[id]!, at: m.start, sentence: m.sentence, possessive: /^['’]s?(?!\p{L})/u.test(text.slice(m.end, m.end + 3)) || /['’]s?$/u.test(m.name) });
  }
  const ctx: Context = { text, mentions, table, rules, occurrences, said: [], main: mainPerson(table), author: undefined };
  const out: (ResolvedName | null)[] = speakers.map(() => null);
  const order = speakers.map((_, i) => i).filter((i) => speakers[i] !== null).sort((a, b) => speakers[a]!.span.start - speakers[b]!.span.start);
  const contents = speakers.map((_, k) => k).filter((k) => speakers[k]?.content).sort((a, b) => speakers[a]!.content!.start - speakers[b]!.content!.start);
  const deferred: { i: number; outer: number }[] = [];
  const hearers: { i: number; outer: number; pos: number }[] = [];
  for (let pos = 0; pos < order.length; pos++) {
    const i = order[pos]!;
    const s = speakers[i]!;
    const person = quotedPerson(s, rules);
    const outer = person ? insideQuotation(s, speakers, contents) : null;
    if (outer !== null && person === 'you') { hearers.push({ i, outer, pos }); continue; }
    if (outer !== null) { deferred.push({ i, outer }); continue; }
    out[i] = resolveOne(s, ctx);
  }
  // `I` / `we` inside a quotation: its speaker, once every other speaker is resolved.
  for (const { i, outer } of deferred) {
    const o = out[outer];
    out[i] = o ? { ...o, factor: Math.min(o.factor, 0.9) } : resolveOne(speakers[i]!, ctx);
  }
  // `you` inside a quotation: the one spoken to, i.e. the last other person who spoke before it.
  for (const { i, outer, pos } of hearers) {
    const o = out[outer];
    let hearer: ResolvedName | null = null;
    for (let p = pos - 1; p >= Math.max(0, pos - 20) && !hearer; p--) {
      const r = out[order[p]!];
      if (r && r.kind === 'person' && r.name !== o?.name && !rules.pronounForm.test(r.name) && speakers[i]!.span.start - speakers[order[p]!]!.span.start < 3000) hearer = r;
    }
    out[i] = hearer ? { ...hearer, factor: Math.min(hearer.factor, 0.7) } : resolveOne(speakers[i]!, ctx);
  }
  return out;
}

interface Occurrence { readonly e: Entity; readonly at: number; readonly sentence: number; readonly possessive?: boolean }

interface Context {
  readonly text: string;
  readonly mentions: readonly FoundMention[];
  readonly table: EntityTable;
  readonly rules: EntityRules;
  readonly occurrences: readonly Occurrence[];
  readonly said: Occurrence[]; // speakers resolved so far, in text order
  readonly main: Entity | null; // the article's main person: the one named most
  author: string | null | undefined; // byline or sign-off, found on first need
}

function mainPerson(table: EntityTable): Entity | null {
  let best: Entity | null = null;
  for (const e of table.entities) if (e.kind === 'person' && !e.pair && e.count > 0 && (!best || e.count > best.count)) best = e;
  return best;
}

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);
const RELATIVE = new Set(['who', 'which', 'that']);

/** The bare pronoun of a speaker written as one (`I`, `We’ve` → `we`), else null. */
function pronounOf(s: SpeakerMention, text: string, rules: EntityRules): string | null {
  const written = text.slice(s.span.start, s.span.end).trim();
  if (!rules.pronounForm.test(written) && !RELATIVE.has(written.toLowerCase()) && !(s.mention?.pronoun && s.span.start === s.mention.start)) return null;
  const w = written.toLowerCase().replace(/['’].*$/u, '');
  return POSSESSIVE_TO_SUBJECT[w] ?? w;
}

/** `his` stands for the same antecedent as `he`. */
const POSSESSIVE_TO_SUBJECT: Readonly<Record<string, string>> = { his: 'he', her: 'she', its: 'it', their: 'they', my: 'i', our: 'we', him: 'he', them: 'they' };

/** `i`/`we` (first person) or `you` when the speaker is written so, else null. */
function quotedPerson(s: SpeakerMention, rules: EntityRules): 'first' | 'you' | null {
  const m = s.mention;
  if (!m || !(m.pronoun || rules.pronounForm.test(m.name))) return null;
  const w = m.name.toLowerCase().replace(/['’].*$/u, '');
  return FIRST_PERSON.has(w) ? 'first' : w === 'you' ? 'you' : null;
}

/**
 * Index of the speaker whose quotation holds this speaker's span, else null: the innermost among the
 * (at most 50) quotations that start before it. `contents` lists the speakers with a content, by its start.
 */
function insideQuotation(s: SpeakerMention, speakers: readonly (SpeakerMention | null)[], contents: readonly number[]): number | null {
  let best: number | null = null;
  let hi = contents.length;
  let lo = 0;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (speakers[contents[mid]!]!.content!.start <= s.span.start) lo = mid + 1; else hi = mid; }
  for (let j = lo - 1; j >= Math.max(0, lo - 50); j--) {
    const k = contents[j]!;
    const o = speakers[k]!;
    if (o === s || !o.content) continue;
    if (o.content.start <= s.span.start && s.span.end <= o.content.end && (o.span.end <= o.content.start || o.span.start >= o.content.end)) {
      if (best === null || o.content.end - o.content.start < speakers[best]!.content!.end - speakers[best]!.content!.start) best = k;
    }
  }
  return best;
}

function resolveOne(s: SpeakerMention, ctx: Context): ResolvedName {
  if (s.name && s.kind) return { name: s.name, kind: s.kind, factor: 1 };
  const { text, rules } = ctx;
  const m = s.mention;
  const at = s.span.start;
  const pronoun = pronounOf(s, text, rules);
  if (pronoun !== null) return resolvePronoun(pronoun, s, ctx);
  const e = m && s.mentionIndex !== null ? entityOf(ctx, s.mentionIndex) : null;
  // `the Utah governor`: a name inside a description is a modifier.
  if (e && m && m.start > s.span.start && s.span.end > m.end && /^\s+\p{Ll}/u.test(text.slice(m.end, s.span.end)) && /^(?:the|a|an)\s/iu.test(text.slice(s.span.start, m.start))) {
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.end, s.span.end))![1]!;
    if (!rules.personOrgs.has(next) && !rules.dataNouns.has(next) && !rules.orgKinds.has(next)) return resolveDescription(s, ctx);
  }
  if (e && m) {
    // `Clinton` of `Christie and Clinton`: the one the span names.
    if (e.pair) {
      const one = personBySurname(ctx, text.slice(s.span.start, s.span.end));
      if (one) return named(one, m, ctx, at);
    }
    // `Omar Haddad of the Lakeside Courier`, `CNN legal analyst Jeffrey Toobin`: the person, not the outlet.
    if (e.kind === 'organization' && (s.span.start < m.start || s.span.end > m.end)) {
      const person = namedInside(ctx, s.span, (x) => x.kind === 'person' && !x.pair);
      if (person) return named(person, m, ctx, at);
    }
    // Places and dates never speak: `Harry Bond, 30, of Raleigh, N.C., who …` is Harry Bond.
    if (e.kind === 'place' || e.kind === 'date' || e.kind === 'work') {
      const person = personNear(ctx, s.span, m.sentence);
      if (person) return { ...named(person, m, ctx, at), factor: 0.8 };
    }
    // `The Clinton campaign`: a person's name before `campaign` is their campaign.
    const next = /^['’]?s?\s+(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 20));
    if (e.kind === 'person' && next && rules.personOrgs.has(next[1]!)) return { name: `${surnameOf(e)} ${next[1]}`, kind: 'organization', factor: 0.95 };
    return named(e, m, ctx, at);
  }
  return resolveDescription(s, ctx);
}

/** The person whose surname is this one word (the most named of them), else null. */
function personBySurname(ctx: Context, word: string): Entity | null {
  const w = word.trim().toLowerCase().replace(/['’]s?$/u, '');
  if (!/^\p{L}[\p{L}'’-]*$/u.test(w)) return null;
  let best: Entity | null = null;
  for (const e of ctx.table.entities) if (e.kind === 'person' && !e.pair && e.surname === w && (!best || e.count > best.count)) best = e;
  return best;
}

/** A person named inside the span, else the first one named before it in its sentence (its subject, most often). */
function personNear(ctx: Context, span: Span, sentence: number): Entity | null {
  const inside = namedInside(ctx, span, (e) => e.kind === 'person' && !e.pair);
  if (inside) return inside;
  let first: Entity | null = null;
  for (let k = mentionBefore(ctx.mentions, span.start); k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.sentence < sentence) break;
    const e = entityOf(ctx, k);
    if (!e || e.kind !== 'person' || e.pair) continue;
    // `Harry Bond, 30, of Raleigh, N.C.`: the place only qualifies the person before it.
    if (!first && /^[\s,\d]*(?:(?:of|from|in)\b[^,]*,[\s,]*)*$/u.test(ctx.text.slice(m.end, span.start))) return e;
    first = e;
  }
  return first;
}

/** Index of the last mention that starts before `at`, -1 when none. */
function mentionBefore(mentions: readonly FoundMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo - 1;
}

function entityOf(ctx: Context, mentionIndex: number): Entity | null {
  const id = ctx.table.ofMention[mentionIndex];
  return id === null || id === undefined ? null : ctx.table.entities[id]!;
}

/** A name mention's entity. A capitalised name the lexicon does not know, speaking, is most often a surname or an acronym. */
function named(e: Entity, m: FoundMention, ctx: Context, at: number): ResolvedName {
  if (e.kind === 'other' && e.words.length <= 3 && e.name.split(' ').every((w) => /^\p{Lu}/u.test(w))) {
    if (e.words.length === 1 && /^[\p{Lu}\d&.-]{2,}$/u.test(e.name)) e.kind = 'organization';
    else if (!e.words.some((w) => /['’]/u.test(w) || (isCommonWord(w) && !isNameWord(w)) || classifyWords([w]).kind === 'place')) e.kind = 'person';
  }
  ctx.said.push({ e, at, sentence: m.sentence });
  return { name: e.name, kind: speakerKind(e), factor: e.name === m.name ? 1 : 0.97 };
}

function speakerKind(e: Entity): SpeakerKind {
  return e.kind === 'person' || e.kind === 'organization' ? e.kind : 'other';
}

function surnameOf(e: Entity): string {
  const words = e.name.split(' ');
  const last = words[words.length - 1]!;
  return e.suffix && words.length > 1 ? words[words.length - 2]! : last;
}

// ---------------------------------------------------------------- pronouns

function resolvePronoun(w: string, s: SpeakerMention, ctx: Context): ResolvedName {
  const { text } = ctx;
  const m = s.mention;
  const at = s.span.start;
  const sentence = m?.sentence ?? sentenceBefore(ctx, at);
  if (w === 'i' || w === 'me' || w === 'we' || w === 'us') {
    const label = turnLabel(text, at, ctx);
    if (label) return label;
    if (w === 'i' || w === 'me') {
      const author = authorOf(ctx);
      if (author) return { name: author, kind: 'person', factor: 0.85 };
    }
  }
  if (w === 'who' || w === 'which' || w === 'that') {
    const np = relativeHead(ctx, at, sentence);
    if (np) return np;
  }
  const want = (e: Entity): boolean => {
    if (e.kind === 'place' || e.kind === 'date' || e.kind === 'work') return false;
    if (w === 'he' || w === 'him') return e.kind === 'person' && e.gender !== 'f' && !e.pair;
    if (w === 'she' || w === 'her') return e.kind === 'person' && e.gender !== 'm' && !e.pair;
    if (w === 'it') return e.kind === 'organization';
    if (w === 'they' || w === 'we' || w === 'us') return e.kind === 'organization' || e.pair;
    if (w === 'i' || w === 'me' || w === 'who') return e.kind === 'person' && !e.pair;
    return false;
  };
  // `…, he added`: the speaker carries on, however many names the sentences between hold.
  const carryOn = /^\s+(?:added|adds|continued|continues|went on|goes on)\b/u.test(text.slice(s.span.end, s.span.end + 14));
  const found = antecedent(ctx.occurrences, ctx.said, sentence, at, want, carryOn ? 4 : 1);
  let best = found?.e ?? null;
  let factor = 0.85;
  if (!best && (w === 'he' || w === 'she' || w === 'i') && ctx.main && want(ctx.main)) { best = ctx.main; factor = 0.7; }
  if (best) {
    if (found) {
      if (sentence - found.sentence > 2) factor -= 0.05;
      if (competitor(ctx.occurrences, found, at, best, want)) factor -= 0.1;
    }
    ctx.said.push({ e: best, at, sentence });
    return { name: best.name, kind: speakerKind(best), factor };
  }
  // No name agrees: `they`, `it` take the last description of that number (`many voters … they`), as written.
  if (w === 'they' || w === 'it' || w === 'we') {
    const np = lastDescription(ctx, at, sentence, w !== 'it');
    if (np) return { name: nounPhrase(text, np), kind: np.kind, factor: 0.6 };
    // …else the last organisation named in this sentence or the two before.
    const org = lastOccurrence(ctx, at, (e) => e.kind === 'organization');
    if (org && org.sentence >= sentence - 2) return { name: org.e.name, kind: 'organization', factor: 0.6 };
  }
  // `Q: Do you think …`: in an interview's question, you is the one interviewed, the article's main person.
  if (w === 'you' && ctx.main && /(?:^|\n)\s*Q[:.]\s[^\n]*$/u.test(text.slice(Math.max(0, at - 300), at))) {
    return { name: ctx.main.name, kind: 'person', factor: 0.6 };
  }
  const written = text.slice(s.span.start, s.span.end);
  return { name: written, kind: w === 'it' ? 'organization' : 'person', factor: 0.6 };
}

function sentenceBefore(ctx: Context, at: number): number {
  const k = lastBefore(ctx.occurrences, at + 1);
  return k >= 0 ? ctx.occurrences[k]!.sentence : 0;
}

/** Another entity the pronoun could take, mentioned between the antecedent and the pronoun. */
function competitor(occurrences: readonly Occurrence[], found: Occurrence, at: number, best: Entity, want: (e: Entity) => boolean): boolean {
  for (let k = lastBefore(occurrences, found.at + 1) + 1; k < occurrences.length; k++) {
    const o = occurrences[k]!;
    if (o.at >= at) break;
    if (o.e !== best && want(o.e) && (o.e.gender === best.gender)) return true;
  }
  return false;
}

/** `Harry Bond, 30, of Raleigh, who …`: the nearest person or organisation named before `who` in its sentence. */
function relativeHead(ctx: Context, at: number, sentence: number): ResolvedName | null {
  // `retired teachers, who`: the words right before, when no stage found a mention there.
  const before = /(?<![\p{L}\p{N}'’-])(\p{Ll}[\p{Ll}-]*),?\s+$/u.exec(ctx.text.slice(Math.max(0, at - 40), at));
  for (let k = mentionBefore(ctx.mentions, at); k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.start >= at) continue;
    if (m.sentence !== sentence) { if (m.sentence < sentence) break; continue; }
    if (m.pronoun) continue;
    if (before && m.end < at - before[0].length) break;
    const e = entityOf(ctx, k);
    if (e) {
      // `Harry Dunmore, 30, of Provo, who`: a place, or a name after `of`, qualifies the name before it.
      if (e.kind === 'place' || e.kind === 'date' || e.kind === 'work' || e.words.every((w) => ctx.rules.titles.has(w))) continue;
      if (/\b(?:of|from|in)\s+$/u.test(ctx.text.slice(Math.max(0, m.start - 6), m.start))) continue;
      ctx.said.push({ e, at, sentence });
      return { name: e.name, kind: speakerKind(e), factor: 0.9 };
    }
    if (/^\p{Ll}/u.test(m.name)) return { name: nounPhrase(ctx.text, m), kind: m.kind, factor: 0.8 }; // `a resident who`: the description
  }
  if (before && !ctx.rules.functionWords.has(before[1]!)) {
    const end = at - before[0].length + before[1]!.length;
    const pseudo = { start: end - before[1]!.length, end, name: before[1]! } as FoundMention;
    return { name: nounPhrase(ctx.text, pseudo), kind: 'person', factor: 0.75 };
  }
  return null;
}

/** The last lower-case nominal mention (`voters`, `the report`) of that number in this sentence or the two before. */
function lastDescription(ctx: Context, at: number, sentence: number, plural: boolean): FoundMention | null {
  for (let k = mentionBefore(ctx.mentions, at); k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.sentence < sentence - 2) break;
    if (!m.pronoun && !m.quoted && /^\p{Ll}/u.test(m.name) && m.plural === plural) return m;
  }
  return null;
}

/** A nominal mention with its modifiers, without the determiner: `21-year-old East Flatbush resident`. */
function nounPhrase(text: string, m: FoundMention): string {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const words = before.split(/(\s+)/u);
  let start = m.start;
  let taken = 0;
  for (let k = words.length - 1; k >= 0 && taken < 4; k--) {
    const w = words[k]!;
    if (/^\s+$/u.test(w)) { if (/\n\s*\n/u.test(w)) break; start -= w.length; continue; }
    if (w === '' ) continue;
    if (!/^[\p{L}\d][\p{L}\d'’-]*$/u.test(w) || NP_STOP.has(w.toLowerCase())) break;
    start -= w.length;
    taken++;
  }
  const phrase = text.slice(start, m.end).trim().replace(/\s+/gu, ' ');
  return phrase || m.name;
}

/** Words that end a noun phrase's modifiers, going left: determiners, prepositions, verbs of saying. */
const NP_STOP = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'all', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of', 'and', 'or', 'by', 'for', 'to', 'in', 'on', 'at', 'with', 'from', 'said', 'says', 'say', 'told', 'as', 'like', 'than', 'but', 'if', 'when', 'while', 'because', 'other', 'such', 'several', 'few', 'both', 'each', 'every', 'any', 'no', 'is', 'are', 'was', 'were', 'be', 'been', 'who', 'which']);

/** `MS. JEAN-PIERRE: I think …`: the label that opens a transcript turn speaks the I and we of its paragraph. */
function turnLabel(text: string, at: number, ctx: Context): ResolvedName | null {
  const from = Math.max(0, at - 2000);
  const nl = text.slice(from, at).lastIndexOf('\n');
  if (nl < 0 && from > 0) return null; // a line this long is not a transcript turn
  const lineStart = from + nl + 1;
  const label = /^\s*((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,3}\p{Lu}[\p{Lu}'’-]+):/u.exec(text.slice(lineStart, Math.min(at, lineStart + 60)));
  if (!label) return null;
  const words = label[1]!.split(/\s+/u).map((w) => w.toLowerCase().replace(/\.$/u, ''));
  const last = words[words.length - 1]!;
  const e = ctx.table.entities.find((x) => x.kind === 'person' && x.given !== null && x.surname === last)
    ?? ctx.table.entities.find((x) => x.kind === 'person' && x.surname === last);
  if (e) return { name: e.name, kind: 'person', factor: 0.9 };
  return null;
}

/** `By Jane Doe` near the top, or a sign-off line at the end (`— Jane Doe`): who the narrator's `I` is. */
function authorOf(ctx: Context): string | null {
  if (ctx.author !== undefined) return ctx.author;
  const { text } = ctx;
  const name = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;
  const byline = new RegExp(String.raw`(?:^|\n)\s*(?:By|BY)\s+${name}\s*(?:\n|,|$| and )`, 'u').exec(text.slice(0, 600));
  const signoff = new RegExp(String.raw`(?:^|\n)\s*(?:[—–-]{1,2}\s*)${name}\s*$`, 'u').exec(text.slice(-300).trimEnd());
  const bio = new RegExp(String.raw`(?:^|\n)\s*${name}\s+(?:is|was)\s+(?:a|an|the)\s+[^\n]{0,120}$`, 'u').exec(text.slice(-400).trimEnd());
  ctx.author = (byline ?? signoff ?? bio)?.[1] ?? null;
  return ctx.author;
}

/**
 * The antecedent of a pronoun: the last compatible speaker when it spoke in this sentence or the one
 * before; otherwise, sentence by sentence backwards (at most five), the first compatible name of the
 * sentence (its subject, most often), or in the pronoun's own sentence the nearest one before it.
 */
function antecedent(occurrences: readonly Occurrence[], speakers: readonly Occurrence[], sentence: number, at: number, want: (e: Entity) => boolean, speakerWindow = 1): Occurrence | null {
  let lastSpeaker: Occurrence | null = null;
  for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - 50); i--) {
    const x = speakers[i]!;
    if (x.at < at && want(x.e)) { lastSpeaker = x; break; }
  }
  if (lastSpeaker && lastSpeaker.sentence >= sentence - speakerWindow) return lastSpeaker;
  let lo = 0;
  let hi = occurrences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (occurrences[mid]!.at < at) lo = mid + 1;
    else hi = mid - 1;
  }
  let possessor: Occurrence | null = null; // `Smith's` in a sentence with no other name: a subject of last resort
  for (let sIdx = sentence; sIdx >= Math.max(0, sentence - 5); sIdx--) {
    let first: Occurrence | null = null;
    let lo = hi;
    while (lo >= 0 && occurrences[lo]!.sentence === sIdx) lo--;
    for (let k = lo + 1; k <= hi; k++) {
      const o = occurrences[k]!;
      if (!want(o.e)) continue;
      if (sIdx === sentence) first = o; // nearest before the pronoun
      else if (!o.possessive) { first = o; break; } // the sentence's first: its subject (`Smith's` is not one)
      else possessor ??= o;
    }
    hi = lo;
    if (first) {
      if (lastSpeaker && lastSpeaker.e !== first.e && lastSpeaker.sentence >= sIdx) return lastSpeaker;
      return first;
    }
  }
  return lastSpeaker ?? possessor;
}

// ---------------------------------------------------------------- descriptions

/**
 * A description: `a Quinnipiac University poll` → the body named in it; `his campaign` → the campaign of
 * the person `his` is; `the governor` → the entity given that role; `the agency` → the last organisation of
 * that kind; `the nominee` → the article's main person. Anything else stays as written.
 */
function resolveDescription(s: SpeakerMention, ctx: Context): ResolvedName {
  const { text, rules } = ctx;
  const at = s.span.start;
  const written = text.slice(s.span.start, s.span.end);
  const asWritten = (): ResolvedName => {
    if (!s.mention) return { name: written, kind: 'other', factor: 0.8 };
    return { name: descriptionName(text, s.span, written, rules), kind: s.mention.kind, factor: 0.85 };
  };
  // The noun phrase proper: up to a comma, `who`, or a preposition after the head.
  // `His campaign` when attribution kept only `campaign`: the possessive right before the span belongs to it.
  const before = /(?:^|[^\p{L}])(his|her|its|their)\s+$/iu.exec(text.slice(Math.max(0, at - 8), at));
  const np = ((before ? before[1]! + ' ' : '') + written).replace(/\s+/gu, ' ').split(/,|\s(?:who|which|that)\s/u)[0]!.trim();
  const tokens = np.split(' ');
  const det = tokens[0]!.toLowerCase().replace(/['’]s$/u, '');
  const ofAt = tokens.findIndex((t, k) => k > 0 && /^(of|for|at|in|on|from|with|by)$/u.test(t));
  const core = ofAt > 0 ? tokens.slice(0, ofAt) : tokens;
  const head = core[core.length - 1]!.toLowerCase().replace(/[^\p{L}-]/gu, '');
  const sentence = s.mention?.sentence ?? sentenceBefore(ctx, at);

  // A body named inside: `a WBUR poll`, `the BLM group`, `the RealClearPolitics average of polls`.
  const inside = namedInside(ctx, s.span);
  if (inside && (rules.dataNouns.has(head) || rules.orgKinds.has(head) || rules.personOrgs.has(head)) && !/^\p{Lu}/u.test(core[core.length - 1]!)) {
    if (inside.kind === 'person' && rules.personOrgs.has(head)) return { name: `${surnameOf(inside)} ${head}`, kind: 'organization', factor: 0.9 };
    if (inside.kind !== 'person' && inside.kind !== 'place' && inside.kind !== 'date') return { name: inside.name, kind: speakerKind(inside), factor: 0.9 };
  }
  // `his campaign`, `her office`.
  if (/^(his|her|their|its)$/u.test(det) && core.length >= 2) {
    const owner = resolvePronoun(det === 'his' ? 'he' : det === 'her' ? 'she' : det === 'its' ? 'it' : 'they', { ...s, mention: null, mentionIndex: null }, ctx);
    ctx.said.pop();
    if (owner.kind === 'person' && owner.name !== det && !/^(he|she)$/iu.test(owner.name)) {
      if (rules.personOrgs.has(head)) return { name: `${owner.name.split(' ').pop()} ${head}`, kind: 'organization', factor: 0.8 };
      if (rules.personProxies.has(head) && core.length === 2) return { name: owner.name, kind: 'person', factor: 0.8 };
    }
    return asWritten();
  }
  if (!rules.definite.has(det)) return asWritten();
  // `the campaign`: the campaign of the candidate in focus.
  if (rules.personOrgs.has(head) && core.length === 2) {
    const focus = lastOf(ctx, at, (e) => e.kind === 'person' && !e.pair) ?? ctx.main;
    if (focus) return { name: `${surnameOf(focus)} ${head}`, kind: 'organization', factor: 0.75 };
    return asWritten();
  }
  // `the governor`, `the Senate minority leader`: the last entity the text gave that role (and the
  // capitalised words before it, `New Jersey`, when the description has some); else, for a role writers
  // vary a main person's name with, the main person.
  const names = core.slice(1, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  const hasRole = (e: Entity) => (e.kind === 'person' || e.kind === 'organization') && !e.pair && e.roles.includes(head) &&
    names.every((w) => e.qualifiers.includes(w) || e.words.includes(w));
  const holder = lastOf(ctx, at, hasRole);
  const chosen = holder ?? (ctx.main && rules.focusRoles.has(head) ? ctx.main : null);
  if (chosen) {
    ctx.said.push({ e: chosen, at, sentence });
    return { name: chosen.name, kind: speakerKind(chosen), factor: chosen === holder ? 0.8 : 0.7 };
  }
  // `the agency`, `the paper`, `the network`: the last organisation of that kind.
  const kindWords = rules.orgKinds.get(head);
  if (kindWords) {
    const org = lastOf(ctx, at, (e) => e.kind === 'organization' && (e.words.some((w) => kindWords.has(w)) || (e.acronym !== null && kindWords.has(e.acronym.toLowerCase()))));
    if (org) return { name: org.name, kind: 'organization', factor: 0.8 };
  }
  // `the poll`, `the survey`: the body behind the last one named.
  if (rules.dataNouns.has(head) && core.length === 2) {
    const owner = lastDataOwner(ctx, at, head);
    if (owner) return { name: owner.name, kind: speakerKind(owner), factor: 0.75 };
  }
  return asWritten();
}

/**
 * The name of a description that stays one: the noun phrase without its determiner, the words after a
 * comma or `who`, adverbs and evaluative adjectives (`The recalcitrant officers` → `officers`; `Freshly
 * leaked documents`, whose span holds only `documents` → `leaked documents`). Participles, numbers,
 * names and nouns stay (`21-year-old East Flatbush resident`, `retired teachers`).
 */
function descriptionName(text: string, span: Span, written: string, rules: EntityRules): string {
  let words = written.replace(/\s+/gu, ' ').split(/,|\s(?:who|which|that)\s/u)[0]!.trim().split(' ');
  if (words.length === 1 && /^\p{Ll}/u.test(words[0]!)) {
    // Modifiers right before a bare head that attribution left out of the span.
    const before = text.slice(Math.max(0, span.start - 40), span.start).match(/((?:[\p{L}-]+\s+){1,2})$/u)?.[1]?.trim().split(/\s+/u) ?? [];
    const mods: string[] = [];
    for (let k = before.length - 1; k >= 0; k--) {
      const w = before[k]!;
      if (!/(?:ed|en|ing|ly)$/u.test(w.toLowerCase()) || NP_STOP.has(w.toLowerCase())) break;
      mods.unshift(w);
    }
    words = [...mods, ...words];
  }
  if (words.length > 1 && (rules.definite.has(words[0]!.toLowerCase()) || /^(?:a|an)$/iu.test(words[0]!))) words = words.slice(1);
  // A short phrase (modifiers and a head, nothing after it) sheds the adverbs and adjectives that open it.
  if (words.length <= 3) {
    while (words.length > 1 && ADJECTIVE.test(words[0]!) && !NOT_ADJECTIVES.has(words[0]!.toLowerCase())) words = words.slice(1);
  }
  return words.join(' ') || written;
}

/** Adverbs and adjectives by their ending (`freshly`, `recalcitrant`, `furious`): dropped from the front of a short description's name. */
const ADJECTIVE = /^[\p{Ll}-]{3,}(?:ly|ant|ous|ive|ful|less|ical|able|ible|ish)$/u;
/** Words with those endings that are not modifiers to drop: `early results`, `elderly voters`, `assistant`. */
const NOT_ADJECTIVES = new Set(['early', 'only', 'elderly', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'family', 'assistant', 'consultant', 'attendant', 'applicant', 'immigrant', 'migrant', 'servant', 'executive', 'representative', 'relative', 'detective', 'native', 'conservative', 'progressive', 'legislative', 'political']);

/** The first organisation or person named inside a span (its own mentions). */
function namedInside(ctx: Context, span: Span, test: (e: Entity) => boolean = () => true): Entity | null {
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid]!.start < span.start) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < ms.length && ms[k]!.start < span.end; k++) {
    const e = entityOf(ctx, k);
    if (e && ms[k]!.end <= span.end && test(e)) return e;
  }
  return null;
}

/** The entity of the last occurrence before `at` that passes the test. */
function lastOf(ctx: Context, at: number, test: (e: Entity) => boolean): Entity | null {
  return lastOccurrence(ctx, at, test)?.e ?? null;
}

function lastOccurrence(ctx: Context, at: number, test: (e: Entity) => boolean): Occurrence | null {
  const occ = ctx.occurrences;
  const last = lastBefore(occ, at);
  for (let k = last; k >= Math.max(0, last - 2000); k--) if (test(occ[k]!.e)) return occ[k]!;
  return null;
}

function lastBefore(occ: readonly Occurrence[], at: number): number {
  let lo = 0;
  let hi = occ.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (occ[mid]!.at < at) lo = mid + 1; else hi = mid; }
  return lo - 1;
}

/** The entity named right before the last `poll`/`survey` (same head) written before `at`: `a CNN/ORC poll`. */
function lastDataOwner(ctx: Context, at: number, head: string): Entity | null {
  const { text } = ctx;
  const re = new RegExp(String.raw`\b${head}s?\b`, 'giu');
  const last = mentionBefore(ctx.mentions, at);
  for (let k = last; k >= Math.max(0, last - 2000); k--) {
    const m = ctx.mentions[k]!;
    if (m.end >= at) continue;
    const e = entityOf(ctx, k);
    if (!e || e.kind === 'person' || e.kind === 'place' || e.kind === 'date') continue;
    re.lastIndex = 0;
    if (re.test(text.slice(m.end, m.end + head.length + 3)) && /^['’]?s?\s/u.test(text.slice(m.end, m.end + 3))) return e;
  }
  return null;
}

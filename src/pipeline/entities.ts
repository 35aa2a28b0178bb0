import type { Span } from '../types.js';
import type { FoundMention } from './mentions.js';
import { RULES } from '../rules/index.js';
import { buildEntityTable } from './entity-table.js';
import type { Entity, EntityRules, EntityTable, ResolvedName, SpeakerMention } from './entity-types.js';
export type { EntityRules, ResolvedName, SpeakerMention } from './entity-types.js';
import { classifyWords, isCommonWord, isNameWord } from '../nlp/lexicon.js';
import { entityOf, lastOccurrence, mentionBefore, namedInside, readerAt, speakerKind, surnameOf, type Context, type Occurrence } from './entity-context.js';
import { resolvePronoun } from './entity-pronouns.js';
import { resolveDescription } from './entity-descriptions.js';

/**
 * The entity stage: after attribution, the document's entity table is built (entity-table.ts) and every
 * speaker mention is resolved against it: names to the entity's canonical name, pronouns to their
 * antecedent, descriptions (`the governor`, `the agency`, `his campaign`) to the entity the text gave
 * that role or kind. JSON-shaped in and out: the speaker's mention is named by its index in `mentions`.
 * Names here; pronouns in entity-pronouns.ts, descriptions in entity-descriptions.ts.
 */

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
  const openers = new Map<number, { w: string; at: number }>();
  const captions = captionTest(text, rules.photoCredit);
  const named = new Set<Entity>(); // named outside page furniture
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!m.quoted && !openers.has(m.sentence) && (i === 0 || mentions[i - 1]!.sentence !== m.sentence || mentions[i - 1]!.quoted)) {
      const w = m.pronoun ? m.name.toLowerCase() : '';
      openers.set(m.sentence, { w: w === 'he' || w === 'she' ? w : '', at: m.start });
    }
    const id = table.ofMention[i];
    if (id !== null && id !== undefined && !captions(m.start)) named.add(table.entities[id]!);
    if ((m.quoted && !bareName(text, m)) || id === null || id === undefined || captions(m.start)) continue;
    // `Smith's`, `the Smith campaign`: a name that modifies another noun is no subject.
    const after = text.slice(m.end, m.end + 12);
    // `Obama consultant Cornell Belcher`: a name before a role and another name is whose the role is.
    const role = table.entities[id]!.kind === 'person' ? /^\s+(?:campaign\s+)?(\p{Ll}[\p{Ll}-]+)\s+\p{Lu}/u.exec(text.slice(m.end, m.end + 40))?.[1] : undefined;
    const modifier = /^['’]s?(?!\p{L})/u.test(after) || /['’]s?$/u.test(m.name) || rules.personOrgs.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '') ||
      (role !== undefined && (rules.titles.has(role) || (rules.roleNoun.test(role) && !/s$/u.test(role)))); // not `Hale answers Orr`
    const oblique = OBLIQUE.test(text.slice(Math.max(0, m.start - 12), m.start));
    occurrences.push({ e: table.entities[id]!, at: m.start, sentence: m.sentence, possessive: modifier, oblique });
  }
  const ctx: Context = { text, mentions, table, rules, occurrences, said: [], main: mainPerson(table, named), mainOrg: mainOrganization(table), author: undefined, openers, described: [] };
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
    // …else a generic `you` (`you might be surprised`): the words are the quotation's speaker's.
    out[i] = hearer ? { ...hearer, factor: Math.min(hearer.factor, 0.7) } : o ? { ...o, factor: Math.min(o.factor, 0.6) } : resolveOne(speakers[i]!, ctx);
  }
  return out;
}

/** A preposition right before a name (`sent to Mayor Ada Reyes`): the name is no subject. */
const OBLIQUE = /(?:^|[^\p{L}])(?:to|with|by|from|(?<![Aa]s\s)for|against|about|toward|towards|of|at)\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/**
 * A test for "inside a photo caption": a one-line paragraph between blank lines, after the first, that reads
 * as a sentence (lower-case words) but ends with no full stop (`Fans cheered the win, with coach Dan Roe
 * smiling`), a photo credit line or a byline. Its names are page furniture, no antecedents. Wrapped wire copy has no such lines.
 */
/** A line that is a byline: `By` and names, with only `and`, `for`, `the`, `of`, `at` in lower case. */
const BYLINE = /(?:^|\n)[ \t]*((?:By|BY)\s+\p{Lu}(?:[^\n\p{Ll}]|(?<=\p{L})\p{Ll}|(?<![\p{L}])(?:and|for|the|of|at)(?![\p{L}]))*?)[ \t]*(?=\n|$)/u;

function captionTest(text: string, credit: RegExp): (at: number) => boolean {
  const spans: { start: number; end: number }[] = [];
  // A byline near the top (`By TOM HARLOW and ANN PRICE, Staff Writers`): its names are the authors', an `I` finds them
  // (authorOf), a `he` or `she` does not.
  const by = BYLINE.exec(text.slice(0, 800));
  if (by) { const start = by.index + by[0].length - by[1]!.length; spans.push({ start, end: start + by[1]!.length }); }
  // A photo credit on a line of its own (`Dana Voss via Getty Images.`), full stop or not.
  const line = /^[ \t]*([^\n]*?)[ \t]*$/gmu;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[0].length === 0) { line.lastIndex++; continue; }
    if (credit.test(m[1]!)) { const start = m.index + m[0].indexOf(m[1]!); spans.push({ start, end: start + m[1]!.length }); }
  }
  const re = /\n[ \t]*\n[ \t]*([^\n]{25,300})(?=\n[ \t]*\n|\s*$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[1]!.trimEnd();
    if (/[.!?:;"'”’)…]$/u.test(line) || /^["“‘'(\-–—•*]/u.test(line) || !/\s\p{Ll}{3,}\s/u.test(line)) { re.lastIndex = m.index + 1; continue; }
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + line.length });
    re.lastIndex = start + m[1]!.length;
  }
  return (at) => spans.some((s) => s.start <= at && at < s.end);
}

/** `"Dario" cut in`: a name alone between quotation marks is a name as the speaker gave it, not a quotation. */
function bareName(text: string, m: FoundMention): boolean {
  return /["“‘']$/u.test(text.slice(Math.max(0, m.start - 1), m.start)) && /^["”’']/u.test(text.slice(m.end, m.end + 1)) && !/\s/u.test(m.name);
}

/**
 * `the younger Mr. Hale`, `the elder Hale`: of two or more people with that surname, the one marked so (`Ted Hale Jr.`
 * is the younger, `Sr.` the elder; the other side of a marked one), else the one other than the one named last. Null otherwise.
 */
function relativeOf(ctx: Context, e: Entity, at: number, before: string): Entity | null {
  const age = /(?:^|\s)(younger|elder|older)\s+$/iu.exec(before)?.[1]?.toLowerCase();
  if (!age || e.kind !== 'person') return null;
  const same = ctx.table.entities.filter((x) => x.kind === 'person' && !x.pair && x.given !== null && x.surname === e.surname);
  if (same.length < 2) return null;
  const junior = (x: Entity) => /\b(?:Jr|II|III|IV)\.?$/u.test(x.name);
  const senior = (x: Entity) => /\bSr\.?$/u.test(x.name);
  // The younger is never a `Sr.`, the elder never a `Jr.`; one so marked on the right side is the one.
  const fit = same.filter((x) => (age === 'younger' ? !senior(x) : !junior(x)));
  const marked = fit.find((x) => (age === 'younger' ? junior(x) : senior(x)));
  if (marked) return marked;
  if (fit.length === 1 && fit.length < same.length) return fit[0]!;
  const last = lastOccurrence(ctx, at, (x) => same.includes(x))?.e;
  const others = fit.filter((x) => x !== last);
  return others.length === 1 ? others[0]! : null;
}

/** The person the article names most, among those named outside page furniture (a byline's author is no main person). */
function mainPerson(table: EntityTable, named: ReadonlySet<Entity>): Entity | null {
  let best: Entity | null = null;
  for (const e of table.entities) if (e.kind === 'person' && !e.pair && e.count > 0 && named.has(e) && (!best || e.count > best.count)) best = e;
  return best;
}

/** The organisation, or a name no lexicon placed (`Snapwire`), the article names most: at least twice. */
function mainOrganization(table: EntityTable): Entity | null {
  let best: Entity | null = null;
  for (const e of table.entities) {
    if ((e.kind === 'organization' || (e.kind === 'other' && e.given === null)) && !e.pair && e.count > 1 && (!best || e.count > best.count)) best = e;
  }
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
  // `Treasury figures seen by the Ledger`: the outlet that read them is no speaker; the figures are a description.
  if (e && m && m.start > s.span.start && readerAt(ctx, s.span) < m.start) return resolveDescription(s, ctx);
  // `Findings show …`: a common word capitalised at the start of a sentence is a description, not a name.
  if (e && m && e.kind === 'other' && e.words.length === 1 && isCommonWord(e.words[0]!) && !isNameWord(e.words[0]!)) return resolveDescription(s, ctx);
  if (e && m) {
    // `Dana Reyes, CEO of Kalamar,` / `Dana Reyes, President Kalamar North America`: the person the span opens with.
    const first = m.start > s.span.start ? personOpening(ctx, s.span, m.start) : null;
    if (first && first !== e) return named(first, m, ctx, at);
    // `Ruiz’s deputy campaign manager, Dale Hobart, who …`: the possessor's aide, named after the comma.
    const aide = s.span.end <= m.end + 2 ? aideOf(ctx, m.end) : null;
    if (aide && aide !== e) return named(aide, m, ctx, at);
    // `the younger Mr. Hale`: the other person of that surname than the one named last.
    const kin = s.span.start < m.start ? relativeOf(ctx, e, s.span.start, text.slice(s.span.start, m.start)) : null;
    if (kin) return { ...named(kin, m, ctx, at), factor: 0.8 };
    // `Clinton` of `Christie and Clinton`: the one the span names.
    if (e.pair) {
      const one = personBySurname(ctx, text.slice(s.span.start, s.span.end));
      if (one) return named(one, m, ctx, at);
    }
    // `Omar Haddad of the Lakeside Courier`, `WKRT legal analyst Miles Garrow`: the person, not the outlet. Not a name
    // inside the organisation's own apposition (`The Kestrel Trust (KT), the stewards of 40 Open Data projects,`).
    if (e.kind === 'organization' && (s.span.start < m.start || s.span.end > m.end) && !opensApposition(text, s.span, m)) {
      const person = namedInside(ctx, s.span, (x) => x.kind === 'person' && !x.pair);
      if (person) return named(person, m, ctx, at);
    }
    // Places and dates never speak: `Lena Marsh, 34, of Dayton, Ohio, who …` is Lena Marsh.
    // `Columbia, Sanders stepped up …`: a name that is no person before the person the span holds.
    const later = e.kind !== 'person' && e.kind !== 'organization' && s.span.end > m.end ? namedInside(ctx, { start: m.end, end: s.span.end }, (x) => x.kind === 'person' && !x.pair) : null;
    if (later) return { ...named(later, m, ctx, at), factor: 0.8 };
    // `Dana Hartford, a teacher, …` then `Hartford said`: a one-word place that speaks is the person named before with that surname.
    if (e.kind === 'place' && e.words.length === 1) {
      const person = personBySurname(ctx, e.words[0]!);
      if (person && person.first < m.start && person.given !== null) return { ...named(person, m, ctx, at), factor: 0.9 };
    }
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

/**
 * Does mention m open the span (after an article), followed (after a short parenthesis) by a comma and a description or
 * a relative clause (`, the stewards of …`, `, which …`): an apposition of m's own?
 */
function opensApposition(text: string, span: Span, m: FoundMention): boolean {
  return /^(?:the\s+)?$/iu.test(text.slice(span.start, m.start)) && /^(?:\s*\([^()\n]{1,12}\))?,\s+(?:the|an?|which|whose)\s/iu.test(text.slice(m.end, m.end + 24));
}

/**
 * The person (or a name the lexicon does not know, before an appositive) whose mention opens the span and is
 * followed by a comma before `before`: `Dana Reyes, CEO of Kalamar`, whatever mention attribution handed over.
 */
function personOpening(ctx: Context, span: Span, before: number): Entity | null {
  const k = mentionBefore(ctx.mentions, span.start) + 1;
  const m = ctx.mentions[k];
  if (!m || m.start !== span.start || m.end >= before || ctx.text.charCodeAt(m.end) !== 44) return null;
  const e = entityOf(ctx, k);
  if (!e || e.pair || !(e.kind === 'person' || (e.kind === 'other' && e.given !== null))) return null;
  return e;
}

/**
 * The person named right after a possessive and a role or kin noun ending in a comma (`’s deputy campaign manager,
 * Dale Hobart,`, `’s nephew, Ben Lutz`), else null. `at` is the end of the possessor's name.
 */
function aideOf(ctx: Context, at: number): Entity | null {
  const role = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)),\s+(?=\p{Lu})/u.exec(ctx.text.slice(at, at + 80));
  if (!role) return null;
  const noun = role[2]!;
  // `’s daughter-in-law, Mara Lutz,`: kin count as roles here.
  if (!ctx.rules.roleNoun.test(noun) && !ctx.rules.titles.has(noun) && !ctx.rules.personProxies.has(noun) && !ctx.rules.kinNouns.has(noun.replace(/-in-law$/u, ''))) return null;
  const k = mentionBefore(ctx.mentions, at + role[0].length + 1);
  const m = ctx.mentions[k];
  // The name ends the apposition: a comma, or the sentence (`said Okafor’s nephew, Ben Lutz.`).
  if (!m || m.start !== at + role[0].length || !/^(?:,|[.;!?]|\s*$)/u.test(ctx.text.slice(m.end, m.end + 2))) return null;
  const e = entityOf(ctx, k);
  return e && !e.pair && (e.kind === 'person' || (e.kind === 'other' && e.given !== null)) ? e : null;
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
    // `Lena Marsh, 34, of Dayton, Ohio`: the place only qualifies the person before it.
    if (!first && /^[\s,\d]*(?:(?:of|from|in)\b[^,]*,[\s,]*)*$/u.test(ctx.text.slice(m.end, span.start))) return e;
    first = e;
  }
  return first;
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

import type { FoundMention } from './mentions.js';
import type { Entity, EntityKind, EntityRules, EntityTable } from './entity-types.js';
export type { Entity, EntityKind, EntityTable } from './entity-types.js';
import { classifyWords, isCommonWord, tagsOf } from '../nlp/lexicon.js';
import { isGiven, isNameMention, lexiconGender, nameParts, parseName, splitPair, type Parsed } from './entity-names.js';

/**
 * The document's entity table, built once from the mentions (names in and out of quotations) before any
 * speaker is resolved: full names first, then short forms, acronyms, gender evidence and roles.
 */

/** At most this many role and qualifier words an entity keeps (a long document repeats them). */
const MAX_ROLES = 40;

/**
 * An empty table of form counts without a prototype: V8 keeps such an object as a dictionary from the start, where
 * `{}` took a hidden-class transition for every new name written into it (about 5% of `--jobs 1` CPU), and a form
 * such as `constructor` counts from zero. It stays JSON-shaped.
 */
function counts(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

/** Build the table from the document's mentions (in text order). */
export function buildEntityTable(text: string, mentions: readonly FoundMention[], rules: EntityRules): EntityTable {
  const entities: Entity[] = [];
  const ofMention: (number | null)[] = mentions.map(() => null);
  const parsed: (Parsed | null)[] = mentions.map((m) => (isNameMention(m, rules) ? parseName(text, m, rules) : null));

  // 1. Full names: persons with a given name and a surname, organisations and places by their words.
  const byKey = new Map<string, Entity>();
  const add = (p: Parsed, m: FoundMention): Entity => {
    const words = p.words.map((w) => w.toLowerCase());
    const parts = nameParts(words, p.kind, rules);
    const e: Entity = {
      id: entities.length, kind: p.kind, name: p.words.join(' '), words, given: parts.given, surname: parts.surname, suffix: parts.suffix,
      acronym: null, gender: null, genderVotes: { m: 0, f: 0, title: null, lexicon: null }, pair: p.pair, roles: [], qualifiers: [], forms: [], formCounts: counts(), count: 0, first: m.start,
    };
    // A single name (`Sarah`) tells its gender too, unless the lexicon knows it as a surname.
    if (e.kind === 'person' || e.kind === 'other') e.genderVotes.lexicon = lexiconGender(e.given ?? (words.length === 1 && !tagsOf(words[0]!).includes('LastName') ? words[0]! : null), rules);
    entities.push(e);
    return e;
  };
  const note = (e: Entity, p: Parsed, m: FoundMention): void => {
    const form = p.words.join(' ');
    if (!e.forms.includes(form)) e.forms.push(form);
    e.formCounts[form] = (e.formCounts[form] ?? 0) + 1;
    if (betterForm(form, e.name, e.kind)) { e.name = form; e.words = p.words.map((w) => w.toLowerCase()); }
    if (!m.quoted) e.count++;
    for (const r of p.roles) if (e.roles.length < MAX_ROLES && !e.roles.includes(r)) e.roles.push(r);
    for (const q of p.qualifiers) if (e.qualifiers.length < MAX_ROLES && !e.qualifiers.includes(q)) e.qualifiers.push(q);
    if (p.gender) e.genderVotes.title ??= p.gender;
  };
  const prefixes: { p: Parsed; m: FoundMention }[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const p = parsed[i];
    if (!p) continue;
    if (p.prefix) prefixes.push({ p: { words: p.prefix, kind: 'organization', gender: null, roles: [], pair: false, prefix: null, qualifiers: [] }, m: mentions[i]! });
    // `Bill Hartigan and Nora Hartigan`: each of a pair is an entity of its own too.
    if (p.pair) {
      for (const part of splitPair(p.words)) {
        if (part.length >= 2 && isGiven(part[0]!.toLowerCase(), rules)) prefixes.push({ p: { words: part, kind: 'person', gender: null, roles: [], pair: false, prefix: null, qualifiers: [] }, m: mentions[i]! });
      }
    }
    const words = p.words.map((w) => w.toLowerCase());
    const parts = nameParts(words, p.kind, rules);
    if ((p.kind === 'person' || p.kind === 'other') && parts.given === null) continue; // a surname alone: step 2
    if (p.kind === 'organization' && (words[0] === 'the' ? words.length - 1 : words.length) < 2) continue; // `The Post`, `FBI`: step 2
    const key = p.pair ? `pair\0${words.join(' ')}` : fullKey(p.kind, words, parts);
    let e = byKey.get(key);
    if (!e) { e = add(p, mentions[i]!); byKey.set(key, e); }
    note(e, p, mentions[i]!);
    ofMention[i] = e.id;
  }
  for (const { p, m } of prefixes) {
    const words = p.words.map((w) => w.toLowerCase());
    const key = fullKey(p.kind, words, nameParts(words, p.kind, rules));
    const e = byKey.get(key);
    if (!e) { const created = add(p, m); byKey.set(key, created); note(created, p, m); }
    else if (!m.quoted) e.count++;
  }
  findAcronyms(text, mentions, ofMention, entities, rules);
  const index = indexEntities(entities);

  // 2. Short forms: a surname or given name of a person named in full; a short form or acronym of an organisation.
  for (let i = 0; i < mentions.length; i++) {
    const p = parsed[i];
    if (!p || ofMention[i] !== null) continue;
    const m = mentions[i]!;
    const words = p.words.map((w) => w.toLowerCase());
    const e = shortFormOf(words, p, p.gender ?? pronounAfter(mentions, i), index, rules) ?? byKey.get(fullKey(p.kind === 'other' ? 'person' : p.kind, words, null));
    if (e) { note(e, p, m); ofMention[i] = e.id; continue; }
    const created = add(p, m);
    byKey.set(fullKey(p.kind === 'other' ? 'person' : p.kind, words, null), created);
    note(created, p, m);
    ofMention[i] = created.id;
  }
  // `Christie and Bush`: each member of a pair is mentioned too (the article's main person is counted right).
  for (let i = 0; i < mentions.length; i++) {
    const p = parsed[i];
    if (!p?.pair || mentions[i]!.quoted) continue;
    for (const part of splitPair(p.words)) {
      if (part.length !== 1) continue;
      const cands = (index.bySurname.get(part[0]!.toLowerCase()) ?? []).filter((e) => e.kind === 'person' && !e.pair && e.given !== null);
      const first = cands.sort((a, b) => a.first - b.first)[0];
      if (first) first.count++;
    }
  }
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    e.genderVotes.lexicon ??= lexiconGender(e.given, rules);
    e.gender = e.genderVotes.title ?? e.genderVotes.lexicon;
  }
  for (const e of entities) {
    // `Immigration and Customs Enforcement (ICE)`, then ICE throughout: the article's name for it is ICE.
    if (e.kind !== 'organization' || !e.acronym) continue;
    const acr = e.formCounts[e.acronym] ?? 0;
    const rest = Object.entries(e.formCounts).reduce((n, [f, c]) => (f === e.acronym ? n : n + c), 0);
    if (acr > rest) e.name = e.acronym;
  }
  votePronounGender(mentions, ofMention, entities);
  addRoles(text, mentions, ofMention, entities, rules);
  return { entities, ofMention };
}

/** Key of a full name: `Donald J. Trump` and `Donald Trump` are one person; `Donald Trump Jr.` another. */
function fullKey(kind: EntityKind, words: readonly string[], parts: { given: string | null; surname: string; suffix: string | null } | null): string {
  const k = kind === 'other' ? 'person' : kind;
  if (parts && parts.given && (kind === 'person' || kind === 'other')) return `${k}\0${parts.given}\0${parts.surname}\0${parts.suffix ?? ''}`;
  const ws = words[0] === 'the' ? words.slice(1) : words;
  return `${k}\0${ws.join(' ')}`;
}

/** The fuller of two forms of one name: more words (an initial counts), then longer. */
function betterForm(form: string, current: string, kind: EntityKind): boolean {
  if (form === current) return false;
  const a = wordCount(form);
  const b = wordCount(current);
  if (kind !== 'person') return a > b && !/^the /iu.test(form);
  if (form === form.toUpperCase() && current !== current.toUpperCase()) return false; // `DUFRESNE-HALL` is a label
  if (current === current.toUpperCase() && form !== form.toUpperCase()) return true;
  return a > b;
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * The entity a short form stands for: for a person, the surname (or given name) of one named in full,
 * chosen by gender when a title gives it (`Mrs. Clinton` is the female Clinton), else the one the
 * article names most, then the one named nearest before; for an organisation, one whose name ends or
 * starts with these words (`The Post`, `State`) or whose acronym they are.
 */
function shortFormOf(words: readonly string[], p: Parsed, localGender: 'm' | 'f' | null, index: EntityIndex, rules: EntityRules): Entity | null {
  const last = words[words.length - 1]!.replace(/\.$/u, '');
  if (p.kind === 'person' || p.kind === 'other') {
    let suffix: string | null = null;
    let surname = last;
    if (words.length === 2 && rules.suffixes.has(last)) { suffix = last; surname = words[0]!; }
    else if (words.length > 1) return orgShortForm(words, index);
    const named = [...(index.bySurname.get(surname) ?? []), ...(suffix === null ? index.byGiven.get(surname) ?? [] : [])];
    const people = named.filter((e) => (e.kind === 'person' || personLike(e, rules)) && !e.pair && e.given !== null);
    let cands = people.filter((e) => e.suffix === suffix);
    // `King` when only `Martin Luther King Jr.` is named: the surname alone is the one with the suffix.
    if (cands.length === 0 && suffix === null) cands = people.filter((e) => e.surname === surname);
    const bySurname = cands.filter((e) => e.surname === surname);
    if (bySurname.length) cands = bySurname;
    const gender = p.gender ?? localGender;
    if (gender) {
      const same = cands.filter((e) => (e.genderVotes.title ?? e.genderVotes.lexicon ?? gender) === gender);
      if (same.length) cands = same;
      else if (cands.length && p.gender && p.roles.length === 0) return null; // `Mrs. Smith` when only Tom Smith is named: another Smith
    }
    if (cands.length === 0) return p.kind === 'other' ? orgShortForm(words, index, p.words[0]) : null;
    // The one the article introduced first: the others are most often named in passing.
    return [...cands].sort((a, b) => a.first - b.first)[0]!;
  }
  if (p.kind === 'organization') return orgShortForm(words, index, p.words[p.words.length - 1]);
  return null;
}

/**
 * A name the lexicon could not place that reads as a person's: two or three capitalised words, the first
 * neither a common word nor a place, none an organisation word (`Oren Field`, whose surname is a common noun).
 */
function personLike(e: Entity, rules: EntityRules): boolean {
  if (e.kind !== 'other' || e.words.length < 2 || e.words.length > 3) return false;
  const first = e.words[0]!;
  return e.name.split(' ').every((w) => /^\p{Lu}/u.test(w)) && !isCommonWord(first) && classifyWords([first]).kind !== 'place' &&
    !e.words.some((w) => rules.orgWords.has(w) || rules.connectors.has(w));
}

function orgShortForm(words: readonly string[], index: EntityIndex, original?: string): Entity | null {
  const ws = words[0] === 'the' ? words.slice(1) : words;
  if (ws.length === 0 || ws.length > 2) return null;
  const joined = ws.join(' ');
  const acronym = ws.length === 1 && /^[\p{Lu}\d&.-]{2,}$/u.test(original ?? '');
  const byAcronym = (index.byAcronym.get(joined) ?? []).filter((e) => e.kind === 'organization' || e.kind === 'other');
  if (byAcronym.length) {
    const e = pick(byAcronym, Infinity);
    e.kind = 'organization'; // `Immigration and Customs Enforcement`, known by its initials
    return e;
  }
  if (acronym) return null;
  const pool = [...(index.byLast.get(ws[ws.length - 1]!) ?? []), ...(index.byFirst.get(ws[0]!) ?? [])];
  const cands = pool.filter((e) => e.kind === 'organization' && e.words.length > ws.length && (endsWith(e.words, ws) || startsWith(e.words, ws)));
  return cands.length ? pick(cands, Infinity) : null;
}

/** Look-ups of the full names by surname, given name, first and last word, and acronym. */
interface EntityIndex {
  readonly bySurname: Map<string, Entity[]>;
  readonly byGiven: Map<string, Entity[]>;
  readonly byFirst: Map<string, Entity[]>;
  readonly byLast: Map<string, Entity[]>;
  readonly byAcronym: Map<string, Entity[]>;
}

function indexEntities(entities: readonly Entity[]): EntityIndex {
  const index: EntityIndex = { bySurname: new Map(), byGiven: new Map(), byFirst: new Map(), byLast: new Map(), byAcronym: new Map() };
  const push = (map: Map<string, Entity[]>, key: string | null, e: Entity) => {
    if (key === null) return;
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of entities) {
    push(index.bySurname, e.surname, e);
    push(index.byGiven, e.given, e);
    const ws = e.words[0] === 'the' ? e.words.slice(1) : e.words;
    push(index.byFirst, ws[0] ?? null, e);
    push(index.byLast, ws[ws.length - 1] ?? null, e);
    push(index.byAcronym, e.acronym?.toLowerCase() ?? null, e);
  }
  return index;
}

function endsWith(a: readonly string[], b: readonly string[]): boolean {
  return b.every((w, k) => a[a.length - b.length + k] === w);
}

function startsWith(a: readonly string[], b: readonly string[]): boolean {
  const from = a[0] === 'the' ? 1 : 0;
  return b.every((w, k) => a[from + k] === w);
}

/**
 * The gender of the first `he`/`she` after a mention, in its sentence or the next, when no other name
 * stands between them (`Clinton said she …`).
 */
function pronounAfter(mentions: readonly FoundMention[], i: number): 'm' | 'f' | null {
  const m = mentions[i]!;
  for (let k = i + 1; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.sentence > m.sentence + 1) break;
    if (x.quoted) continue;
    if (!x.pronoun) { if (x.kind === 'person' && /^\p{Lu}/u.test(x.name)) return null; continue; }
    const w = x.name.toLowerCase();
    if (w === 'he') return 'm';
    if (w === 'she') return 'f';
  }
  return null;
}

/** The most named of several candidates; on a tie, the one first named nearest before `at`. */
function pick(cands: readonly Entity[], at: number): Entity {
  return [...cands].sort((a, b) => b.count - a.count || (a.first < at ? 0 : 1) - (b.first < at ? 0 : 1) || b.first - a.first)[0]!;
}

/** `Federal Bureau of Investigation (FBI)`; an acronym that is the initials of an organisation's name. */
function findAcronyms(text: string, mentions: readonly FoundMention[], ofMention: (number | null)[], entities: Entity[], rules: EntityRules): void {
  for (let i = 0; i < mentions.length; i++) {
    const id = ofMention[i];
    if (id === null || id === undefined) continue;
    const e = entities[id]!;
    if (e.kind !== 'organization' && e.kind !== 'other') continue;
    const after = /^\s*\((\p{Lu}[\p{Lu}&.-]{1,9})\)/u.exec(text.slice(mentions[i]!.end, mentions[i]!.end + 14));
    if (after) { e.acronym ??= after[1]!; e.kind = 'organization'; }
  }
  for (const e of entities) {
    if (e.acronym || !(e.kind === 'organization' ? e.words.length >= 2 : e.kind === 'other' && e.words.length >= 3)) continue;
    const initials = e.words.filter((w) => !rules.connectors.has(w) && w !== 'the').map((w) => w[0]).join('');
    if (initials.length >= 2) e.acronym = initials.toUpperCase();
  }
}

/**
 * Gender from the pronouns after a person: a sentence that names one person only (no other person or
 * pair) followed, in it or the next sentence, by `he`/`his` but no `she`/`her` (or the reverse).
 */
function votePronounGender(mentions: readonly FoundMention[], ofMention: readonly (number | null)[], entities: Entity[]): void {
  const bySentence = new Map<number, Set<number>>();
  const pronouns = new Map<number, { m: number; f: number }>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.quoted) continue;
    const id = ofMention[i];
    if (id !== null && id !== undefined && entities[id]!.kind === 'person') {
      const set = bySentence.get(m.sentence) ?? new Set<number>();
      set.add(id);
      bySentence.set(m.sentence, set);
    }
  }
  for (const m of mentions) {
    if (!m.pronoun || m.quoted) continue;
    const w = m.name.toLowerCase();
    const g = w === 'he' ? 'm' : w === 'she' ? 'f' : null;
    if (!g) continue;
    const c = pronouns.get(m.sentence) ?? { m: 0, f: 0 };
    c[g]++;
    pronouns.set(m.sentence, c);
  }
  for (const [s, ids] of bySentence) {
    if (ids.size !== 1) continue;
    const e = entities[[...ids][0]!]!;
    if (e.pair) continue;
    for (const t of [s, s + 1]) {
      if (t !== s && bySentence.has(t)) break;
      const c = pronouns.get(t);
      if (!c) continue;
      if (c.m && !c.f) e.genderVotes.m++;
      if (c.f && !c.m) e.genderVotes.f++;
    }
  }
  for (const e of entities) {
    if (e.kind !== 'person' || e.gender) continue;
    const { m, f } = e.genderVotes;
    if (m >= 1 && m >= 2 * f) e.gender = 'm';
    else if (f >= 1 && f >= 2 * m) e.gender = 'f';
  }
}

/**
 * Roles the text gives an entity, besides its titles: an appositive after it (`Christie, the governor of
 * New Jersey,`; `Marino, a former broadcast journalist`), a description before it (`retired neurosurgeon
 * Ben Carson`; `the New Jersey governor, Chris Christie`).
 */
function addRoles(text: string, mentions: readonly FoundMention[], ofMention: readonly (number | null)[], entities: Entity[], rules: EntityRules): void {
  for (let i = 0; i < mentions.length; i++) {
    const id = ofMention[i];
    if (id === null || id === undefined) continue;
    const e = entities[id]!;
    if (e.kind !== 'person' && e.kind !== 'organization' && e.kind !== 'other') continue;
    const m = mentions[i]!;
    // `Lena Marsh, 34, the founder of …`: an age may stand before the appositive.
    const after = text.charCodeAt(m.end) !== 44 ? null : /^,\s+(?:\d{1,3},\s+)?(?:the|a|an|his|her|its)\s+([^,.;:()"“”]{2,80}?)(?=\s*[,.;:)]|\s+(?:who|which|that|said|says|told|has|had|is|was|will)\b)/u.exec(text.slice(m.end, m.end + 100));
    if (e.kind === 'other') {
      // `Kenya Marsh, the director of …`: a name no lexicon placed (its first word a place), given a person's role, is a person.
      const head = after?.[1]!.split(/\s+(?:of|for|at|in|from|with|on)\s+/u)[0]!.split(/\s+/u).pop()!.toLowerCase();
      if (!head || e.pair || e.words.length < 2 || e.words.length > 3 || m.quoted || !(rules.roleNoun.test(head) || rules.titles.has(head)) || rules.orgKinds.has(head)) continue;
      if (!e.name.split(' ').every((w) => /^\p{Lu}/u.test(w))) continue;
      e.kind = 'person';
    }
    if (after) addRoleWords(e, after[1]!, rules);
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    if (!/\p{Ll}[,]?\s+$/u.test(before.slice(-4))) continue; // no description ends right before the name
    const desc = /,\s*$/u.test(before) ? /(?:^|[\s(])(?:the|a|an)\s+([^,.;:()"“”]{2,60}?),\s*$/u.exec(before) : null;
    if (desc) addRoleWords(e, desc[1]!, rules);
    else {
      // `retired neurosurgeon Ben Carson`: lower-case words ending in a role noun right before the name.
      const words = /(?:^|[^\p{L}])((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u.exec(before.slice(-40))?.[1]!.trim().split(/\s+/u) ?? [];
      const last = words[words.length - 1];
      if (last && (rules.roleNoun.test(last) || rules.titles.has(last))) addRoleWords(e, words.filter((w) => !rules.functionWords.has(w)).slice(-2).join(' '), rules);
    }
  }
}

/** The role words of a description: its lower-case nouns before `of`/`for`/`at` (`governor of New Jersey` → governor). */
function addRoleWords(e: Entity, phrase: string, rules: EntityRules): void {
  for (const raw of phrase.split(/\s+/u)) {
    const q = raw.toLowerCase().replace(/[^\p{L}-]/gu, '');
    if (q && e.qualifiers.length < MAX_ROLES && !rules.functionWords.has(q) && !e.qualifiers.includes(q)) e.qualifiers.push(q);
  }
  const head = phrase.split(/\s+(?:of|for|at|in|from|with|on)\s+/u)[0]!;
  for (const raw of head.split(/\s+/u)) {
    const w = raw.toLowerCase().replace(/[^\p{L}-]/gu, '');
    if (!w || rules.functionWords.has(w) || rules.notRoles.has(w)) continue;
    const r = rules.titleRoles.get(w) ?? w;
    if (e.roles.length < MAX_ROLES && !e.roles.includes(r)) e.roles.push(r);
  }
}

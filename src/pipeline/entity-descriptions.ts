/**
 * Description speakers (entity stage): `the governor` → the entity given that role; `the agency` → the last
 * organisation of that kind; `his campaign` → `Smith campaign`; `a Halden University poll` → the body named
 * in it; else the description stays, named without determiner and opening adjectives.
 */
import type { SpeakerKind, Span } from '../types.js';
import type { Entity, EntityRules, ResolvedName, SpeakerMention } from './entity-types.js';
import { lastOf, lastOccurrence, mentionBefore, mentionInside, entityOf, readerAt, sentenceBefore, speakerKind, subjectAt, surnameOf, type Context, type Occurrence } from './entity-context.js';
import { NP_STOP, resolvePronoun } from './entity-pronouns.js';

/**
 * A description: `a Halden University poll` → the body named in it; `his campaign` → the campaign of
 * the person `his` is; `the governor` → the entity given that role; `the agency` → the last organisation of
 * that kind; `the nominee` → the article's main person. Anything else stays as written.
 */
export function resolveDescription(s: SpeakerMention, ctx: Context): ResolvedName {
  const { text, rules } = ctx;
  const at = s.span.start;
  const written = text.slice(s.span.start, s.span.end);
  // `Treasury figures seen by the Ledger`: the reader's clause is no part of the name.
  const cut = readerAt(ctx, s.span);
  const asWritten = (): ResolvedName => {
    // `a young voter who gave his name only as "Dario"`: the person the description names so.
    const named = nameGiven(ctx, s.span);
    if (named) return named;
    if (!s.mention) return { name: written, kind: 'other', factor: 0.8 };
    const name = descriptionName(text, s.span, written.slice(0, cut - s.span.start), rules);
    // `The advisory panel said …; it added`: a next `it` or `they` may carry it on.
    if (s.mention.kind !== 'person' && /^\p{Ll}/u.test(name)) ctx.described.push({ name, kind: s.mention.kind, plural: s.mention.plural, at, sentence: s.mention.sentence });
    return { name, kind: s.mention.kind, factor: 0.85 };
  };
  // The noun phrase proper: up to a comma, `who`, or a preposition after the head.
  // `His campaign` when attribution kept only `campaign`: the possessive right before the span belongs to it.
  // So with `the`: `The mayor, still angry, said` when the span starts at `mayor`.
  const lead = /(?:^|[^\p{L}])(his|her|its|their|the)\s+$/iu.exec(text.slice(Math.max(0, at - 8), at));
  const before = lead && (!/^the$/iu.test(lead[1]!) || /^\p{Ll}/u.test(written)) ? lead : null;
  const np = ((before ? before[1]! + ' ' : '') + written.slice(0, cut - s.span.start)).replace(/\s+/gu, ' ').split(/,|\s(?:who|which|that)\s/u)[0]!.trim();
  const tokens = np.split(' ');
  const det = tokens[0]!.toLowerCase().replace(/['’]s$/u, '');
  // `a survey issued this month by X`: a participle after a data or organisation noun ends the core too.
  const ofAt = tokens.findIndex((t, k) => k > 0 && (/^(of|for|at|in|on|from|with|by)$/u.test(t) ||
    (/^\p{Ll}+ed$/u.test(t) && (rules.dataNouns.has(tokens[k - 1]!.toLowerCase()) || rules.orgKinds.has(tokens[k - 1]!.toLowerCase())))));
  const core = ofAt > 0 ? tokens.slice(0, ofAt) : tokens;
  const head = core[core.length - 1]!.toLowerCase().replace(/[^\p{L}\d-]/gu, '');
  const sentence = s.mention?.sentence ?? sentenceBefore(ctx, at);

  // A body named inside: `a WBUR poll`, `the BLM group`, `the RealClearPolitics average of polls`.
  // `Audit files from Tallyhouse LLC`: one capitalised word opening a description (`Audit files`) names nobody.
  // Not the outlet of `Treasury figures seen by the Ledger`: who read a document is not who wrote it.
  let insideAt = mentionInside(ctx, { start: s.span.start, end: cut });
  const opening = ctx.mentions[insideAt];
  if (opening && opening.start === s.span.start && entityOf(ctx, insideAt)!.kind === 'other' && !opening.name.includes(' ') && /^\s+\p{Ll}/u.test(text.slice(opening.end, s.span.end))) {
    insideAt = mentionInside(ctx, { start: opening.end, end: cut });
  }
  const inside = insideAt < 0 ? null : entityOf(ctx, insideAt);
  if (inside && (rules.dataNouns.has(head) || rules.orgKinds.has(head) || rules.personOrgs.has(head)) && !/^\p{Lu}/u.test(core[core.length - 1]!)) {
    if (inside.kind === 'person' && rules.personOrgs.has(head)) return { name: `${surnameOf(inside)} ${head}`, kind: 'organization', factor: 0.9 };
    if (inside.kind !== 'person' && inside.kind !== 'place' && inside.kind !== 'date') {
      // `a KXTV/Marist poll`: the pollsters joined by a slash are named together.
      const m = ctx.mentions[insideAt]!;
      const joined = /^(?:\/\p{Lu}[\p{L}\d&.-]*)+/u.exec(text.slice(m.end, Math.min(s.span.end, m.end + 40)))?.[0];
      return { name: joined && m.name === inside.name ? inside.name + joined : inside.name, kind: speakerKind(inside), factor: 0.9 };
    }
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
  // `Findings show …`, `The results`: what a poll or a survey named before found.
  if (RESULT_NOUNS.has(head) && (core.length === 1 || (core.length === 2 && rules.definite.has(det)))) {
    const owner = lastDataOwner(ctx, at, 'poll|survey|study|report|analysis', true);
    if (owner) return { ...owner, factor: 0.7 };
  }
  if (!rules.definite.has(det)) return asWritten();
  // `Omar Haddad, 32, said … The 32-year-old added`: the person the text gave that age.
  const age = core.length === 2 ? /^(\d{1,3})-year-old$/u.exec(head)?.[1] : undefined;
  const aged = age === undefined ? null : agedBefore(ctx, at, age);
  if (aged) {
    ctx.said.push({ e: aged, at, sentence });
    return { name: aged.name, kind: 'person', factor: 0.8 };
  }
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
  // (`the party` is no person whose role words hold `party`: `a former state party chairman`; `the pollster` may be one.)
  const hasRole = (e: Entity) => ((e.kind === 'person' && (!rules.orgKinds.has(head) || rules.titles.has(head))) || e.kind === 'organization') && !e.pair && e.roles.includes(head) &&
    names.every((w) => e.qualifiers.includes(w) || e.words.includes(w));
  const held = lastOccurrence(ctx, at, hasRole);
  // `Reyes blasted the plan. "…," the senator said.`: unless someone named just before holds the role, the
  // person the sentence or the one before opens with, written another way.
  // (Capitalised words ending in the head name an office, `the Inspector General`, `the Prime Minister`: no
  // variation, and no main person unless someone was given it.)
  const office = core.length >= 3 && /^\p{Lu}/u.test(core[core.length - 1]!) && /^\p{Lu}/u.test(core[core.length - 2]!);
  const variant = (held && held.sentence >= sentence - 1) || office ? null : variationOf(ctx, s, core.length, head, sentence);
  if (variant) {
    ctx.said.push({ e: variant, at, sentence });
    return { name: variant.name, kind: speakerKind(variant), factor: 0.75 };
  }
  const holder = held?.e ?? null;
  const chosen = holder ?? (ctx.main && rules.focusRoles.has(head) && !office ? ctx.main : null);
  if (chosen) {
    ctx.said.push({ e: chosen, at, sentence });
    return { name: chosen.name, kind: speakerKind(chosen), factor: chosen === holder ? 0.8 : 0.7 };
  }
  // `the agency`, `the paper`, `the network`: the last organisation of that kind.
  // A name no lexicon placed counts when its last word is of that kind (`the editorial board` of the `Valley Ledger`).
  const kindWords = rules.orgKinds.get(head);
  if (kindWords) {
    const org = lastOf(ctx, at, (e) => (e.kind === 'organization' && (e.words.some((w) => kindWords.has(w)) || (e.acronym !== null && kindWords.has(e.acronym.toLowerCase())))) ||
      (e.kind === 'other' && !e.pair && kindWords.has(e.words[e.words.length - 1]!)));
    if (org) return { name: org.name, kind: 'organization', factor: 0.8 };
    // `Facebook’s platforms, according to the company`: a brand named just before.
    if (rules.brandKinds.has(head)) {
      const near = lastOccurrence(ctx, at, (e) => e.kind === 'organization' || (e.kind === 'other' && e.given === null && !e.pair));
      if (near && near.sentence >= sentence - 1) return { name: near.e.name, kind: 'organization', factor: 0.7 };
    }
  }
  // `The statement added`: whoever spoke `in a statement` last.
  if (rules.issuedNouns.has(head) && core.length <= 3) {
    const issuer = issuerOf(ctx, at, head);
    if (issuer) return { name: issuer.name, kind: speakerKind(issuer), factor: 0.7 };
  }
  // `the poll`, `the survey`: the body behind the last one named.
  if (rules.dataNouns.has(head) && core.length <= 3) {
    const owner = lastDataOwner(ctx, at, head);
    if (owner) return { ...owner, factor: 0.75 };
  }
  return asWritten();
}

/**
 * The person a singular `the` + role, title or kin noun (`the senator`, `the father of five`, `the 42-year-old`)
 * stands for when it varies a name just written: the subject of its sentence (before it) or of the one before.
 * Not for roles that most often stay anonymous (`the official`), nor across gender (`the mother` is no man),
 * nor for an office when the subject holds another (`Gov. Ann Whitley` is not `the treasurer`).
 */
function variationOf(ctx: Context, s: SpeakerMention, words: number, head: string, sentence: number): Entity | null {
  const { rules, text } = ctx;
  if (words < 2 || words > 4 || (s.mention && (s.mention.plural || s.mention.kind === 'organization'))) return null;
  if (rules.anonymousRoles.has(head) || rules.orgKinds.has(head) || rules.dataNouns.has(head) || rules.issuedNouns.has(head) || rules.personProxies.has(head) || rules.personOrgs.has(head)) return null;
  const kin = rules.kinNouns.get(head);
  // A head the mention stage did not read as a person's (`the letter`) must be a kin word, an age, a title or a focus role.
  const personal = kin !== undefined || /^\d+-year-old$/u.test(head) || rules.titles.has(head) || rules.focusRoles.has(head);
  if (!personal && (!rules.roleNoun.test(head) || (s.mention && s.mention.kind !== 'person'))) return null;
  let own = subjectAt(ctx, sentence, s.span.start);
  let before: Occurrence | null = null;
  // A phrase attribution built has no mention (nor sentence): a sentence end after that name puts it in the sentence before.
  if (own && !s.mention && /[.!?]["'”’]?\s+\p{Lu}|\n/u.test(text.slice(own.at, s.span.start))) { before = own; own = null; }
  else if (!own) before = subjectAt(ctx, sentence - 1, s.span.start);
  // In its own sentence the subject counts only across a quotation (`Reyes defends it on TV: "…," the senator says`):
  // `Reyes smiled as the heckler shouted` names two people.
  if (own && !/["“”‘’']/u.test(text.slice(own.at, s.span.start))) return null;
  const e = (own ?? before)?.e;
  // A single name of unknown gender counts once it has spoken (`Omar, 42, said`), unless it reads as a group (`Democrats`).
  if (!e || (e.given === null && e.gender === null && (/s$/u.test(e.name) || !ctx.said.some((x) => x.e === e)))) return null;
  if (kin && e.gender && e.gender !== kin) return null;
  if (rules.offices.has(head) && e.roles.some((r) => r !== head && rules.offices.has(r))) return null;
  return e;
}

/** The last person before `at` written with that age after the name: `Omar Haddad, 32,`, `Haddad (32)`. */
function agedBefore(ctx: Context, at: number, age: string): Entity | null {
  const after = new RegExp(`^(?:,\\s*${age}\\s*[,.;)]|\\s*\\(${age}\\))`, 'u');
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > at || m.quoted || !after.test(ctx.text.slice(m.end, m.end + 8))) continue;
    const e = entityOf(ctx, i);
    if (e && e.kind === 'person' && !e.pair) return e;
  }
  return null;
}

/** `… his name was "Dario"`, `… identified herself only as Mara`, `… who gave his first name as Leo`, in the description's clause. */
const NAME_GIVEN = /^[^.!?;:\n]{0,120}?\b(?:(?:his|her)\s+(?:first\s+|last\s+)?name\s+(?:was|is)|identified\s+(?:only\s+)?(?:himself\s+|herself\s+)?(?:only\s+)?as|(?:gave|giving|gives)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:goes|went)\s+by)\s+(?:only\s+)?["“'‘]?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/**
 * The name a description's own clause gives the person (see NAME_GIVEN): the entity of that name when the
 * table has one (`Dario` → `Dario Ruiz` named later), else the name as written.
 */
function nameGiven(ctx: Context, span: Span): ResolvedName | null {
  const m = NAME_GIVEN.exec(ctx.text.slice(span.start, span.start + 240));
  if (!m) return null;
  const words = m[1]!.split(/\s+/u);
  const last = words[words.length - 1]!.toLowerCase();
  const e = ctx.table.entities.find((x) => (x.kind === 'person' || x.kind === 'other') && !x.pair && (x.surname === last || x.given === last || (x.words.length === 1 && x.words[0] === last)));
  if (e) {
    if (e.kind === 'other') e.kind = 'person';
    ctx.said.push({ e, at: span.start, sentence: sentenceBefore(ctx, span.start) });
    return { name: e.name, kind: 'person', factor: 0.8 };
  }
  return { name: m[1]!, kind: 'person', factor: 0.75 };
}

/**
 * The speaker of the last `in a statement` (or release, email) before `at`: the first speaker after
 * `In a statement,` or the last one before `… said in a statement`, within 150 characters.
 */
function issuerOf(ctx: Context, at: number, head: string): Entity | null {
  const from = Math.max(0, at - 3000);
  const re = new RegExp(String.raw`\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?${head}\b`, 'gu');
  const window = ctx.text.slice(from, at);
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m;
  if (!last) return null;
  const start = from + last.index;
  const end = start + last[0].length;
  let before: Entity | null = null;
  for (const o of ctx.said) {
    if (o.at >= end && o.at < end + 150 && o.at < at) return o.e;
    if (o.at < start && o.at >= start - 150) before = o.e;
  }
  return before;
}

/**
 * The name of a description that stays one: the noun phrase without its determiner, the words after a
 * comma or `who`, adverbs and evaluative adjectives (`The recalcitrant officers` → `officers`; `Freshly
 * leaked documents`, whose span holds only `documents` → `leaked documents`). Participles, numbers,
 * names and nouns stay (`21-year-old West Dunmore resident`, `retired teachers`).
 */
export function descriptionName(text: string, span: Span, written: string, rules: EntityRules): string {
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
export const ADJECTIVE = /^[\p{Ll}-]{3,}(?:ly|ant|ous|ive|ful|less|ical|able|ible|ish)$/u;

/** Words with those endings that are not modifiers to drop: `early results`, `elderly voters`, `assistant`. */
export const NOT_ADJECTIVES = new Set(['early', 'only', 'elderly', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'family', 'assistant', 'consultant', 'attendant', 'applicant', 'immigrant', 'migrant', 'servant', 'executive', 'representative', 'relative', 'detective', 'native', 'conservative', 'progressive', 'legislative', 'political']);

/** What a poll or survey found, named without the poll: `Findings show`, `the results`. */
const RESULT_NOUNS = new Set(['findings', 'results', 'numbers', 'figures', 'data']);

/**
 * The body behind the last piece of data written before `at`: the name right before the same noun
 * (`a WKRT/Halden poll`, slashes kept), a body a report is by or from (`a 2009 report by the Center for …`),
 * or a body whose name holds the noun (`the Halden Survey of Shoppers` for `the survey`).
 */
export function lastDataOwner(ctx: Context, at: number, head: string, ahead = false): { name: string; kind: SpeakerKind } | null {
  const test = { after: new RegExp(String.raw`^['’]?s?\s+(?:${head})s?\b`, 'iu'), heads: head.split('|') };
  const last = mentionBefore(ctx.mentions, at);
  for (let k = last; k >= Math.max(0, last - 2000); k--) {
    if (ctx.mentions[k]!.end >= at) continue;
    const owner = dataOwner(ctx, k, test);
    if (owner) return owner;
  }
  // `Findings show …` in a lead, the poll named in the next sentences.
  const sentence = ctx.mentions[last + 1]?.sentence ?? 0;
  for (let k = last + 1; ahead && k < ctx.mentions.length && ctx.mentions[k]!.sentence <= sentence + 2; k++) {
    const owner = dataOwner(ctx, k, test);
    if (owner) return owner;
  }
  return null;
}

/** The body mention k names, when it stands behind data of this noun (see lastDataOwner): the noun right after it, a data noun it is by or from, or the noun in its name. */
function dataOwner(ctx: Context, k: number, test: { after: RegExp; heads: readonly string[] }): { name: string; kind: SpeakerKind } | null {
  const { text, rules } = ctx;
  const m = ctx.mentions[k]!;
  const e = entityOf(ctx, k);
  if (!e || e.kind === 'person' || e.kind === 'place' || e.kind === 'date') return null;
  let kind: SpeakerKind | null = null;
  if (test.after.test(text.slice(m.end, m.end + 12))) kind = speakerKind(e);
  else {
    const by = /\b(\p{Ll}+)\s+(?:by|from)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if ((by && rules.dataNouns.has(by[1]!)) || ((e.kind === 'organization' || (e.kind === 'other' && !e.pair)) && test.heads.some((h) => e.words.includes(h)))) kind = 'organization';
  }
  if (kind === null) return null;
  const compound = /(?:\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*)*\/)+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[0].replace(/^(?:A|An|The|In|On|At|By)\s+/u, '') ?? '';
  // `WKRT/Halden University Poll`: the pollsters, without the poll.
  const name = (compound ? compound + text.slice(m.start, m.end) : e.name).replace(/\s+(?:Poll|Polls|Survey|Study|Report)$/u, '');
  return { name, kind };
}

/**
 * Pronoun speakers (entity stage): he/she/it/they/we/I agree with their antecedent in gender and number,
 * never take places, dates, works or pairs; who/which take the noun phrase before them; the narrator's I
 * is the byline, a transcript turn's label speaks its I and we.
 */
import type { FoundMention } from './mentions.js';
import type { Entity, ResolvedName, SpeakerMention } from './entity-types.js';
import { entityOf, lastBefore, lastOccurrence, mentionBefore, sentenceBefore, speakerKind, subjectAt, type Context, type Occurrence } from './entity-context.js';

export function resolvePronoun(w: string, s: SpeakerMention, ctx: Context): ResolvedName {
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
  const chain = w === 'he' || w === 'him' ? 'he' : w === 'she' || w === 'her' ? 'she' : null;
  let found = antecedent(ctx.occurrences, ctx.said, sentence, at, want, carryOn ? 4 : 1, chain ? (k) => (ctx.openers.get(k)?.w === chain ? ctx.openers.get(k)!.at : null) : undefined);
  // `Reyes spoke on Monday. Mayor Dana Cole drew cheers when she said …`: the subject of the pronoun's own sentence,
  // before it, over someone who spoke in an earlier one; not when the words before are what the pronoun says
  // (`Also, Cole is wrong, he said`), nor when another name that could be it stands between them.
  if (chain && !carryOn && found && found.sentence < sentence && ctx.said.includes(found) && !(s.content && s.content.end <= at)) {
    const own = subjectAt(ctx, sentence, at);
    if (own && own.e !== found.e && want(own.e) && !ctx.occurrences.some((o) => o.sentence === sentence && o.at > own.at && o.at < at && o.e !== own.e && want(o.e) && !o.possessive && !o.oblique)) found = own;
  }
  // `The advisory panel, set up by Kestrel Corp, said …. It added`: a description that spoke after the name carries on.
  if (w === 'it' || w === 'they') {
    const d = ctx.described.findLast((x) => x.at < at);
    if (d && d.sentence >= sentence - 1 && d.plural === (w === 'they') && (!found || found.at < d.at)) {
      ctx.described.push({ ...d, at, sentence });
      return { name: d.name, kind: d.kind, factor: 0.6 };
    }
  }
  let best = found?.e ?? null;
  let factor = 0.85;
  if (!best && (w === 'he' || w === 'she' || w === 'i') && ctx.main && want(ctx.main)) { best = ctx.main; factor = 0.7; }
  if (best) {
    const via = !found ? 'main' : ctx.said.includes(found) ? 'speaker' : found.possessive ? 'possessor' : found.sentence === sentence ? 'near' : 'subject';
    if (found) {
      if (sentence - found.sentence > 2) factor -= 0.05;
      if (competitor(ctx.occurrences, found, at, best, want)) factor -= 0.1;
    }
    // A person of unknown gender a pronoun takes by nearness (named in its sentence or the one before) is of that gender
    // from then on (`… with Tressle, because she described him`): a later pronoun of the other gender passes them by.
    // A guess from further back or from the article's main person fixes nothing: one wrong `he` would lose every `she`.
    if (found && sentence - found.sentence <= 1 && best.gender === null && best.kind === 'person' && (w === 'he' || w === 'she')) best.gender = w === 'he' ? 'm' : 'f';
    ctx.said.push({ e: best, at, sentence });
    return { name: best.name, kind: speakerKind(best), factor, via };
  }
  // No name agrees: `they`, `it` take the last description of that number (`many voters … they`), as written.
  if (w === 'they' || w === 'it' || w === 'we') {
    const np = lastDescription(ctx, at, sentence, w !== 'it');
    if (np) return { name: nounPhrase(text, np), kind: np.kind, factor: 0.6 };
    // …else the last organisation named in this sentence or the two before.
    const org = lastOccurrence(ctx, at, (e) => e.kind === 'organization');
    if (org && org.sentence >= sentence - 2) return { name: org.e.name, kind: 'organization', factor: 0.6 };
    // …else the organisation the article is about (`Snapwire … it once told users`), as `he` takes its main person.
    if (w !== 'we' && ctx.mainOrg) return { name: ctx.mainOrg.name, kind: speakerKind(ctx.mainOrg), factor: 0.5 };
  }
  // `Q: Do you think …`: in an interview's question, you is the one interviewed, the article's main person.
  if (w === 'you' && ctx.main && /(?:^|\n)\s*Q[:.]\s[^\n]*$/u.test(text.slice(Math.max(0, at - 300), at))) {
    return { name: ctx.main.name, kind: 'person', factor: 0.6 };
  }
  const written = text.slice(s.span.start, s.span.end);
  return { name: written, kind: w === 'it' ? 'organization' : 'person', factor: 0.6 };
}

/**
 * The antecedent of a pronoun: the last compatible speaker when it spoke in this sentence or the one
 * before; otherwise, sentence by sentence backwards (at most five), the first compatible name of the
 * sentence (its subject, most often), or in the pronoun's own sentence the nearest one before it.
 */
/**
 * `chained` gives, for a sentence that opens with the pronoun being resolved (`He …`), that pronoun's offset:
 * such a sentence carries on the one the pronoun stands for, so its other names are passed by, and it does
 * not count towards the five sentences searched (at most 20 in all). A speaker in it counts only when it is
 * that opening pronoun.
 */
export function antecedent(occurrences: readonly Occurrence[], speakers: readonly Occurrence[], sentence: number, at: number, want: (e: Entity) => boolean, speakerWindow = 1, chained?: (sentence: number) => number | null): Occurrence | null {
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
  const counts = (x: Occurrence): boolean => { const o = x.sentence < sentence ? chained?.(x.sentence) ?? null : null; return o === null || o === x.at; };
  let budget = 5;
  for (let sIdx = sentence; sIdx >= Math.max(0, sentence - 20) && budget >= 0; sIdx--) {
    let first: Occurrence | null = null;
    let lo = hi;
    while (lo >= 0 && occurrences[lo]!.sentence === sIdx) lo--;
    // `He has read Carver's novel with his brother, Sam.`: a sentence that opens with the same pronoun carries on
    // the one it stands for; its other names are no antecedent.
    const opener = sIdx < sentence ? chained?.(sIdx) ?? null : null;
    if (opener !== null) {
      if (lastSpeaker && lastSpeaker.sentence === sIdx && lastSpeaker.at === opener) return lastSpeaker; // that pronoun, resolved
      hi = lo;
      continue;
    }
    budget--;
    let oblique: Occurrence | null = null;
    for (let k = lo + 1; k <= hi; k++) {
      const o = occurrences[k]!;
      if (!want(o.e)) continue;
      if (sIdx === sentence) first = o; // nearest before the pronoun
      else if (o.possessive) possessor ??= o; // `Smith's`: no subject
      else if (o.oblique) oblique ??= o; // `sent to Ada Reyes`: no subject
      else { first = o; break; } // the sentence's first: its subject
    }
    // A sentence whose only name stands after a preposition (`in the words of Carl Ortiz. He …`) gives it,
    // unless someone spoke within the three sentences before it: they carry on (`… to Ada Reyes. "…," he said`).
    if (!first && oblique && !(lastSpeaker && counts(lastSpeaker) && lastSpeaker.sentence >= sIdx - 3)) first = oblique;
    hi = lo;
    if (first) {
      if (lastSpeaker && lastSpeaker.e !== first.e && lastSpeaker.sentence >= sIdx && counts(lastSpeaker)) return lastSpeaker;
      return first;
    }
  }
  return (lastSpeaker && counts(lastSpeaker) ? lastSpeaker : null) ?? possessor ?? lastSpeaker;
}

/** Another entity the pronoun could take, mentioned between the antecedent and the pronoun. */
export function competitor(occurrences: readonly Occurrence[], found: Occurrence, at: number, best: Entity, want: (e: Entity) => boolean): boolean {
  for (let k = lastBefore(occurrences, found.at + 1) + 1; k < occurrences.length; k++) {
    const o = occurrences[k]!;
    if (o.at >= at) break;
    if (o.e !== best && want(o.e) && (o.e.gender === best.gender)) return true;
  }
  return false;
}

/**
 * A post-modifier of a person's noun and up to three words of its object, then a comma, at the end of a text:
 * `familiar with the talks, `, `of his best friend, `, `for the campaign, ` (not `from`: `a lecture from the president, who`).
 */
const POST_MODIFIER_OBJECT = /\s(?:of|for|familiar with|close to)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+,\s*$/u;

/** `Lena Marsh, 34, of Dayton, who …`: the nearest person or organisation named before `who` in its sentence. */
export function relativeHead(ctx: Context, at: number, sentence: number): ResolvedName | null {
  // `an aide familiar with the talks, who`, `the wife of his best friend, who`: the head the post-modifier hangs on.
  const head = modifiedHead(ctx, at, sentence);
  if (head) return head;
  // `those who said`, `Anyone who says`: a group, or someone unnamed, as written; never the person named last.
  const group = /(?<![\p{L}\p{N}'’-])(\p{L}+)\s+$/u.exec(ctx.text.slice(Math.max(0, at - 20), at));
  if (group && ctx.rules.genericHeads.has(group[1]!.toLowerCase())) return { name: group[1]!, kind: 'other', factor: 0.7 };
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
export function lastDescription(ctx: Context, at: number, sentence: number, plural: boolean): FoundMention | null {
  for (let k = mentionBefore(ctx.mentions, at); k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.sentence < sentence - 2) break;
    if (!m.pronoun && !m.quoted && /^\p{Ll}/u.test(m.name) && m.plural === plural) return m;
  }
  return null;
}

/** A nominal mention with its modifiers, without the determiner: `21-year-old West Dunmore resident`. */
export function nounPhrase(text: string, m: FoundMention): string {
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
export const NP_STOP = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'all', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of', 'and', 'or', 'by', 'for', 'to', 'in', 'on', 'at', 'with', 'from', 'said', 'says', 'say', 'told', 'as', 'like', 'than', 'but', 'if', 'when', 'while', 'because', 'other', 'such', 'several', 'few', 'both', 'each', 'every', 'any', 'no', 'is', 'are', 'was', 'were', 'be', 'been', 'who', 'which']);

/** `MS. DUFRESNE-HALL: I think …`: the label that opens a transcript turn speaks the I and we of its paragraph. */
export function turnLabel(text: string, at: number, ctx: Context): ResolvedName | null {
  const from = Math.max(0, at - 2000);
  let nl = at - 1;
  while (nl >= from && text.charCodeAt(nl) !== 10) nl--; // no slice: this runs for every I and we
  if (nl < from && from > 0) return null; // a line this long is not a transcript turn
  const lineStart = nl + 1;
  const label = /^\s*((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,3}\p{Lu}[\p{Lu}'’-]+):/u.exec(text.slice(lineStart, Math.min(at, lineStart + 60)));
  if (!label) return null;
  const words = label[1]!.split(/\s+/u).map((w) => w.toLowerCase().replace(/\.$/u, ''));
  const last = words[words.length - 1]!;
  const e = ctx.table.entities.find((x) => x.kind === 'person' && x.given !== null && x.surname === last)
    ?? ctx.table.entities.find((x) => x.kind === 'person' && x.surname === last);
  if (e) return { name: e.name, kind: 'person', factor: 0.9 };
  return null;
}

/** Nouns of a writer's sign-off bio (`Doe is a reporter for …`). */
const JOURNALISTS = 'reporter|writer|correspondent|columnist|editor|contributor|journalist|author';

/** `By Jane Doe` near the top, or a sign-off line at the end (`— Jane Doe`): who the narrator's `I` is. */
export function authorOf(ctx: Context): string | null {
  if (ctx.author !== undefined) return ctx.author;
  const { text } = ctx;
  const name = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;
  const byline = new RegExp(String.raw`(?:^|\n)\s*(?:By|BY)\s+${name}\s*(?:\n|,|$| and )`, 'u').exec(text.slice(0, 600));
  const signoff = new RegExp(String.raw`(?:^|\n)\s*(?:[—–-]{1,2}\s*)${name}\s*$`, 'u').exec(text.slice(-300).trimEnd());
  const bio = new RegExp(String.raw`(?:^|\n)\s*${name}\s+(?:is|was)\s+(?:a|an|the)\s+[^\n]{0,120}$`, 'u').exec(text.slice(-400).trimEnd());
  // `Doe is a Washington-based reporter for …`: a sign-off bio may give the surname alone.
  const surnameBio = byline ?? signoff ?? bio ? null : new RegExp(String.raw`(?:^|\n)\s*(\p{Lu}[\p{L}'’-]+)\s+(?:is|was)\s+(?:a|an|the)\s+[^\n]{0,60}?\b(?:${JOURNALISTS})\b[^\n]{0,80}$`, 'u').exec(text.slice(-400).trimEnd());
  ctx.author = (byline ?? signoff ?? bio ?? surnameBio)?.[1] ?? null;
  return ctx.author;
}

/** The speaker a `, who` after a post-modifier's object stands for: the mention right before the modifier; else null. */
function modifiedHead(ctx: Context, at: number, sentence: number): ResolvedName | null {
  const from = Math.max(0, at - 60);
  const modifier = POST_MODIFIER_OBJECT.exec(ctx.text.slice(from, at));
  if (!modifier) return null;
  const headEnd = from + modifier.index; // the space before the modifier
  for (let k = mentionBefore(ctx.mentions, headEnd); k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.sentence !== sentence || m.end < headEnd) return null;
    if (m.end > headEnd || m.pronoun) continue;
    const e = entityOf(ctx, k);
    if (e && (e.kind === 'person' || e.kind === 'organization' || e.kind === 'other')) {
      ctx.said.push({ e, at, sentence });
      return { name: e.name, kind: speakerKind(e), factor: 0.9 };
    }
    return /^\p{Ll}/u.test(m.name) ? { name: nounPhrase(ctx.text, m), kind: m.kind, factor: 0.8 } : null;
  }
  return null;
}

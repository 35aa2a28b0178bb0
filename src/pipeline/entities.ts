import type { SpeakerKind, Span } from '../types.js';
import type { FoundMention } from './mentions.js';
import { stripPossessive } from '../text/tokens.js';

/**
 * The entity stage: after attribution, every speaker mention is resolved to a name of the document
 * (surnames to full names, pronouns to their antecedents, short forms of organisations to the long one).
 * JSON-shaped in and out: the speaker's mention is named by its index in `mentions`.
 */

/** A speaker as attribution found it. */
export interface SpeakerMention {
  readonly span: Span;
  readonly mention: FoundMention | null; // null: a noun phrase without a known head
  readonly mentionIndex: number | null; // index of `mention` in the document's `mentions`; null: a phrase attribution built
  readonly name: string | null; // set when inherited from an earlier claim
  readonly kind: SpeakerKind | null;
}

/**
 * A speaker's canonical name, a factor on the shape's score (how sure the resolution is) and how it was
 * found: `given` (inherited), `name` (a name of the document), `phrase` (kept as written), or for a pronoun
 * the rule that found its antecedent (`last-speaker`, `subject` of a sentence before, `nearest` name in its
 * own sentence) or `unresolved`. The confidence model reads `via`.
 */
export type ResolvedVia = 'given' | 'name' | 'phrase' | 'last-speaker' | 'subject' | 'nearest' | 'unresolved';
export interface ResolvedName { readonly name: string; readonly kind: SpeakerKind; readonly factor: number; readonly via: ResolvedVia }

/**
 * Resolve each speaker (null: a claim without one) against the document's mentions, in the order the
 * speakers stand in the text. Returns one name per speaker, null where the speaker is null.
 */
export function resolveEntities(input: {
  text: string;
  mentions: readonly FoundMention[]; // every mention of the document, in text order
  speakers: readonly (SpeakerMention | null)[];
}): (ResolvedName | null)[] {
  const { text, mentions, speakers } = input;
  // Every name outside quotations, in order: antecedents for pronouns, full names for surnames.
  const occurrences: Occurrence[] = [];
  const index = newIndex();
  const canonical = new Map<number, Entity>(); // mention index → entity
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.quoted || m.pronoun) continue;
    if (!/^\p{Lu}/u.test(m.name)) {
      // A nominal organisation (`the union`) stands for the one named earlier, when there is one.
      if (m.kind === 'organization') {
        const named = index.orgByWord.get(m.name.toLowerCase());
        if (named) { occurrences.push({ e: named, at: m.start, sentence: m.sentence }); canonical.set(i, named); }
      }
      continue;
    }
    const e = canonicalEntity(m, index);
    occurrences.push({ e, at: m.start, sentence: m.sentence });
    canonical.set(i, e);
  }
  const out: (ResolvedName | null)[] = speakers.map(() => null);
  const said: Occurrence[] = [];
  const order = speakers.map((_, i) => i).filter((i) => speakers[i] !== null).sort((a, b) => speakers[a]!.span.start - speakers[b]!.span.start);
  for (const i of order) out[i] = resolveOne(speakers[i]!, occurrences, canonical, said, text);
  return out;
}

/** A named thing of the document, and where it is mentioned (outside quotations). */
interface Entity { name: string; words: readonly string[]; kind: SpeakerKind; gender: 'm' | 'f' | null; plural: boolean; order: number }

/** The document's entities, looked up by name, first word, last word and (organisations) any word. */
interface NameIndex {
  readonly byName: Map<string, Entity>;
  readonly byFirst: Map<string, Entity[]>;
  readonly byLast: Map<string, Entity[]>;
  readonly orgByWord: Map<string, Entity>;
  count: number;
}

/** `The New York Times` and `New York Times` are one name. */
function nameKey(name: string): string {
  return name.replace(/^the /iu, '');
}

function newIndex(): NameIndex {
  return { byName: new Map(), byFirst: new Map(), byLast: new Map(), orgByWord: new Map(), count: 0 };
}

function addEntity(index: NameIndex, e: Entity): void {
  index.byName.set(e.kind + '\0' + nameKey(e.name), e);
  const push = (map: Map<string, Entity[]>, key: string) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  push(index.byFirst, e.words[0]!);
  push(index.byLast, e.words[e.words.length - 1]!);
  if (e.kind === 'organization') for (const w of e.words) index.orgByWord.set(w.toLowerCase(), e);
}
interface Occurrence { readonly e: Entity; readonly at: number; readonly sentence: number }


/**
 * The entity a name mention stands for: the same name; a surname or first name of a person named in
 * full (`Crane` → `Chris Crane`), `Donald J. Trump` after `Donald Trump`; a short form of an organisation
 * (`the Times` → `The New York Times`). The most recent such entity wins; else a new one.
 */
function canonicalEntity(m: FoundMention, index: NameIndex): Entity {
  const words = m.name.split(' ').map(stripPossessive);
  const name = words.join(' ');
  const last = words[words.length - 1]!;
  let best: Entity | null = index.byName.get(m.kind + '\0' + nameKey(name)) ?? null;
  const consider = (e: Entity) => { if (!best || e.order > best.order) best = e; };
  if (m.kind === 'person' || m.kind === 'other') {
    for (const e of index.byLast.get(last) ?? []) {
      if (e.kind === 'person' && e.words.length > 1 && (words.length === 1 || e.words[0] === words[0])) consider(e);
    }
    if (words.length === 1) for (const e of index.byFirst.get(last) ?? []) if (e.kind === 'person' && e.words.length > 1) consider(e);
  }
  if (m.kind === 'organization' && words.length <= 2) {
    for (const e of index.byLast.get(last) ?? []) if (e.kind === 'organization' && e.words.length > words.length) consider(e);
  }
  if (best) return best;
  const e: Entity = { name, words, kind: m.kind, gender: m.gender === 'n' ? null : m.gender, plural: m.plural, order: index.count++ };
  addEntity(index, e);
  return e;
}

function resolveOne(
  s: SpeakerMention, occurrences: readonly Occurrence[], canonical: Map<number, Entity>, speakers: Occurrence[], text: string,
): ResolvedName {
  if (s.name && s.kind) return { name: s.name, kind: s.kind, factor: 1, via: 'given' };
  const m = s.mention;
  if (!m) return { name: text.slice(s.span.start, s.span.end), kind: 'other', factor: 0.8, via: 'phrase' };
  const at = s.span.start;
  if (m.pronoun && s.span.start === m.start) {
    const w = m.name.toLowerCase();
    const want = (e: Entity): boolean => {
      if (w === 'he') return e.kind === 'person' && e.gender !== 'f' && !e.plural;
      if (w === 'she') return e.kind === 'person' && e.gender !== 'm' && !e.plural;
      if (w === 'it') return e.kind === 'organization' && !e.plural;
      if (w === 'they' || w === 'we') return e.kind === 'organization' || e.plural;
      if (w === 'i') return e.kind === 'person';
      return false;
    };
    const found = antecedent(occurrences, speakers, m.sentence, at, want);
    const best = found?.e;
    if (found && best) {
      if ((w === 'he' || w === 'she') && best.gender === null) best.gender = w === 'he' ? 'm' : 'f';
      speakers.push({ e: best, at, sentence: m.sentence });
      return { name: best.name, kind: best.kind, factor: 0.85, via: found.via };
    }
    return { name: m.name, kind: w === 'it' ? 'organization' : 'person', factor: 0.6, via: 'unresolved' };
  }
  const e = s.mentionIndex === null ? undefined : canonical.get(s.mentionIndex);
  if (e) {
    // A capitalised name the lexicon does not know, speaking: most often a surname (`Fiorina`), or an
    // acronym of an organisation (`AFL-CIO`).
    if (e.kind === 'other' && e.words.length <= 3 && e.words.every((w) => /^\p{Lu}/u.test(w))) {
      e.kind = e.words.length === 1 && /^[\p{Lu}\d&.-]{2,}$/u.test(e.name) ? 'organization' : 'person';
    }
    speakers.push({ e, at, sentence: m.sentence });
    return { name: e.name, kind: e.kind, factor: e.name === m.name ? 1 : 0.97, via: 'name' };
  }
  const phrase = text.slice(s.span.start, s.span.end).replace(/^(the|a|an)\s+/iu, '').replace(/\s+/gu, ' ');
  return { name: phrase, kind: m.kind, factor: 0.85, via: 'phrase' };
}

/**
 * The antecedent of a pronoun: the last compatible speaker when it spoke in this sentence or the one
 * before; otherwise, sentence by sentence backwards (at most five), the first compatible name of the
 * sentence (its subject, most often), or in the pronoun's own sentence the nearest one before it.
 */
function antecedent(occurrences: readonly Occurrence[], speakers: readonly Occurrence[], sentence: number, at: number, want: (e: Entity) => boolean): { e: Entity; via: ResolvedVia } | null {
  let lastSpeaker: Occurrence | null = null;
  for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - 50); i--) {
    const x = speakers[i]!;
    if (x.at < at && want(x.e)) { lastSpeaker = x; break; }
  }
  if (lastSpeaker && lastSpeaker.sentence >= sentence - 1) return { e: lastSpeaker.e, via: 'last-speaker' };
  // The last occurrence before the pronoun, by binary search.
  let lo = 0;
  let hi = occurrences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (occurrences[mid]!.at < at) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let sIdx = sentence; sIdx >= Math.max(0, sentence - 5); sIdx--) {
    let first: Entity | null = null;
    let lo = hi;
    while (lo >= 0 && occurrences[lo]!.sentence === sIdx) lo--;
    for (let k = lo + 1; k <= hi; k++) {
      const o = occurrences[k]!;
      if (!want(o.e)) continue;
      if (sIdx === sentence) first = o.e; // nearest before the pronoun
      else { first = o.e; break; } // the sentence's first: its subject
    }
    hi = lo;
    if (first) {
      if (lastSpeaker && speakers.length && lastSpeaker.e !== first && lastSpeaker.sentence >= sIdx) return { e: lastSpeaker.e, via: 'last-speaker' };
      return { e: first, via: sIdx === sentence ? 'nearest' : 'subject' };
    }
  }
  return lastSpeaker ? { e: lastSpeaker.e, via: 'last-speaker' } : null;
}

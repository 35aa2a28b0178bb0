import type { Claim, ClaimType, SpeakerKind, SpeakerRecord } from '../types.js';

/** Tie-break for `kind` when two kinds are equally frequent: independent of the order claims arrive in. */
const KIND_ORDER: readonly SpeakerKind[] = ['person', 'organization', 'other'];

/**
 * One record per canonical speaker (`speaker.name`, case-sensitive: the resolver canonicalises), for
 * `claims speakers`. Claims without a speaker are skipped. Strings are ordered by UTF-16 code units, not
 * by locale, so the output is the same on every machine.
 */
export function groupSpeakers(claims: readonly Claim[]): SpeakerRecord[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!claim.speaker) continue;
    const group = groups.get(claim.speaker.name);
    if (group) group.push(claim);
    else groups.set(claim.speaker.name, [claim]);
  }
  const records = [...groups].map(([name, group]) => buildRecord(name, group));
  return records.sort((a, b) => b.claims - a.claims || compareText(a.name, b.name));
}

function buildRecord(name: string, group: readonly Claim[]): SpeakerRecord {
  const kinds = new Map<SpeakerKind, number>();
  const mentions = new Map<string, number>();
  const cues = new Map<string, number>();
  const types: Record<ClaimType, number> = { direct: 0, mixed: 0, indirect: 0 };
  const docs = new Set<string>();
  for (const claim of group) {
    const speaker = claim.speaker!;
    count(kinds, speaker.kind);
    count(mentions, speaker.text);
    if (claim.cue) count(cues, claim.cue.lemma);
    types[claim.type]++;
    docs.add(claim.doc);
  }
  const kind = [...KIND_ORDER].sort((a, b) => (kinds.get(b) ?? 0) - (kinds.get(a) ?? 0))[0]!; // stable sort
  return {
    name,
    kind,
    claims: group.length,
    documents: docs.size,
    mentions: [...mentions].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([text]) => text),
    cues: Object.fromEntries([...cues].sort((a, b) => compareText(a[0], b[0]))),
    types,
  };
}

function count<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

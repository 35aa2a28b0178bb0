import type { Attribution, ClaimType, ResolvedSpeaker, Span } from '../../types.js';
import type { ResolvedName, SpeakerMention } from '../entities.js';
import type { FoundMention } from '../mentions.js';
import type { Found } from './shape.js';
import { type SentenceFacts, sentenceAt, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { CONFIDENCE } from './index.js';

/** The speakers for the entity stage: each found claim's speaker, its mention named by its index in `mentions`. */
export function speakerMentions(found: readonly Found[], facts: readonly SentenceFacts[]): { mentions: FoundMention[]; speakers: (SpeakerMention | null)[] } {
  const mentions = facts.flatMap((f) => f.mentions);
  const at = new Map<FoundMention, number>(mentions.map((m, i) => [m, i]));
  const speakers = found.map((f): SpeakerMention | null => f.speaker && {
    span: f.speaker.span, mention: f.speaker.mention, mentionIndex: f.speaker.mention ? at.get(f.speaker.mention) ?? null : null, name: f.speaker.name, kind: f.speaker.kind, content: f.content,
  });
  return { mentions, speakers };
}

/** The attributions: each found claim with its resolved speaker (one per claim, from `resolveEntities`) and its confidence. */
export function scoreAttributions(found: readonly Found[], names: readonly (ResolvedName | null)[], facts: readonly SentenceFacts[]): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const r = names[i] ?? null;
    const speaker: ResolvedSpeaker | null = f.speaker && r ? { start: f.speaker.span.start, end: f.speaker.span.end, name: r.name, kind: r.kind } : null;
    const type = f.type ?? typeOf(f.content, facts);
    const base = CONFIDENCE.get(f.rule) ?? 0.5;
    const cueWeight = f.cue ? f.cue.weight : 0.8;
    const confidence = Math.round(base * f.factor * (r?.factor ?? 1) * (0.75 + 0.25 * cueWeight) * 100) / 100;
    out.push({
      type, content: f.content, speaker,
      cue: f.cue ? { start: f.cue.start, end: f.cue.end, lemma: f.cue.lemma } : null,
      confidence: Math.max(0.01, Math.min(1, confidence)), rule: f.rule,
      ...(r ? { resolutionFactor: r.factor } : {}),
      ...(r?.via ? { resolutionVia: r.via } : {}),
      ...(f.continues ? { continues: f.continues } : {}),
    });
  }
  return out;
}

function typeOf(content: Span, facts: readonly SentenceFacts[]): ClaimType {
  let inside = 0;
  let outside = 0;
  const first = sentenceAt(facts, content.start);
  for (let i = first ? first.sentence.index : 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.sentence.start >= content.end) break;
    for (let k = tokenIndexAtOrAfter(f, content.start); k < f.tokens.length; k++) {
      const t = f.tokens[k]!;
      if (t.end > content.end) break;
      if (!t.word) continue;
      if (t.quoted) inside++;
      else outside++;
    }
  }
  if (inside === 0) return 'indirect';
  return outside === 0 ? 'direct' : 'mixed';
}

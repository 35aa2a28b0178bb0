/** One row per attribution shape; the id travels with the claim, the confidence is its base score. */
export interface Pattern {
  readonly id: string;
  readonly confidence: number;
  readonly example: string;
}
export const PATTERNS = [
  { id: 'quote-comma-name-cue', confidence: 0.95, example: '“…,” Crane said.' },
  { id: 'quote-comma-cue-name', confidence: 0.95, example: '“…,” said U.S. immigration expert Geoffrey Scowcroft.' },
  { id: 'quote-dash-name', confidence: 0.8, example: '“…” — Chris Crane' },
  { id: 'quote-according-to-name', confidence: 0.9, example: '“…,” according to Crane.' },
  { id: 'name-cue-colon-quote', confidence: 0.92, example: 'Crane said: “…”' },
  { id: 'name-cue-comma-quote', confidence: 0.9, example: 'Crane argued, “…”' },
  { id: 'colon-intro-quote', confidence: 0.85, example: 'Crane told the paper: (next sentence or paragraph) “…”' },
  { id: 'name-colon-quote', confidence: 0.75, example: 'Pew Research: “…”' },
  { id: 'head-quote-name-cue', confidence: 0.85, example: 'In past campaigns, “we felt …,” he said.' },
  { id: 'head-name-cue-quote', confidence: 0.85, example: 'The streets were deserted, he added, “but …”' },
  { id: 'quote-continued', confidence: 0.85, example: '“…,” he said. “…”' },
  { id: 'block-quote-after-colon', confidence: 0.75, example: 'Crane told In These Times: (unquoted paragraph)' },
  { id: 'name-cue-that-clause', confidence: 0.85, example: 'Crane said (that) …' },
  { id: 'name-cue-hearer-that-clause', confidence: 0.85, example: 'Crane told reporters (that) …' },
  { id: 'clause-comma-name-cue', confidence: 0.85, example: '…, Crane said.' },
  { id: 'clause-comma-cue-name', confidence: 0.85, example: '…, said Crane.' },
  { id: 'according-to-name-clause', confidence: 0.85, example: 'According to Crane, …' },
  { id: 'clause-according-to-name', confidence: 0.85, example: '…, according to Crane.' },
  { id: 'in-name-view-clause', confidence: 0.8, example: 'In Crane’s view, the policy is wrong.' },
  { id: 'clause-in-name-view', confidence: 0.8, example: 'The policy is wrong, in Crane’s view.' },
  { id: 'name-noun-that-clause', confidence: 0.75, example: 'Crane’s statement that the policy is wrong' },
  { id: 'clause-name-cue-clause', confidence: 0.8, example: 'The plan, Crane said, is bad.' },
  { id: 'clause-cue-name-clause', confidence: 0.8, example: 'The plan, said Crane, a union leader, is bad.' },
  { id: 'name-cue-object-quote', confidence: 0.8, example: 'Bush called Trump “unhinged.”' },
  { id: 'and-cue-that-clause', confidence: 0.8, example: 'Crane rejected the idea and said that …' },
  { id: 'adding-that-clause', confidence: 0.8, example: 'Crane said A, adding that B' },
  { id: 'headline-name-colon', confidence: 0.7, example: 'Gingrich: Trump Must Decide' },
  { id: 'quote-unattributed', confidence: 0.3, example: '“…” (no speaker found; only with --all)' },
] as const satisfies readonly Pattern[];

export type PatternId = (typeof PATTERNS)[number]['id'];

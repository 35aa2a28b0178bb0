import { SENTENCE_RULES } from './abbreviations.js';

export const RULES = {
  sentences: SENTENCE_RULES,
} as const;

export type Rules = typeof RULES;

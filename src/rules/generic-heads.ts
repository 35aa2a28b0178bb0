/**
 * Words that stand for a group or an unnamed someone, never one named person, when a relative clause hangs on them:
 * `those who said`, `anyone who says`, `some who warned`. The `who` of such a clause is the group as written
 * (src/pipeline/entity-pronouns.ts), not the person named last.
 */
export const GENERIC_HEADS = [
  'those', 'some', 'many', 'most', 'few', 'several', 'others', 'all', 'none',
  'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'nobody',
] as const;

/**
 * Modals that make a verb a possibility or a duty, not a report: before a cue they mean no one has said it. A trailing
 * `, Doe said.` has none (`…, he should have insisted on more`, `If the rules change, voters could complain in court`
 * are clauses of their own). `will`/`would` stay out: `…, the president will say`, `…, she would later write`.
 */
export const POSSIBILITY_MODALS = [
  'should', 'could', 'might', 'must', 'may', 'can', "shouldn't", "couldn't", "can't", 'cannot', 'ought',
] as const;

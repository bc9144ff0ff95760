import { extract } from '../extract';

/** The ids of the relations extracted from `text`, sorted: what construction tests compare. */
export const sortedIds = (text: string): string[] =>
  extract(text)
    .relations.map((r) => r.id)
    .sort();

/** The same, with ":not" on a relation whose every sentence negates it ("x>y:accuses:not"). */
export const sortedIdsMarkingNegation = (text: string): string[] =>
  extract(text)
    .relations.map((r) => `${r.id}${r.evidence.every((e) => e.negated) ? ':not' : ''}`)
    .sort();

import { extract } from '../extract';

/** The rules alone: construction tests check what the rules read, and pairModel.test.ts the model. */
const RULES_ONLY = { pairModel: false } as const;

/** The ids of the relations the rules extract from `text`, sorted: what construction tests compare. */
export const sortedIds = (text: string): string[] =>
  extract(text, {}, RULES_ONLY)
    .relations.map((r) => r.id)
    .sort();

/** The same, with ":not" on a relation whose every sentence negates it ("x>y:accuses:not"). */
export const sortedIdsMarkingNegation = (text: string): string[] =>
  extract(text, {}, RULES_ONLY)
    .relations.map((r) => `${r.id}${r.evidence.every((e) => e.negated) ? ':not' : ''}`)
    .sort();

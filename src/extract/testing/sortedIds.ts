import { extract } from '../extract';

/** The ids of the relations extracted from `text`, sorted: what construction tests compare. */
export const sortedIds = (text: string): string[] =>
  extract(text)
    .relations.map((r) => r.id)
    .sort();

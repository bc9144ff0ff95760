import { describe, expect, it } from 'vitest';
import devset from '../../data/devset/devset.json';
import { defaultLexicon } from './defaultLexicon';
import { SPLITS } from './evalData';
import { RELATION_TYPES } from './vocabulary';

interface Item {
  id: string;
  split: string;
  text: string;
  relations: Array<{ source: string; target: string; type: string; negated?: boolean }>;
}

const items = devset.items as Item[];

describe('data/devset/devset.json', () => {
  it('has at least 60 items with unique ids, in the dev, test or a blind split', () => {
    expect(items.filter((item) => item.split === 'dev').length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    const splits = SPLITS.filter((spec) => spec.file === 'devset').map((spec) => spec.split);
    for (const item of items) expect(splits).toContain(item.split);
  });

  it('labels every relation type, negations and distractors', () => {
    const types = new Set(items.flatMap((item) => item.relations.map((r) => r.type)));
    for (const type of RELATION_TYPES) expect(types.has(type.id), type.id).toBe(true);
    expect(items.some((item) => item.relations.some((r) => r.negated))).toBe(true);
    expect(items.filter((item) => item.relations.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('names only actors the lexicon knows, with known types', () => {
    const lexicon = defaultLexicon();
    const typeIds = new Set(RELATION_TYPES.map((type) => type.id));
    for (const item of items) {
      for (const r of item.relations) {
        expect(lexicon.actors.has(r.source), `${item.id} ${r.source}`).toBe(true);
        expect(lexicon.actors.has(r.target), `${item.id} ${r.target}`).toBe(true);
        expect(typeIds.has(r.type), `${item.id} ${r.type}`).toBe(true);
      }
    }
  });
});

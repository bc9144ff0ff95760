import { describe, expect, it } from 'vitest';
import { computeVisibility, DEFAULT_FILTERS, type Visibility } from './filters';
import type { Graph, RelationType } from './types';
import { viewGraph } from './viewGraph';

const text = 'A praised B. C accused B. A and C are allies.';
const type = (id: string, directed = true): RelationType => ({
  id,
  label: id,
  directed,
  polarity: 'cooperation',
  quad: 1,
  cameo: [],
  plover: 'SUPPORT',
});
const source = (id: string) => ({
  id,
  title: id,
  author: 'X',
  publisher: 'P',
  published: '2025-01-01',
  text,
});
const quote = (sourceId: string, q: string) => {
  const start = text.indexOf(q);
  return { sourceId, start, end: start + q.length, quote: q };
};

const graph: Graph = {
  schemaVersion: 1,
  sources: [source('s1'), source('s2'), source('s3')],
  actors: [
    { id: 'a', label: 'A', kind: 'state', aliases: [] },
    { id: 'b', label: 'B', kind: 'state', aliases: [] },
    { id: 'c', label: 'C', kind: 'state', aliases: [] },
    { id: 'p', label: 'P', kind: 'person', aliases: [], affiliation: 'c' },
  ],
  relationTypes: [type('praises'), type('accuses'), type('allies_with', false), type('unused')],
  relations: [
    { id: 'r1', source: 'a', target: 'b', type: 'praises', evidence: [quote('s1', 'A praised B.')] },
    { id: 'r2', source: 'c', target: 'b', type: 'accuses', evidence: [quote('s2', 'C accused B.')] },
    {
      id: 'r3',
      source: 'a',
      target: 'c',
      type: 'allies_with',
      evidence: [quote('s1', 'A and C are allies.'), quote('s3', 'A and C are allies.')],
    },
  ],
};

const visible = (relations: string[], actors: string[]): Visibility => ({
  relations: new Set(relations),
  actors: new Set(actors),
});

/** Every id the view refers to exists in it. */
function expectSelfContained(view: Graph) {
  const actors = new Set(view.actors.map((a) => a.id));
  const types = new Set(view.relationTypes.map((t) => t.id));
  const sources = new Set(view.sources.map((s) => s.id));
  for (const r of view.relations) {
    expect(actors.has(r.source) && actors.has(r.target)).toBe(true);
    expect(types.has(r.type)).toBe(true);
    for (const e of r.evidence) expect(sources.has(e.sourceId)).toBe(true);
  }
  for (const a of view.actors) if (a.affiliation !== undefined) expect(actors.has(a.affiliation)).toBe(true);
}

describe('viewGraph', () => {
  it('with no filters keeps every actor, relation and cited source', () => {
    const view = viewGraph(graph, computeVisibility(graph, DEFAULT_FILTERS));
    expect(view.actors).toEqual(graph.actors);
    expect(view.relations).toEqual(graph.relations);
    expect(view.sources.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    // A relation type no relation uses is not part of the view.
    expect(view.relationTypes.map((t) => t.id)).toEqual(['praises', 'accuses', 'allies_with']);
    expectSelfContained(view);
  });

  it('drops hidden relation types, and the sources only they cited', () => {
    const view = viewGraph(graph, computeVisibility(graph, { hiddenTypes: ['accuses', 'allies_with'] }));
    expect(view.relations.map((r) => r.id)).toEqual(['r1']);
    expect(view.sources.map((s) => s.id)).toEqual(['s1']);
    expect(view.relationTypes.map((t) => t.id)).toEqual(['praises']);
    // Actors stay, as on screen, even with no visible relation.
    expect(view.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'p']);
    expectSelfContained(view);
  });

  it('drops relations whose end is a hidden actor, and affiliations to hidden actors', () => {
    const view = viewGraph(graph, visible(['r1', 'r2', 'r3'], ['a', 'b', 'p']));
    expect(view.relations.map((r) => r.id)).toEqual(['r1']);
    const p = view.actors.find((a) => a.id === 'p');
    expect(p).toEqual({ id: 'p', label: 'P', kind: 'person', aliases: [] });
    expectSelfContained(view);
  });

  it('keeps an affiliation inside the view', () => {
    const view = viewGraph(graph, visible([], ['c', 'p']));
    expect(view.actors.find((a) => a.id === 'p')?.affiliation).toBe('c');
    expect(view.relations).toEqual([]);
    expect(view.sources).toEqual([]);
  });

  it('keeps the schema version and leaves the input untouched', () => {
    const before = JSON.stringify(graph);
    const view = viewGraph(graph, visible([], []));
    expect(view.schemaVersion).toBe(1);
    expect(view.actors).toEqual([]);
    expect(JSON.stringify(graph)).toBe(before);
  });
});

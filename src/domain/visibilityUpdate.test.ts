import { describe, expect, it } from 'vitest';
import { relationsDatedBetween } from './dateIndex';
import type { DateWindow } from './dateWindow';
import { computeVisibility, DEFAULT_FILTERS, type Filters } from './filters';
import { mulberry32 } from './random';
import { actor, evidence, relation, relationType } from './testing';
import type { Graph } from './types';
import { updateVisibility, type VisibilityInputs } from './visibilityUpdate';

/** Sources over six months, sentences with and without their own date, and one undated source. */
function datedGraph(seed: number): Graph {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const day = () =>
    `2025-0${1 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const sources = Array.from({ length: 12 }, (_, i) => ({
    id: `s${i}`,
    title: `s${i}`,
    author: '',
    publisher: '',
    published: i === 11 ? '' : day(),
    text: 'x',
  }));
  const actors = Array.from({ length: 15 }, (_, i) => actor(`a${i}`));
  const relations = Array.from({ length: 120 }, (_, i) =>
    relation(
      `r${i}`,
      pick(actors).id,
      pick(actors).id,
      'accuses',
      i % 17 === 0
        ? []
        : Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
            evidence(pick(sources).id, random() < 0.3 ? { date: day() } : {}),
          ),
    ),
  );
  return { schemaVersion: 1, sources, actors, relationTypes: [relationType('accuses', 3)], relations };
}

const windows: DateWindow[] = [
  { from: '2025-01-01', to: '2025-01-31' },
  { from: '2025-02-01', to: '2025-02-28' },
  { from: '2025-02-15', to: '' },
  { from: '', to: '2025-03-10' },
  { from: '2025-03-10', to: '2025-03-10' },
  { from: '2025-06-01', to: '' },
  { from: '', to: '' },
  { from: '2025-01-15', to: '2025-05-20' },
];

const inputs = (graph: Graph, timeWindow: DateWindow, extra: Partial<Filters> = {}): VisibilityInputs => ({
  graph,
  filters: { ...DEFAULT_FILTERS, ...extra, timeWindow },
  focus: null,
});

describe('updateVisibility', () => {
  it('equals a full pass for every change of the time window, in both directions', () => {
    for (const seed of [1, 2, 3]) {
      const graph = datedGraph(seed);
      for (const a of windows) {
        for (const b of windows) {
          const start = inputs(graph, a, { minEvidence: 2 });
          const previous = { inputs: start, visibility: computeVisibility(graph, start.filters) };
          const next = inputs(graph, b, { minEvidence: 2 });
          const full = computeVisibility(graph, next.filters);
          // No share limit here, so every change between two windows is updated, not passed on.
          const updated = updateVisibility(previous, next, 1);
          const opens = a.from + a.to === '' || b.from + b.to === '';
          // To or from an open window everything may change, and the same window is no change: the
          // caller makes a full pass.
          if (opens || a === b) expect(updated).toBeNull();
          else expect([...updated!.relations].sort()).toEqual([...full.relations].sort());
        }
      }
    }
  });

  it('re-tests only relations dated inside one window but not the other', () => {
    const graph = datedGraph(4);
    const january = { from: '2025-01-01', to: '2025-01-31' };
    const february = { from: '2025-02-01', to: '2025-02-28' };
    const changed = relationsDatedBetween(graph, january, february);
    const inOne = (r: (typeof graph.relations)[number]) => {
      const visible = (w: DateWindow) => computeVisibility({ ...graph, relations: [r] }, { timeWindow: w });
      return visible(january).relations.size !== visible(february).relations.size;
    };
    // Every relation whose result differs is among the changed; none far from both months is.
    graph.relations.forEach((r, i) => {
      if (inOne(r)) expect(changed.has(i)).toBe(true);
    });
    expect(changed.size).toBeLessThan(graph.relations.length);
    const start = inputs(graph, january);
    const previous = { inputs: start, visibility: computeVisibility(graph, start.filters) };
    expect(updateVisibility(previous, inputs(graph, february))).not.toBeNull();
  });

  it('leaves a new graph, a focus, two filters at once and hidden isolated actors to a full pass', () => {
    const graph = datedGraph(5);
    const a = inputs(graph, windows[0]!);
    const previous = { inputs: a, visibility: computeVisibility(graph, a.filters) };
    const b = windows[1]!;
    expect(updateVisibility(previous, inputs(datedGraph(5), b))).toBeNull();
    expect(updateVisibility(previous, { ...inputs(graph, b), focus: focusOn('a1') })).toBeNull();
    expect(updateVisibility(previous, inputs(graph, b, { minEvidence: 3 }))).toBeNull();
    const isolated = inputs(graph, windows[0]!, { hideIsolated: true });
    const hiding = { inputs: isolated, visibility: computeVisibility(graph, isolated.filters) };
    expect(updateVisibility(hiding, inputs(graph, b, { hideIsolated: true }))).toBeNull();
  });
});

function focusOn(actorId: string) {
  return { actorId, depth: 1, direction: 'both', mode: 'hide' } as const;
}

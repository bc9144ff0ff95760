import cytoscape from 'cytoscape';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Visibility } from '../domain/filters';
import { NO_MERGE, type MergedView } from '../domain/parallel';
import type { Graph } from '../domain/types';
import { useAppStore } from '../store';
import { applyVisibilityChanges, rememberVisibility } from './visibilityDiff';

const graphA = { schemaVersion: 1, sources: [], actors: [], relationTypes: [], relations: [] } as Graph;
const graphB = { ...graphA } as Graph;

function canvas(): cytoscape.Core {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'r1', source: 'a', target: 'b' } },
      { data: { id: 'r2', source: 'b', target: 'c' } },
      { data: { id: 'r3', source: 'a', target: 'c' } },
    ],
  });
}

const visibility = (relations: string[], actors = ['a', 'b', 'c']): Visibility => ({
  relations: new Set(relations),
  actors: new Set(actors),
});
const hidden = (cy: cytoscape.Core) =>
  cy
    .elements('.hidden')
    .map((e) => e.id())
    .sort();

describe('applyVisibilityChanges', () => {
  beforeEach(() => useAppStore.setState({ graph: graphA }));

  it('asks for a full pass the first time and after the graph changed', () => {
    const cy = canvas();
    expect(applyVisibilityChanges(cy, visibility(['r1']), NO_MERGE).applied).toBe(false);
    rememberVisibility(cy, visibility(['r1']), NO_MERGE);
    useAppStore.setState({ graph: graphB });
    expect(applyVisibilityChanges(cy, visibility(['r1']), NO_MERGE)).toEqual({
      applied: false,
      mergedChanged: true,
    });
  });

  it('touches only what changed, in both directions', () => {
    const cy = canvas();
    cy.getElementById('r3').addClass('hidden');
    rememberVisibility(cy, visibility(['r1', 'r2']), NO_MERGE);
    const update = applyVisibilityChanges(cy, visibility(['r2', 'r3'], ['a', 'c']), NO_MERGE);
    expect(update).toEqual({ applied: true, mergedChanged: false });
    expect(hidden(cy)).toEqual(['b', 'r1']);
  });

  it('moves merged-away marks and reports a new merged view', () => {
    const cy = canvas();
    const merged = (ids: string[]): MergedView => ({ pairs: [], mergedAway: new Set(ids) });
    const first = merged(['r1']);
    cy.getElementById('r1').addClass('merged-away');
    rememberVisibility(cy, visibility(['r1', 'r2', 'r3']), first);
    const update = applyVisibilityChanges(cy, visibility(['r1', 'r2', 'r3']), merged(['r2']));
    expect(update.mergedChanged).toBe(true);
    expect(cy.elements('.merged-away').map((e) => e.id())).toEqual(['r2']);
  });
});

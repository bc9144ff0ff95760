import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import graphJson from '../../../data/graph.json';
import type { Graph } from '../../domain/types';
import { minimalGraph } from '../fixtures/minimalGraph';
import { validateGraph } from '../validateGraph';
import type { ExportFormat } from './index';
import { exportGraph, importFile } from './index';
import { arbitraryGraph } from './testGraphs';

/** Hundreds of generated graphs take seconds, past Vitest's 5 s default on a busy machine. */
const PROPERTY_TEST = { timeout: 60_000 };

const ROUND_TRIP: readonly ExportFormat[] = ['actorgraph-json', 'cytoscape-json', 'graphml', 'gexf'];

const bytesOf = (data: string | Uint8Array): Uint8Array =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

function roundTrip(graph: Graph, format: ExportFormat): Graph {
  const file = exportGraph(graph, format);
  const result = importFile(file.fileName, bytesOf(file.data));
  if (!result.ok) throw new Error(`${format}: ${JSON.stringify(result.problems.slice(0, 5), null, 2)}`);
  return result.value;
}

describe('the generator', () => {
  it('makes graphs the validator accepts', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(arbitraryGraph(), (graph) => {
        const result = validateGraph(graph);
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      }),
      { numRuns: 200 },
    );
  });
});

describe.each(ROUND_TRIP)('%s round trip', (format) => {
  it(
    'restores generated graphs exactly (sources, actors, relation types, relations, evidence)',
    PROPERTY_TEST,
    () => {
      fc.assert(
        fc.property(arbitraryGraph(), (graph) => {
          expect(roundTrip(graph, format)).toStrictEqual(graph);
        }),
        { numRuns: 150 },
      );
    },
  );

  it('restores the curated graph and the fixture', () => {
    const curated = graphJson as unknown as Graph;
    expect(roundTrip(curated, format)).toStrictEqual(curated);
    const small = minimalGraph() as Graph;
    expect(roundTrip(small, format)).toStrictEqual(small);
  });

  it('is stable: exporting the imported graph gives the same file', () => {
    const curated = graphJson as unknown as Graph;
    const once = exportGraph(curated, format);
    expect(exportGraph(roundTrip(curated, format), format).data).toBe(once.data);
  });
});

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

/** The fixture with every part a foreign file adds, named like the formats' own fields where it can be. */
function withForeignParts(): Graph {
  const graph = minimalGraph();
  const [russia, china] = graph.actors;
  const [r1, r2] = graph.relations;
  if (!russia || !china || !r1 || !r2) throw new Error('fixture changed');
  russia.attributes = { modularity_class: 3, kind: 'federation', Label: 'RU', 'attr:x': true, score: 0.25 };
  russia.position = { x: -12.5, y: 300 };
  russia.color = '#1f77b4';
  china.attributes = { modularity_class: 'n/a', start: '2001-01-01', spells: '2001..2003; 2005..' };
  graph.actors.push({ id: 'tass', label: 'TASS', kind: 'unknown', aliases: [], color: '#ff0000' });
  graph.relationTypes.push({
    id: 'co_appears',
    label: 'co-appears with',
    directed: false,
    polarity: 'unknown',
    cameo: [],
    plover: '',
  });
  r1.evidence[0]!.status = 'accepted';
  r2.note = 'check the second source';
  r2.attributes = { weight: 2.5, interaction: 'pp', label: 'an edge label' };
  graph.relations.push(
    {
      id: 'x1',
      source: 'tass',
      target: 'russia',
      type: 'co_appears',
      evidence: [],
      attributes: { weight: 1 },
    },
    { id: 'x2', source: 'tass', target: 'russia', type: 'co_appears', evidence: [], note: '' },
    { id: 'x3', source: 'tass', target: 'tass', type: 'criticizes', evidence: [] },
  );
  return graph as Graph;
}

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

  it('restores what files from other tools bring: attributes, positions, colours, unsupported relations', () => {
    const graph = withForeignParts();
    expect(roundTrip(graph, format)).toStrictEqual(graph);
  });

  it('is stable: exporting the imported graph gives the same file', () => {
    const curated = graphJson as unknown as Graph;
    const once = exportGraph(curated, format);
    expect(exportGraph(roundTrip(curated, format), format).data).toBe(once.data);
  });
});

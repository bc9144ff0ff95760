import { describe, expect, it } from 'vitest';
import type { Evidence, Graph } from '../domain/types';
import { minimalGraph, type Mutable } from './fixtures/minimalGraph';
import { exportGraph } from './formats';
import { markImportedEvidence, openGraphFile, type OpenedGraph } from './openGraphFile';
import { countProblems, listedProblems, type ParseResult, type Problem } from './problems';
import { MAX_REPORTED_PROBLEMS } from './validateGraph';

const bytesOf = (graph: Graph, format: 'actorgraph-json' | 'gexf' | 'graphml' = 'actorgraph-json') => {
  const file = exportGraph(graph, format, { baseName: 'colleague' });
  return {
    name: file.fileName,
    bytes: typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data,
  };
};

function openedOf(result: ParseResult<OpenedGraph>): OpenedGraph {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

function problemsOf(result: ParseResult<OpenedGraph>): readonly Problem[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

const allEvidence = (graph: Graph): Evidence[] => graph.relations.flatMap((r) => r.evidence);

describe('markImportedEvidence', () => {
  it('marks evidence with neither status nor confidence as imported, and leaves the rest alone', () => {
    const graph = minimalGraph();
    const [first, second] = graph.relations as [
      Mutable<Graph['relations'][number]>,
      Mutable<Graph['relations'][number]>,
    ];
    (first.evidence[0] as Mutable<Evidence>).status = 'accepted';
    (second.evidence[0] as Mutable<Evidence>).confidence = 0.8;
    const marked = markImportedEvidence(graph);
    const statuses = marked.relations.map((r) => r.evidence.map((e) => e.status));
    expect(statuses[0]?.[0]).toBe('accepted');
    expect(statuses[1]?.[0]).toBeUndefined(); // an extractor's, by its confidence
    const rest = allEvidence(marked).filter((e) => e.status !== 'accepted' && e.confidence === undefined);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((e) => e.status === 'imported')).toBe(true);
    // The input is not changed.
    expect(allEvidence(graph).some((e) => e.status === 'imported')).toBe(false);
  });

  it('returns the same graph when every evidence already says where it stands', () => {
    const graph = minimalGraph();
    for (const r of graph.relations) for (const e of r.evidence) (e as Mutable<Evidence>).status = 'curated';
    expect(markImportedEvidence(graph)).toBe(graph);
  });
});

describe('openGraphFile', () => {
  it('reads a file, marks its evidence imported and reports the steps in order', () => {
    const steps: string[] = [];
    const { name, bytes } = bytesOf(minimalGraph());
    const opened = openedOf(openGraphFile(name, bytes, { onStep: (s) => steps.push(s) }));
    expect(steps).toEqual(['parsing', 'checking', 'repairing']);
    expect(opened.graph.actors.map((a) => a.id)).toEqual(minimalGraph().actors.map((a) => a.id));
    // The fixture's second relation is an extractor's (it has a confidence): it stays as it is.
    expect(opened.graph.relations.map((r) => r.evidence.map((e) => e.status))).toEqual([
      ['imported', 'imported'],
      [undefined],
    ]);
    expect(opened.repairs).toEqual([]);
  });

  it('keeps the status evidence has in the file, in XML formats too', () => {
    const graph = minimalGraph();
    (graph.relations[0]?.evidence[0] as Mutable<Evidence>).status = 'rejected';
    for (const format of ['gexf', 'graphml'] as const) {
      const { name, bytes } = bytesOf(graph, format);
      const opened = openedOf(openGraphFile(name, bytes));
      expect(opened.graph.relations[0]?.evidence.map((e) => e.status)).toEqual(['rejected', 'imported']);
    }
  });

  it('re-anchors drifted quotes instead of refusing the file, and says which source they are in', () => {
    const graph = minimalGraph();
    const evidence = graph.relations[0]?.evidence[0] as Mutable<Evidence>;
    evidence.start += 3;
    evidence.end += 3;
    const { name, bytes } = bytesOf(graph);
    const opened = openedOf(openGraphFile(name, bytes));
    expect(opened.repairs).toEqual([
      expect.objectContaining({ path: '$.relations[0].evidence[0]', sourceId: 's1', outcome: 'moved' }),
    ]);
    expect(opened.graph.relations[0]?.evidence[0]).toMatchObject({
      anchor: 'reanchored',
      status: 'imported',
    });
  });

  it('refuses a file that is not a graph, naming the file', () => {
    const problems = problemsOf(openGraphFile('notes.json', new TextEncoder().encode('{"actors": 3}')));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/^notes\.json: /);
  });

  it('counts the problems a summary line stands for, and lists that line last, in XML formats too', () => {
    const graph = minimalGraph();
    const template = graph.relations[0]!;
    const extra = 200;
    // Every relation points at an actor that does not exist: one problem each, past the listed maximum.
    graph.relations = Array.from({ length: MAX_REPORTED_PROBLEMS + extra }, (_, i) => ({
      ...template,
      id: `r${i}`,
      target: `ghost${i}`,
    }));
    for (const format of ['actorgraph-json', 'gexf'] as const) {
      const { name, bytes } = bytesOf(graph, format);
      const problems = problemsOf(openGraphFile(name, bytes));
      const summary = problems.at(-1);
      expect(summary?.omitted).toBeGreaterThan(0);
      expect(summary?.message).toContain('more problems are not listed');
      expect(listedProblems(problems)).toHaveLength(problems.length - 1);
      expect(countProblems(problems)).toBeGreaterThanOrEqual(MAX_REPORTED_PROBLEMS + extra);
      expect(countProblems(problems)).toBe(problems.length - 1 + (summary?.omitted ?? 0));
    }
  });
});

/** Reading the workspace back from storage: untrusted, validated, re-anchored, reported. */
import { describe, expect, it } from 'vitest';
import type { Graph } from '../domain/types';
import type { Workspace } from '../domain/workspace';
import { CONDEMN, minimalGraph, SOURCE_TEXT } from './fixtures/minimalGraph';
import type { ParseResult } from './problems';
import { decodeWorkspace, encodeWorkspace, WORKSPACE_VERSION } from './workspaceCodec';

const imported = (graph: unknown): unknown => ({
  version: WORKSPACE_VERSION,
  base: { kind: 'imported', fileName: 'mine.json', graph },
  articles: [],
});

function valueOf(result: ParseResult<Workspace>): Workspace {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function problemsOf(result: ParseResult<Workspace>): string[] {
  if (result.ok) throw new Error('expected the record to be refused');
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('decodeWorkspace', () => {
  it('reads back what encodeWorkspace wrote', () => {
    const graph = minimalGraph() as Graph;
    const workspace: Workspace = {
      base: { kind: 'imported', fileName: 'mine.json', graph },
      articles: [{ id: 'a1', addedAt: '2025-05-10T10:00:00.000Z', graph }],
      edits: [],
    };
    const stored = structuredClone(encodeWorkspace(workspace));
    const back = decodeWorkspace(stored);
    expect(valueOf(back)).toEqual(workspace);
    expect(back.ok && back.warnings).toEqual([]);
    expect(
      valueOf(decodeWorkspace(encodeWorkspace({ base: { kind: 'seed' }, articles: [], edits: [] }))),
    ).toEqual({
      base: { kind: 'seed' },
      articles: [],
      edits: [],
    });
  });

  it('reads a record saved before edits existed as one without edits', () => {
    expect(valueOf(decodeWorkspace({ version: 1, base: { kind: 'seed' }, articles: [] }))).toEqual({
      base: { kind: 'seed' },
      articles: [],
      edits: [],
    });
  });

  it('keeps edits, and refuses one whose sentence is not the text at its offsets', () => {
    const seed = minimalGraph() as Graph;
    const start = SOURCE_TEXT.indexOf(CONDEMN);
    const evidence = {
      sourceId: 's1',
      start,
      end: start + CONDEMN.length,
      quote: CONDEMN,
      status: 'curated',
    };
    const edits = [
      { op: 'review', relationId: 'r1', status: 'rejected' },
      { op: 'addEvidence', relationId: 'r1', evidence },
    ];
    const record = { version: 1, base: { kind: 'seed' }, articles: [], edits };
    expect(valueOf(decodeWorkspace(record, seed)).edits).toEqual(edits);
    const moved = {
      ...record,
      edits: [{ op: 'addEvidence', relationId: 'r1', evidence: { ...evidence, start: 0 } }],
    };
    expect(problemsOf(decodeWorkspace(moved, seed))).toEqual([
      `$.edits[0]: quote "${CONDEMN}" is not the text of source "s1" at [0, ${start + CONDEMN.length})`,
    ]);
    expect(problemsOf(decodeWorkspace({ ...record, edits: [{ op: 'explode' }] }, seed))[0]).toMatch(
      /^\$\.edits\[0\]/,
    );
  });

  it('re-anchors a drifted quote and orphans a lost one, and says so in warnings', () => {
    const graph = minimalGraph();
    const condemn = graph.relations[1]!.evidence[0]!;
    condemn.start += 3;
    condemn.end += 3;
    graph.relations[0]!.evidence[1]!.quote = 'Nobody signed anything on energy.';
    const result = decodeWorkspace(imported(graph));
    const workspace = valueOf(result);
    const base = workspace.base.kind === 'imported' ? workspace.base.graph : undefined;
    const moved = base?.relations[1]?.evidence[0];
    expect(moved?.anchor).toBe('reanchored');
    expect(moved?.quote).toBe(CONDEMN);
    expect(base?.relations[0]?.evidence[1]?.anchor).toBe('orphaned');
    const warnings = result.ok ? result.warnings.map((w) => `${w.path}: ${w.message}`) : [];
    expect(warnings).toEqual([
      expect.stringMatching(/^\$\.base\.graph\.relations\[0\]\.evidence\[1\]: quote .* marked orphaned$/),
      expect.stringMatching(/^\$\.base\.graph\.relations\[1\]\.evidence\[0\]: quote moved from \[84, 121\)/),
    ]);
  });

  it('refuses what is not a workspace, saying where', () => {
    expect(problemsOf(decodeWorkspace('hello'))).toEqual([
      '$: expected a saved workspace object, got the string "hello"',
    ]);
    expect(problemsOf(decodeWorkspace(null))).toEqual(['$: expected a saved workspace object, got null']);
    expect(problemsOf(decodeWorkspace({ version: 1, base: { kind: 'seed' } }))).toEqual([
      '$.articles: required field "articles" is missing; expected a list',
    ]);
  });

  it('names a record from a newer version instead of misreading it', () => {
    const [problem] = problemsOf(
      decodeWorkspace({ version: 2, base: { kind: 'future' }, articles: [], edits: [] }),
    );
    expect(problem).toContain('saved by a newer version of Actorgraph (workspace version 2');
  });

  it('reports an invalid graph inside with its full path', () => {
    const graph = minimalGraph();
    graph.relations[1]!.target = 'nobody';
    const record = {
      version: 1,
      base: { kind: 'seed' },
      articles: [{ id: 'a1', addedAt: 'now', graph }],
    };
    expect(problemsOf(decodeWorkspace(record))).toEqual([
      '$.articles[0].graph.relations[1].target: no actor has the id "nobody"; expected the id of an entry in $.actors',
    ]);
  });

  it('ignores a __proto__ key and never changes Object.prototype', () => {
    const record = JSON.parse(
      '{"version": 1, "__proto__": {"polluted": true}, "base": {"kind": "seed", "__proto__": {"kind": "imported"}}, "articles": []}',
    ) as unknown;
    const workspace = valueOf(decodeWorkspace(record));
    expect(workspace.base).toEqual({ kind: 'seed' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a value that throws when read into a problem, not an exception', () => {
    const hostile = {
      version: 1,
      base: { kind: 'seed' },
      get articles(): never {
        throw new Error('no access');
      },
    };
    expect(problemsOf(decodeWorkspace(hostile))).toEqual([
      '$: the saved workspace could not be read: no access',
    ]);
  });
});

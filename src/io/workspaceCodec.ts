/**
 * The stored shape of the workspace. Stored data is untrusted too (another version of the app, an
 * extension or a hand edit may have written it): every graph in it is validated and its evidence
 * re-anchored, and nothing here throws.
 */
import { z } from './zod';
import type { Graph } from '../domain/types';
import { composeSources, type AddedArticle, type Workspace } from '../domain/workspace';
import { checkEditAnchors, curationEditSchema } from './curationSchema';
import { describeValue, toJsonPath } from './describe';
import { repairEvidence, type RepairNote } from './integrity';
import { fail, ok, type ParseResult, type Problem } from './problems';
import { describeIssue, validateGraph } from './validateGraph';

import { WORKSPACE_VERSION } from './workspaceRecord';

export { encodeWorkspace, WORKSPACE_VERSION } from './workspaceRecord';

const NO_SEED: Graph = { schemaVersion: 1, sources: [], actors: [], relationTypes: [], relations: [] };

const storedSchema = z.object({
  version: z.literal(WORKSPACE_VERSION),
  base: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('seed') }),
    z.object({ kind: z.literal('imported'), fileName: z.string(), graph: z.unknown() }),
  ]),
  articles: z.array(
    z.object({ id: z.string().check(z.minLength(1)), addedAt: z.string(), graph: z.unknown() }),
  ),
  // Added after the first release: records without it have no edits.
  edits: z.optional(z.array(curationEditSchema)),
  // Read on their own by loadWorkspace (storySchema.ts loads only when there are stories).
  stories: z.optional(z.unknown()),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function decode(data: unknown, seed: Graph): ParseResult<Workspace, RepairNote> {
  if (!isRecord(data)) {
    return fail([{ path: '$', message: `expected a saved workspace object, got ${describeValue(data)}` }]);
  }
  const { version } = data;
  if (typeof version === 'number' && version !== WORKSPACE_VERSION) {
    return fail([
      {
        path: '$.version',
        message:
          version > WORKSPACE_VERSION
            ? `saved by a newer version of Actorgraph (workspace version ${version}; this one reads ${WORKSPACE_VERSION}); open it there, or reset to default data here`
            : `workspace version ${version} is not one this version reads (${WORKSPACE_VERSION})`,
      },
    ]);
  }
  const parsed = storedSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => ({ path: toJsonPath(i.path), message: describeIssue(i) })));
  }

  const problems: Problem[] = [];
  const warnings: RepairNote[] = [];
  const checkGraph = (graph: unknown, at: string): Graph | null => {
    const result = validateGraph(graph, { anchors: 'repairable' });
    const relocate = <P extends Problem>(p: P): P => ({ ...p, path: at + p.path.slice(1) });
    if (!result.ok) {
      problems.push(...result.problems.map(relocate));
      return null;
    }
    const repaired = repairEvidence(result.value);
    warnings.push(...repaired.report.details.map(relocate));
    return repaired.graph;
  };
  const { base } = parsed.data;
  const baseGraph = base.kind === 'imported' ? checkGraph(base.graph, '$.base.graph') : null;
  const articles: AddedArticle[] = [];
  parsed.data.articles.forEach((a, i) => {
    const graph = checkGraph(a.graph, `$.articles[${i}].graph`);
    if (graph) articles.push({ id: a.id, addedAt: a.addedAt, graph });
  });
  if (problems.length > 0) return fail(problems);
  const edits = (parsed.data.edits ?? []) as Workspace['edits'];
  const workspace: Workspace = {
    base:
      base.kind === 'imported' && baseGraph
        ? { kind: 'imported', fileName: base.fileName, graph: baseGraph }
        : { kind: 'seed' },
    articles,
    edits,
  };
  if (edits.length > 0) {
    const editProblems = checkEditAnchors(edits, composeSources(seed, workspace), '$.edits');
    if (editProblems.length > 0) return fail(editProblems);
  }
  return ok(workspace, warnings);
}

/**
 * Reads a stored workspace; `seed` is the curated graph its edits may cite. Warnings list each evidence that was re-anchored or orphaned on the way
 * (`$.base.graph.relations[3].evidence[0]: quote moved …`), so start-up can say so.
 */
export function decodeWorkspace(data: unknown, seed: Graph = NO_SEED): ParseResult<Workspace, RepairNote> {
  try {
    return decode(data, seed);
  } catch (thrown) {
    const why = thrown instanceof Error ? thrown.message : String(thrown);
    return fail([{ path: '$', message: `the saved workspace could not be read: ${why}` }]);
  }
}

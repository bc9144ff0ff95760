import { z } from 'zod';
import type { AddedArticle, Workspace } from '../domain/workspace';
import { toJsonPath } from './describe';
import { repairEvidence } from './integrity';
import { fail, ok, type ParseResult, type Problem } from './problems';
import { validateGraph } from './validateGraph';

/** Bump when the stored shape changes; older records are then migrated or reported, never misread. */
export const WORKSPACE_VERSION = 1;

const storedSchema = z.object({
  version: z.literal(WORKSPACE_VERSION),
  base: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('seed') }),
    z.object({ kind: z.literal('imported'), fileName: z.string(), graph: z.unknown() }),
  ]),
  articles: z.array(z.object({ id: z.string().min(1), addedAt: z.string(), graph: z.unknown() })),
});

export const encodeWorkspace = (workspace: Workspace) => ({ version: WORKSPACE_VERSION, ...workspace });

/** Stored data is untrusted too: every graph in it is validated and its evidence re-anchored. */
export function decodeWorkspace(data: unknown): ParseResult<Workspace> {
  const parsed = storedSchema.safeParse(data);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => ({ path: toJsonPath(i.path), message: i.message })));
  }
  const problems: Problem[] = [];
  const checkGraph = (graph: unknown, at: string) => {
    const result = validateGraph(graph, { anchors: 'repairable' });
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ ...p, path: at + p.path.slice(1) })));
      return null;
    }
    return repairEvidence(result.value).graph;
  };
  const { base } = parsed.data;
  const baseGraph = base.kind === 'imported' ? checkGraph(base.graph, '$.base.graph') : null;
  const articles: AddedArticle[] = [];
  parsed.data.articles.forEach((a, i) => {
    const graph = checkGraph(a.graph, `$.articles[${i}].graph`);
    if (graph) articles.push({ id: a.id, addedAt: a.addedAt, graph });
  });
  if (problems.length > 0) return fail(problems);
  return ok({
    base:
      base.kind === 'imported' && baseGraph
        ? { kind: 'imported', fileName: base.fileName, graph: baseGraph }
        : { kind: 'seed' },
    articles,
  });
}

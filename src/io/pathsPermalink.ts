/**
 * The paths panel's part of the URL hash: `tool=paths&pathFrom=putin&pathTo=ukraine&pathDirection=any`
 * or `tool=compare&compareA=s1&compareB=s2,s3`. Absent keys mean the panel is closed.
 */
import { z } from './zod';
import { PATH_DIRECTIONS } from '../domain/pathDirection';
import type { PathsView } from '../domain/view';
import type { Problem } from './problems';

export const PATHS_KEYS = ['tool', 'pathFrom', 'pathTo', 'pathDirection', 'compareA', 'compareB'] as const;
export const PATHS_LIST_KEYS = ['compareA', 'compareB'] as const;

type Id = z.ZodMiniType<string>;
type IdList = z.ZodMiniType<string[]>;

/** Schema fields for the hash schema, given its id and id-list types (shared checks, one place). */
export const pathsHashFields = (id: Id, idList: IdList) => ({
  tool: z.optional(z.enum(['paths', 'compare'], { error: () => 'must be paths or compare' })),
  pathFrom: z.optional(id),
  pathTo: z.optional(id),
  pathDirection: z.optional(z.enum(PATH_DIRECTIONS, { error: () => 'must be follow or any' })),
  compareA: z.optional(idList),
  compareB: z.optional(idList),
});

export interface PathsHash {
  readonly tool?: 'paths' | 'compare';
  readonly pathFrom?: string;
  readonly pathTo?: string;
  readonly pathDirection?: (typeof PATH_DIRECTIONS)[number];
  readonly compareA?: readonly string[];
  readonly compareB?: readonly string[];
}

/** The panel a parsed hash opens, or the problems that make its keys disagree. */
export function pathsViewOf(h: PathsHash): { view: PathsView | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const needs = (key: keyof PathsHash, tool: 'paths' | 'compare') => {
    if (h[key] !== undefined && h.tool !== tool)
      problems.push({ path: `#${key}`, message: `needs tool=${tool}` });
  };
  needs('pathFrom', 'paths');
  needs('pathTo', 'paths');
  needs('pathDirection', 'paths');
  needs('compareA', 'compare');
  needs('compareB', 'compare');
  if (problems.length > 0 || h.tool === undefined) return { view: null, problems };
  const view: PathsView =
    h.tool === 'paths'
      ? {
          tool: 'paths',
          from: h.pathFrom ?? null,
          to: h.pathTo ?? null,
          direction: h.pathDirection ?? 'follow',
        }
      : { tool: 'compare', a: h.compareA ?? [], b: h.compareB ?? [] };
  return { view, problems };
}

/** Writes the panel's keys with `put` (values already encoded by `encode` and `list`). */
export function formatPathsView(
  view: PathsView | null | undefined,
  put: (key: (typeof PATHS_KEYS)[number], value: string) => void,
  encode: (text: string) => string,
  list: (ids: readonly string[]) => string,
): void {
  if (!view) return;
  put('tool', view.tool);
  if (view.tool === 'paths') {
    if (view.from !== null) put('pathFrom', encode(view.from));
    if (view.to !== null) put('pathTo', encode(view.to));
    if (view.direction !== 'follow') put('pathDirection', view.direction);
  } else {
    if (view.a.length > 0) put('compareA', list(view.a));
    if (view.b.length > 0) put('compareB', list(view.b));
  }
}

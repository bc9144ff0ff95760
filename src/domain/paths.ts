import type { Relation } from './types';

/**
 * `follow`: a directed relation is walked only from its source to its target ("who acts on whom, on
 * whom in turn"); `any`: every relation is walked both ways ("how are these two connected at all").
 * Symmetric relations (allies with) are walked both ways in either mode.
 */
import { PATH_DIRECTIONS, type PathDirection } from './pathDirection';

export { PATH_DIRECTIONS, type PathDirection };

/** More shortest paths than this are counted but not listed: a hub can join two actors in hundreds of ways. */
export const MAX_LISTED_PATHS = 12;

/** One hop of a path: consecutive actors and every relation that joins them in the walkable direction. */
export interface PathHop {
  readonly from: string;
  readonly to: string;
  /** Relation ids, in graph order; a hop is usually one relation, sometimes several parallel ones. */
  readonly relationIds: readonly string[];
}

export interface ActorPath {
  /** From the first actor to the last, both included. */
  readonly actors: readonly string[];
  readonly hops: readonly PathHop[];
}

export type PathResult =
  | {
      readonly found: true;
      /** Steps (hops) in every shortest path. */
      readonly length: number;
      /** The listed paths, at most MAX_LISTED_PATHS, in a stable order. */
      readonly paths: readonly ActorPath[];
      /** How many shortest paths there are in all (paths.length when none were left out). */
      readonly total: number;
    }
  | { readonly found: false };

interface Step {
  readonly to: string;
  readonly relation: string;
}

/** Steps out of each actor that a walk in `direction` may take. */
function stepsOf(
  relations: Iterable<Relation>,
  isDirected: (typeId: string) => boolean,
  direction: PathDirection,
): Map<string, Step[]> {
  const steps = new Map<string, Step[]>();
  const add = (from: string, to: string, relation: string) => {
    if (from === to) return;
    const list = steps.get(from);
    if (list) list.push({ to, relation });
    else steps.set(from, [{ to, relation }]);
  };
  for (const r of relations) {
    add(r.source, r.target, r.id);
    if (direction === 'any' || !isDirected(r.type)) add(r.target, r.source, r.id);
  }
  return steps;
}

/**
 * Every shortest path from `from` to `to` over `relations` (breadth first, counting hops between
 * actors, not relations: parallel relations between two actors make one hop). Paths are listed in
 * the order their actors were first reached, so the same graph always gives the same list.
 */
export function shortestPaths(
  relations: Iterable<Relation>,
  isDirected: (typeId: string) => boolean,
  from: string,
  to: string,
  direction: PathDirection,
  maxListed: number = MAX_LISTED_PATHS,
): PathResult {
  if (from === to) return { found: false };
  const steps = stepsOf(relations, isDirected, direction);
  const distance = new Map<string, number>([[from, 0]]);
  // Predecessors on some shortest path, and the relations of each hop.
  const before = new Map<string, Map<string, string[]>>();
  let ring = [from];
  while (ring.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const actor of ring) {
      const d = distance.get(actor)!;
      for (const step of steps.get(actor) ?? []) {
        const known = distance.get(step.to);
        if (known === undefined) {
          distance.set(step.to, d + 1);
          next.push(step.to);
        } else if (known !== d + 1) continue;
        let preds = before.get(step.to);
        if (!preds) before.set(step.to, (preds = new Map()));
        const hop = preds.get(actor);
        if (!hop) preds.set(actor, [step.relation]);
        else if (!hop.includes(step.relation)) hop.push(step.relation);
      }
    }
    ring = next;
  }
  const length = distance.get(to);
  if (length === undefined) return { found: false };

  // How many shortest paths reach each actor: the total, without listing them all.
  const counts = new Map<string, number>([[from, 1]]);
  const countTo = (actor: string): number => {
    const known = counts.get(actor);
    if (known !== undefined) return known;
    let n = 0;
    for (const pred of before.get(actor)?.keys() ?? []) n += countTo(pred);
    counts.set(actor, n);
    return n;
  };
  const total = countTo(to);

  const paths: ActorPath[] = [];
  const walkBack = (actor: string, tail: string[]) => {
    if (paths.length >= maxListed) return;
    if (actor === from) {
      const actors = [from, ...tail];
      const hops = actors.slice(1).map((next, i): PathHop => {
        const prev = actors[i]!;
        return { from: prev, to: next, relationIds: before.get(next)!.get(prev)! };
      });
      paths.push({ actors, hops });
      return;
    }
    for (const pred of before.get(actor)?.keys() ?? []) walkBack(pred, [actor, ...tail]);
  };
  walkBack(to, []);
  // Listed from the start: paths sharing their first hops stay together.
  const order = distanceOrder(distance);
  paths.sort((a, b) => comparePaths(a.actors, b.actors, order));
  return { found: true, length, paths, total };
}

/** Actors by when the walk reached them, for a stable order of paths. */
function distanceOrder(distance: Map<string, number>): Map<string, number> {
  return new Map([...distance.keys()].map((id, i) => [id, i]));
}

function comparePaths(a: readonly string[], b: readonly string[], order: Map<string, number>): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (order.get(a[i]!) ?? 0) - (order.get(b[i]!) ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Why two actors have no path between them, in the terms the panel explains it. */
export type NoPathReason =
  | { readonly kind: 'same-actor' }
  | { readonly kind: 'actor-hidden'; readonly actorIds: readonly string[] }
  /** A path exists in the graph as filtered, but only against the arrows. */
  | { readonly kind: 'against-arrows'; readonly length: number }
  /** A path exists only through relations the filters (or a focus) hide; `direction` says how it runs. */
  | { readonly kind: 'filtered-out'; readonly length: number; readonly direction: PathDirection }
  /** No chain of relations joins them at all: they sit in different components. */
  | { readonly kind: 'different-components' };

export interface PathQueryInput {
  /** Every relation of the graph, and the ids of those on screen. */
  readonly relations: readonly Relation[];
  readonly visibleRelations: ReadonlySet<string>;
  readonly visibleActors: ReadonlySet<string>;
  readonly isDirected: (typeId: string) => boolean;
  readonly from: string;
  readonly to: string;
  readonly direction: PathDirection;
}

export type PathReport =
  | (Extract<PathResult, { found: true }> & { readonly direction: PathDirection })
  | { readonly found: false; readonly reason: NoPathReason };

/**
 * Shortest paths over the relations on screen; when there are none, the first explanation that
 * holds: the same actor twice, an end the filters hide, a path only against the arrows, a path only
 * through hidden relations, or no connection at all.
 */
export function findPaths(input: PathQueryInput): PathReport {
  const { from, to, direction, isDirected } = input;
  if (from === to) return { found: false, reason: { kind: 'same-actor' } };
  const hidden = [from, to].filter((id) => !input.visibleActors.has(id));
  if (hidden.length > 0) return { found: false, reason: { kind: 'actor-hidden', actorIds: hidden } };
  const visible = input.relations.filter((r) => input.visibleRelations.has(r.id));
  const result = shortestPaths(visible, isDirected, from, to, direction);
  if (result.found) return { ...result, direction };
  if (direction === 'follow') {
    const anyWay = shortestPaths(visible, isDirected, from, to, 'any', 1);
    if (anyWay.found) return { found: false, reason: { kind: 'against-arrows', length: anyWay.length } };
  }
  for (const way of direction === 'follow' ? PATH_DIRECTIONS : (['any'] as const)) {
    const unfiltered = shortestPaths(input.relations, isDirected, from, to, way, 1);
    if (unfiltered.found) {
      return { found: false, reason: { kind: 'filtered-out', length: unfiltered.length, direction: way } };
    }
  }
  return { found: false, reason: { kind: 'different-components' } };
}

/** The actors and relations on the listed paths: what the canvas highlights. */
export function pathMembers(paths: readonly ActorPath[]): { actors: Set<string>; relations: Set<string> } {
  const actors = new Set<string>();
  const relations = new Set<string>();
  for (const path of paths) {
    for (const a of path.actors) actors.add(a);
    for (const hop of path.hops) for (const r of hop.relationIds) relations.add(r);
  }
  return { actors, relations };
}

import type { Relation } from './types';

export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

/** Out: what the actor does to others; in: what others do to it. Symmetric relations go both ways. */
export const FOCUS_DIRECTIONS = ['both', 'out', 'in'] as const;
export type FocusDirection = (typeof FOCUS_DIRECTIONS)[number];

/** Fade keeps the rest of the graph in view for context; hide removes it. */
export const FOCUS_MODES = ['fade', 'hide'] as const;
export type FocusMode = (typeof FOCUS_MODES)[number];

export interface FocusSettings {
  readonly depth: FocusDepth;
  readonly direction: FocusDirection;
  readonly mode: FocusMode;
}

export const DEFAULT_FOCUS_SETTINGS: FocusSettings = { depth: 1, direction: 'both', mode: 'fade' };

export interface Neighbourhood {
  readonly centre: string;
  readonly actors: ReadonlySet<string>;
  readonly relations: ReadonlySet<string>;
}

/**
 * Actors within `depth` steps of `centre`, walking relations in the chosen direction, and the
 * relations walked to reach them (breadth first). Relations between two actors of the same ring are
 * left out: depth 1 around Russia answers "what does Russia do, and to whom", nothing more.
 */
export function focusNeighbourhood(
  relations: readonly Relation[],
  isDirected: (typeId: string) => boolean,
  centre: string,
  settings: Pick<FocusSettings, 'depth' | 'direction'>,
): Neighbourhood {
  const steps = new Map<string, { relation: string; to: string }[]>();
  const addStep = (from: string, relation: string, to: string) => {
    const list = steps.get(from);
    if (list) list.push({ relation, to });
    else steps.set(from, [{ relation, to }]);
  };
  for (const r of relations) {
    const directed = isDirected(r.type);
    const out = settings.direction !== 'in' || !directed;
    const inward = settings.direction !== 'out' || !directed;
    if (out) addStep(r.source, r.id, r.target);
    if (inward) addStep(r.target, r.id, r.source);
  }

  const actors = new Set([centre]);
  const walked = new Set<string>();
  let ring = [centre];
  for (let d = 0; d < settings.depth && ring.length > 0; d++) {
    const next: string[] = [];
    for (const from of ring) {
      for (const step of steps.get(from) ?? []) {
        walked.add(step.relation);
        if (!actors.has(step.to)) {
          actors.add(step.to);
          next.push(step.to);
        }
      }
    }
    ring = next;
  }
  return { centre, actors, relations: walked };
}

import type { Relation, RelationType } from './types';

/** One key per unordered actor pair; JSON keeps it unambiguous whatever characters ids hold. */
export const pairKey = (a: string, b: string): string => JSON.stringify(a <= b ? [a, b] : [b, a]);

/** Several relations between one pair, drawn as one edge while the pair is merged. */
export interface MergedPair {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly relationIds: readonly string[];
  /** Distinct type labels in the order the relations come. */
  readonly typeLabels: readonly string[];
  readonly evidenceCount: number;
  /** The quad class all members share, or 0 when they differ. */
  readonly quad: number;
  /** True when every member is directed the same way, so the merged edge can keep an arrow. */
  readonly directed: boolean;
}

export interface MergedView {
  readonly pairs: readonly MergedPair[];
  /** Relations drawn inside a merged edge rather than on their own. */
  readonly mergedAway: ReadonlySet<string>;
}

export const NO_MERGE: MergedView = { pairs: [], mergedAway: new Set() };

/**
 * Group the visible relations by actor pair and merge each pair of two or more into one edge,
 * except pairs the user expanded. Pairs come out in graph order, so ids and labels are stable.
 */
export function mergeParallel(
  relations: readonly Relation[],
  visible: ReadonlySet<string>,
  types: ReadonlyMap<string, RelationType>,
  expanded: ReadonlySet<string>,
): MergedView {
  const groups = new Map<string, Relation[]>();
  for (const r of relations) {
    if (!visible.has(r.id) || r.source === r.target) continue;
    const key = pairKey(r.source, r.target);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const pairs: MergedPair[] = [];
  const mergedAway = new Set<string>();
  for (const [key, members] of groups) {
    if (members.length < 2 || expanded.has(key)) continue;
    const first = members[0]!;
    const memberTypes = members.map((r) => types.get(r.type));
    const quads = new Set(memberTypes.map((t) => t?.quad ?? 0));
    const directed = members.every((r, i) => memberTypes[i]?.directed !== false && r.source === first.source);
    pairs.push({
      key,
      source: first.source,
      target: first.target,
      relationIds: members.map((r) => r.id),
      typeLabels: [...new Set(members.map((r, i) => memberTypes[i]?.label ?? r.type))],
      evidenceCount: members.reduce((n, r) => n + r.evidence.length, 0),
      quad: quads.size === 1 ? [...quads][0]! : 0,
      directed,
    });
    for (const r of members) mergedAway.add(r.id);
  }
  return { pairs, mergedAway };
}

/** Two short lines: the types (three at most) and the counts. */
export function mergedLabel(pair: MergedPair): string {
  const shown = pair.typeLabels.slice(0, 3).join(', ');
  const more = pair.typeLabels.length > 3 ? ` +${pair.typeLabels.length - 3}` : '';
  const evidence = `${pair.evidenceCount} sentence${pair.evidenceCount === 1 ? '' : 's'}`;
  return `${shown}${more}\n${pair.relationIds.length} relations · ${evidence}`;
}

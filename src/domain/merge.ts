import type { Actor, Evidence, Graph, Relation, RelationType, Source } from './types';

/** Symmetric relations are the same whichever end comes first. */
export function relationKey(source: string, target: string, type: string, directed: boolean): string {
  const [a, b] = directed || source <= target ? [source, target] : [target, source];
  return `${a}>${b}:${type}`;
}

const evidenceKey = (e: Evidence): string => `${e.sourceId}:${e.start}:${e.end}:${e.negated ? 'n' : ''}`;

/**
 * Merge `add` into `base` without mutating either: actors, sources and relation types are joined by
 * id (the base wins on conflicts); relations with the same ends and type are joined and their evidence
 * added, identical sentences once. A relation stays `automatic` only if every contributor was.
 */
export function mergeGraphs(base: Graph, add: Graph): Graph {
  const types = new Map<string, RelationType>(base.relationTypes.map((t) => [t.id, t]));
  for (const t of add.relationTypes) if (!types.has(t.id)) types.set(t.id, t);
  const actors = new Map<string, Actor>(base.actors.map((a) => [a.id, a]));
  for (const a of add.actors) if (!actors.has(a.id)) actors.set(a.id, a);
  const sources = new Map<string, Source>(base.sources.map((s) => [s.id, s]));
  for (const s of add.sources) if (!sources.has(s.id)) sources.set(s.id, s);

  const relations = new Map<string, Relation>();
  const put = (r: Relation) => {
    const key = relationKey(r.source, r.target, r.type, types.get(r.type)?.directed !== false);
    const existing = relations.get(key);
    if (!existing) {
      relations.set(key, r);
      return;
    }
    const seen = new Set(existing.evidence.map(evidenceKey));
    const extra = r.evidence.filter((e) => !seen.has(evidenceKey(e)));
    const automatic = existing.automatic === true && r.automatic === true;
    relations.set(key, {
      ...existing,
      evidence: [...existing.evidence, ...extra],
      ...(automatic ? { automatic: true } : { automatic: undefined }),
    });
  };
  base.relations.forEach(put);
  add.relations.forEach(put);

  return {
    ...base,
    sources: [...sources.values()],
    actors: [...actors.values()],
    relationTypes: [...types.values()],
    relations: [...relations.values()].map(dropUndefinedAutomatic),
  };
}

function dropUndefinedAutomatic(r: Relation): Relation {
  if (r.automatic !== undefined) return r;
  const { automatic: _drop, ...rest } = r;
  return rest;
}

/** Number of distinct sources whose sentences back a relation (corroboration). */
export const sourceCount = (r: Relation): number => new Set(r.evidence.map((e) => e.sourceId)).size;

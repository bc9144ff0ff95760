/**
 * mergeGraphs(base, add): one graph with everything from both. Relations with the same source, target
 * and type are joined (symmetric types in either order); their evidence is concatenated, identical
 * evidence kept once. The base wins on conflicts (labels, curated flags); neither input is mutated.
 */
import type { Actor, Evidence, Graph, Relation, RelationType, Source } from './types';
import { SCHEMA_VERSION } from './types';

/** Evidence is the same when it cites the same span the same way. */
export function evidenceKey(evidence: Evidence): string {
  return `${evidence.sourceId}\u0000${evidence.start}\u0000${evidence.end}\u0000${evidence.quote}\u0000${evidence.negated === true}`;
}

function mergeActor(base: Actor, add: Actor): Actor {
  const aliases = [...base.aliases];
  const seen = new Set(aliases);
  for (const alias of add.aliases) {
    if (!seen.has(alias) && alias !== base.label) {
      seen.add(alias);
      aliases.push(alias);
    }
  }
  return aliases.length === base.aliases.length ? base : { ...base, aliases };
}

/**
 * Merge `add` into `base`. A source of `add` whose text equals a base source's text is the same
 * document: its evidence is re-pointed to the base source id.
 */
export function mergeGraphs(base: Graph, add: Graph): Graph {
  // Sources: by id, and by identical text.
  const sources: Source[] = [...base.sources];
  const sourceIds = new Set(sources.map((source) => source.id));
  const byText = new Map<string, string>();
  for (const source of base.sources) if (!byText.has(source.text)) byText.set(source.text, source.id);
  const sourceRename = new Map<string, string>();
  for (const source of add.sources) {
    const sameText = byText.get(source.text);
    if (sameText !== undefined) {
      if (sameText !== source.id) sourceRename.set(source.id, sameText);
      continue;
    }
    let id = source.id;
    for (let n = 2; sourceIds.has(id); n++) id = `${source.id}-${n}`;
    if (id !== source.id) sourceRename.set(source.id, id);
    sourceIds.add(id);
    byText.set(source.text, id);
    sources.push(id === source.id ? source : { ...source, id });
  }

  // Actors and relation types: union by id, base first.
  const actorIndex = new Map<string, number>();
  const actors: Actor[] = [];
  for (const actor of base.actors) {
    actorIndex.set(actor.id, actors.length);
    actors.push(actor);
  }
  for (const actor of add.actors) {
    const at = actorIndex.get(actor.id);
    if (at === undefined) {
      actorIndex.set(actor.id, actors.length);
      actors.push(actor);
    } else {
      actors[at] = mergeActor(actors[at] as Actor, actor);
    }
  }
  const relationTypes: RelationType[] = [...base.relationTypes];
  const typeIds = new Set(relationTypes.map((type) => type.id));
  for (const type of add.relationTypes) {
    if (!typeIds.has(type.id)) {
      typeIds.add(type.id);
      relationTypes.push(type);
    }
  }
  const directed = new Map(relationTypes.map((type) => [type.id, type.directed]));
  const keyOf = (relation: Relation): string =>
    relationKey(relation.source, relation.target, relation.type, directed.get(relation.type) ?? true);

  // Relations: join by (source, target, type).
  const sourceOrder = new Map(sources.map((source, index) => [source.id, index]));
  const relations: Relation[] = [];
  const relationIndex = new Map<string, number>();
  const relationIds = new Set<string>();
  for (const relation of base.relations) {
    const key = keyOf(relation);
    if (!relationIndex.has(key)) relationIndex.set(key, relations.length);
    relations.push(relation);
    relationIds.add(relation.id);
  }
  for (const relation of add.relations) {
    const evidence = relation.evidence.map((item) => {
      const renamed = sourceRename.get(item.sourceId);
      return renamed === undefined ? item : { ...item, sourceId: renamed };
    });
    const key = keyOf(relation);
    const at = relationIndex.get(key);
    if (at === undefined) {
      let id = relation.id;
      for (let n = 2; relationIds.has(id); n++) id = `${relation.id}#${n}`;
      relationIds.add(id);
      relationIndex.set(key, relations.length);
      relations.push({ ...relation, id, evidence: dedupe(evidence) });
      continue;
    }
    const held = relations[at] as Relation;
    const seen = new Set(held.evidence.map(evidenceKey));
    const added = dedupe(evidence).filter((item) => !seen.has(evidenceKey(item)));
    if (added.length === 0) continue;
    // The base's order stands (curated evidence leads with its most direct sentence); what is new
    // follows in source and text order.
    const merged = [
      ...held.evidence,
      ...added.sort(
        (a, b) =>
          (sourceOrder.get(a.sourceId) ?? Number.MAX_SAFE_INTEGER) -
            (sourceOrder.get(b.sourceId) ?? Number.MAX_SAFE_INTEGER) || a.start - b.start,
      ),
    ];
    relations[at] = { ...held, evidence: merged };
  }

  return { schemaVersion: SCHEMA_VERSION, sources, actors, relationTypes, relations };
}

function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const item of evidence) {
    const key = evidenceKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Symmetric relations are the same whichever end comes first: sort their two ends. */
export function relationKey(source: string, target: string, type: string, directed: boolean): string {
  if (!directed && target < source) return `${target}>${source}:${type}`;
  return `${source}>${target}:${type}`;
}

/** Number of distinct sources whose sentences back a relation (corroboration). */
export const sourceCount = (r: Relation): number => new Set(r.evidence.map((e) => e.sourceId)).size;

/**
 * Curation: the analyst's corrections, kept as a list of edits replayed on top of the composed graph
 * (seed or imported file, then added articles). Keeping edits rather than an edited copy leaves the
 * curated seed and each article intact, lets an article be removed and re-added with its review
 * decisions still applying, and makes every change one small, undoable step.
 *
 * An edit whose actor or relation no longer exists (its article was removed) is skipped.
 */
import { evidenceKey, relationKey } from './merge';
import { REVIEWABLE, statusOf } from './review';
import type { Actor, ActorKind, Evidence, Graph, Relation, RelationType } from './types';

/** Review decisions an analyst takes on extracted evidence; 'extracted' puts it back in the queue. */
export type ReviewStatus = 'accepted' | 'rejected' | 'extracted';

export type CurationEdit =
  | { readonly op: 'addActor'; readonly actor: Actor }
  | {
      readonly op: 'updateActor';
      readonly actorId: string;
      readonly label?: string;
      readonly kind?: ActorKind;
      readonly aliases?: readonly string[];
    }
  /** `from` disappears into `into`: relations, evidence and names move over; relations between the two go. */
  | { readonly op: 'mergeActors'; readonly from: string; readonly into: string }
  | { readonly op: 'deleteActor'; readonly actorId: string }
  /** Joins an existing relation with the same ends and type, else adds one. `type` brings its definition. */
  | { readonly op: 'addRelation'; readonly relation: Relation; readonly typeDef?: RelationType }
  | { readonly op: 'addEvidence'; readonly relationId: string; readonly evidence: Evidence }
  | {
      readonly op: 'removeEvidence';
      readonly relationId: string;
      readonly sourceId: string;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly op: 'updateRelation';
      readonly relationId: string;
      readonly type?: string;
      readonly typeDef?: RelationType;
      readonly source?: string;
      readonly target?: string;
      /** Every sentence of the relation says it did (false) or did not (true) happen. */
      readonly negated?: boolean;
      readonly note?: string;
    }
  | { readonly op: 'review'; readonly relationId: string; readonly status: ReviewStatus }
  | { readonly op: 'deleteRelation'; readonly relationId: string }
  /** Every relation of type `from` retyped to `to`; `from` leaves the vocabulary once unused. */
  | { readonly op: 'mapType'; readonly from: string; readonly to: string; readonly typeDef?: RelationType };

export type CurationOp = CurationEdit['op'];

/**
 * Mutable working copy. Each collection is copied into a map on first use only, and a collection no
 * edit touched comes out as the very same array, so later stages (indexes, the canvas diff) can tell
 * at a glance what did not change. Maps keep insertion order, so output order follows the input's.
 */
class Draft {
  private actorMap: Map<string, Actor> | null = null;
  private relationMap: Map<string, Relation> | null = null;
  private typeMap: Map<string, RelationType> | null = null;
  private byKey: Map<string, string> | null = null;
  private scans = 0;

  constructor(readonly graph: Graph) {}

  get actors(): Map<string, Actor> {
    return (this.actorMap ??= new Map(this.graph.actors.map((a) => [a.id, a])));
  }
  get relations(): Map<string, Relation> {
    return (this.relationMap ??= new Map(this.graph.relations.map((r) => [r.id, r])));
  }
  get types(): Map<string, RelationType> {
    return (this.typeMap ??= new Map(this.graph.relationTypes.map((t) => [t.id, t])));
  }

  key(r: Pick<Relation, 'source' | 'target' | 'type'>): string {
    return relationKey(r.source, r.target, r.type, this.types.get(r.type)?.directed ?? true);
  }

  /** Relation id by (ends, type); built on first use, then kept in step by put and drop. */
  private keys(): Map<string, string> {
    if (this.byKey === null) {
      this.byKey = new Map();
      for (const r of this.relations.values())
        if (!this.byKey.has(this.key(r))) this.byKey.set(this.key(r), r.id);
    }
    return this.byKey;
  }

  /**
   * The relation with these ends and type. A few look-ups scan the relations (cheap comparisons); an
   * edit that moves many relations (a merge, a type mapping) builds the key index once instead.
   */
  find(r: Pick<Relation, 'source' | 'target' | 'type'>): Relation | undefined {
    if (this.byKey === null && ++this.scans <= SCANS_BEFORE_INDEX) {
      const directed = this.types.get(r.type)?.directed ?? true;
      for (const other of this.relations.values()) {
        if (other.type !== r.type) continue;
        if (other.source === r.source && other.target === r.target) return other;
        if (!directed && other.source === r.target && other.target === r.source) return other;
      }
      return undefined;
    }
    const id = this.keys().get(this.key(r));
    return id === undefined ? undefined : this.relations.get(id);
  }

  drop(id: string): void {
    const r = this.relations.get(id);
    if (!r) return;
    this.relations.delete(id);
    if (this.byKey && this.byKey.get(this.key(r)) === id) this.byKey.delete(this.key(r));
  }

  /**
   * Stores `next` in place of the relation `id` (or as a new one). When another relation already has
   * its ends and type, the two coincide: the evidence joins that one and `id` goes.
   */
  put(id: string, next: Relation): void {
    const old = this.relations.get(id);
    // Same ends and type: nothing can come to coincide, and the key index need not be built.
    if (old && old.source === next.source && old.target === next.target && old.type === next.type) {
      this.relations.set(id, next);
      return;
    }
    if (old && this.byKey && this.byKey.get(this.key(old)) === id) this.byKey.delete(this.key(old));
    const other = this.find(next);
    if (other && other.id !== id) {
      this.relations.delete(id);
      this.relations.set(other.id, withEvidence(other, [...other.evidence, ...next.evidence]));
      return;
    }
    this.relations.set(id, next);
    this.byKey?.set(this.key(next), id);
  }

  addType(def: RelationType | undefined): void {
    if (def && !this.types.has(def.id)) this.types.set(def.id, def);
  }

  toGraph(): Graph {
    return {
      ...this.graph,
      actors: unlessSame(this.graph.actors, this.actorMap),
      relationTypes: unlessSame(this.graph.relationTypes, this.typeMap),
      relations: unlessSame(this.graph.relations, this.relationMap),
    };
  }
}

/** The original array when the map (if built at all) holds exactly its items in order; else a new one. */
function unlessSame<T>(items: readonly T[], map: Map<string, T> | null): readonly T[] {
  if (map === null) return items;
  const values = [...map.values()];
  return values.length === items.length && values.every((value, i) => value === items[i]) ? items : values;
}

/** Look-ups by scanning before the key index pays for itself. */
const SCANS_BEFORE_INDEX = 8;

/** Evidence concatenated with duplicates (same sentence, same negation) kept once, first wins. */
function withEvidence(relation: Relation, evidence: readonly Evidence[]): Relation {
  const seen = new Set<string>();
  const kept = evidence.filter((e) => {
    const key = evidenceKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...relation, evidence: kept };
}

function apply(draft: Draft, edit: CurationEdit): void {
  switch (edit.op) {
    case 'addActor':
      if (!draft.actors.has(edit.actor.id)) draft.actors.set(edit.actor.id, edit.actor);
      return;
    case 'updateActor': {
      const actor = draft.actors.get(edit.actorId);
      if (!actor) return;
      draft.actors.set(actor.id, {
        ...actor,
        ...(edit.label !== undefined && edit.label.trim() !== '' ? { label: edit.label.trim() } : {}),
        ...(edit.kind !== undefined ? { kind: edit.kind } : {}),
        ...(edit.aliases !== undefined ? { aliases: edit.aliases } : {}),
      });
      return;
    }
    case 'mergeActors':
      mergeActors(draft, edit.from, edit.into);
      return;
    case 'deleteActor': {
      if (!draft.actors.delete(edit.actorId)) return;
      for (const r of [...draft.relations.values()]) {
        if (r.source === edit.actorId || r.target === edit.actorId) draft.drop(r.id);
      }
      for (const a of [...draft.actors.values()]) {
        if (a.affiliation === edit.actorId) draft.actors.set(a.id, withoutAffiliation(a));
      }
      return;
    }
    case 'addRelation': {
      const { relation } = edit;
      if (!draft.actors.has(relation.source) || !draft.actors.has(relation.target)) return;
      draft.addType(edit.typeDef);
      if (!draft.types.has(relation.type)) return;
      const held = draft.find(relation);
      if (held) draft.put(held.id, withEvidence(held, [...held.evidence, ...relation.evidence]));
      else if (!draft.relations.has(relation.id)) draft.put(relation.id, relation);
      return;
    }
    case 'addEvidence': {
      const held = draft.relations.get(edit.relationId);
      if (held) draft.relations.set(held.id, withEvidence(held, [...held.evidence, edit.evidence]));
      return;
    }
    case 'removeEvidence': {
      const held = draft.relations.get(edit.relationId);
      if (!held) return;
      const evidence = held.evidence.filter(
        (e) => !(e.sourceId === edit.sourceId && e.start === edit.start && e.end === edit.end),
      );
      draft.relations.set(held.id, { ...held, evidence });
      return;
    }
    case 'updateRelation': {
      const held = draft.relations.get(edit.relationId);
      if (!held) return;
      draft.addType(edit.typeDef);
      const type = edit.type ?? held.type;
      const source = edit.source ?? held.source;
      const target = edit.target ?? held.target;
      if (!draft.types.has(type) || !draft.actors.has(source) || !draft.actors.has(target)) return;
      if (source === target) return; // no actor acts on itself
      // Reversed: the mention that named the source now names the target, so the marks swap too.
      const reversed = source === held.target && target === held.source;
      const evidence = held.evidence
        .map((e) => (reversed ? withSpansSwapped(e) : e))
        .map((e) =>
          edit.negated === undefined ? e : edit.negated ? { ...e, negated: true } : withoutNegation(e),
        );
      const note = edit.note ?? held.note;
      const next: Relation = { ...held, type, source, target, evidence };
      draft.put(held.id, note === undefined || note === '' ? withoutNote(next) : { ...next, note });
      return;
    }
    case 'review': {
      const held = draft.relations.get(edit.relationId);
      if (!held) return;
      const evidence = held.evidence.map((e) =>
        REVIEWABLE.has(statusOf(e)) ? { ...e, status: edit.status } : e,
      );
      draft.relations.set(held.id, { ...held, evidence });
      return;
    }
    case 'deleteRelation':
      draft.drop(edit.relationId);
      return;
    case 'mapType': {
      draft.addType(edit.typeDef);
      if (!draft.types.has(edit.to) || edit.from === edit.to) return;
      for (const r of [...draft.relations.values()]) {
        if (r.type === edit.from) draft.put(r.id, { ...r, type: edit.to });
      }
      draft.types.delete(edit.from);
      return;
    }
  }
}

function mergeActors(draft: Draft, from: string, into: string): void {
  const gone = draft.actors.get(from);
  const kept = draft.actors.get(into);
  if (!gone || !kept || from === into) return;
  const names = [...kept.aliases, gone.label, ...gone.aliases].filter((n) => n !== kept.label);
  draft.actors.set(into, { ...kept, aliases: [...new Set(names)] });
  draft.actors.delete(from);
  for (const r of [...draft.relations.values()]) {
    if (r.source !== from && r.target !== from) continue;
    const source = r.source === from ? into : r.source;
    const target = r.target === from ? into : r.target;
    // A relation between the two names of one actor says nothing about anyone else: it goes.
    if (source === target) draft.drop(r.id);
    else draft.put(r.id, { ...r, source, target });
  }
  for (const a of [...draft.actors.values()]) {
    if (a.affiliation === from)
      draft.actors.set(a.id, a.id === into ? withoutAffiliation(a) : { ...a, affiliation: into });
  }
}

function withoutAffiliation(actor: Actor): Actor {
  const { affiliation: _dropped, ...rest } = actor;
  return rest;
}
function withoutNegation(evidence: Evidence): Evidence {
  const { negated: _dropped, ...rest } = evidence;
  return rest;
}
function withSpansSwapped(evidence: Evidence): Evidence {
  if (!evidence.spans) return evidence;
  const { source, target, ...rest } = evidence.spans;
  return {
    ...evidence,
    spans: { ...rest, ...(target ? { source: target } : {}), ...(source ? { target: source } : {}) },
  };
}
function withoutNote(relation: Relation): Relation {
  const { note: _dropped, ...rest } = relation;
  return rest;
}

/** The graph after every edit, in order. Neither input is mutated; no edits returns `graph` itself. */
export function applyEdits(graph: Graph, edits: readonly CurationEdit[]): Graph {
  if (edits.length === 0) return graph;
  const draft = new Draft(graph);
  for (const edit of edits) apply(draft, edit);
  return draft.toGraph();
}

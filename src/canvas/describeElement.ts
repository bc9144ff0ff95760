import { isNegatedOnly } from '../domain/graphIndex';
import { relationVerb } from '../domain/relationVerb';
import { sourceCount } from '../domain/merge';
import { QUAD_LABELS, type Quad } from '../domain/types';
import type { AppState } from '../store';

/** What a tooltip says about an element: a title and a few short lines, plain text. */
export interface ElementSummary {
  readonly title: string;
  readonly lines: readonly string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeActor(
  state: AppState,
  actorId: string,
  visibleRelations: ReadonlySet<string>,
): ElementSummary | null {
  const actor = state.index.actors.get(actorId);
  if (!actor) return null;
  const shown = (state.index.relationsByActor.get(actorId) ?? []).filter((id) => visibleRelations.has(id));
  const sentences = shown.reduce((n, id) => n + (state.index.relations.get(id)?.evidence.length ?? 0), 0);
  return {
    title: actor.label,
    lines: [
      actor.kind.charAt(0).toUpperCase() + actor.kind.slice(1),
      `${plural(shown.length, 'relation')} · ${plural(sentences, 'sentence')}`,
    ],
  };
}

export function describeRelation(state: AppState, relationId: string): ElementSummary | null {
  const relation = state.index.relations.get(relationId);
  if (!relation) return null;
  const type = state.index.types.get(relation.type);
  const label = (id: string) => state.index.actors.get(id)?.label ?? id;
  const arrow = type?.directed === false ? '—' : '→';
  const verb = relationVerb(type?.label ?? relation.type, isNegatedOnly(relation));
  return {
    title: `${label(relation.source)} ${arrow} ${label(relation.target)}`,
    lines: [
      type ? `${verb} · ${QUAD_LABELS[type.quad as Quad]}` : verb,
      `${plural(relation.evidence.length, 'sentence')} · ${plural(sourceCount(relation), 'source')}`,
    ],
  };
}

export function describePair(state: AppState, memberIds: readonly string[]): ElementSummary | null {
  const members = memberIds.flatMap((id) => state.index.relations.get(id) ?? []);
  const first = members[0];
  if (!first) return null;
  const label = (id: string) => state.index.actors.get(id)?.label ?? id;
  const types = [...new Set(members.map((r) => state.index.types.get(r.type)?.label ?? r.type))];
  const sentences = members.reduce((n, r) => n + r.evidence.length, 0);
  return {
    title: `${label(first.source)} — ${label(first.target)}`,
    lines: [
      types.join(', '),
      `${plural(members.length, 'relation')} · ${plural(sentences, 'sentence')}`,
      'Click to show each relation',
    ],
  };
}

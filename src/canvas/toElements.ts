import type { ElementDefinition } from 'cytoscape';
import { isNegatedOnly } from '../domain/graphIndex';
import { relationVerb } from '../domain/relationVerb';
import { isUnreviewed } from '../domain/review';
import type { Actor, Relation, RelationType } from '../domain/types';

/** Flat data only: react-cytoscapejs and cy.json() treat nested objects as always changed. */
export function actorElement(actor: Actor): ElementDefinition {
  const data: Record<string, string | number> = { id: actor.id, label: actor.label, kind: actor.kind };
  // What another tool's file drew: kept flat, for the file's layout and the colour rule.
  if (actor.position) Object.assign(data, { fileX: actor.position.x, fileY: actor.position.y });
  if (actor.color) data.color = actor.color;
  return { group: 'nodes', data };
}

export function relationElement(relation: Relation, type: RelationType | undefined): ElementDefinition {
  const negated = isNegatedOnly(relation);
  const label = relationVerb(type?.label ?? relation.type, negated);
  return {
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      type: relation.type,
      label,
      quad: type?.quad ?? 0,
      polarity: type?.polarity ?? 'cooperation',
      evidenceCount: relation.evidence.length,
    },
    classes: [
      type?.directed === false ? 'symmetric' : 'directed',
      negated ? 'negated' : '',
      // Extracted and not yet reviewed: drawn apart until the analyst accepts it (then solid).
      isUnreviewed(relation) ? 'unreviewed' : '',
      relation.evidence.length === 0 ? 'unsupported' : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

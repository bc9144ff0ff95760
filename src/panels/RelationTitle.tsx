import type { GraphIndex } from '../domain/graphIndex';
import type { Relation } from '../domain/types';
import { isNegatedOnly } from '../domain/graphIndex';
import { relationVerb } from '../domain/relationVerb';
import { useAppStore } from '../store';

function titleParts(index: GraphIndex, relation: Relation) {
  const type = index.types.get(relation.type);
  return {
    source: index.actors.get(relation.source)?.label ?? relation.source,
    target: index.actors.get(relation.target)?.label ?? relation.target,
    verb: relationVerb(type?.label ?? relation.type, isNegatedOnly(relation)),
    arrow: type?.directed === false ? '—' : '→',
  };
}

/** "China — trades with → Russia"; symmetric types read both ways, so they get no arrow. */
export function RelationTitle({ relation }: { relation: Relation }) {
  const index = useAppStore((s) => s.index);
  const { source, target, verb, arrow } = titleParts(index, relation);
  return (
    <span className="relation-title">
      <span className="actor-name">{source}</span> — <span className="verb">{verb}</span> {arrow}{' '}
      <span className="actor-name">{target}</span>
    </span>
  );
}

/** The same title as plain text, for labels and messages. */
export function relationTitleText(index: GraphIndex, relation: Relation): string {
  const { source, target, verb, arrow } = titleParts(index, relation);
  return `${source} — ${verb} ${arrow} ${target}`;
}

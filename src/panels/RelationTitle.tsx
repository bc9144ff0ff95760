import type { Relation } from '../domain/types';
import { isNegatedOnly } from '../domain/graphIndex';
import { relationVerb } from '../domain/relationVerb';
import { useAppStore } from '../store';

/** "China — trades with → Russia"; symmetric types read both ways, so they get no arrow. */
export function RelationTitle({ relation }: { relation: Relation }) {
  const index = useAppStore((s) => s.index);
  const type = index.types.get(relation.type);
  const source = index.actors.get(relation.source)?.label ?? relation.source;
  const target = index.actors.get(relation.target)?.label ?? relation.target;
  const verb = relationVerb(type?.label ?? relation.type, isNegatedOnly(relation));
  return (
    <span className="relation-title">
      <span className="actor-name">{source}</span> — <span className="verb">{verb}</span>{' '}
      {type?.directed === false ? '—' : '→'} <span className="actor-name">{target}</span>
    </span>
  );
}

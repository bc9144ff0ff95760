import { useId, useMemo } from 'react';
import { ACTOR_KINDS, type Actor, type ActorKind } from '../../domain/types';
import { findActorByName, nameOptions } from './actorNames';

interface ActorNameFieldProps {
  readonly label: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly actors: readonly Actor[];
  /** The id of the shared <datalist> of actor names. */
  readonly listId: string;
  readonly onName: (name: string) => void;
  readonly onKind: (kind: ActorKind) => void;
  readonly error?: string;
}

/**
 * An actor named by label or alias, suggested from the graph as one types. A name no actor has makes a
 * new actor with that label, whose kind is asked right there.
 */
export function ActorNameField({
  label,
  name,
  kind,
  actors,
  listId,
  onName,
  onKind,
  error,
}: ActorNameFieldProps) {
  const id = useId();
  const found = findActorByName(actors, name);
  const isNew = name.trim() !== '' && !found;
  return (
    <div className="actor-field">
      <label htmlFor={`${id}-name`}>{label}</label>
      <input
        id={`${id}-name`}
        type="text"
        list={listId}
        value={name}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onName(e.target.value)}
      />
      <p id={`${id}-hint`} className={error ? 'field-hint error' : 'field-hint'}>
        {error ??
          (found
            ? `${found.label} (${found.kind})`
            : isNew
              ? `New actor “${name.trim()}”`
              : 'An actor’s name or alias, or a new name')}
      </p>
      {isNew && (
        <label className="inline-field">
          Kind of the new actor{' '}
          <select value={kind} onChange={(e) => onKind(e.target.value as ActorKind)}>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

/** The suggestions every actor field of a form shares: labels, then aliases with whose they are. */
export function ActorNameList({ id, actors }: { id: string; actors: readonly Actor[] }) {
  const options = useMemo(() => nameOptions(actors), [actors]);
  return (
    <datalist id={id}>
      {options.map((o) => (
        <option key={o.value} value={o.value} label={o.hint} />
      ))}
    </datalist>
  );
}

import { useEffect, useId, useState } from 'react';
import type { Actor } from '../../domain/types';
import { findActorByName } from '../curate/actorNames';

interface ActorPickerProps {
  readonly label: string;
  /** The chosen actor's id, or null. */
  readonly value: string | null;
  readonly actors: readonly Actor[];
  readonly byId: ReadonlyMap<string, Actor>;
  /** The id of the <datalist> of names the pickers share. */
  readonly listId: string;
  readonly onChange: (actorId: string | null) => void;
}

/**
 * An actor chosen by typing its name or an alias, with the names suggested as one types (a native
 * combobox: arrow keys move through the suggestions, Enter takes one). The store holds the id; the
 * text follows it when it changes elsewhere ("Path from here…", Swap).
 */
export function ActorPicker({ label, value, actors, byId, listId, onChange }: ActorPickerProps) {
  const id = useId();
  const [text, setText] = useState(() => (value === null ? '' : (byId.get(value)?.label ?? '')));
  useEffect(() => {
    setText((current) => {
      if ((findActorByName(actors, current)?.id ?? null) === value) return current;
      return value === null ? current : (byId.get(value)?.label ?? current);
    });
  }, [value, actors, byId]);
  const found = findActorByName(actors, text);
  const hint = found
    ? `${found.label} (${found.kind})`
    : text.trim() === ''
      ? 'Type a name or an alias'
      : `No actor is called “${text.trim()}”`;
  return (
    <div className="paths-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={listId}
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        aria-invalid={text.trim() !== '' && !found ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(findActorByName(actors, e.target.value)?.id ?? null);
        }}
      />
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
    </div>
  );
}

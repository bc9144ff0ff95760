import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Actor, Relation, RelationType } from '../../domain/types';
import { TypeSelect } from '../curate/TypeSelect';
import { actorProblem, resolveActor, type End } from './reviewEdits';

interface EditorFrameProps {
  readonly label: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/** Apply and Cancel, the same under every inline editor. */
function EditorButtons({
  onApply,
  onCancel,
  disabled = false,
}: {
  onApply: () => void;
  onCancel: () => void;
  disabled?: boolean;
}) {
  return (
    <div className="review-editor-buttons">
      <button type="button" onClick={onApply} disabled={disabled}>
        Apply
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** An inline form under an item: Escape cancels it (and only it), focus returns to the item. */
function EditorFrame({ label, onCancel, children }: EditorFrameProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };
  return (
    <div className="review-editor" role="group" aria-label={label} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

/** Enter in a field applies, as a form's submit would. */
const onEnter = (apply: () => void) => (e: KeyboardEvent) => {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  e.stopPropagation();
  apply();
};

function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

interface TypeEditorProps {
  readonly relation: Relation;
  readonly inGraph: readonly RelationType[];
  /** Vocabulary types the graph does not have yet. */
  readonly more: readonly RelationType[];
  readonly onApply: (type: RelationType) => void;
  readonly onCancel: () => void;
}

export function TypeEditor({ relation, inGraph, more, onApply, onCancel }: TypeEditorProps) {
  const id = useId();
  const [value, setValue] = useState(relation.type);
  const ref = useFocusOnMount<HTMLSelectElement>();
  const chosen = [...inGraph, ...more].find((t) => t.id === value);
  const apply = () => (chosen && chosen.id !== relation.type ? onApply(chosen) : onCancel());
  return (
    <EditorFrame label="Change the relation type" onCancel={onCancel}>
      <label htmlFor={id}>New type</label>
      <TypeSelect
        selectRef={ref}
        id={id}
        value={value}
        onChange={setValue}
        onKeyDown={onEnter(apply)}
        graphTypes={inGraph}
        vocabulary={more}
      />
      <EditorButtons onApply={apply} onCancel={onCancel} />
    </EditorFrame>
  );
}

interface ActorEditorProps {
  readonly relation: Relation;
  readonly actors: readonly Actor[];
  readonly labelOf: (actorId: string) => string;
  readonly onApply: (end: End, actor: Actor) => void;
  readonly onCancel: () => void;
}

/** Which end to change, and the actor by name or alias (suggested as you type). */
export function ActorEditor({ relation, actors, labelOf, onApply, onCancel }: ActorEditorProps) {
  const id = useId();
  const [end, setEnd] = useState<End>('source');
  const [name, setName] = useState('');
  const ref = useFocusOnMount<HTMLInputElement>();
  const actor = resolveActor(actors, name);
  const problem = name.trim() === '' ? null : actorProblem(relation, end, actor);
  const ready = name.trim() !== '' && actor !== undefined && problem === null;
  const apply = () => {
    if (ready && actor) onApply(end, actor);
  };
  return (
    <EditorFrame label="Change an actor" onCancel={onCancel}>
      <label htmlFor={`${id}-end`}>Which actor</label>
      <select id={`${id}-end`} value={end} onChange={(e) => setEnd(e.target.value as End)}>
        <option value="source">source: {labelOf(relation.source)}</option>
        <option value="target">target: {labelOf(relation.target)}</option>
      </select>
      <label htmlFor={`${id}-name`}>New actor (name or alias)</label>
      <input
        ref={ref}
        id={`${id}-name`}
        type="text"
        list={`${id}-names`}
        autoComplete="off"
        spellCheck={false}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={onEnter(apply)}
        aria-describedby={`${id}-outcome`}
      />
      <datalist id={`${id}-names`}>
        {actors.flatMap((a) =>
          [a.label, ...a.aliases].map((n) => (
            <option key={`${a.id}:${n}`} value={n}>
              {n === a.label ? a.kind : a.label}
            </option>
          )),
        )}
      </datalist>
      <p id={`${id}-outcome`} className={problem ? 'meta review-problem' : 'meta'} aria-live="polite">
        {name.trim() === ''
          ? 'Type a name or alias.'
          : (problem ?? `Becomes ${actor?.label} (${actor?.kind}).`)}
      </p>
      <EditorButtons onApply={apply} onCancel={onCancel} disabled={!ready} />
    </EditorFrame>
  );
}

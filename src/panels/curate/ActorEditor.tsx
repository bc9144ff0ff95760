import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { previewMerge, relationsOfActor } from '../../domain/curationPreview';
import { ACTOR_KINDS, type Actor, type ActorKind } from '../../domain/types';
import { useAppStore } from '../../store';
import { ActorNameList } from './ActorNameField';
import { findActorByName, parseAliases } from './actorNames';
import { ConfirmDialog } from './ConfirmDialog';
import { deleteActor, mergeActors, updateActor } from './curateActions';
import { deleteActorQuestion, mergeQuestion } from './wording';

/** Correcting an actor: its names and kind, merging it into another, or deleting it. */
export function ActorEditor({ actor }: { actor: Actor }) {
  const id = useId();
  return (
    <section className="curate-section" aria-labelledby={`${id}-heading`} data-testid="actor-editor">
      <h3 id={`${id}-heading`}>Edit actor</h3>
      <div className="field-grid">
        <TextField
          label="Label"
          required
          saved={actor.label}
          onSave={(label) => updateActor(actor.id, { label })}
        />
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={actor.kind}
          onChange={(e) => updateActor(actor.id, { kind: e.target.value as ActorKind })}
        >
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <TextField
          label="Aliases"
          hint="comma-separated"
          saved={actor.aliases.join(', ')}
          onSave={(text) => {
            const aliases = parseAliases(text);
            if (aliases.join('\u0000') !== actor.aliases.join('\u0000')) updateActor(actor.id, { aliases });
          }}
        />
      </div>
      <MergeInto actor={actor} />
      <DeleteActor actor={actor} />
    </section>
  );
}

/** A one-line field saved when left or on Enter; Escape puts the saved value back. */
function TextField({
  label,
  hint,
  required = false,
  saved,
  onSave,
}: {
  label: string;
  hint?: string;
  /** Left empty, the field shows its saved value again rather than saving nothing. */
  required?: boolean;
  saved: string;
  onSave: (value: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(saved);
  const [shown, setShown] = useState(saved);
  if (saved !== shown) {
    // Changed elsewhere (undo, a merge): show the new value.
    setShown(saved);
    setDraft(saved);
  }
  const save = () => {
    const value = draft.trim();
    if (required && value === '') setDraft(saved);
    else if (value !== saved) onSave(value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') save();
    if (e.key === 'Escape' && draft !== saved) {
      e.preventDefault();
      e.stopPropagation();
      setDraft(saved);
    }
  };
  return (
    <>
      <label htmlFor={id}>
        {label}
        {hint && <span className="visually-hidden"> ({hint})</span>}
      </label>
      <input
        id={id}
        type="text"
        value={draft}
        placeholder={hint}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={onKeyDown}
      />
    </>
  );
}

function MergeInto({ actor }: { actor: Actor }) {
  const graph = useAppStore((s) => s.graph);
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  // The suggestions list every actor's names: built once the field is used, not for every actor shown.
  const [suggesting, setSuggesting] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const others = graph.actors.filter((a) => a.id !== actor.id);
  const into = findActorByName(others, name);
  const ask = () => {
    if (!into) {
      setProblem(
        name.trim() === '' ? 'Name the actor to merge into.' : `No other actor is called “${name.trim()}”.`,
      );
      return;
    }
    setProblem('');
    setConfirming(true);
  };
  return (
    <div className="merge-into">
      <label htmlFor={`${id}-into`}>Merge into…</label>
      <div className="row">
        <input
          id={`${id}-into`}
          type="text"
          list={`${id}-names`}
          value={name}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setName(e.target.value)}
          onFocus={() => setSuggesting(true)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') ask();
          }}
        />
        <button type="button" ref={button} onClick={ask}>
          Merge…
        </button>
      </div>
      <p id={`${id}-hint`} className={problem ? 'field-hint error' : 'field-hint'}>
        {problem || (into ? `Into ${into.label} (${into.kind})` : 'Another actor’s name or alias')}
      </p>
      {suggesting && <ActorNameList id={`${id}-names`} actors={others} />}
      <ConfirmDialog
        open={confirming && into !== undefined}
        title={`Merge ${actor.label} into ${into?.label ?? ''}?`}
        description={
          into ? mergeQuestion(actor.label, into.label, previewMerge(graph, actor.id, into.id)) : ''
        }
        confirmLabel="Merge"
        onConfirm={() => {
          if (!into) return;
          mergeActors(actor.id, into.id);
          setName(''); // the panel now shows the actor kept
        }}
        onClose={() => setConfirming(false)}
        returnTo={button}
        testId="confirm-merge"
      />
    </div>
  );
}

function DeleteActor({ actor }: { actor: Actor }) {
  const graph = useAppStore((s) => s.graph);
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="row">
      <button type="button" className="danger-outline" ref={button} onClick={() => setConfirming(true)}>
        Delete actor…
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${actor.label}?`}
        description={deleteActorQuestion(actor.label, relationsOfActor(graph, actor.id))}
        confirmLabel="Delete actor"
        onConfirm={() => deleteActor(actor.id)}
        onClose={() => setConfirming(false)}
        returnTo={button}
        testId="confirm-delete-actor"
      />
    </div>
  );
}

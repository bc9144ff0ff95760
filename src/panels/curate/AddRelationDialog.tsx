import { useEffect, useId, useState, type FormEvent, type RefObject } from 'react';
import type { ActorKind } from '../../domain/types';
import { useAppStore } from '../../store';
import { useModalDialog } from '../exchange/useModalDialog';
import { ActorNameField, ActorNameList } from './ActorNameField';
import { findActorByName } from './actorNames';
import { planAddRelation, type AddRelationField, type CitedSpan } from './addRelation';
import { addRelation } from './curateActions';
import { TypeSelect } from './TypeSelect';
import { useVocabulary } from './useVocabulary';

interface AddRelationDialogProps {
  /** Whole sentences of a source, as the reader chose them. */
  readonly span: CitedSpan;
  /** The words the user selected; when they name an actor, it is proposed as the source. */
  readonly words: string;
  readonly onClose: () => void;
  readonly returnTo: RefObject<HTMLElement | null>;
}

/**
 * "Add relation…": who does what to whom, cited by the chosen sentence. Mounted open; every way out
 * (Cancel, Esc, adding) closes the native dialog, which hands focus back to `returnTo`.
 */
export function AddRelationDialog({ span, words, onClose, returnTo }: AddRelationDialogProps) {
  const { ref, onKeyDown } = useModalDialog(true, onClose, returnTo);
  const graph = useAppStore((s) => s.graph);
  const vocabulary = useVocabulary();
  const [source, setSource] = useState(() => findActorByName(graph.actors, words)?.label ?? '');
  const [sourceKind, setSourceKind] = useState<ActorKind>('unknown');
  const [target, setTarget] = useState('');
  const [targetKind, setTargetKind] = useState<ActorKind>('unknown');
  const [type, setType] = useState('');
  const [negated, setNegated] = useState(false);
  const [problems, setProblems] = useState<ReadonlyArray<{ field: AddRelationField; message: string }>>([]);
  const id = useId();
  const problemOf = (field: AddRelationField) => problems.find((p) => p.field === field)?.message;
  /** A field being corrected no longer shows its problem. */
  const edited =
    <T,>(field: AddRelationField, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      if (problemOf(field)) setProblems(problems.filter((p) => p.field !== field));
    };
  const sourceText = graph.sources.find((s) => s.id === span.sourceId);
  const quote = sourceText?.text.slice(span.start, span.end) ?? '';

  // After a refused submit, the first field to fix has the focus.
  useEffect(() => {
    if (problems.length > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems, ref]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const plan = planAddRelation(
      graph,
      {
        span,
        source: { name: source, kind: sourceKind },
        target: { name: target, kind: targetKind },
        type,
        negated,
      },
      vocabulary,
    );
    if (!plan.ok) {
      setProblems(plan.problems);
      return;
    }
    addRelation(plan);
    ref.current?.close();
  };

  return (
    <dialog
      ref={ref}
      className="curate-dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      data-testid="add-relation-dialog"
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>Add a relation</h2>
        <figure className="cited">
          <blockquote data-testid="cited-sentence">{quote}</blockquote>
          <figcaption>Evidence: this whole sentence of “{sourceText?.title ?? span.sourceId}”</figcaption>
        </figure>
        <ActorNameField
          label="Who acts (source)"
          name={source}
          kind={sourceKind}
          actors={graph.actors}
          listId={`${id}-names`}
          onName={edited('source', setSource)}
          onKind={setSourceKind}
          error={problemOf('source')}
        />
        <div className="actor-field">
          <label htmlFor={`${id}-type`}>Relation type</label>
          <TypeSelect
            id={`${id}-type`}
            value={type}
            onChange={edited('type', setType)}
            graphTypes={graph.relationTypes}
            vocabulary={vocabulary}
            placeholder="Choose a type…"
            describedBy={problemOf('type') ? `${id}-type-error` : undefined}
            invalid={problemOf('type') !== undefined}
          />
          {problemOf('type') && (
            <p id={`${id}-type-error`} className="field-hint error">
              {problemOf('type')}
            </p>
          )}
        </div>
        <ActorNameField
          label="On whom (target)"
          name={target}
          kind={targetKind}
          actors={graph.actors}
          listId={`${id}-names`}
          onName={edited('target', setTarget)}
          onKind={setTargetKind}
          error={problemOf('target')}
        />
        <label className="toggle">
          <input type="checkbox" checked={negated} onChange={(e) => setNegated(e.target.checked)} />
          The sentence says this did not happen
        </label>
        {problemOf('sentence') && (
          <p className="field-hint error" role="alert">
            {problemOf('sentence')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Add relation
          </button>
        </div>
        <ActorNameList id={`${id}-names`} actors={graph.actors} />
      </form>
    </dialog>
  );
}

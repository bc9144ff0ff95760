import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { isNegatedOnly } from '../../domain/graphIndex';
import type { Relation, RelationType } from '../../domain/types';
import { plural } from '../../io/describe';
import { useAppStore } from '../../store';
import { relationTitleText } from '../RelationTitle';
import { ConfirmDialog } from './ConfirmDialog';
import { deleteRelation, mapType, updateRelation } from './curateActions';
import { isForeignType, typeDefToBring } from './typeChoices';
import { TypeSelect } from './TypeSelect';
import { useVocabulary } from './useVocabulary';

/** Correcting the selected relation: its type, direction, negation and note, or deleting it. */
export function RelationEditor({ relation }: { relation: Relation }) {
  const graph = useAppStore((s) => s.graph);
  const index = useAppStore((s) => s.index);
  const vocabulary = useVocabulary();
  const type = index.types.get(relation.type);
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const retype = (to: string) =>
    updateRelation(relation, {
      type: to,
      ...withTypeDef(typeDefToBring(to, graph.relationTypes, vocabulary)),
    });

  return (
    <section className="curate-section" aria-labelledby={`${id}-heading`} data-testid="relation-editor">
      <h3 id={`${id}-heading`}>Edit relation</h3>
      <div className="field-grid">
        <label htmlFor={`${id}-type`}>Type</label>
        <TypeSelect
          id={`${id}-type`}
          value={relation.type}
          onChange={retype}
          graphTypes={graph.relationTypes}
          vocabulary={vocabulary}
        />
      </div>
      {type && isForeignType(type) && <MapType relation={relation} type={type} vocabulary={vocabulary} />}
      <div className="row">
        {type?.directed !== false && (
          <button
            type="button"
            onClick={() => updateRelation(relation, { source: relation.target, target: relation.source })}
          >
            Reverse direction
          </button>
        )}
        <NegatedToggle relation={relation} />
      </div>
      <NoteField relation={relation} />
      <div className="row">
        <button
          type="button"
          className="danger-outline"
          ref={deleteButton}
          onClick={() => setConfirming(true)}
        >
          Delete relation…
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete this relation?"
        description={`${relationTitleText(index, relation)} and its ${plural(relation.evidence.length, 'sentence')} will be removed from the graph.`}
        confirmLabel="Delete relation"
        onConfirm={() => deleteRelation(relation)}
        onClose={() => setConfirming(false)}
        returnTo={deleteButton}
        testId="confirm-delete-relation"
      />
    </section>
  );
}

const withTypeDef = (typeDef: RelationType | undefined) => (typeDef ? { typeDef } : {});

/** Every sentence says it did not happen (checked), none does (clear), or some do (mixed). */
function NegatedToggle({ relation }: { relation: Relation }) {
  const box = useRef<HTMLInputElement>(null);
  const all = isNegatedOnly(relation);
  const some = relation.evidence.some((e) => e.negated === true);
  useEffect(() => {
    if (box.current) box.current.indeterminate = some && !all;
  }, [some, all]);
  const unsupported = relation.evidence.length === 0;
  return (
    <label
      className="toggle"
      title={unsupported ? 'Negation is a property of the sentences; this relation has none.' : undefined}
    >
      <input
        type="checkbox"
        ref={box}
        checked={all}
        disabled={unsupported}
        onChange={(e) => updateRelation(relation, { negated: e.target.checked })}
      />
      Did not happen (negated){some && !all ? ': some sentences' : ''}
    </label>
  );
}

/** The analyst's note: saved when the field is left or on Enter (Shift+Enter for a new line). */
function NoteField({ relation }: { relation: Relation }) {
  const saved = relation.note ?? '';
  const [draft, setDraft] = useState(saved);
  const [shown, setShown] = useState(saved);
  // The saved note changed elsewhere (undo, another tab): show it.
  if (saved !== shown) {
    setShown(saved);
    setDraft(saved);
  }
  const id = useId();
  const save = () => {
    const note = draft.trim();
    if (note !== saved) updateRelation(relation, { note });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      save();
    }
  };
  return (
    <div className="note-field">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={2}
        value={draft}
        placeholder="Your note on this relation"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={onKeyDown}
        data-testid="relation-note"
      />
    </div>
  );
}

/** A foreign file's own type mapped, for every relation that has it, onto a type of the vocabulary. */
function MapType({
  relation,
  type,
  vocabulary,
}: {
  relation: Relation;
  type: RelationType;
  vocabulary: readonly RelationType[];
}) {
  const graph = useAppStore((s) => s.graph);
  const [to, setTo] = useState('');
  const id = useId();
  const count = graph.relations.filter((r) => r.type === type.id).length;
  const targets = [...graph.relationTypes, ...vocabulary].filter(
    (t, i, all) => !isForeignType(t) && all.findIndex((o) => o.id === t.id) === i,
  );
  return (
    <div className="map-type">
      <label htmlFor={id}>
        Map all {plural(count, 'relation')} of type “{type.label}” onto…
      </label>
      <div className="row">
        <select id={id} value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">Choose a type…</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={to === ''}
          onClick={() => mapType(relation, to, typeDefToBring(to, graph.relationTypes, vocabulary))}
        >
          Map
        </button>
      </div>
    </div>
  );
}

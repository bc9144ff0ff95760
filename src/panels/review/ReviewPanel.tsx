import { useEffect, useId, useMemo, useState, useRef, type KeyboardEvent } from 'react';
import { revealRelation } from '../../canvas/viewport';
import type { CurationEdit, ReviewStatus } from '../../domain/curation';
import { isNegatedOnly } from '../../domain/graphIndex';
import { relationVerb } from '../../domain/relationVerb';
import { statusOf } from '../../domain/review';
import { orderQueue, QUEUE_ORDERS, type QueueOrder } from '../../domain/reviewQueue';
import type { Relation } from '../../domain/types';
import { redo, undo, useAppStore } from '../../store';
import { selectReview } from '../../store/selectors';
import { isTyping } from '../isTyping';
import { RejectedList } from './RejectedList';
import { ActorEditor, TypeEditor } from './ReviewEditors';
import {
  canReverse,
  changeActorEdit,
  changeTypeEdit,
  followRelation,
  neighbourOf,
  reverseEdit,
  reviewEdit,
  toggleNegatedEdit,
  typeChoices,
} from './reviewEdits';
import { focusReviewPanel, REVIEW_BUTTON_ID, REVIEW_HEADING_ID, REVIEW_PANEL_ID } from './reviewFocus';
import { ACTION_KEYS, ReviewItem, type ReviewAction } from './ReviewItem';
import { useVocabulary } from './useVocabulary';

/** Items drawn at first; more on request or as the keys move past them. */
const PAGE = 100;
const ORDER_LABELS: Readonly<Record<QueueOrder, string>> = {
  confidence: 'Least sure first',
  text: 'As in the text',
};

/** The letter keys of the actions (the same letters the buttons show). */
const KEY_ACTIONS: Readonly<Record<string, ReviewAction>> = Object.fromEntries(
  Object.entries(ACTION_KEYS).map(([action, { key }]) => [key.toLowerCase(), action as ReviewAction]),
);

type Editing = { readonly kind: 'type' | 'actor'; readonly id: string } | null;
/** The item chosen last, and where it stood, so its place is kept when it leaves the queue. */
interface Chosen {
  readonly id: string | null;
  readonly index: number;
}

/** The queue item the keys act on: the selected relation when it is queued, else the one chosen last. */
function currentIndex(ids: readonly string[], selectedId: string | null, chosen: Chosen): number {
  const selected = selectedId === null ? -1 : ids.indexOf(selectedId);
  if (selected >= 0) return selected;
  const kept = chosen.id === null ? -1 : ids.indexOf(chosen.id);
  return kept >= 0 ? kept : Math.min(chosen.index, ids.length - 1);
}

/** "Germany — accuses → Russia", from the graph as it is now (handlers run after edits). */
function titleText(relation: Relation): string {
  const { index } = useAppStore.getState();
  const type = index.types.get(relation.type);
  const label = (id: string) => index.actors.get(id)?.label ?? id;
  const verb = relationVerb(type?.label ?? relation.type, isNegatedOnly(relation));
  return `${label(relation.source)} — ${verb} ${type?.directed === false ? '—' : '→'} ${label(relation.target)}`;
}

/** Selects a relation at its first sentence under review, so the canvas marks it and the reader shows it. */
function selectForReview(id: string): void {
  const { index, selectRelation } = useAppStore.getState();
  const relation = index.relations.get(id);
  if (!relation) return;
  const first = relation.evidence.findIndex((e) => statusOf(e) === 'extracted');
  selectRelation(id, Math.max(0, first));
  // Once the canvas has caught up with the selection (and any edit), so the edge is where it is drawn.
  requestAnimationFrame(() => revealRelation(id));
}

const waiting = () => selectReview(useAppStore.getState()).unreviewed;

/**
 * The review queue: every extracted relation not yet reviewed, checked one by one against its
 * sentence. Non-modal, beside the canvas, which selects the item under review. Every action is one
 * curation edit (one undoable step), and the whole panel works from the keyboard.
 */
export function ReviewPanel() {
  const summary = useAppStore(selectReview);
  const graph = useAppStore((s) => s.graph);
  const actorLabels = useAppStore((s) => s.index.actors);
  const selection = useAppStore((s) => s.selection);
  const vocabulary = useVocabulary();
  const [order, setOrder] = useState<QueueOrder>('confidence');
  const [chosen, setChosen] = useState<Chosen>({ id: null, index: 0 });
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [focusTick, setFocusTick] = useState(0);
  /** Relations acted on here, newest last: undo brings the keyboard back to the one it restored. */
  const acted = useRef<string[]>([]);
  const id = useId();

  const queue = useMemo(
    () => orderQueue(summary.unreviewed, graph.sources, order),
    [summary.unreviewed, graph.sources, order],
  );
  const ids = useMemo(() => queue.map((r) => r.id), [queue]);
  const currentAt = currentIndex(ids, selection?.kind === 'relation' ? selection.id : null, chosen);
  const current = queue[currentAt];
  const shown = queue.slice(0, Math.max(limit, currentAt + 1));

  // Opening the panel, and every action, puts the keyboard on the current item (or the heading).
  useEffect(() => {
    focusReviewPanel();
  }, [focusTick]);
  // A relation chosen on the canvas or in the table scrolls its item into view, focus staying put.
  useEffect(() => {
    document
      .querySelector(`#${REVIEW_PANEL_ID} .review-item[aria-current="true"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [current?.id]);

  const refocus = () => setFocusTick((t) => t + 1);
  /** Make `to` the current item (at `index` should it leave the queue) and select it on the canvas. */
  const go = (to: string | null, index: number) => {
    setChosen((c) => (c.id === to && c.index === index ? c : { id: to, index }));
    if (to !== null) selectForReview(to);
    refocus();
  };
  const choose = (relation: Relation) => {
    const at = ids.indexOf(relation.id);
    setChosen((c) => (c.id === relation.id ? c : { id: relation.id, index: at }));
    selectForReview(relation.id);
  };
  const move = (to: number) => {
    const target = queue[Math.max(0, Math.min(queue.length - 1, to))];
    if (!target) return;
    if (to >= limit) setLimit((l) => Math.max(l, to + 1));
    go(target.id, ids.indexOf(target.id));
  };
  const curate = (edit: CurationEdit) => useAppStore.getState().curate(edit);

  const decide = (relation: Relation, status: ReviewStatus) => {
    const at = ids.indexOf(relation.id);
    const next = neighbourOf(ids, relation.id);
    curate(reviewEdit(relation, status));
    acted.current.push(relation.id);
    setEditing(null);
    go(next, at);
    const verb = status === 'accepted' ? 'Accepted' : 'Rejected';
    setMessage(`${verb}: ${titleText(relation)}. ${waiting().length} left to review.`);
  };
  /** An edit that keeps the relation in the queue (possibly joined to another): the keys stay on it. */
  const update = (relation: Relation, edit: CurationEdit, words: string) => {
    curate(edit);
    const after = followRelation(relation, useAppStore.getState().graph);
    acted.current.push(after?.id ?? relation.id);
    setEditing(null);
    go(after?.id ?? null, ids.indexOf(relation.id));
    setMessage(after ? `${words}: ${titleText(after)}.` : `${words}.`);
  };
  const undoStep = () => {
    setEditing(null);
    if (!undo()) return setMessage('Nothing to undo.');
    const back = acted.current.pop();
    if (back !== undefined && waiting().some((r) => r.id === back)) go(back, chosen.index);
    else refocus();
    setMessage('Undone.');
  };
  const redoStep = () => {
    if (!redo()) return setMessage('Nothing to redo.');
    refocus();
    setMessage('Redone.');
  };
  const restore = (relation: Relation) => {
    curate(reviewEdit(relation, 'extracted'));
    acted.current.push(relation.id);
    go(relation.id, 0);
    setMessage(`Restored: ${titleText(relation)} is back in the queue.`);
  };
  const close = () => {
    useAppStore.getState().setReviewOpen(false);
    document.getElementById(REVIEW_BUTTON_ID)?.focus();
  };
  const cancelEdit = () => {
    setEditing(null);
    refocus();
  };

  const act = (relation: Relation, action: ReviewAction) => {
    const type = useAppStore.getState().index.types.get(relation.type);
    switch (action) {
      case 'accept':
        return decide(relation, 'accepted');
      case 'reject':
        return decide(relation, 'rejected');
      case 'type':
      case 'actor':
        return setEditing({ kind: action, id: relation.id });
      case 'reverse':
        if (!canReverse(type)) return setMessage(`“${type?.label}” reads both ways: nothing to reverse.`);
        return update(relation, reverseEdit(relation), 'Reversed');
      case 'negate':
        return update(
          relation,
          toggleNegatedEdit(relation),
          isNegatedOnly(relation) ? 'Marked as having happened' : 'Marked as not having happened',
        );
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.defaultPrevented || e.altKey || isTyping(e.target)) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const action = KEY_ACTIONS[key];
    let handled = true;
    if (e.ctrlKey || e.metaKey) {
      if (key === 'z' && !e.shiftKey) undoStep();
      else if (key === 'z' || key === 'y') redoStep();
      else handled = false;
    } else if (e.shiftKey && key.length === 1) {
      handled = false; // Shift+letter belongs to the app (Shift+R: back to this panel)
    } else if (key === 'j' || key === 'ArrowDown') move(currentAt + 1);
    else if (key === 'k' || key === 'ArrowUp') move(currentAt - 1);
    else if (key === 'Home') move(0);
    else if (key === 'End') move(queue.length - 1);
    else if (key === 'u') undoStep();
    else if (key === 'Escape') (editing ? cancelEdit : close)();
    else if (action && current) act(current, action);
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const { inGraph, more } = typeChoices(graph, vocabulary);
  const editorFor = (relation: Relation) => {
    if (editing?.id !== relation.id) return null;
    if (editing.kind === 'type') {
      return (
        <TypeEditor
          relation={relation}
          inGraph={inGraph}
          more={more}
          onCancel={cancelEdit}
          onApply={(type) =>
            update(relation, changeTypeEdit(relation, type, useAppStore.getState().graph), 'Type changed')
          }
        />
      );
    }
    return (
      <ActorEditor
        relation={relation}
        actors={graph.actors}
        labelOf={(actorId) => actorLabels.get(actorId)?.label ?? actorId}
        onCancel={cancelEdit}
        onApply={(end, actor) =>
          update(
            relation,
            changeActorEdit(relation, end, actor.id),
            `${end === 'source' ? 'Source' : 'Target'} changed`,
          )
        }
      />
    );
  };

  return (
    <aside
      id={REVIEW_PANEL_ID}
      className="review-panel"
      aria-labelledby={REVIEW_HEADING_ID}
      onKeyDown={onKeyDown}
    >
      <div className="review-head">
        <h2 id={REVIEW_HEADING_ID} tabIndex={-1}>
          Review <span className="count">({queue.length} to check)</span>
        </h2>
        <button type="button" onClick={close} aria-keyshortcuts="Escape">
          Close
        </button>
      </div>
      <fieldset className="review-order">
        <legend>Order</legend>
        {QUEUE_ORDERS.map((o) => (
          <label key={o} className="toggle">
            <input type="radio" name={`${id}-order`} checked={order === o} onChange={() => setOrder(o)} />
            {ORDER_LABELS[o]}
          </label>
        ))}
      </fieldset>
      <p className="meta review-keys">
        Keys: <kbd>J</kbd>/<kbd>↓</kbd> next · <kbd>K</kbd>/<kbd>↑</kbd> previous · <kbd>A</kbd> accept ·{' '}
        <kbd>R</kbd> reject · <kbd>T</kbd> type · <kbd>V</kbd> reverse · <kbd>N</kbd> negated · <kbd>E</kbd>{' '}
        actor · <kbd>U</kbd> or <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo · <kbd>Esc</kbd> close
      </p>
      <p className="review-message" role="status" data-testid="review-message">
        {message}
      </p>
      {queue.length === 0 ? (
        <p className="review-empty">
          Nothing waits for review. Relations the extractor finds when you add an article come here.
        </p>
      ) : (
        <ol className="review-list" aria-label="Relations to review">
          {shown.map((r, i) => (
            <ReviewItem
              key={r.id}
              relation={r}
              current={i === currentAt}
              onChoose={() => choose(r)}
              onAction={(action) => act(r, action)}
              editor={editorFor(r)}
            />
          ))}
        </ol>
      )}
      {shown.length < queue.length && (
        <button type="button" className="review-more" onClick={() => setLimit((l) => l + PAGE)}>
          Show {Math.min(PAGE, queue.length - shown.length)} more of {queue.length - shown.length}
        </button>
      )}
      <RejectedList relations={summary.rejected} onRestore={restore} />
    </aside>
  );
}

import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Story } from '../../domain/story';
import { plainStoryText } from '../../domain/storyText';

interface StepListProps {
  readonly story: Story;
  readonly editing: string | null;
  /** A read-only published site: steps are shown, not edited or reordered. */
  readonly readOnly?: boolean;
  readonly onShow: (index: number) => void;
  readonly onEdit: (stepId: string) => void;
  readonly onMove: (stepId: string, to: number) => void;
  readonly onDelete: (stepId: string) => void;
}

const PREVIEW_CHARS = 110;

/**
 * The steps in order. Reorder by dragging a step onto another's place, or from the keyboard: Move
 * up / Move down, or Alt+Up / Alt+Down on a focused step (the panel announces the new place).
 */
export function StepList({
  story,
  editing,
  readOnly = false,
  onShow,
  onEdit,
  onMove,
  onDelete,
}: StepListProps) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const count = story.steps.length;

  const keys = (stepId: string, index: number) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (readOnly || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const to = e.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to < 0 || to >= count) return;
    onMove(stepId, to);
    // The step keeps the keyboard focus at its new place.
    requestAnimationFrame(() => document.getElementById(itemId(stepId))?.focus());
  };
  const drop = (index: number) => (e: DragEvent<HTMLLIElement>) => {
    e.preventDefault();
    const id = dragged ?? e.dataTransfer.getData('text/plain');
    setDragged(null);
    setOver(null);
    if (id) onMove(id, index);
  };

  return (
    <>
      {!readOnly && (
        <p id="story-reorder-hint" className="meta story-hint">
          Drag a step to reorder it, or press Alt+Up or Alt+Down on it.
        </p>
      )}
      <ol className="story-steps" aria-label={`Steps of ${story.title}`}>
        {story.steps.map((step, index) => {
          const preview = plainStoryText(step.text);
          return (
            <li
              key={step.id}
              id={itemId(step.id)}
              tabIndex={0}
              draggable={!readOnly}
              aria-describedby={readOnly ? undefined : 'story-reorder-hint'}
              className={[
                'story-step',
                editing === step.id ? 'is-editing' : '',
                over === index && dragged !== step.id ? 'is-drop-target' : '',
              ].join(' ')}
              onKeyDown={keys(step.id, index)}
              onDragStart={(e) => {
                setDragged(step.id);
                e.dataTransfer.setData('text/plain', step.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragEnd={() => {
                setDragged(null);
                setOver(null);
              }}
              onDragOver={(e) => {
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                setOver(index);
              }}
              onDragLeave={() => setOver((o) => (o === index ? null : o))}
              onDrop={drop(index)}
              data-testid="story-step"
            >
              <div className="story-step-title">
                <span className="story-step-number" aria-hidden="true">
                  {index + 1}.
                </span>{' '}
                <span className="visually-hidden">Step {index + 1}: </span>
                {step.title}
              </div>
              {preview && (
                <p className="story-step-preview">
                  {preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS)}…` : preview}
                </p>
              )}
              <div className="story-actions">
                <button type="button" onClick={() => onShow(index)} aria-label={`Show step ${index + 1}`}>
                  Show
                </button>
                {!readOnly && (
                  <>
                    <button
                      type="button"
                      onClick={() => onEdit(step.id)}
                      aria-label={`Edit step ${index + 1}`}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      disabled={index === 0}
                      onClick={() => onMove(step.id, index - 1)}
                      aria-label={`Move up step ${index + 1}`}
                    >
                      Move up
                    </button>
                    <button
                      type="button"
                      disabled={index === count - 1}
                      onClick={() => onMove(step.id, index + 1)}
                      aria-label={`Move down step ${index + 1}`}
                    >
                      Move down
                    </button>
                    <button
                      type="button"
                      onClick={() => onDelete(step.id)}
                      aria-label={`Delete step ${index + 1}`}
                    >
                      Delete
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}

const itemId = (stepId: string) => `story-step-${stepId}`;

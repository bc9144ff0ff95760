import { useId, useState, type ReactNode } from 'react';
import type { StoryStep } from '../../domain/story';

export interface StepDraft {
  readonly title: string;
  readonly text: string;
}

interface StepFormProps {
  readonly heading: string;
  readonly submitLabel: string;
  readonly initial?: StoryStep;
  /** Editing: offer to replace the step's view with the one on screen. */
  readonly retakeOption?: boolean;
  readonly onSubmit: (draft: StepDraft, retake: boolean) => void;
  readonly onCancel?: () => void;
  /** What the view on screen would keep, said under the form. */
  readonly viewSummary?: ReactNode;
}

/** A step's title and text (Markdown subset), for a new step or one being edited. */
export function StepForm(props: StepFormProps) {
  const [title, setTitle] = useState(props.initial?.title ?? '');
  const [text, setText] = useState(props.initial?.text ?? '');
  const [retake, setRetake] = useState(false);
  const [error, setError] = useState('');
  const id = useId();
  return (
    <form
      className="step-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) {
          setError('Give the step a title.');
          document.getElementById(`${id}-title`)?.focus();
          return;
        }
        setError('');
        props.onSubmit({ title: title.trim(), text: text.trim() }, retake);
        if (!props.initial) {
          setTitle('');
          setText('');
        }
      }}
    >
      <h3 id={`${id}-heading`}>{props.heading}</h3>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        aria-invalid={error !== '' || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid="step-title"
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <label htmlFor={`${id}-text`}>Text</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={5}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-hint`}
        data-testid="step-text"
      />
      <p id={`${id}-hint`} className="meta">
        A blank line starts a paragraph; *emphasis*, **strong**, [a link](https://…).
      </p>
      {props.retakeOption && (
        <label className="toggle">
          <input type="checkbox" checked={retake} onChange={(e) => setRetake(e.target.checked)} />
          Replace its view with the one on screen
        </label>
      )}
      {props.viewSummary}
      <div className="story-actions">
        <button type="submit" className="primary">
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

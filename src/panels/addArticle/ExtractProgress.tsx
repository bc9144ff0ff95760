import { useEffect, useRef } from 'react';
import { percentDone, type Progress } from './useExtraction';

/** The running extraction: how far it is, and the way to stop it (focus moves to Cancel). */
export function ExtractProgress({
  progress,
  onCancel,
  unit = 'sentences',
}: {
  progress: Progress;
  onCancel: () => void;
  /** What is counted: sentences analysed, or chunks the model has answered. */
  unit?: 'sentences' | 'chunks';
}) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelButton.current?.focus(), []);
  const percent = percentDone(progress);
  const words =
    progress.total === 0
      ? 'Preparing…'
      : `${percent}% (${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} ${unit === 'chunks' ? 'chunks answered by the model' : 'sentences'})`;
  return (
    <div className="extract-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Extracting relations"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={words}
        data-testid="extract-progress"
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-words">{words}</span>
      <button ref={cancelButton} type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

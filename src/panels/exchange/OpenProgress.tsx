import { useEffect, useRef, useState, type RefObject } from 'react';
import { formatBytes } from '../../io/byteSize';
import type { OpenProgress as Progress } from './openInWorker';

/** How far along, in words and as a share of the bar: reading counts up; parsing and checking are one step each. */
export function describeOpenProgress(progress: Progress | null): { percent: number; words: string } {
  if (!progress) return { percent: 0, words: 'starting…' };
  switch (progress.step) {
    case 'reading': {
      const share = progress.total > 0 ? progress.done / progress.total : 0;
      return {
        percent: Math.round(40 * share),
        words: `reading ${formatBytes(progress.done)} of ${formatBytes(progress.total)} (step 1 of 3)`,
      };
    }
    case 'parsing':
      return { percent: 40, words: 'parsing (step 2 of 3)' };
    case 'checking':
      return { percent: 70, words: 'checking the graph (step 3 of 3)' };
  }
}

/** Files that open in a blink show no bar at all. */
const SHOW_AFTER_MS = 200;

/**
 * A file being opened: how far it is and a way to stop. Not modal: the graph stays usable while a big
 * file is read. Focus moves to Cancel only when it was on the (now disabled) Open… button.
 */
export function OpenProgress({
  name,
  progress,
  onCancel,
  opener,
}: {
  name: string;
  progress: Progress | null;
  onCancel: () => void;
  opener: RefObject<HTMLElement | null>;
}) {
  const [shown, setShown] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
  useEffect(() => {
    const focused = document.activeElement;
    if (shown && (focused === document.body || focused === opener.current)) cancel.current?.focus();
  }, [shown, opener]);
  if (!shown) return null;
  const { percent, words } = describeOpenProgress(progress);
  return (
    <div className="open-progress" role="group" aria-label={`Opening ${name}`} data-testid="open-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={`Opening ${name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={words}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-words" role="status">
        Opening {name}: {words}
      </span>
      <button ref={cancel} type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

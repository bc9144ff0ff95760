import { lazy, Suspense, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { IMPORT_ACCEPT, IMPORT_FORMATS_IN_WORDS, MAX_IMPORT_LABEL } from './importLimits';
import { useOpenFile } from './useOpenFile';

// Not needed for the first paint: their code loads just after (the first download has a budget).
const OpenChoiceDialog = lazy(() =>
  import('./OpenChoiceDialog').then((m) => ({ default: m.OpenChoiceDialog })),
);
const OpenProgress = lazy(() => import('./OpenProgress').then((m) => ({ default: m.OpenProgress })));

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * "Open…" with a file picker, and a graph file dropped anywhere on the window: read and checked in a
 * worker with progress and Cancel, then Replace or Merge (useOpenFile.ts).
 */
export function ImportControls() {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Where focus goes back after the question: the Open… button, or what had it when a file was dropped.
  const returnTo = useRef<HTMLElement | null>(null);
  const [dragging, setDragging] = useState(false);
  const { state, open, cancelReading, choose } = useOpenFile();

  useEffect(() => {
    let depth = 0; // dragenter/dragleave fire for every child crossed
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // without this the browser opens the file itself
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const focused = document.activeElement;
      returnTo.current =
        focused instanceof HTMLElement && focused !== document.body ? focused : button.current;
      void open([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = ''; // choosing the same file again must fire change again
    returnTo.current = button.current;
    void open(files);
  };

  // Not while asking: the dialog is modal, and focus must be able to return to the button.
  const busy = state.kind === 'reading';
  // The progress bar's Cancel had the focus and is gone (cancelled or refused): back to Open….
  const wasBusy = useRef(false);
  useEffect(() => {
    const ended = wasBusy.current && !busy;
    wasBusy.current = busy;
    const focused = document.activeElement;
    if (ended && (focused === null || focused === document.body)) button.current?.focus();
  }, [busy]);
  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => input.current?.click()}
        disabled={busy}
        title={`Open a graph file: ${IMPORT_FORMATS_IN_WORDS}, up to ${MAX_IMPORT_LABEL}. You can also drop it on the window.`}
      >
        {busy ? 'Opening…' : 'Open…'}
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        onChange={onChange}
        hidden
        data-testid="open-file"
        aria-label="Graph file to open"
      />
      <Suspense fallback={null}>
        {state.kind === 'reading' && (
          <OpenProgress
            name={state.name}
            progress={state.progress}
            onCancel={cancelReading}
            opener={button}
          />
        )}
        <OpenChoiceDialog
          choice={state.kind === 'choosing' ? state : null}
          onChoose={choose}
          returnTo={returnTo}
        />
      </Suspense>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>
            Drop a graph file to open it: {IMPORT_FORMATS_IN_WORDS}, up to {MAX_IMPORT_LABEL}.
          </p>
        </div>
      )}
    </>
  );
}

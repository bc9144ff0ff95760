import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useAppStore } from '../../store';
import { IMPORT_ACCEPT, IMPORT_FORMATS_IN_WORDS, importGraphFile, MAX_IMPORT_LABEL } from './importGraphFile';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** "Open…" with a file picker, and a graph file dropped anywhere on the window. */
export function ImportControls() {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const open = useCallback(async (files: readonly File[]) => {
    const [file] = files;
    if (!file) return;
    if (files.length > 1) {
      useAppStore.getState().notify({
        tone: 'error',
        text: `Drop one graph file at a time (${files.length} were dropped). The graph on screen is unchanged.`,
      });
      return;
    }
    setBusy(true);
    try {
      await importGraphFile(file);
    } finally {
      setBusy(false);
    }
  }, []);

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
    void open(files);
  };

  return (
    <>
      <button
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

import { lazy, Suspense, useCallback, useRef, useState } from 'react';

// The image and data exporters load with the dialog, on first use: a first visit does not need them.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

/** "Export…": opens the export dialog (images and data). */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        Export…
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <ExportDialog open={open} onClose={close} returnTo={button} />
        </Suspense>
      )}
    </>
  );
}

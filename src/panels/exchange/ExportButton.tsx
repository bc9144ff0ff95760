import { useCallback, useRef, useState } from 'react';
import { ExportDialog } from './ExportDialog';

/** "Export…": opens the export dialog (images and data). */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export…
      </button>
      <ExportDialog open={open} onClose={close} returnTo={button} />
    </>
  );
}

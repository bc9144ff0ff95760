import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Workspace } from '../domain/workspace';
import { useAppStore } from '../store';

/** What a reset would delete, in words. */
function whatIsDeleted(workspace: Workspace): string {
  const parts: string[] = [];
  if (workspace.base.kind === 'imported') parts.push(`the graph you opened from ${workspace.base.fileName}`);
  const n = workspace.articles.length;
  if (n > 0) parts.push(`${n} article${n === 1 ? '' : 's'} you added`);
  return parts.length > 0
    ? `This deletes ${parts.join(' and ')} from this browser, and shows the curated data again.`
    : 'Nothing you added is open now; any saved work in this browser (including work that could not be read) is deleted, and the curated data is shown.';
}

/**
 * "Reset to default data", which asks first in a modal dialog of its own: Cancel has the focus, Esc
 * cancels, Tab stays inside. Only "Delete and reset" deletes, through `onReset`.
 */
export function ResetDataButton({ onReset }: { onReset: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const workspace = useAppStore((s) => s.workspace);

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) {
      node.showModal();
      cancel.current?.focus(); // the safe choice is the default one
    } else if (!open && node.open) node.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };

  const reset = async () => {
    setBusy(true);
    const { notify } = useAppStore.getState();
    try {
      await onReset();
      notify({
        tone: 'info',
        text: 'Reset to the curated data. Your saved work was deleted from this browser.',
      });
    } catch (err) {
      notify({ tone: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
      close();
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    // Two buttons: Tab and Shift+Tab move between them and never leave the dialog.
    e.preventDefault();
    (document.activeElement === cancel.current ? confirm : cancel).current?.focus();
  };

  return (
    <>
      <button type="button" ref={opener} onClick={() => setOpen(true)}>
        Reset to default data…
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="reset-title"
        aria-describedby="reset-description"
        data-testid="reset-dialog"
        onCancel={(e) => {
          e.preventDefault(); // Esc: close through React state, so focus returns to the opener
          if (!busy) close();
        }}
        onKeyDown={onKeyDown}
      >
        <h2 id="reset-title">Reset to default data?</h2>
        <p id="reset-description">
          {whatIsDeleted(workspace)} This cannot be undone; export first to keep a copy.
        </p>
        <div className="dialog-actions">
          <button type="button" ref={cancel} onClick={close} disabled={busy}>
            Cancel
          </button>
          <button type="button" ref={confirm} className="danger" onClick={() => void reset()} disabled={busy}>
            {busy ? 'Deleting…' : 'Delete and reset'}
          </button>
        </div>
      </dialog>
    </>
  );
}

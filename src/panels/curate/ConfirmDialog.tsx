import { useEffect, useId, useRef, type RefObject } from 'react';
import { useModalDialog } from '../exchange/useModalDialog';

interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly description: string;
  /** The button that does it, e.g. "Delete relation". */
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
  /** Where focus goes back when the dialog closes without the action removing it. */
  readonly returnTo: RefObject<HTMLElement | null>;
  readonly testId?: string;
}

/**
 * Asks before a change that removes something: a modal dialog whose safe choice, Cancel, has the focus;
 * Esc cancels. The change itself stays undoable; the dialog says so.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  onConfirm,
  onClose,
  returnTo,
  testId,
}: ConfirmDialogProps) {
  const { ref, onKeyDown } = useModalDialog(open, onClose, returnTo);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={descriptionId}>{description} You can undo this (Ctrl+Z).</p>
      <div className="dialog-actions">
        <button type="button" ref={cancel} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

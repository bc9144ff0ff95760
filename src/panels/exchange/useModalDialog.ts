import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What every modal dialog of the app is given by the button that opens it. */
export interface ModalDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Where focus goes back to when the dialog closes. */
  readonly returnTo: RefObject<HTMLElement | null>;
}

/**
 * A native modal <dialog> driven by React state: showModal() makes the page behind it inert, Esc
 * closes it (the browser's cancel, reported through onClose), Tab wraps inside it, and focus goes
 * back to `returnTo` when it closes.
 */
export function useModalDialog(
  open: boolean,
  onClose: () => void,
  returnTo: RefObject<HTMLElement | null>,
): { ref: RefObject<HTMLDialogElement | null>; onKeyDown: (e: KeyboardEvent<HTMLDialogElement>) => void } {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // The close event comes a task after close(): by then the browser has handed focus back to the
    // opener and the user may have moved on. Only a focus left on the page body or in the dialog moves.
    const closed = () => {
      onClose();
      const active = document.activeElement;
      if (!active || active === document.body || dialog.contains(active)) returnTo.current?.focus();
    };
    dialog.addEventListener('close', closed);
    return () => dialog.removeEventListener('close', closed);
  }, [onClose, returnTo]);

  // showModal() already keeps focus off the inert page; this keeps Tab from leaving for the browser UI.
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null,
    );
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return { ref, onKeyDown };
}

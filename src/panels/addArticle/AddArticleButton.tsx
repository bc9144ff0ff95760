import { useCallback, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import type { AddArticleDialog as DialogComponent } from './AddArticleDialog';

/**
 * The header button that opens "Articles": add one, or remove those added before. The dialog's code
 * loads on the first click, so a first visit does not download it.
 */
export function AddArticleButton() {
  const [Dialog, setDialog] = useState<typeof DialogComponent | null>(null);
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);

  const show = async () => {
    if (!Dialog) {
      setLoading(true);
      try {
        const { AddArticleDialog } = await import('./AddArticleDialog');
        setDialog(() => AddArticleDialog);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        useAppStore
          .getState()
          .notify({ tone: 'error', text: `The Add article dialog could not be loaded: ${reason}` });
        return;
      } finally {
        setLoading(false);
      }
    }
    setOpen(true);
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        onClick={() => void show()}
        aria-haspopup="dialog"
        disabled={loading}
      >
        Add article…
      </button>
      {Dialog && <Dialog open={open} onClose={close} returnTo={opener} />}
    </>
  );
}

import { useEffect, useState } from 'react';
import { useAppStore } from '../../store';
import type { ReviewPanel as PanelComponent } from './ReviewPanel';
import { REVIEW_PANEL_ID } from './reviewFocus';

/**
 * Where the review queue opens, beside the canvas. Its code loads the first time it opens, so a
 * first visit does not download it.
 */
export function ReviewDrawer() {
  const open = useAppStore((s) => s.reviewOpen);
  const [Panel, setPanel] = useState<typeof PanelComponent | null>(null);
  useEffect(() => {
    if (!open || Panel) return;
    let cancelled = false;
    import('./ReviewPanel').then(
      ({ ReviewPanel }) => {
        if (!cancelled) setPanel(() => ReviewPanel);
      },
      (err: unknown) => {
        const reason = err instanceof Error ? err.message : String(err);
        const { notify, setReviewOpen } = useAppStore.getState();
        setReviewOpen(false);
        notify({ tone: 'error', text: `The review queue could not be loaded: ${reason}` });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [open, Panel]);
  if (!open) return null;
  if (!Panel) {
    return (
      <aside id={REVIEW_PANEL_ID} className="review-panel" aria-label="Review queue" aria-busy="true">
        <p className="meta">Loading the review queue…</p>
      </aside>
    );
  }
  return <Panel />;
}

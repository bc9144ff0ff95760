import { useEffect, useState } from 'react';
import { useAppStore } from '../../store';
import type { PathsPanel as PanelComponent } from './PathsPanel';
import { PATHS_PANEL_ID } from './pathsPanelId';

/**
 * Where the paths panel opens, beside the canvas, in the drawer the review queue also uses (one at a
 * time). Its code loads the first time it opens, so a first visit does not download it.
 */
export function PathsDrawer() {
  const tool = useAppStore((s) => s.pathsTool);
  const reviewOpen = useAppStore((s) => s.reviewOpen);
  const [Panel, setPanel] = useState<typeof PanelComponent | null>(null);
  // Opening the review queue takes the drawer.
  useEffect(() => {
    if (reviewOpen) useAppStore.getState().closePathsTool();
  }, [reviewOpen]);
  useEffect(() => {
    if (!tool || Panel) return;
    let cancelled = false;
    import('./PathsPanel').then(
      ({ PathsPanel }) => {
        if (!cancelled) setPanel(() => PathsPanel);
      },
      (err: unknown) => {
        const reason = err instanceof Error ? err.message : String(err);
        const { notify, closePathsTool } = useAppStore.getState();
        closePathsTool();
        notify({ tone: 'error', text: `The paths panel could not be loaded: ${reason}` });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [tool, Panel]);
  if (!tool || reviewOpen) return null;
  if (!Panel) {
    return (
      <aside id={PATHS_PANEL_ID} className="paths-panel" aria-label="Paths and sources" aria-busy="true">
        <p className="meta">Loading…</p>
      </aside>
    );
  }
  return <Panel />;
}

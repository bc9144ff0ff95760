import { useAppStore } from '../../store';
import { PATHS_PANEL_ID } from './pathsPanelId';

/** Opens the paths panel on one of its two tools; pressed while that tool is shown. */
export function PathsButtons() {
  const tool = useAppStore((s) => s.pathsTool);
  const { openPaths, openCompare, closePathsTool } = useAppStore.getState();
  return (
    <>
      <button
        type="button"
        aria-pressed={tool === 'paths'}
        aria-controls={tool ? PATHS_PANEL_ID : undefined}
        onClick={() => (tool === 'paths' ? closePathsTool() : openPaths())}
        title="Shortest paths between two actors"
      >
        Paths
      </button>
      <button
        type="button"
        aria-pressed={tool === 'compare'}
        aria-controls={tool ? PATHS_PANEL_ID : undefined}
        onClick={() => (tool === 'compare' ? closePathsTool() : openCompare())}
        title="Relations only in one set of sources, only in the other, or in both"
      >
        Compare sources
      </button>
    </>
  );
}

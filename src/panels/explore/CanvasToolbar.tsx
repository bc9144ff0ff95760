import { fitView, relayout } from '../../canvas/viewport';
import { LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from '../../domain/view';
import { useAppStore } from '../../store';
import { PathsButtons } from '../paths/PathsButtons';

/** Above the canvas: how it is laid out, and whether parallel relations are merged per pair. */
export function CanvasToolbar() {
  const layout = useAppStore((s) => s.layout);
  const merge = useAppStore((s) => s.mergeParallel);
  const expanded = useAppStore((s) => s.expandedPairs.length);
  // Only a graph file from another tool carries positions of its own.
  const drawn = useAppStore((s) => s.graph.actors.some((a) => a.position !== undefined));
  const { setLayout, setMergeParallel, collapsePairs } = useAppStore.getState();
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <label htmlFor="layout-select">Layout</label>
      <select id="layout-select" value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
        {LAYOUT_NAMES.map((name) => (
          <option key={name} value={name} disabled={name === 'file' && !drawn && layout !== 'file'}>
            {LAYOUT_LABELS[name]}
          </option>
        ))}
      </select>
      <button type="button" onClick={relayout} title="Lay out the visible actors again">
        Re-layout
      </button>
      <button type="button" onClick={fitView} title="Fit the visible graph in the canvas">
        Fit
      </button>
      <label className="toggle">
        <input type="checkbox" checked={merge} onChange={(e) => setMergeParallel(e.target.checked)} />
        Merge parallel relations
      </label>
      {merge && expanded > 0 && (
        <button type="button" onClick={collapsePairs}>
          Merge expanded pairs again
        </button>
      )}
      <PathsButtons />
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store';
import type { PathsTool } from '../../store/pathsSlice';
import { PathFinder } from './PathFinder';
import { PATHS_PANEL_ID } from './pathsPanelId';
import { SourceCompare } from './SourceCompare';

const TOOL_LABELS: Readonly<Record<PathsTool, string>> = {
  paths: 'Paths between two actors',
  compare: 'Compare sources',
};

/**
 * Beside the canvas, in place of the filters: the paths between two actors, or two sets of sources
 * compared. What it finds is drawn on the canvas; closing it (or Esc inside it) clears that.
 */
export function PathsPanel() {
  const tool = useAppStore((s) => s.pathsTool);
  const { openPaths, openCompare, closePathsTool } = useAppStore.getState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  if (!tool) return null;
  const choose = (next: PathsTool) => (next === 'paths' ? openPaths() : openCompare());
  return (
    <aside
      id={PATHS_PANEL_ID}
      className="paths-panel"
      aria-labelledby="paths-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.stopPropagation();
          closePathsTool();
        }
      }}
    >
      <div className="paths-head">
        <h2 id="paths-heading" tabIndex={-1} ref={headingRef}>
          Paths and sources
        </h2>
        <button type="button" onClick={closePathsTool} data-testid="paths-close">
          Close
        </button>
      </div>
      <fieldset className="paths-tool">
        <legend>Show</legend>
        {(['paths', 'compare'] as const).map((t) => (
          <label key={t} className="toggle">
            <input type="radio" name="paths-tool" checked={tool === t} onChange={() => choose(t)} />
            {TOOL_LABELS[t]}
          </label>
        ))}
      </fieldset>
      {tool === 'paths' ? <PathFinder /> : <SourceCompare />}
    </aside>
  );
}

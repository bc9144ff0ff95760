import { useStore } from 'zustand';
import { history } from '../../store';
import { redoStep, undoStep } from './undoRedo';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Undo and Redo for every change to the graph; also Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on a Mac). */
export function UndoRedo() {
  const canUndo = useStore(history, (s) => s.pastStates.length > 0);
  const canRedo = useStore(history, (s) => s.futureStates.length > 0);
  return (
    <div className="actions" role="group" aria-label="History">
      <button
        type="button"
        onClick={undoStep}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={`Undo the last change (${MOD}Z)`}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redoStep}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        title={`Redo (${MOD}Shift+Z or ${MOD}Y)`}
      >
        Redo
      </button>
    </div>
  );
}

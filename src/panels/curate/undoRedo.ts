/** Undo and redo for the buttons and the shortcuts, each saying briefly what it took back or redid. */
import { redo, undo, useAppStore } from '../../store';
import { describeStep } from './stepWords';

export function undoStep(): void {
  const before = useAppStore.getState().workspace;
  if (!undo()) return;
  const after = useAppStore.getState().workspace;
  useAppStore.getState().notify({ tone: 'info', text: `Undone: ${describeStep(after, before)}.` });
}

export function redoStep(): void {
  const before = useAppStore.getState().workspace;
  if (!redo()) return;
  const after = useAppStore.getState().workspace;
  useAppStore.getState().notify({ tone: 'info', text: `Redone: ${describeStep(before, after)}.` });
}

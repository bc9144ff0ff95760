import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { redoStep, undoStep } from '../curate/undoRedo';
import { SEARCH_INPUT_ID } from './SearchBox';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Input types that hold no text of their own to undo. */
const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** In a text field the browser's own undo applies to the text being typed. */
const isTextEntry = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    (target instanceof HTMLInputElement && !NOT_TEXT.has(target.type)));

/** Ctrl+Z undo; Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac). Not while typing, nor inside a dialog. */
function undoShortcut(e: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return null;
  if (e.target instanceof Element && e.target.closest('dialog')) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * The app's keyboard shortcuts:
 * - `/` jumps to the actor search;
 * - Escape clears the selection (unless a control used it first);
 * - Ctrl+Z undoes the last change to the graph, Ctrl+Shift+Z or Ctrl+Y redoes it (⌘ on a Mac), except
 *   while typing in a text field, where they undo the typing.
 */
export function KeyboardShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const step = undoShortcut(e);
      if (step) {
        e.preventDefault();
        if (step === 'undo') undoStep();
        else redoStep();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/' && !isTyping(e.target)) {
        e.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (e.key === 'Escape' && !(e.target instanceof Element && e.target.closest('dialog'))) {
        // (Escape inside a dialog closes the dialog only.)
        useAppStore.getState().clearSelection();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}

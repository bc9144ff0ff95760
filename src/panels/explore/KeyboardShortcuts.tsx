import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { redoStep, undoStep } from '../curate/undoRedo';
import { isTyping } from '../isTyping';
import { openReview } from '../review/ReviewButton';
import { SEARCH_INPUT_ID } from './SearchBox';

const inDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('dialog') !== null;

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

/** Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac). Not while typing, nor inside a dialog. */
function undoShortcut(e: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target) || inDialog(e.target)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * The app's keyboard shortcuts:
 * - `/` jumps to the actor search;
 * - Shift+R opens the review queue (or goes back into it); the queue's own keys work inside it;
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
      } else if (e.key === 'R' && e.shiftKey && !isTyping(e.target) && !inDialog(e.target)) {
        e.preventDefault();
        openReview();
      } else if (e.key === 'Escape' && !inDialog(e.target)) {
        // (Escape inside a dialog closes the dialog only.)
        useAppStore.getState().clearSelection();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}

import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { openReview } from '../review/ReviewButton';
import { isTyping } from '../isTyping';
import { SEARCH_INPUT_ID } from './SearchBox';

const inDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('dialog') !== null;

/**
 * `/` jumps to the actor search; Shift+R opens the review queue (or goes back into it); Escape clears
 * the selection (unless a control used it first). The review queue's own keys work inside it.
 */
export function KeyboardShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
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

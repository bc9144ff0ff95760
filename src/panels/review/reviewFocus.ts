/** Element ids the review button, the shortcut and the panel share. */
export const REVIEW_PANEL_ID = 'review-panel';
export const REVIEW_BUTTON_ID = 'review-button';
export const REVIEW_HEADING_ID = 'review-heading';

/** Keyboard focus into an open panel: its current item, else its heading. */
export function focusReviewPanel(): boolean {
  const panel = document.getElementById(REVIEW_PANEL_ID);
  if (!panel) return false;
  const target =
    panel.querySelector<HTMLElement>('.review-item[aria-current="true"]') ??
    document.getElementById(REVIEW_HEADING_ID);
  target?.focus();
  return true;
}

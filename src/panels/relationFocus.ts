/**
 * Focus for a relation opened from a list: its details load on first use, so the heading may not be
 * there yet when the list asks for it; the details then take the focus when they mount.
 */

/** The relation's heading, where focus goes when a relation is opened from a list. */
export const RELATION_HEADING_ID = 'relation-heading';

let pending = false;

/** Focus the relation's heading now, or as soon as the details are drawn. */
export function focusRelationHeading(): void {
  const heading = document.getElementById(RELATION_HEADING_ID);
  if (heading) heading.focus();
  else pending = true;
}

/** Whether the details, just drawn, should take the focus (asked once). */
export function takeRelationFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}

/**
 * On a large graph a Cytoscape frame takes hundreds of milliseconds without a GPU. These hold its
 * drawing around a click, so the click's answer (the evidence panel) is not queued behind frames
 * nobody needs to see. Small graphs draw in milliseconds and are left alone.
 */
import type { Core } from 'cytoscape';
import { drawsSlowly } from './scale';
import { listen } from './canvasListeners';

/** The longest a press holds the canvas's redraw; a longer press redraws as usual. */
const PRESS_HOLD_MS = 400;
/** The longest the canvas waits for the panels' frame (a hidden tab paints none). */
const PANELS_FIRST_MS = 250;

/**
 * Hold Cytoscape's drawing: inside a batch its render loop neither draws nor spends the frame on
 * texture work (a frame it merely skips, it spends on that work instead). Returns the release,
 * safe to call more than once; it also releases itself after `maxMs`, so the canvas cannot freeze.
 */
function holdRedraw(cy: Core, maxMs: number): () => void {
  cy.startBatch();
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    clearTimeout(timer);
    cy.endBatch();
  };
  const timer = setTimeout(release, maxMs);
  return release;
}

/**
 * After a click that changes the panels: the next frame paints them without the canvas, which
 * shows its highlight in the frame after.
 */
export function panelsFirst(cy: Core): void {
  if (!drawsSlowly()) return;
  const release = holdRedraw(cy, PANELS_FIRST_MS);
  // A task posted from the next animation frame runs once that frame is painted.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = release;
    channel.port2.postMessage(null);
  });
}

/**
 * Pressing on an element marks it active, and Cytoscape redraws everything for that; the release,
 * and so the click's answer, then waits behind the frame. The redraw is held from the press until
 * the release, a drag, or 400 ms, whichever comes first. Returns the function that unbinds it.
 */
export function holdRedrawWhilePressed(cy: Core): () => void {
  let release: (() => void) | null = null;
  const end = () => {
    release?.();
    release = null;
  };
  const press = () => {
    if (release || !drawsSlowly()) return;
    release = holdRedraw(cy, PRESS_HOLD_MS);
  };
  const unlisten = [listen(cy, 'tapstart', 'node, edge', press), listen(cy, 'tapend tapdrag', end)];
  return () => {
    for (const off of unlisten) off();
    end();
  };
}

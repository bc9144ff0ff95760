/**
 * The app's handlers on cy go through here rather than cy.on (lint enforces it), so that a batch of
 * class changes can set them aside. Cytoscape checks every handler on the core against every event
 * an element emits; a Play step on a large graph toggles `hidden` on a few thousand edges, each
 * emitting a class event and then a style event, and none of the app's handlers listens for either.
 * Setting them aside for that batch took the Play step of npm run bench:time from 4.2 ms to 3.8–3.9 ms.
 */
import type { Core, EventHandler } from 'cytoscape';

interface Registration {
  readonly events: string;
  readonly selector: string | undefined;
  readonly handler: EventHandler;
}

/** Events a class-only batch emits: a handler for them would miss them while set aside. */
const EMITTED_BY_CLASS_CHANGES = new Set(['class', 'style']);

const registered = new WeakMap<Core, Set<Registration>>();

function attach(core: Core, r: Registration): void {
  if (r.selector === undefined) core.on(r.events, r.handler);
  else core.on(r.events, r.selector, r.handler);
}

function detach(core: Core, r: Registration): void {
  if (r.selector === undefined) core.off(r.events, r.handler);
  else core.off(r.events, r.selector, r.handler);
}

/** cy.on, returning the function that removes exactly this handler. */
export function listen(core: Core, events: string, handler: EventHandler): () => void;
export function listen(core: Core, events: string, selector: string, handler: EventHandler): () => void;
export function listen(
  core: Core,
  events: string,
  selectorOrHandler: string | EventHandler,
  maybeHandler?: EventHandler,
): () => void {
  const [selector, handler] =
    typeof selectorOrHandler === 'string'
      ? [selectorOrHandler, maybeHandler!]
      : [undefined, selectorOrHandler];
  const clash = events.split(/\s+/).find((e) => EMITTED_BY_CLASS_CHANGES.has(e.split('.')[0] ?? ''));
  if (clash) throw new Error(`"${clash}" handlers would miss class-only batches; listen for another event`);
  const registration: Registration = { events, selector, handler };
  let all = registered.get(core);
  if (!all) registered.set(core, (all = new Set()));
  all.add(registration);
  attach(core, registration);
  return () => {
    all.delete(registration);
    detach(core, registration);
  };
}

/**
 * cy.batch for a callback that only adds and removes classes, run with the app's handlers set
 * aside. Elements added, removed or moved in it would go unnoticed by them: do that in a plain batch.
 */
export function classOnlyBatch(core: Core, change: () => void): void {
  const aside = [...(registered.get(core) ?? [])];
  for (const r of aside) detach(core, r);
  try {
    core.batch(change);
  } finally {
    const still = registered.get(core);
    for (const r of aside) if (still?.has(r)) attach(core, r);
  }
}

/**
 * Store subscriptions for the canvas that run before every other listener. Zustand calls listeners
 * in the order they subscribed, and the panels subscribe as they mount, before Cytoscape exists: a
 * filter click would otherwise reach cy only after every panel had checked its selectors.
 */
import { useAppStore, type AppState } from '../store';

type Listener = (state: AppState) => void;

const listeners = new Set<Listener>();
// One store subscription, made when this module is first imported, before React mounts anything.
useAppStore.subscribe((state) => {
  for (const listener of listeners) listener(state);
});

export interface FirstOptions<T> {
  /** Call `onChange` with the current value at once (default true). */
  readonly immediately?: boolean;
  readonly equal?: (a: T, b: T) => boolean;
}

/** Call `onChange` whenever `select`'s value changes; returns the unsubscribe function. */
export function subscribeFirst<T>(
  select: (state: AppState) => T,
  onChange: (value: T) => void,
  { immediately = true, equal = Object.is }: FirstOptions<T> = {},
): () => void {
  let current = select(useAppStore.getState());
  if (immediately) onChange(current);
  const listener: Listener = (state) => {
    const next = select(state);
    if (equal(current, next)) return;
    current = next;
    onChange(next);
  };
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

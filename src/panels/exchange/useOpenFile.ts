import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedGraph } from '../../io/openGraphFile';
import { useAppStore, type ImportMode } from '../../store';
import type { OpenJob, OpenProgress } from './openInWorker';

import type * as Steps from './openSteps';

type OpenSteps = typeof Steps;

/** Where opening a file is: reading it in the worker, or asking Replace or Merge. */
export type OpenState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string; readonly progress: OpenProgress | null }
  | { readonly kind: 'choosing'; readonly name: string; readonly opened: OpenedGraph };

const IDLE: OpenState = { kind: 'idle' };

/** Whether anything is on screen that a file could replace or merge with. */
const graphOnScreen = (): boolean => {
  const { graph } = useAppStore.getState();
  return graph.actors.length > 0 || graph.relations.length > 0;
};

function apply(steps: OpenSteps, name: string, opened: OpenedGraph, mode: ImportMode): void {
  const { importGraph, notify } = useAppStore.getState();
  importGraph(opened.graph, name, mode);
  notify(steps.openedNotice(name, opened, mode, useAppStore.getState().graph));
}

/**
 * Open… as steps: refuse what can be refused from the name and size; read and check the file in a
 * worker (with progress, cancellable); then, with a graph on screen, ask Replace or Merge. The file is
 * read before the question, so a file that cannot be opened is refused without one, and the question
 * can say what the file holds. Nothing on screen changes until Replace or Merge is chosen.
 */
export function useOpenFile() {
  const [state, setRendered] = useState<OpenState>(IDLE);
  // The current state for the callbacks, which stay the same across renders (the drop listeners hold them).
  const current = useRef<OpenState>(IDLE);
  const setState = useCallback((next: OpenState | ((s: OpenState) => OpenState)) => {
    current.current = typeof next === 'function' ? next(current.current) : next;
    setRendered(current.current);
  }, []);
  const job = useRef<OpenJob | null>(null);
  const loaded = useRef<OpenSteps | null>(null);

  useEffect(() => () => job.current?.cancel(), []);

  const open = useCallback(
    async (files: readonly File[]) => {
      const { notify } = useAppStore.getState();
      const [file] = files;
      if (!file) return;
      if (files.length > 1) {
        notify({
          tone: 'error',
          text: `Drop one graph file at a time (${files.length} were dropped). The graph on screen is unchanged.`,
        });
        return;
      }
      const name = file.name || 'the dropped file';
      const busy = current.current;
      if (busy.kind !== 'idle') {
        notify({
          tone: 'error',
          text: `Finish opening ${busy.name} first (or cancel it); ${name} was not opened.`,
        });
        return;
      }
      const reading: OpenState = { kind: 'reading', name, progress: null };
      setState(reading);
      let steps: OpenSteps;
      try {
        steps = await import('./openSteps');
      } catch (err) {
        notify({
          tone: 'error',
          text: `Could not open ${name}: the part of Actorgraph that reads files did not load (${String(err)}). The graph on screen is unchanged.`,
        });
        return setState(IDLE);
      }
      if (current.current !== reading) return; // cancelled meanwhile
      loaded.current = steps;
      const early = steps.checkBeforeReading(file);
      if (early) {
        notify(steps.refusalNotice(name, [early]));
        return setState(IDLE);
      }
      const { graph } = useAppStore.getState();
      const started = steps.startOpening(
        { file, name, sources: graph.sources, relationTypes: graph.relationTypes },
        (progress) => setState((s) => (s.kind === 'reading' ? { ...s, progress } : s)),
      );
      job.current = started;
      const outcome = await started.outcome;
      if (job.current !== started) return;
      job.current = null;
      if (outcome.kind === 'cancelled') return setState(IDLE);
      if (outcome.kind === 'refused') {
        notify(steps.refusalNotice(name, outcome.problems));
        return setState(IDLE);
      }
      if (!graphOnScreen()) {
        apply(steps, name, outcome.opened, 'replace');
        return setState(IDLE);
      }
      setState({ kind: 'choosing', name, opened: outcome.opened });
    },
    [setState],
  );

  /** Stops reading: the worker is ended and nothing changes. */
  const cancelReading = useCallback(() => {
    if (job.current) job.current.cancel();
    else if (current.current.kind === 'reading') setState(IDLE); // still loading the steps
  }, [setState]);

  /** Replace or Merge, or null for Cancel (nothing changes). */
  const choose = useCallback(
    (mode: ImportMode | null) => {
      const asked = current.current;
      setState(IDLE); // first, so a second click or the dialog's close event finds nothing to do
      if (asked.kind === 'choosing' && mode && loaded.current)
        apply(loaded.current, asked.name, asked.opened, mode);
    },
    [setState],
  );

  return { state, open, cancelReading, choose };
}

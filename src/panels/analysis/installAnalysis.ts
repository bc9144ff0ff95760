import { useAppStore } from '../../store';

let installed = false;

/**
 * Measures and communities cost nothing until an analyst asks for one (in the panel or through a
 * link): only then is the code that computes them (and, from it, the worker) loaded and started.
 */
export function installAnalysis(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  const stop = useAppStore.subscribe(
    (s) => s.sizeBy !== 'none' || s.colourByCommunity,
    (wanted) => {
      if (!wanted) return;
      queueMicrotask(() => stop());
      import('./analysisController')
        .then((m) => m.startAnalysis())
        .catch((err: unknown) =>
          useAppStore.getState().notify({
            tone: 'error',
            text: 'The measures could not be loaded. Reload the page to try again.',
            details: [String(err)],
          }),
        );
    },
    { fireImmediately: true },
  );
}

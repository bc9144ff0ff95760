import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExtractRequest } from './protocol';
import { startExtraction, type ExtractJob, type ExtractOutcome, type SendToModel } from './extractInWorker';

/** Sentences analysed (or chunks a model answered) so far; `total` is 0 until the text has been split. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** One extraction at a time; `progress` is null when none runs. Unmounting cancels a running one. */
export function useExtraction() {
  const job = useRef<ExtractJob | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  const cancel = useCallback(() => job.current?.cancel(), []);

  const run = useCallback(
    async (request: ExtractRequest, sendToModel?: SendToModel): Promise<ExtractOutcome> => {
      job.current?.cancel();
      setProgress({ done: 0, total: 0 });
      const current: ExtractJob = startExtraction(
        request,
        (done, total) => {
          if (job.current === current) setProgress({ done, total });
        },
        sendToModel,
      );
      job.current = current;
      const outcome = await current.outcome;
      if (job.current === current) {
        job.current = null;
        setProgress(null);
      }
      return outcome;
    },
    [],
  );

  useEffect(() => () => job.current?.cancel(), []);
  return { progress, run, cancel };
}

/** Whole percent done, for the progress bar. */
export const percentDone = (p: Progress): number =>
  p.total === 0 ? 0 : Math.min(100, Math.round((100 * p.done) / p.total));

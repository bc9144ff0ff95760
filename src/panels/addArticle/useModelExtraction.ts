import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExtractMeta } from '../../extract/extract';
import type { ModelRunResult } from '../../extract/llm/run';
import type { ModelSettings } from './modelExtraction';
import type { Progress } from './useExtraction';

/**
 * One model extraction at a time, with Cancel. The model code (prompt, guard, client, lexicon) loads
 * here, on the first extraction with a model; `progress` counts chunks answered.
 */
export function useModelExtraction() {
  const controller = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const run = useCallback(
    async (text: string, meta: ExtractMeta, settings: ModelSettings): Promise<ModelRunResult> => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setProgress({ done: 0, total: 0 });
      try {
        const { extractThroughEndpoint } = await import('./modelExtraction');
        if (current.signal.aborted) return { ok: false, cancelled: true, message: 'Cancelled.', log: [] };
        return await extractThroughEndpoint(text, meta, settings, {
          signal: current.signal,
          onChunk: (done, total) => {
            if (controller.current === current) setProgress({ done, total });
          },
        });
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        return { ok: false, cancelled: false, message: `The model extractor failed: ${reason}.`, log: [] };
      } finally {
        if (controller.current === current) {
          controller.current = null;
          setProgress(null);
        }
      }
    },
    [],
  );

  useEffect(() => () => controller.current?.abort(), []);
  return { progress, run, cancel };
}

/**
 * Measures and communities off the main thread: graphology and its algorithms load only when an
 * analyst asks for them, and a betweenness or Louvain run never holds up a click.
 */
import { computeCommunities, computeMeasure } from '../../domain/analysis';
import type { AnalysisReply, AnalysisRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, input, measure, communities } = event.data;
  const start = performance.now();
  try {
    const values = measure === 'none' ? null : computeMeasure(input, measure);
    const groups = communities ? computeCommunities(input) : null;
    const estimated = values?.sampledFrom !== undefined;
    const reply = (m: typeof values, final: boolean): AnalysisReply => ({
      kind: 'done',
      id,
      measure: m,
      communities: groups,
      final,
      ms: performance.now() - start,
    });
    // An estimate goes first, so the drawing answers at once; the exact value follows, unless a newer
    // request stops this worker before (the page terminates it).
    scope.postMessage(reply(values, !estimated), values ? [values.values.buffer] : []);
    if (estimated && measure !== 'none') {
      const exact = computeMeasure(input, measure, true);
      scope.postMessage(reply(exact, true), [exact.values.buffer]);
    }
  } catch (err) {
    const reply: AnalysisReply = {
      kind: 'error',
      id,
      message: err instanceof Error ? err.message : String(err),
    };
    scope.postMessage(reply);
  }
};

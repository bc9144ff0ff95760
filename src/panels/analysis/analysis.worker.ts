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
    const reply: AnalysisReply = {
      kind: 'done',
      id,
      measure: values,
      communities: groups,
      ms: performance.now() - start,
    };
    const transfer = [values?.values.buffer, groups?.of.buffer].filter((b) => b !== undefined);
    scope.postMessage(reply, transfer as ArrayBuffer[]);
  } catch (err) {
    const reply: AnalysisReply = {
      kind: 'error',
      id,
      message: err instanceof Error ? err.message : String(err),
    };
    scope.postMessage(reply);
  }
};

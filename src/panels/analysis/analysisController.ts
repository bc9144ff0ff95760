/**
 * Keeps the measure and communities in step with the graph on screen: whenever the graph, the
 * filters, the focus or the choice changes, the visible part is sent to a worker and the reply put
 * in the store, where the canvas and the panel read it.
 */
import { analysisInput, type AnalysisInput } from '../../domain/measures';
import type { Visibility } from '../../domain/filters';
import { useAppStore, type AppState } from '../../store';
import type { AnalysisResult } from '../../store/analysisSlice';
import { selectVisibility } from '../../store/selectors';
import type { AnalysisReply, AnalysisRequest } from './protocol';

/** Quick successive changes (a slider drag, fast clicking) make one computation. */
const SETTLE_MS = 40;
/** A User Timing measure from the request to the result in the store (profiles read it). */
export const ANALYSIS_MEASURE = 'analysis';

interface Computed {
  readonly visibility: Visibility;
  readonly filters: AppState['filters'];
  readonly input: AnalysisInput;
}

/** Started once, by installAnalysis, when an analyst first asks for a measure or communities. */
export function startAnalysis(): void {
  const store = useAppStore;
  let worker: Worker | null = null;
  let pending: number | null = null;
  let nextId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The input of the latest request: a result computed on it can be reused for the other half. */
  let last: Computed | null = null;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    pending = null;
  };

  const fail = (message: string) => {
    stopWorker();
    store.getState().setAnalysis('failed');
    store
      .getState()
      .notify({ tone: 'error', text: 'The measure could not be computed.', details: [message] });
  };

  const run = () => {
    const s = store.getState();
    const visibility = selectVisibility(s);
    const same = last !== null && last.visibility === visibility && last.filters === s.filters;
    const input = same ? last!.input : analysisInput(s.graph, visibility, s.filters);
    last = { visibility, filters: s.filters, input };
    const previous = same ? s.analysis : null;
    const measure =
      s.sizeBy === 'none' ? null : previous?.measure?.measure === s.sizeBy ? previous.measure : undefined;
    const communities = !s.colourByCommunity ? null : (previous?.communities ?? undefined);
    const result = (reply?: Extract<AnalysisReply, { kind: 'done' }>): AnalysisResult => ({
      actorIds: input.actorIds,
      relationCount: input.sources.length,
      measure: measure === undefined ? (reply?.measure ?? null) : measure,
      communities: communities === undefined ? (reply?.communities ?? null) : communities,
    });
    if (measure !== undefined && communities !== undefined) {
      if (pending !== null) stopWorker();
      store.getState().setAnalysis('ready', result());
      return;
    }
    // A newer question makes the running computation moot: stop it rather than wait for it.
    if (pending !== null) stopWorker();
    const request: AnalysisRequest = {
      id: ++nextId,
      input,
      measure: measure === undefined ? s.sizeBy : 'none',
      communities: communities === undefined,
    };
    let started = performance.now();
    try {
      worker ??= new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    } catch (err) {
      fail(`The analysis worker could not start: ${String(err)}.`);
      return;
    }
    worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      if (reply.id !== pending) return;
      if (reply.kind === 'error') return fail(reply.message);
      // An estimate is drawn at once; the request stays pending until its exact value arrives.
      if (reply.final) pending = null;
      store.getState().setAnalysis(reply.final ? 'ready' : 'refining', result(reply));
      // The measure times the first result the drawing can use.
      if (started !== 0) performance.measure(ANALYSIS_MEASURE, { start: started });
      started = 0;
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      fail(
        `The analysis worker stopped${event.message ? `: ${event.message}` : ' (it may have failed to load)'}.`,
      );
    };
    pending = request.id;
    store.getState().setAnalysis('computing');
    worker.postMessage(request);
  };

  const schedule = () => {
    clearTimeout(timer);
    const s = store.getState();
    if (s.sizeBy === 'none' && !s.colourByCommunity) {
      stopWorker();
      last = null;
      if (s.analysis !== null || s.analysisStatus !== 'idle') s.setAnalysis('idle', null);
      return;
    }
    timer = setTimeout(run, SETTLE_MS);
  };

  store.subscribe((s) => [selectVisibility(s), s.filters, s.sizeBy, s.colourByCommunity] as const, schedule, {
    equalityFn: (a, b) => a.every((x, i) => Object.is(x, b[i])),
    fireImmediately: true,
  });
}

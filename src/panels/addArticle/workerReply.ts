/**
 * The worker's replies are untrusted like any input: a message of the wrong shape, or a graph that
 * fails validation or does not point into the text that was sent, is refused with a reason.
 */
import type { Graph } from '../../domain/types';
import { plural } from '../../io/describe';
import { formatProblems } from '../../io/problems';
import { validateGraph } from '../../io/validateGraph';
import { canonicalForm } from './articleInput';
import type { ModelReport } from './protocol';

export type Reply =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'send'; readonly id: number; readonly request: object }
  | { readonly kind: 'done'; readonly graph: Graph; readonly report?: ModelReport }
  | { readonly kind: 'error'; readonly message: string; readonly log?: readonly string[] };

/** A list of lines, or undefined; a report longer than this is cut, not refused. */
const MAX_LINES = 5000;
function lines(value: unknown): readonly string[] | undefined {
  if (!Array.isArray(value) || !value.every((line) => typeof line === 'string')) return undefined;
  return (value as string[]).slice(0, MAX_LINES).map((line) => line.slice(0, 2000));
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;

const refuse = (message: string): Reply => ({
  kind: 'error',
  message: `The extractor's result was refused: ${message}`,
});

/** Reads one message from the worker; `sentText` is the article text the worker was given. */
export function readReply(data: unknown, sentText: string): Reply {
  if (!isRecord(data)) return refuse('it sent something that is not a message.');
  switch (data.kind) {
    case 'progress': {
      const done = count(data.done);
      const total = count(data.total);
      if (done === undefined || total === undefined || done > total)
        return refuse('its progress report is malformed.');
      return { kind: 'progress', done, total };
    }
    case 'send': {
      const id = count(data.id);
      if (id === undefined || !isRecord(data.request))
        return refuse('its request to the model is malformed.');
      return { kind: 'send', id, request: data.request };
    }
    case 'error': {
      const log = lines(data.log);
      return {
        kind: 'error',
        message: `The extractor failed: ${typeof data.message === 'string' ? data.message.replace(/\.$/, '') : 'no reason given'}.`,
        ...(log ? { log } : {}),
      };
    }
    case 'done': {
      const reply = readGraph(data.graph, sentText);
      if (reply.kind !== 'done' || data.report === undefined) return reply;
      const report = isRecord(data.report) ? data.report : {};
      const summary = lines(report.summary);
      const log = lines(report.log);
      if (!summary || !log) return refuse('its report of the model run is malformed.');
      return { ...reply, report: { summary, log } };
    }
    default:
      return refuse('it sent a message of an unknown kind.');
  }
}

function readGraph(data: unknown, sentText: string): Reply {
  const result = validateGraph(data);
  if (!result.ok) {
    const lines = formatProblems(result.problems.slice(0, 5));
    return refuse(`the graph has ${plural(result.problems.length, 'problem')}:\n${lines}`);
  }
  const graph = result.value;
  const [source, ...others] = graph.sources;
  if (!source || others.length > 0)
    return refuse(`expected exactly one source, got ${graph.sources.length}.`);
  if (source.text !== canonicalForm(sentText))
    return refuse('its source text is not the text that was sent.');
  for (const relation of graph.relations) {
    // Evidence without a confidence would count as curated: certain, and never hidden by the threshold.
    const unrated = relation.evidence.findIndex((e) => typeof e.confidence !== 'number');
    if (unrated >= 0) return refuse(`relation ${relation.id} has evidence without a confidence.`);
  }
  // Whatever the worker said, everything in an added article is the extractor's work.
  return {
    kind: 'done',
    graph: {
      ...graph,
      sources: [{ ...source, automatic: true }],
      relations: graph.relations.map((r) => (r.automatic === true ? r : { ...r, automatic: true })),
    },
  };
}

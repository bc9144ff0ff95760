/**
 * The open worker's replies, checked for shape before use. The worker is the app's own code and has
 * validated the graph with validateGraph; checking it again here would take the main thread the
 * seconds the worker exists to save. So the reply's form is checked (its kind, its counts, that the
 * graph has its four lists), cheaply, and anything else is refused with a reason.
 */
import type { Graph } from '../../domain/types';
import type { RepairNote } from '../../io/integrity';
import type { OpenedGraph } from '../../io/openGraphFile';
import type { Problem } from '../../io/problems';
import type { OpenStep } from './openProtocol';

export type OpenReply =
  | { readonly kind: 'progress'; readonly step: OpenStep; readonly done: number; readonly total: number }
  | { readonly kind: 'opened'; readonly opened: OpenedGraph }
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] }
  | { readonly kind: 'error'; readonly message: string };

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;

const STEPS: readonly unknown[] = ['reading', 'parsing', 'checking'] satisfies OpenStep[];

const isProblem = (value: unknown): value is Problem =>
  isRecord(value) &&
  typeof value.path === 'string' &&
  typeof value.message === 'string' &&
  (value.omitted === undefined || count(value.omitted) !== undefined);

const isRepairNote = (value: unknown): value is RepairNote =>
  isProblem(value) &&
  typeof (value as RepairNote).sourceId === 'string' &&
  typeof (value as RepairNote).outcome === 'string';

const isGraph = (value: unknown): value is Graph =>
  isRecord(value) &&
  Array.isArray(value.sources) &&
  Array.isArray(value.actors) &&
  Array.isArray(value.relationTypes) &&
  Array.isArray(value.relations);

const malformed = (what: string): OpenReply => ({
  kind: 'error',
  message: `the reader sent ${what}`,
});

export function readOpenReply(data: unknown): OpenReply {
  if (!isRecord(data)) return malformed('something that is not a message');
  switch (data.kind) {
    case 'progress': {
      const done = count(data.done);
      const total = count(data.total);
      if (!STEPS.includes(data.step) || done === undefined || total === undefined || done > total)
        return malformed('a malformed progress report');
      return { kind: 'progress', step: data.step as OpenStep, done, total };
    }
    case 'error':
      return { kind: 'error', message: typeof data.message === 'string' ? data.message : 'no reason' };
    case 'done': {
      const result = data.result;
      if (!isRecord(result)) return malformed('a result of the wrong shape');
      if (result.ok === false) {
        const { problems } = result;
        if (!Array.isArray(problems) || problems.length === 0 || !problems.every(isProblem))
          return malformed('a refusal without its problems');
        return { kind: 'refused', problems };
      }
      const value = result.value;
      if (
        result.ok !== true ||
        !isRecord(value) ||
        !isGraph(value.graph) ||
        !Array.isArray(value.notes) ||
        !value.notes.every(isProblem) ||
        !Array.isArray(value.repairs) ||
        !value.repairs.every(isRepairNote)
      )
        return malformed('a graph of the wrong shape');
      return { kind: 'opened', opened: { graph: value.graph, notes: value.notes, repairs: value.repairs } };
    }
    default:
      return malformed('a message of an unknown kind');
  }
}

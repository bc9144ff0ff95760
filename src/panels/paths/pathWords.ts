/** The paths panel's sentences, pure so tests can read them. */
import type { SourceComparison } from '../../domain/compareSources';
import type { ActorPath, NoPathReason, PathDirection, PathReport } from '../../domain/paths';
import { plural } from '../../io/describe';

export const DIRECTION_WORDS: Readonly<Record<PathDirection, string>> = {
  follow: 'following arrows',
  any: 'in any direction',
};

type Found = Extract<PathReport, { found: true }>;

/** "2 shortest paths of 3 steps, following arrows. Showing the first 12 of 40." */
export function pathSummary(report: Found): string {
  const count = report.total === 1 ? 'One shortest path' : `${report.total} shortest paths`;
  const shown =
    report.paths.length < report.total ? ` Showing the first ${report.paths.length} of ${report.total}.` : '';
  return `${count} of ${plural(report.length, 'step')}, ${DIRECTION_WORDS[report.direction]}.${shown}`;
}

/** "Vladimir Putin → China → Ukraine"; in any direction a step may run against an arrow, so no arrows. */
export function pathLine(path: ActorPath, label: (id: string) => string, direction: PathDirection): string {
  return path.actors.map(label).join(direction === 'follow' ? ' → ' : ' – ');
}

/** What the panel can offer next to a "no path" message. */
export type NoPathAction = 'any-direction' | 'show-everything';

/** Why there is no path, in a sentence, and the one action that would find one. */
export function noPathWords(
  reason: NoPathReason,
  from: string,
  to: string,
  label: (id: string) => string,
): { text: string; action?: NoPathAction } {
  const a = label(from);
  const b = label(to);
  switch (reason.kind) {
    case 'same-actor':
      return { text: 'Choose two different actors.' };
    case 'actor-hidden':
      return {
        text: `${reason.actorIds.map(label).join(' and ')} ${reason.actorIds.length > 1 ? 'are' : 'is'} not on the graph as filtered (an actor kind switched off, or no visible relation left).`,
        action: 'show-everything',
      };
    case 'against-arrows':
      return {
        text: `No path from ${a} to ${b} following arrows. In any direction they are ${plural(reason.length, 'step')} apart.`,
        action: 'any-direction',
      };
    case 'filtered-out':
      return {
        text: `No path from ${a} to ${b} in the graph as filtered. With every relation shown there is one of ${plural(reason.length, 'step')} ${DIRECTION_WORDS[reason.direction]}: the filters or the focus hide a relation on it.`,
        action: 'show-everything',
      };
    case 'different-components':
      return {
        text: `No chain of relations joins ${a} and ${b}, in any direction, even with every relation shown: they are in separate parts of the graph.`,
      };
  }
}

/** "12 only in A, 5 only in B, 3 in both; 4 backed by neither set (faded)." */
export function comparisonSummary(c: SourceComparison): string {
  const neither = c.neither.length > 0 ? `; ${c.neither.length} backed by neither set (faded)` : '';
  return `${c.onlyA.length} only in A, ${c.onlyB.length} only in B, ${c.both.length} in both${neither}.`;
}

/** The caption's line for paths: what is highlighted, or why nothing is. */
export function pathCaption(
  report: PathReport,
  from: string,
  to: string,
  label: (id: string) => string,
): string {
  if (!report.found)
    return `Paths from ${label(from)} to ${label(to)}: none. ${noPathWords(report.reason, from, to, label).text}`;
  const total = report.total === 1 ? 'the shortest path' : `${report.total} shortest paths`;
  const listed = report.paths.length < report.total ? ` (the first ${report.paths.length} drawn)` : '';
  return `Highlighted: ${total}${listed} from ${label(from)} to ${label(to)}, ${plural(report.length, 'step')} ${DIRECTION_WORDS[report.direction]}; the rest faded.`;
}

/** The caption's line for a comparison: which sources each set holds, and the counts. */
export function comparisonCaption(
  comparison: SourceComparison,
  sets: { readonly a: readonly string[]; readonly b: readonly string[] },
  title: (sourceId: string) => string,
): string {
  const names = (ids: readonly string[]) =>
    ids.length === 0 ? 'no source' : ids.map((id) => `“${title(id)}”`).join(', ');
  return `Sources compared: A is ${names(sets.a)}; B is ${names(sets.b)}. Relations: ${comparisonSummary(comparison)}`;
}

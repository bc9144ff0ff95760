/**
 * Opening a graph file (picker or drop), in words: what is refused before a byte is read, and the
 * notices that say why a file was refused or what opening it did. Reading and checking run in a
 * worker (openInWorker.ts); useOpenFile.ts puts the steps together, loading them with openSteps.ts.
 */
import type { Graph } from '../../domain/types';
import { plural } from '../../io/describe';
import { describeRepairs } from '../../io/integrity';
import type { OpenedGraph } from '../../io/openGraphFile';
import { countProblems, listedProblems, type Problem } from '../../io/problems';
import { MAX_NOTICE_DETAILS, type ImportMode, type Notice } from '../../store';
import { hasArticleExtension } from '../addArticle/articleNames';
import { IMPORT_FORMATS_IN_WORDS, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from './importLimits';

/** What a file is called in messages. */
export const fileNameOf = (file: File): string => file.name || 'the dropped file';

/** A refusal that needs only the file's name and size: too large, empty, or an article. */
export function checkBeforeReading(file: File): Problem | undefined {
  const problem = (message: string): Problem => ({ path: '$', message });
  if (file.size > MAX_IMPORT_BYTES) {
    const size = `${(file.size / (1024 * 1024)).toFixed(1)} MB`;
    return problem(`the file is ${size}; the most Actorgraph opens is ${MAX_IMPORT_LABEL}`);
  }
  if (file.size === 0) return problem(`the file is empty; expected ${IMPORT_FORMATS_IN_WORDS}`);
  // Dropping an article on the window is a natural mistake: point to where articles go.
  if (hasArticleExtension(fileNameOf(file))) {
    return problem(
      'this looks like an article, not a graph file: use "Add article…" to extract its relations',
    );
  }
  return undefined;
}

/** A problem's message without the file name the readers put first (the notice names the file once). */
const reasonOf = (fileName: string, p: Problem): string =>
  p.message.startsWith(`${fileName}: `) ? p.message.slice(fileName.length + 2) : p.message;

/** One detail line: the place in the file, then what is wrong there. */
const problemLine = (fileName: string, p: Problem): string =>
  p.path === '$' ? reasonOf(fileName, p) : `${p.path}: ${reasonOf(fileName, p)}`;

/**
 * At most MAX_NOTICE_DETAILS lines of the `total` there are (`lines` may hold only the first few):
 * when there are more, the last line says how many are left out, so the notice bar never guesses.
 */
function capLines(lines: readonly string[], total: number, noun: string): string[] {
  if (total <= MAX_NOTICE_DETAILS && lines.length >= total) return lines.slice(0, total);
  const shown = lines.slice(0, MAX_NOTICE_DETAILS - 1);
  return [...shown, `…and ${plural(total - shown.length, `more ${noun}`)} not listed here`];
}

/**
 * Why a file was refused: the first line names the file and the first problem, and says once how many
 * there are; the details list each with its place. A summary line a reader added ("N more problems
 * are not listed") counts for the problems it stands for and is not listed as one.
 */
export function refusalNotice(fileName: string, problems: readonly Problem[]): Notice {
  const listed = listedProblems(problems);
  const total = Math.max(1, countProblems(problems));
  const first = listed[0] ?? problems[0];
  const reason = first ? reasonOf(fileName, first) : 'the file could not be read';
  const count = total > 1 ? ` (the first of ${plural(total, 'problem')}, listed below)` : '';
  const text = `Could not open ${fileName}: ${reason}${count}. The graph on screen is unchanged.`;
  // One problem about the whole file is said in full by the first line.
  if (total === 1 && (!first || first.path === '$')) return { tone: 'error', text };
  const lines = listed.slice(0, MAX_NOTICE_DETAILS).map((p) => problemLine(fileName, p));
  return { tone: 'error', text, details: capLines(lines, total, 'problem') };
}

const counts = (g: Pick<Graph, 'actors' | 'relations' | 'sources'>): string =>
  `${plural(g.actors.length, 'actor')}, ${plural(g.relations.length, 'relation')}, ${plural(g.sources.length, 'source')}`;

/**
 * What opening did: Replace or Merge, the counts, and, as a warning, each source whose sentences had
 * to be moved or could not be found (one line per source; the per-evidence lines as details).
 */
export function openedNotice(
  fileName: string,
  opened: OpenedGraph,
  mode: ImportMode,
  onScreen: Pick<Graph, 'actors' | 'relations' | 'sources'>,
): Notice {
  const { graph, notes, repairs } = opened;
  const stories = graph.stories?.length ? `, ${plural(graph.stories.length, 'story', 'stories')}` : '';
  const text =
    mode === 'replace'
      ? `Opened ${fileName}: ${counts(graph)}${stories}. Undo brings back the graph shown before.`
      : `Merged ${fileName} (${counts(graph)}${stories}) with the graph on screen, which now has ${counts(onScreen)}.`;
  const technical = [...notes, ...repairs];
  // Steps naming what the graph lacks are kept; the reader hears it, not only in the details.
  const storyNotes = notes.filter((n) => n.path === '$.stories').length;
  const storyLine =
    storyNotes > 0
      ? [
          `${plural(storyNotes, 'reference')} in the file's stories name something this graph lacks; those steps are kept and show what they can.`,
        ]
      : [];
  const lines = [
    ...(repairs.length > 0 ? describeRepairs(repairs, graph.sources, 'the file') : []),
    ...storyLine,
  ];
  const details = capLines(
    technical.slice(0, MAX_NOTICE_DETAILS).map((p) => problemLine(fileName, p)),
    technical.length,
    'line',
  );
  return {
    tone: lines.length > 0 ? 'warning' : 'info',
    text,
    ...(lines.length > 0 ? { lines } : {}),
    ...(details.length > 0 ? { details } : {}),
  };
}

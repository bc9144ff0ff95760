/**
 * Actorgraph JSON, the format of data/graph.json: the Graph itself, pretty-printed. Lossless.
 */
import type { Graph } from '../../domain/types';
import type { ParseResult, Problem } from '../problems';
import { fail, ok } from '../problems';
import { validateGraph } from '../validateGraph';
import { validateGraphText } from '../validateGraphText';
import type { ImportOptions } from './shared';
import { inFile } from './shared';
import { readStories } from '../storySchema';
import { encodeStories } from '../storyWire';

/**
 * The graph as Actorgraph JSON text (2-space indent, final newline, like data/graph.json); its stories,
 * when it has any, in their written shape (each step's view as a permalink hash).
 */
export const exportActorgraphJson = ({ stories, ...graph }: Graph): string =>
  `${JSON.stringify(stories?.length ? { ...graph, stories: encodeStories(stories) } : graph, null, 2)}\n`;

const named = (fileName: string, list: readonly Problem[]): Problem[] =>
  list.map((p) => ({ ...p, message: inFile(fileName, p.message) }));

function nameFile(result: ParseResult<Graph>, fileName: string): ParseResult<Graph> {
  return result.ok
    ? ok(result.value, named(fileName, result.warnings))
    : fail(named(fileName, result.problems));
}

/** Reads Actorgraph JSON text: every check of validateGraphText, problems naming the file. */
export const importActorgraphJson = (
  text: string,
  fileName: string,
  options: ImportOptions = {},
): ParseResult<Graph> =>
  nameFile(validateGraphText(text, fileName, { anchors: options.anchors ?? 'strict' }), fileName);

/**
 * The same, for JSON already parsed (the dispatcher parses once to tell formats apart), with the
 * file's stories: a malformed one refuses the file; a step naming what the graph lacks is kept, with
 * a warning.
 */
export function importActorgraphValue(
  value: unknown,
  fileName: string,
  options: ImportOptions = {},
): ParseResult<Graph> {
  const result = validateGraph(value, { anchors: options.anchors ?? 'strict' });
  const stories = (value as { stories?: unknown } | null)?.stories;
  if (!result.ok || stories === undefined) return nameFile(result, fileName);
  const read = readStories(stories, '$.stories', result.value);
  return nameFile(
    read.ok
      ? ok({ ...result.value, stories: read.value }, [...result.warnings, ...read.warnings])
      : fail(read.problems),
    fileName,
  );
}

/** Whether parsed JSON looks like an Actorgraph graph. */
export const looksLikeActorgraph = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  ('schemaVersion' in value || 'actors' in value || 'relations' in value);

/** Graph JSON text through the guarded reader (size, nesting, syntax errors by line), then validated. */
import type { Graph } from '../domain/types';
import { parseJsonText } from './jsonText';
import { fail, type ParseResult } from './problems';
import {
  MAX_GRAPH_BYTES,
  MAX_GRAPH_DEPTH,
  validateGraph,
  type ValidateGraphTextOptions,
} from './validateGraph';

/**
 * Parses graph JSON text and validates it. The text may be at most MAX_GRAPH_BYTES (UTF-8) and nest
 * at most MAX_GRAPH_DEPTH levels; malformed JSON is reported by line and column. Never throws.
 */
export function validateGraphText(
  text: string,
  fileName: string,
  options: ValidateGraphTextOptions = {},
): ParseResult<Graph> {
  const json = parseJsonText(text, fileName, {
    maxBytes: options.maxBytes ?? MAX_GRAPH_BYTES,
    maxDepth: options.maxDepth ?? MAX_GRAPH_DEPTH,
  });
  return json.ok ? validateGraph(json.value, options) : fail(json.problems);
}

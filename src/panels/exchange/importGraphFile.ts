/**
 * Opening a graph file (picker or drop). The file is checked before anything on screen changes: too
 * large or empty files are refused before reading, the content goes through the format engine's
 * validation, and drifted quotes are re-anchored. Any failure leaves the graph exactly as it was and
 * says which file, where in it and what is wrong.
 */
import type { Graph } from '../../domain/types';
import { plural } from '../../io/describe';
import { repairEvidence } from '../../io/integrity';
import type { Problem } from '../../io/problems';
import { MAX_GRAPH_BYTES } from '../../io/validateGraph';
import { useAppStore } from '../../store';
import { hasArticleExtension } from '../addArticle/articleNames';
import { loadFormatEngine } from './formatEngine';

/** Files above this are refused from File.size, before a byte is read. */
export const MAX_IMPORT_BYTES = MAX_GRAPH_BYTES;
export const MAX_IMPORT_LABEL = `${MAX_IMPORT_BYTES / (1024 * 1024)} MB`;
export const IMPORT_ACCEPT = '.json,.cyjs,.graphml,.xml,.gexf';
export const IMPORT_FORMATS_IN_WORDS = 'Actorgraph JSON, Cytoscape JSON, GraphML or GEXF';

/** The file name leads the notice, so each problem line starts at its place in the file. */
const problemLine = (fileName: string, p: Problem): string => {
  const message = p.message.startsWith(`${fileName}: `) ? p.message.slice(fileName.length + 2) : p.message;
  return p.path === '$' ? message : `${p.path}: ${message}`;
};

function refuse(fileName: string, problems: readonly string[]): false {
  useAppStore.getState().notify({
    tone: 'error',
    text: `Could not open ${fileName}: ${plural(problems.length, 'problem')}. The graph on screen is unchanged.`,
    details: problems,
  });
  return false;
}

/** Opens `file` as the graph on screen; returns whether it did. Never throws. */
export async function importGraphFile(file: File): Promise<boolean> {
  const name = file.name || 'the dropped file';
  if (file.size > MAX_IMPORT_BYTES) {
    const size = `${(file.size / (1024 * 1024)).toFixed(1)} MB`;
    return refuse(name, [`the file is ${size}; the most Actorgraph opens is ${MAX_IMPORT_LABEL}`]);
  }
  if (file.size === 0) return refuse(name, [`the file is empty; expected ${IMPORT_FORMATS_IN_WORDS}`]);
  // Dropping an article on the window is a natural mistake: point to where articles go.
  if (hasArticleExtension(name)) {
    return refuse(name, [
      `this looks like an article, not a graph file: use "Add article…" to extract its relations`,
    ]);
  }

  let graph: Graph;
  let notes: string[];
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { importFile } = await loadFormatEngine();
    const { graph: open } = useAppStore.getState();
    const read = importFile(name, bytes, {
      anchors: 'repairable',
      sources: open.sources,
      relationTypes: open.relationTypes,
    });
    if (!read.ok)
      return refuse(
        name,
        read.problems.map((p) => problemLine(name, p)),
      );
    const repaired = repairEvidence(read.value);
    graph = repaired.graph;
    notes = [...read.warnings, ...repaired.report.details].map((p) => problemLine(name, p));
  } catch (err) {
    return refuse(name, [err instanceof Error ? err.message : String(err)]);
  }

  const { importGraph, notify } = useAppStore.getState();
  importGraph(graph, name);
  notify({
    tone: 'info',
    text: `Opened ${name}: ${plural(graph.actors.length, 'actor')}, ${plural(graph.relations.length, 'relation')}, ${plural(graph.sources.length, 'source')}.`,
    ...(notes.length > 0 ? { details: notes } : {}),
  });
  return true;
}

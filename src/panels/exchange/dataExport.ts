/** Data exports from the dialog: the whole graph or the filtered view, in any interchange format. */
import type { ExportFormat } from '../../io/formats/catalog';
import { viewGraph } from '../../domain/viewGraph';
import { useAppStore } from '../../store';
import { selectVisibility } from '../../store/selectors';
import { downloadBlob } from '../download';
import { exportBaseName } from './fileNames';
import { loadFormatEngine } from './formatEngine';

export type DataScope = 'whole' | 'filtered';

/** Saves the graph in `format` and returns a sentence saying what was saved. */
export async function downloadData(scope: DataScope, format: ExportFormat): Promise<string> {
  const state = useAppStore.getState();
  const shown = scope === 'whole' ? state.graph : viewGraph(state.graph, selectVisibility(state));
  // The stories travel with the whole graph (a filtered one may lack what their steps show).
  const stories = scope === 'whole' ? state.workspace.stories : undefined;
  const graph = stories?.length ? { ...shown, stories } : shown;
  const { exportGraph } = await loadFormatEngine();
  const file = exportGraph(graph, format, { baseName: exportBaseName(scope), modified: new Date() });
  // Copy into a plain ArrayBuffer-backed array: Blob parts take no views of shared memory.
  const part = typeof file.data === 'string' ? file.data : new Uint8Array(file.data);
  downloadBlob(new Blob([part], { type: file.mimeType }), file.fileName);
  return `Saved ${file.fileName}: ${graph.actors.length} actors, ${graph.relations.length} relations.`;
}

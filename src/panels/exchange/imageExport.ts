/** Image exports from the dialog: PNG or SVG of the view or the whole graph, with the caption. */
import type { ImageCaption } from '../../canvas/exportCaption';
import { exportImagePng, planImage, type ImagePlan } from '../../canvas/exportImage';
import { scopeElements, type ImageOptions, type ImageScope } from '../../canvas/exportScope';
import { exportGraphSvg } from '../../canvas/exportSvg';
import type { Visibility } from '../../domain/filters';
import { useAppStore, type AppState } from '../../store';
import { selectVisibility } from '../../store/selectors';
import { analysisCaptionNotes } from '../analysis/captionNotes';
import { downloadBlob } from '../download';
import { analysisNote } from '../paths/analysisCaption';
import { buildCaption } from './caption';
import { exportBaseName, type ExportView } from './fileNames';

export type ImageFormat = 'png' | 'svg';

/** Whether the filters (or a focus) leave anything of the graph off screen. */
export const isFiltered = (state: AppState, visibility: Visibility = selectVisibility(state)): boolean =>
  visibility.relations.size < state.graph.relations.length ||
  visibility.actors.size < state.graph.actors.length;

/** The focus centre, when the store has one (read structurally: focus may not exist in every build). */
function focusLabel(state: AppState, visibility: Visibility): string | undefined {
  const centre = (visibility as { focus?: { centre?: string } | null }).focus?.centre;
  return centre === undefined ? undefined : state.index.actors.get(centre)?.label;
}

/**
 * The caption for an image of `scope`. Its relations are those drawn in the scope plus, for the
 * view, visible relations with an end on screen (an edge id on the canvas need not be a relation id
 * when parallel edges are merged).
 */
export function captionFor(scope: ImageScope, state: AppState = useAppStore.getState()): ImageCaption {
  const visibility = selectVisibility(state);
  const drawn = scopeElements(scope);
  const actors = new Set(drawn.actorIds);
  const edges = new Set(drawn.relationIds);
  const relationIds = state.graph.relations
    .filter(
      (r) =>
        visibility.relations.has(r.id) &&
        (edges.has(r.id) || (scope === 'whole' ? true : actors.has(r.source) || actors.has(r.target))),
    )
    .map((r) => r.id);
  const caption = buildCaption(state.graph, state.filters, {
    scope,
    actorIds: drawn.actorIds,
    relationIds,
    focus: focusLabel(state, visibility),
  });
  // Paths or a comparison of sources drawn on the canvas, and what actor size and colour mean.
  const note = analysisNote(state);
  const analysis = analysisCaptionNotes(state.sizeBy, state.colourByCommunity, state.analysis);
  const notes = [...(note ? [note] : []), ...analysis];
  return notes.length === 0 ? caption : { ...caption, notes: [...caption.notes, ...notes] };
}

/** What the file name calls an image: the view on screen, or the whole graph (filtered or not). */
export const imageView = (scope: ImageScope, state: AppState = useAppStore.getState()): ExportView =>
  scope === 'view' ? 'view' : isFiltered(state) ? 'filtered' : 'whole';

/** Size the image will have, or null when the graph is not drawn yet. */
export function planFor(options: ImageOptions): ImagePlan | null {
  try {
    return planImage(options, captionFor(options.scope));
  } catch {
    return null;
  }
}

/** The one-click "Export PNG": the whole graph at 2x on the theme's background, legend and caption on. */
export const captionedGraphPng = () =>
  exportImagePng({ scope: 'whole', scale: 2, background: 'theme', legend: true }, captionFor('whole'));

/** Saves the image and returns a sentence saying what was saved. */
export async function downloadImage(format: ImageFormat, options: ImageOptions): Promise<string> {
  const caption = captionFor(options.scope);
  const base = exportBaseName(imageView(options.scope));
  if (format === 'svg') {
    const svg = exportGraphSvg(options, caption);
    const fileName = `${base}.svg`;
    downloadBlob(new Blob([svg.text], { type: 'image/svg+xml' }), fileName);
    return `Saved ${fileName}.`;
  }
  const png = await exportImagePng(options, caption);
  const fileName = `${base}.png`;
  downloadBlob(png.blob, fileName);
  const size = `${png.width} × ${png.height} px`;
  return png.clamped
    ? `Saved ${fileName} at ${png.scale.toFixed(2)}x (${size}): ${options.scale}x is larger than this browser can draw.`
    : `Saved ${fileName} (${size}).`;
}

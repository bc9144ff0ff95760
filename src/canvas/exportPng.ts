import { getCy } from './currentCy';

/** Chromium's canvas area limit is 16384² px and other browsers' lower: stay under both. */
export const MAX_EXPORT_SIDE = 16384;
export const MAX_EXPORT_AREA = 16_777_216;

export interface PngExport {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** The scale actually used: lower than asked when the image would exceed the canvas limits. */
  readonly scale: number;
  readonly clamped: boolean;
}

/** Largest scale ≤ the asked one that keeps a w×h graph inside the browser's canvas limits. */
export function clampScale(w: number, h: number, scale: number): number {
  const bySide = MAX_EXPORT_SIDE / Math.max(w, h, 1);
  const byArea = Math.sqrt(MAX_EXPORT_AREA / Math.max(w * h, 1));
  return Math.min(scale, bySide, byArea);
}

/** The whole visible graph as a PNG at `scale`, on an opaque background. */
export async function exportGraphPng(scale: number, background: string): Promise<PngExport> {
  const cy = getCy();
  if (!cy) throw new Error('The graph is not drawn yet.');
  const bb = cy.elements().not('.hidden').boundingBox();
  const used = clampScale(bb.w, bb.h, scale);
  // maxWidth/maxHeight pin the output size: without them cytoscape multiplies by devicePixelRatio.
  const blob = await cy.png({
    output: 'blob-promise',
    full: true,
    scale: used,
    bg: background,
    maxWidth: Math.round(bb.w * used),
    maxHeight: Math.round(bb.h * used),
  });
  return {
    blob,
    width: Math.round(bb.w * used),
    height: Math.round(bb.h * used),
    scale: used,
    clamped: used < scale,
  };
}

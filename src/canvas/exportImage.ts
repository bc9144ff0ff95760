/**
 * PNG export with options: the current view or the whole graph, 1x–4x, any background, and the
 * legend and caption composed under the graph on a canvas around cy.png's output.
 */
import type { Core } from 'cytoscape';
import {
  CAPTION_PADDING,
  fontOf,
  layoutCaption,
  MIN_CAPTION_WIDTH,
  type CaptionLayout,
  type ImageCaption,
  type Measure,
  type Primitive,
} from './exportCaption';
import { clampScale, type PngExport } from './exportPng';
import {
  captionColours,
  graphArea,
  legendEntries,
  requireCy,
  themeColours,
  type GraphArea,
  type ImageOptions,
} from './exportScope';
import { shapeOutline, traceShape } from './exportShapes';

/** Where everything goes, in CSS pixels at scale 1, and the scale the browser can draw. */
export interface ImagePlan {
  readonly area: GraphArea;
  /** Top-left of the graph inside the image. */
  readonly graphX: number;
  readonly graphY: number;
  readonly caption: CaptionLayout | null;
  /** Whole image, scale 1. */
  readonly width: number;
  readonly height: number;
  /** Output size and the scale used: lower than asked when the image would exceed the canvas limits. */
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly scale: number;
  readonly clamped: boolean;
}

let scratch: CanvasRenderingContext2D | null = null;

/** Text widths from a canvas context, so the layout matches what the PNG draws. */
export const measureText: Measure = (text, font) => {
  scratch ??= document.createElement('canvas').getContext('2d');
  if (!scratch) return text.length * 7;
  scratch.font = font;
  return scratch.measureText(text).width;
};

export function planImage(options: ImageOptions, caption: ImageCaption, cy: Core = requireCy()): ImagePlan {
  const area = graphArea(cy, options.scope);
  let width = area.width;
  let height = area.height;
  let graphX = 0;
  let graphY = 0;
  let layout: CaptionLayout | null = null;
  if (options.legend) {
    width = Math.max(area.width + 2 * CAPTION_PADDING, MIN_CAPTION_WIDTH);
    graphX = Math.round((width - area.width) / 2);
    graphY = CAPTION_PADDING;
    const colours = captionColours(cy, options.background);
    layout = layoutCaption(caption, legendEntries(cy, options.scope), width, colours, measureText);
    height = graphY + area.height + CAPTION_PADDING + layout.height;
  }
  const scale = clampScale(width, height, options.scale);
  return {
    area,
    graphX,
    graphY,
    caption: layout,
    width,
    height,
    pixelWidth: Math.floor(width * scale),
    pixelHeight: Math.floor(height * scale),
    scale,
    clamped: scale < options.scale,
  };
}

/** The CSS colour to fill behind the image, or undefined for transparent. */
export function backgroundFill(cy: Core, background: ImageOptions['background']): string | undefined {
  if (background === 'transparent') return undefined;
  return background === 'white' ? '#ffffff' : themeColours(cy).background;
}

export async function exportImagePng(options: ImageOptions, caption: ImageCaption): Promise<PngExport> {
  const cy = requireCy();
  const plan = planImage(options, caption, cy);
  const bg = backgroundFill(cy, options.background);
  // maxWidth/maxHeight pin the output size: without them cytoscape multiplies by devicePixelRatio.
  const graph = await cy.png({
    output: 'blob-promise',
    full: options.scope === 'whole',
    scale: plan.scale,
    maxWidth: Math.floor(plan.area.width * plan.scale),
    maxHeight: Math.floor(plan.area.height * plan.scale),
    ...(bg !== undefined && !plan.caption ? { bg } : {}),
  });
  const result = (blob: Blob, width: number, height: number): PngExport => ({
    blob,
    width,
    height,
    scale: plan.scale,
    clamped: plan.clamped,
  });
  if (!plan.caption) return result(graph, plan.pixelWidth, plan.pixelHeight);

  const canvas = document.createElement('canvas');
  canvas.width = plan.pixelWidth;
  canvas.height = plan.pixelHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image.');
  if (bg !== undefined) {
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  const bitmap = await createImageBitmap(graph);
  ctx.drawImage(bitmap, Math.round(plan.graphX * plan.scale), Math.round(plan.graphY * plan.scale));
  bitmap.close();
  ctx.scale(plan.scale, plan.scale);
  ctx.translate(0, plan.graphY + plan.area.height + CAPTION_PADDING);
  for (const item of plan.caption.items) paint(ctx, item);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`The browser could not encode a ${canvas.width}×${canvas.height} px image.`);
  return result(blob, canvas.width, canvas.height);
}

function paint(ctx: CanvasRenderingContext2D, item: Primitive): void {
  ctx.save();
  switch (item.type) {
    case 'text':
      ctx.font = fontOf(item.size, item.weight);
      ctx.fillStyle = item.colour;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(item.text, item.x, item.y);
      break;
    case 'node':
      traceShape(ctx, shapeOutline(item.shape), item.cx, item.cy, item.size, item.size);
      ctx.fillStyle = item.colour;
      ctx.fill();
      break;
    case 'line': {
      ctx.strokeStyle = item.colour;
      ctx.lineWidth = item.width;
      if (item.dashed) ctx.setLineDash([5, 3]);
      if (item.dotted) {
        // Round caps on near-empty dashes: a row of dots, as the canvas draws unreviewed relations.
        ctx.setLineDash([0.1, 6]);
        ctx.lineCap = 'round';
      }
      const head = item.arrow ? 7 : 0;
      ctx.beginPath();
      ctx.moveTo(item.x1, item.y1);
      ctx.lineTo(item.x2 - head, item.y2);
      ctx.stroke();
      if (item.arrow) {
        ctx.fillStyle = item.colour;
        ctx.beginPath();
        ctx.moveTo(item.x2, item.y2);
        ctx.lineTo(item.x2 - head, item.y2 - 4.5);
        ctx.lineTo(item.x2 - head, item.y2 + 4.5);
        ctx.closePath();
        ctx.fill();
      }
      break;
    }
  }
  ctx.restore();
}

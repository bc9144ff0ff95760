/**
 * The legend and caption band under an exported image, laid out once as a list of primitives that
 * the PNG composer paints on a canvas and the SVG writer serialises: both images say the same thing.
 * Units are CSS pixels at scale 1.
 */

/** What the panel says about the image: built from the store, drawn here. */
export interface ImageCaption {
  readonly title: string;
  /** Short lines under the title: what is shown and the active filters, in words. */
  readonly notes: readonly string[];
  /** One line per source cited: author, publisher, date and title. */
  readonly sources: readonly string[];
  /** Closing line (where the image comes from, when it was made). */
  readonly credit: string;
}

/** One legend item, with colours and shapes read from what the canvas actually draws. */
export type LegendEntry =
  | { readonly type: 'node'; readonly label: string; readonly shape: string; readonly colour: string }
  | {
      readonly type: 'edge';
      readonly label: string;
      readonly colour: string;
      readonly dashed?: boolean;
      /** Dotted: an extracted relation not yet reviewed. */
      readonly dotted?: boolean;
      readonly arrow?: boolean;
    };

export interface CaptionColours {
  readonly text: string;
  readonly muted: string;
  readonly rule: string;
}

export type Primitive =
  | {
      readonly type: 'text';
      readonly x: number;
      /** Baseline. */
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly weight: number;
      readonly colour: string;
    }
  | {
      readonly type: 'node';
      readonly cx: number;
      readonly cy: number;
      readonly size: number;
      readonly shape: string;
      readonly colour: string;
    }
  | {
      readonly type: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly colour: string;
      readonly width: number;
      readonly dashed?: boolean;
      readonly dotted?: boolean;
      readonly arrow?: boolean;
    };

export interface CaptionLayout {
  readonly width: number;
  readonly height: number;
  readonly items: readonly Primitive[];
}

/** Width of `text` drawn in `font` (a CSS font shorthand). */
export type Measure = (text: string, font: string) => number;

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
export const fontOf = (size: number, weight: number): string => `${weight} ${size}px ${FONT_FAMILY}`;

/** Margin around the graph and the band, and the narrowest band that still reads well. */
export const CAPTION_PADDING = 20;
export const MIN_CAPTION_WIDTH = 560;
/** More sources than this are summed up as "and N more". */
export const MAX_SOURCE_LINES = 8;

const TITLE = { size: 17, weight: 700 };
const NOTE = { size: 12.5, weight: 400 };
const HEADING = { size: 12, weight: 700 };
const BODY = { size: 12, weight: 400 };
const LINE_HEIGHT = 1.45;
const SWATCH = 14;

/** Splits text into lines no wider than `max`; a word longer than a line is cut between characters. */
export function wrapText(text: string, max: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, font) <= max) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest, font) > max && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), font) > max) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lays out the band for an image `width` CSS pixels wide. */
export function layoutCaption(
  caption: ImageCaption,
  legend: readonly LegendEntry[],
  width: number,
  colours: CaptionColours,
  measure: Measure,
): CaptionLayout {
  const items: Primitive[] = [];
  const left = CAPTION_PADDING;
  const max = Math.max(width - 2 * CAPTION_PADDING, 40);
  let y = 0;

  items.push({ type: 'line', x1: left, y1: 0.5, x2: left + max, y2: 0.5, colour: colours.rule, width: 1 });
  y += 12;

  const paragraph = (text: string, style: { size: number; weight: number }, colour: string) => {
    for (const line of wrapText(text, max, fontOf(style.size, style.weight), measure)) {
      y += style.size * LINE_HEIGHT;
      items.push({ type: 'text', x: left, y: y - style.size * 0.35, text: line, ...style, colour });
    }
  };

  paragraph(caption.title, TITLE, colours.text);
  for (const note of caption.notes) paragraph(note, NOTE, colours.muted);

  if (legend.length > 0) {
    y += 6;
    paragraph('Legend', HEADING, colours.text);
    y = flowLegend(legend, left, max, y, colours, measure, items);
  }

  if (caption.sources.length > 0) {
    y += 6;
    paragraph(caption.sources.length === 1 ? 'Source' : 'Sources', HEADING, colours.text);
    const shown = caption.sources.slice(0, MAX_SOURCE_LINES);
    for (const source of shown) paragraph(source, BODY, colours.text);
    const more = caption.sources.length - shown.length;
    if (more > 0) paragraph(`…and ${more} more`, BODY, colours.muted);
  }

  y += 6;
  paragraph(caption.credit, NOTE, colours.muted);
  return { width, height: Math.ceil(y + CAPTION_PADDING * 0.75), items };
}

/** Legend entries side by side, wrapping to a new row when the next one would not fit. */
function flowLegend(
  legend: readonly LegendEntry[],
  left: number,
  max: number,
  top: number,
  colours: CaptionColours,
  measure: Measure,
  items: Primitive[],
): number {
  const font = fontOf(BODY.size, BODY.weight);
  const rowHeight = BODY.size * LINE_HEIGHT + 4;
  const swatchWidth = (entry: LegendEntry) => (entry.type === 'edge' ? SWATCH * 2 : SWATCH);
  let x = left;
  let rowTop = top;
  for (const entry of legend) {
    const label = entry.label;
    const need = swatchWidth(entry) + 5 + measure(label, font);
    if (x > left && x + need > left + max) {
      x = left;
      rowTop += rowHeight;
    }
    const middle = rowTop + rowHeight / 2 + 1;
    if (entry.type === 'node') {
      items.push({
        type: 'node',
        cx: x + SWATCH / 2,
        cy: middle,
        size: SWATCH,
        shape: entry.shape,
        colour: entry.colour,
      });
    } else {
      items.push({
        type: 'line',
        x1: x,
        y1: middle,
        x2: x + SWATCH * 2,
        y2: middle,
        colour: entry.colour,
        width: 3,
        dashed: entry.dashed,
        dotted: entry.dotted,
        arrow: entry.arrow,
      });
    }
    const textX = x + swatchWidth(entry) + 5;
    items.push({
      type: 'text',
      x: textX,
      y: middle + BODY.size * 0.35,
      text: label,
      ...BODY,
      colour: colours.text,
    });
    x = textX + measure(label, font) + 16;
  }
  return rowTop + rowHeight;
}

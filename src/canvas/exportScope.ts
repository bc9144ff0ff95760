/**
 * What an image export covers, read from the live canvas: the elements drawn in the scope, the area
 * in model coordinates, the colours of the page behind the canvas, and a legend of the shapes and
 * colours actually drawn (so it follows any stylesheet or theme change).
 */
import type { BoundingBox12, BoundingBoxWH, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { ACTOR_KINDS, QUAD_LABELS, QUADS } from '../domain/types';
import { pathMarksLegend, isCompared } from './pathMarksLegend';
import { COMMUNITY_COLOURS, communityColour, OTHER_COMMUNITY_COLOUR } from './analysisStyle';
import type { CaptionColours, LegendEntry } from './exportCaption';
import { getCy } from './currentCy';

/** 'view': what the canvas shows now (pan and zoom); 'whole': every element the filters leave. */
export type ImageScope = 'view' | 'whole';
export type ImageBackground = 'theme' | 'white' | 'transparent';

export interface ImageOptions {
  readonly scope: ImageScope;
  /** 1 to 4: output pixels per CSS pixel, before any clamping. */
  readonly scale: number;
  readonly background: ImageBackground;
  /** Compose a legend and caption under the graph. */
  readonly legend: boolean;
}

export interface ScopeElements {
  readonly actorIds: readonly string[];
  readonly relationIds: readonly string[];
}

export function requireCy(): Core {
  const cy = getCy();
  if (!cy) throw new Error('The graph is not drawn yet.');
  return cy;
}

type Box = BoundingBox12 & BoundingBoxWH;
const overlaps = (a: Box, b: Box) => a.x1 <= b.x2 && a.x2 >= b.x1 && a.y1 <= b.y2 && a.y2 >= b.y1;

/** Nodes and edges drawn (not hidden by a filter) and, for the view, at least partly on screen. */
export function drawnInScope(cy: Core, scope: ImageScope): { nodes: NodeSingular[]; edges: EdgeSingular[] } {
  const extent = cy.extent();
  const inScope = (box: Box) => scope === 'whole' || overlaps(box, extent);
  const nodes = cy
    .nodes()
    .filter((n) => n.visible() && inScope(n.boundingBox()))
    .toArray() as NodeSingular[];
  const edges = cy
    .edges()
    .filter((e) => e.visible() && inScope(e.boundingBox()))
    .toArray() as EdgeSingular[];
  return { nodes, edges };
}

/** Ids of the actors and relations an image of `scope` shows: the caption cites their sources. */
export function scopeElements(scope: ImageScope): ScopeElements {
  const { nodes, edges } = drawnInScope(requireCy(), scope);
  return { actorIds: nodes.map((n) => n.id()), relationIds: edges.map((e) => e.id()) };
}

/** The graph's area in CSS pixels at scale 1, and where it sits in model coordinates. */
export interface GraphArea {
  readonly width: number;
  readonly height: number;
  /** Model coordinates → area pixels: p' = (p - origin) × zoom. */
  readonly origin: { readonly x: number; readonly y: number };
  readonly zoom: number;
}

/** Matches what cy.png draws: the whole bounding box at zoom 1 (tight), or the container as shown. */
export function graphArea(cy: Core, scope: ImageScope): GraphArea {
  if (scope === 'whole') {
    const bb = cy.elements().not('.hidden').boundingBox();
    return { width: Math.ceil(bb.w), height: Math.ceil(bb.h), origin: { x: bb.x1, y: bb.y1 }, zoom: 1 };
  }
  const extent = cy.extent();
  return {
    width: Math.round(cy.width()),
    height: Math.round(cy.height()),
    origin: { x: extent.x1, y: extent.y1 },
    zoom: cy.zoom(),
  };
}

const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\))$/;

/** The page's colours behind the canvas: the "theme" background and caption text. */
export function themeColours(cy: Core): { background: string; text: string } {
  let element: Element | null = cy.container();
  let background = '#ffffff';
  while (element) {
    const colour = getComputedStyle(element).backgroundColor;
    if (colour && !TRANSPARENT.test(colour)) {
      background = colour;
      break;
    }
    element = element.parentElement;
  }
  const container = cy.container();
  const text = container ? getComputedStyle(container).color : '#1d2433';
  return { background, text };
}

/**
 * Caption colours: dark text on white; otherwise the theme's text colour, which the graph's own
 * labels share (a transparent image goes on a page like the theme's).
 */
export function captionColours(cy: Core, background: ImageBackground): CaptionColours {
  const text = background === 'white' ? '#1d2433' : themeColours(cy).text;
  return { text, muted: mix(text, 0.72), rule: mix(text, 0.25) };
}

/** `colour` at `alpha` opacity, as CSS (accepts the rgb() strings getComputedStyle returns). */
function mix(colour: string, alpha: number): string {
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (rgb) return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})`;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex)
    return `rgba(${parseInt(hex[1]!, 16)}, ${parseInt(hex[2]!, 16)}, ${parseInt(hex[3]!, 16)}, ${alpha})`;
  return colour;
}

/** One entry per actor kind and relation class in the image, styled as the canvas draws them. */
export function legendEntries(cy: Core, scope: ImageScope): LegendEntry[] {
  const { nodes, edges } = drawnInScope(cy, scope);
  const entries: LegendEntry[] = [];
  // Filled by community, a node's colour no longer tells its kind: kinds keep their shape, in grey.
  const byCommunity = nodes.some((n) => n.data('community') !== undefined);
  for (const kind of ACTOR_KINDS) {
    const node = nodes.find((n) => n.data('kind') === kind);
    if (node) {
      entries.push({
        type: 'node',
        label: kind,
        shape: String(node.style('shape')),
        colour: byCommunity ? OTHER_COMMUNITY_COLOUR : String(node.style('background-color')),
      });
    }
  }
  if (byCommunity) {
    for (let c = 0; c < COMMUNITY_COLOURS.length; c++) {
      if (nodes.some((n) => n.data('community') === c))
        entries.push({
          type: 'node',
          label: `community ${c + 1}`,
          shape: 'ellipse',
          colour: communityColour(c),
        });
    }
  }
  for (const quad of QUADS) {
    const edge = edges.find((e) => e.data('quad') === quad && !isCompared(e));
    if (edge)
      entries.push({ type: 'edge', label: QUAD_LABELS[quad], colour: String(edge.style('line-color')) });
  }
  // Parallel relations of different classes merged into one edge are drawn in a neutral colour.
  const mixed = edges.find(
    (e) => e.hasClass('merged') && !(QUADS as readonly unknown[]).includes(e.data('quad')),
  );
  if (mixed) {
    entries.push({
      type: 'edge',
      label: 'several relations of mixed classes',
      colour: String(mixed.style('line-color')),
    });
  }
  entries.push(...pathMarksLegend(edges));
  const muted = '#7a8294';
  if (edges.some((e) => e.style('target-arrow-shape') !== 'none')) {
    entries.push({ type: 'edge', label: 'from actor to target', colour: muted, arrow: true });
  }
  if (edges.some((e) => e.style('line-style') === 'dashed')) {
    entries.push({ type: 'edge', label: 'the text says it did not happen', colour: muted, dashed: true });
  }
  if (edges.some((e) => e.style('line-style') === 'dotted')) {
    entries.push({
      type: 'edge',
      label: 'found by the extractor, not yet reviewed',
      colour: muted,
      dotted: true,
    });
  }
  return entries;
}

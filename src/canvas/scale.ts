/**
 * Size-dependent choices for the canvas. Small graphs keep the full look; large ones trade
 * decoration the eye cannot see at that density (edge labels, curves, arrows) for frame time, and
 * the force layout for an instant placement. Every threshold here was chosen with `npm run bench`;
 * docs/performance.md has the figures.
 */
import { boundsOf } from '../domain/edgeOverlaps';
import type { Collection, Core, LayoutOptions, Position, StylesheetJsonBlock } from 'cytoscape';
import { useAppStore } from '../store';

/** Relations on the canvas above which edges are drawn plain: straight, unlabelled, no arrowheads. */
export const PLAIN_EDGES_ABOVE = 3000;
/** Actors above which the force layout gives way to an instant placement (fcose takes seconds). */
export const QUICK_LAYOUT_ABOVE = 2000;
/** Average distance between actors in the quick placement, in model pixels (a node is 34). */
const QUICK_SPACING = 100;

export type ScaleTier = 'normal' | 'large';

export const scaleTier = (relations: number): ScaleTier =>
  relations > PLAIN_EDGES_ABOVE ? 'large' : 'normal';

/** Edge properties that cost style work on every edge but show only on the selected one at scale. */
const EDGE_DECORATION =
  /^(label|color|font-|text-|min-zoomed-font-size|curve-style|control-point-|arrow-scale|source-arrow-|target-arrow-)/;

const isEdgeRule = (selector: string) => /^edge\b/.test(selector) && !selector.includes('.is-selected');

/**
 * The theme's stylesheet made cheap for large graphs. Each edge rule keeps its colours and width
 * but hands its labels, arrowheads and curves to the same rule narrowed to the selected edge, placed
 * right after it so the theme's own order still decides; plain edges are haystack lines, which skip
 * control-point geometry. Halving the properties an edge carries halves the style work on load.
 */
export function largeStylesheet(base: readonly StylesheetJsonBlock[]): StylesheetJsonBlock[] {
  const sheet: StylesheetJsonBlock[] = [];
  for (const rule of base) {
    const style = 'style' in rule ? (rule.style as Record<string, unknown>) : undefined;
    if (!style || !isEdgeRule(rule.selector)) {
      sheet.push(rule);
      continue;
    }
    const kept = Object.entries(style).filter(([key]) => !EDGE_DECORATION.test(key));
    const moved = Object.entries(style).filter(([key]) => EDGE_DECORATION.test(key));
    if (rule.selector === 'edge') kept.push(['curve-style', 'haystack'], ['haystack-radius', 0]);
    if (kept.length > 0)
      sheet.push({ selector: rule.selector, style: Object.fromEntries(kept) } as StylesheetJsonBlock);
    if (moved.length > 0) {
      sheet.push({
        selector: `${rule.selector}.is-selected`,
        style: Object.fromEntries(moved),
      } as StylesheetJsonBlock);
    }
  }
  sheet.push(
    // Node labels appear once they would be readable, not as grey specks.
    { selector: 'node', style: { 'min-zoomed-font-size': 9 } },
    // Without fading (see fadesOnSelect), a halo makes the selection findable in the crowd.
    {
      selector: '.is-selected',
      style: { 'underlay-color': '#7f7f7f', 'underlay-padding': 8, 'underlay-opacity': 0.45 },
    },
  );
  return sheet;
}

/** Fading restyles every element on each selection; above this many, the selection is only marked. */
export const FADE_ON_SELECT_UP_TO = 6000;

export const fadesOnSelect = (elements: number): boolean => elements <= FADE_ON_SELECT_UP_TO;

/** Actors and relations on the canvas, read from the store: counting cy's elements copies them all. */
export function canvasElementCount(): number {
  const { graph } = useAppStore.getState();
  return graph.actors.length + graph.relations.length;
}

/** Above the fading threshold, a frame takes long enough that input should not wait behind one. */
export const drawsSlowly = (): boolean => !fadesOnSelect(canvasElementCount());

const largeSheets = new WeakMap<readonly StylesheetJsonBlock[], StylesheetJsonBlock[]>();

/** The theme's stylesheet for a tier; the same array each time, so cy is restyled only on change. */
export function stylesheetFor(base: StylesheetJsonBlock[], tier: ScaleTier): StylesheetJsonBlock[] {
  if (tier === 'normal') return base;
  let sheet = largeSheets.get(base);
  if (!sheet) {
    sheet = largeStylesheet(base);
    largeSheets.set(base, sheet);
  }
  return sheet;
}

interface RendererHints {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
}

const rendererOf = (cy: Core) => (cy as unknown as { renderer(): RendererHints | undefined }).renderer();

/**
 * While panning and zooming a large graph, draw a cached texture and leave edges out. These are
 * renderer options Cytoscape reads on every frame; react-cytoscapejs only sets them at mount, when
 * the graph's size is not known yet.
 */
export function applyRendererHints(cy: Core, tier: ScaleTier): void {
  const renderer = rendererOf(cy);
  if (!renderer) return;
  renderer.hideEdgesOnViewport = tier === 'large';
  renderer.textureOnViewport = tier === 'large';
}

/** The canvas's style for a theme and a tier: the stylesheet and the renderer hints together. */
export function applyScaleStyle(cy: Core, base: StylesheetJsonBlock[], tier: ScaleTier): void {
  cy.style(stylesheetFor(base, tier));
  applyRendererHints(cy, tier);
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The k-th point of a sunflower spiral: evenly spaced, no two points alike, `spacing` apart. */
export function sunflower(k: number, spacing: number): Position {
  const r = spacing * Math.sqrt(k);
  return { x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE) };
}

/**
 * Actors in a sunflower spiral, the most connected in the middle: even spacing, no overlaps,
 * deterministic, and O(n log n) where fcose takes seconds.
 */
export function quickPositions(eles: Collection): Map<string, Position> {
  const degree = new Map<string, number>();
  eles.edges().forEach((e) => {
    for (const end of [e.data('source') as string, e.data('target') as string])
      degree.set(end, (degree.get(end) ?? 0) + 1);
  });
  const ids = eles.nodes().map((n) => n.id());
  const order = ids.map((id, i) => ({ id, i, d: degree.get(id) ?? 0 }));
  order.sort((a, b) => b.d - a.d || a.i - b.i);
  const spacing = QUICK_SPACING / Math.sqrt(Math.PI);
  const positions = new Map<string, Position>();
  order.forEach(({ id }, k) => positions.set(id, sunflower(k, spacing)));
  return positions;
}

const FIT_PADDING = 40;
/** Half a node's extent plus a margin, in model pixels: what a node adds around its centre. */
const NODE_REACH = 24;
const MIN_ZOOM = 1e-3;
const MAX_ZOOM = 4;

/** The zoom and pan that show every position (each with a node's reach) in a w × h canvas. */
export function viewportFor(
  positions: Iterable<Position>,
  width: number,
  height: number,
  padding: number,
): { zoom: number; pan: Position } | Record<string, never> {
  const bounds = boundsOf([...positions]);
  if (!Number.isFinite(bounds.x1) || width <= 2 * padding || height <= 2 * padding) return {};
  const [x1, y1, x2, y2] = [
    bounds.x1 - NODE_REACH,
    bounds.y1 - NODE_REACH,
    bounds.x2 + NODE_REACH,
    bounds.y2 + NODE_REACH,
  ];
  const fitted = Math.min((width - 2 * padding) / (x2 - x1), (height - 2 * padding) / (y2 - y1));
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fitted));
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}

/** The layout to run for `eles`: as asked for small graphs, cheaper variants for large ones. */
export function layoutForSize(options: LayoutOptions, eles: Collection): LayoutOptions {
  const actors = eles.nodes().length;
  if (actors <= QUICK_LAYOUT_ABOVE) return options;
  if (options.name === 'fcose') {
    const positions = quickPositions(eles);
    const cy = eles.nodes().first().cy();
    // The view is fitted from the positions themselves: cy.fit would measure the box of every
    // element (tens of thousands, labels included) only to find what the spiral already tells.
    const view = viewportFor(positions.values(), cy.width(), cy.height(), FIT_PADDING);
    return { name: 'preset', positions: Object.fromEntries(positions), fit: false, animate: false, ...view };
  }
  // Measuring every label's box for thousands of actors costs more than the layout itself.
  return { ...options, nodeDimensionsIncludeLabels: false } as LayoutOptions;
}

/** Run `fn` and record it as a User Timing measure (the bench reads `layout`). */
export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(name, { start });
  }
}

import cytoscape, { type ElementDefinition, type LayoutOptions, type StylesheetJsonBlock } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  FADE_ON_SELECT_UP_TO,
  PLAIN_EDGES_ABOVE,
  QUICK_LAYOUT_ABOVE,
  fadesOnSelect,
  largeStylesheet,
  layoutForSize,
  quickPositions,
  scaleTier,
  stylesheetFor,
  viewportFor,
} from './scale';
import { STYLESHEETS } from './stylesheet';

/** A star of `n` actors around a0, plus a chain, in a headless instance. */
function graph(n: number): cytoscape.Core {
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < n; i++) elements.push({ data: { id: `a${i}` } });
  for (let i = 1; i < n; i++) elements.push({ data: { id: `s${i}`, source: 'a0', target: `a${i}` } });
  for (let i = 2; i < n; i++) elements.push({ data: { id: `c${i}`, source: `a${i - 1}`, target: `a${i}` } });
  return cytoscape({ headless: true, elements });
}

const styleOf = (sheet: readonly StylesheetJsonBlock[], selector: string) =>
  sheet
    .filter((r) => r.selector === selector)
    .map((r) => ('style' in r ? (r.style as Record<string, unknown>) : {}));

describe('scaleTier', () => {
  it('turns large just above the threshold', () => {
    expect(scaleTier(PLAIN_EDGES_ABOVE)).toBe('normal');
    expect(scaleTier(PLAIN_EDGES_ABOVE + 1)).toBe('large');
  });
});

describe('largeStylesheet', () => {
  const base = STYLESHEETS.light;
  const large = largeStylesheet(base);

  it('draws plain edges as haystack lines with no label or arrowhead', () => {
    const [edge] = styleOf(large, 'edge');
    expect(edge).toMatchObject({ 'curve-style': 'haystack' });
    for (const key of Object.keys(edge!)) expect(key).not.toMatch(/^(label|font-|text-|target-arrow-)/);
  });

  it('keeps what it takes from an edge rule on the selected edge, right after that rule', () => {
    const i = large.findIndex((r) => r.selector === 'edge');
    expect(large[i + 1]?.selector).toBe('edge.is-selected');
    expect(styleOf(large, 'edge.is-selected')[0]).toMatchObject({
      label: 'data(label)',
      'curve-style': 'bezier',
    });
    expect(styleOf(large, 'edge.directed.is-selected')[0]).toMatchObject({
      'target-arrow-shape': 'triangle',
    });
  });

  it('leaves node rules and the theme’s own selection rule as they were, in order', () => {
    const untouched = (sheet: readonly StylesheetJsonBlock[]) =>
      sheet.filter((r) => !/^edge\b/.test(r.selector) || r.selector === 'edge.is-selected');
    const baseKept = untouched(base);
    const largeKept = untouched(large).filter((r) => baseKept.includes(r));
    expect(largeKept).toEqual(baseKept);
  });
});

describe('stylesheetFor', () => {
  it('returns the theme sheet for normal graphs and one cached sheet per theme for large ones', () => {
    expect(stylesheetFor(STYLESHEETS.dark, 'normal')).toBe(STYLESHEETS.dark);
    expect(stylesheetFor(STYLESHEETS.dark, 'large')).toBe(stylesheetFor(STYLESHEETS.dark, 'large'));
    expect(stylesheetFor(STYLESHEETS.dark, 'large')).not.toBe(stylesheetFor(STYLESHEETS.light, 'large'));
  });
});

describe('quickPositions', () => {
  it('puts the most connected actor in the middle and keeps actors apart', () => {
    const cy = graph(400);
    const positions = quickPositions(cy.elements());
    expect(positions.size).toBe(400);
    expect(positions.get('a0')).toEqual({ x: 0, y: 0 });
    const points = [...positions.values()];
    let nearest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        nearest = Math.min(nearest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    expect(nearest).toBeGreaterThan(40);
  });

  it('gives the same positions on every run', () => {
    expect(quickPositions(graph(50).elements())).toEqual(quickPositions(graph(50).elements()));
  });
});

describe('layoutForSize', () => {
  const fcose = { name: 'fcose', nodeDimensionsIncludeLabels: true } as LayoutOptions;

  it('leaves layouts of ordinary graphs alone', () => {
    const cy = graph(20);
    expect(layoutForSize(fcose, cy.elements())).toBe(fcose);
  });

  it('places a large graph at once instead of running fcose, fitted from the positions', () => {
    const cy = graph(QUICK_LAYOUT_ABOVE + 1);
    const options = layoutForSize(fcose, cy.elements());
    // A headless instance has no size, so there is no view to fit; cy.fit is never asked to.
    expect(options).toMatchObject({ name: 'preset', fit: false });
    expect(options).not.toHaveProperty('zoom');
    cy.layout(options).run();
    expect(cy.getElementById('a0').position()).toEqual({ x: 0, y: 0 });
    expect(cy.getElementById('a1').position()).not.toEqual({ x: 0, y: 0 });
  });

  it('keeps other layouts for large graphs but stops them measuring labels', () => {
    const cy = graph(QUICK_LAYOUT_ABOVE + 1);
    const grid = { name: 'grid', nodeDimensionsIncludeLabels: true } as LayoutOptions;
    expect(layoutForSize(grid, cy.elements())).toMatchObject({
      name: 'grid',
      nodeDimensionsIncludeLabels: false,
    });
  });
});

describe('viewportFor', () => {
  const spiral = [...quickPositions(graph(500).elements()).values()];

  it('shows every position, with a node around it, inside the padded canvas, centred', () => {
    const view = viewportFor(spiral, 800, 600, 40);
    if (!('zoom' in view)) throw new Error('expected a view');
    const rendered = spiral.map((p) => ({
      x: p.x * view.zoom + view.pan.x,
      y: p.y * view.zoom + view.pan.y,
    }));
    const reach = 24 * view.zoom;
    const xs = rendered.map((p) => p.x);
    const ys = rendered.map((p) => p.y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    expect(left - reach).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(top - reach).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(right + reach).toBeLessThanOrEqual(760 + 1e-6);
    expect(bottom + reach).toBeLessThanOrEqual(560 + 1e-6);
    // The limiting side touches its padding; both sides are centred.
    expect(Math.min(left - reach - 40, top - reach - 40)).toBeCloseTo(0, 6);
    expect(left + right).toBeCloseTo(800, 6);
    expect(top + bottom).toBeCloseTo(600, 6);
  });

  it('gives no view for no positions or a canvas smaller than its padding', () => {
    expect(viewportFor([], 800, 600, 40)).toEqual({});
    expect(viewportFor(spiral, 60, 600, 40)).toEqual({});
  });
});

describe('fadesOnSelect', () => {
  it('fades for graphs up to the threshold only', () => {
    expect(fadesOnSelect(100)).toBe(true);
    expect(fadesOnSelect(FADE_ON_SELECT_UP_TO)).toBe(true);
    expect(fadesOnSelect(FADE_ON_SELECT_UP_TO + 1)).toBe(false);
  });
});

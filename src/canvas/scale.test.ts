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

  it('places a large graph at once instead of running fcose, and fits it', () => {
    const cy = graph(QUICK_LAYOUT_ABOVE + 1);
    const options = layoutForSize(fcose, cy.elements());
    expect(options).toMatchObject({ name: 'preset', fit: true });
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

describe('fadesOnSelect', () => {
  it('fades for graphs up to the threshold only', () => {
    expect(fadesOnSelect(graph(100))).toBe(true);
    const n = Math.ceil(FADE_ON_SELECT_UP_TO / 3) + 2; // n nodes and about 2n edges
    expect(fadesOnSelect(graph(n))).toBe(false);
  });
});

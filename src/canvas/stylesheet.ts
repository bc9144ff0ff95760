import type { StylesheetJsonBlock } from 'cytoscape';
import { ACTOR_KINDS, QUADS } from '../domain/types';
import type { Theme } from '../domain/view';
import { pathMarksStyles } from './pathMarksStyles';
import { analysisRules } from './analysisStyle';
import { labelRules } from './labelPriority';
import { KIND_SHAPES, PALETTES, type Palette } from './palette';

/**
 * The one stylesheet: visual state is expressed as classes. The one exception is a label's size when the
 * graph is zoomed out (labelDeclutter.ts sets it per element: Cytoscape redraws a cached label only then).
 */
export function buildStylesheet(p: Palette): StylesheetJsonBlock[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 34,
        height: 34,
        'font-size': 15,
        'font-weight': 600,
        color: p.text,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': p.textOutline,
        'text-outline-width': 2,
        'border-width': 2,
        'border-color': p.textOutline,
        'min-zoomed-font-size': 6,
      },
    },
    ...ACTOR_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': p.kind[kind], shape: KIND_SHAPES[kind] as never },
    })),
    // The colour a graph file from another tool gave the node.
    { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        width: 'mapData(evidenceCount, 1, 5, 1.5, 5)' as never,
        // Parallel relations fan out as separate curves; the step keeps their mid-edge labels
        // (11px text on a padded background) apart at every zoom, since both scale together.
        'curve-style': 'bezier',
        'control-point-step-size': 44,
        'font-size': 11,
        color: p.text,
        'text-background-color': p.edgeLabelBackground,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 7,
        'arrow-scale': 1.1,
      },
    },
    ...QUADS.map((quad) => ({
      selector: `edge[quad = ${quad}]`,
      style: { 'line-color': p.quad[quad], 'target-arrow-color': p.quad[quad] },
    })),
    // A type from a foreign file (no quad class): the legend's "Other" colour.
    { selector: 'edge[quad = 0]', style: { 'line-color': p.other, 'target-arrow-color': p.other } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    // No sentence backs it (read from a graph file that cites none): grey and thin.
    {
      selector: 'edge.unsupported',
      style: { 'line-color': p.unsupported, 'target-arrow-color': p.unsupported, width: 1 },
    },
    { selector: 'edge.negated', style: { 'line-style': 'dashed', opacity: 0.7 } },
    // Found by the extractor and not yet reviewed: dotted, with a hollow arrow.
    { selector: 'edge.unreviewed', style: { 'line-style': 'dotted', 'target-arrow-fill': 'hollow' } },
    // Unreviewed and negated: still dashed (the negation matters most), with dots between the dashes.
    {
      selector: 'edge.unreviewed.negated',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 3, 1, 3] },
    },
    {
      selector: 'edge.merged',
      style: {
        'line-color': p.mixed,
        'target-arrow-color': p.mixed,
        'line-style': 'solid',
        'text-wrap': 'wrap',
        'text-max-width': '220px',
        'font-weight': 600,
        width: 'mapData(evidenceCount, 2, 20, 3, 8)' as never,
      },
    },
    ...QUADS.map((quad) => ({
      selector: `edge.merged[quad = ${quad}]`,
      style: { 'line-color': p.quad[quad], 'target-arrow-color': p.quad[quad] },
    })),
    { selector: '.hidden, .merged-away', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.25 } },
    {
      selector: 'node.focus-centre',
      style: { 'border-color': p.focus, 'border-width': 5, 'border-style': 'double' },
    },
    {
      selector: 'node.is-selected',
      style: { 'border-color': p.selected, 'border-width': 4, 'z-index': 10 },
    },
    {
      selector: 'edge.is-selected',
      style: { width: 6, 'z-index': 10, 'font-size': 12, 'font-weight': 700, opacity: 1 },
    },
    // Paths and source comparison (the paths panel): last, so its marks win.
    ...pathMarksStyles(p),
    // Analysis (measures and communities): size and fill from data fields, over the kind's look.
    ...analysisRules(),
    // Readable labels (labelPriority.ts): a minimum on-screen size, and labels that give way.
    ...labelRules(),
  ];
}

/** Built once per theme; `cy.style(...)` is called with one of these only when the theme changes. */
export const STYLESHEETS: Readonly<Record<Theme, StylesheetJsonBlock[]>> = {
  light: buildStylesheet(PALETTES.light),
  dark: buildStylesheet(PALETTES.dark),
};

import type { StylesheetJsonBlock } from 'cytoscape';
import { ACTOR_KINDS, QUADS } from '../domain/types';
import { KIND_SHAPES, type Palette } from './palette';

/** The one stylesheet: visual state is expressed as classes, never as per-element styles. */
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
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        width: 'mapData(evidenceCount, 1, 5, 1.5, 5)' as never,
        'curve-style': 'bezier',
        'control-point-step-size': 48,
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
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge.negated', style: { 'line-style': 'dashed', opacity: 0.7 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.3 } },
    {
      selector: 'node.is-selected',
      style: { 'border-color': p.selected, 'border-width': 4, 'z-index': 10 },
    },
    {
      selector: 'edge.is-selected',
      style: { width: 6, 'z-index': 10, 'font-size': 11, 'font-weight': 700, opacity: 1 },
    },
  ];
}

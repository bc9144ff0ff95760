import type { StylesheetJsonBlock } from 'cytoscape';
import { DARK, LIGHT, type Palette } from './palette';

/**
 * Colours of a comparison of sources: blue and orange from the Okabe–Ito set (told apart with any
 * colour vision), lighter on the dark background; "both" in the text colour, drawn thicker.
 */
export const COMPARE_COLOURS = {
  light: { onlyA: '#0072b2', onlyB: '#d55e00', both: LIGHT.text },
  dark: { onlyA: '#56b4e9', onlyB: '#f0a040', both: DARK.text },
} as const;

/**
 * The paths panel's rules, after the theme's own so they win: a path keeps its relation colours
 * under a halo in the focus colour, its actors ringed and its two ends ringed twice; a comparison
 * recolours each relation by its class. What the panel does not mark fades like focus does, and what
 * the panel marks stays in full even when a selection fades the rest of the graph.
 */
export function pathMarksStyles(p: Palette): StylesheetJsonBlock[] {
  const compare = p === DARK ? COMPARE_COLOURS.dark : COMPARE_COLOURS.light;
  return [
    { selector: '.analysis-faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    {
      selector: 'edge.path-step',
      style: {
        width: 5,
        'underlay-color': p.focus,
        'underlay-padding': 5,
        'underlay-opacity': 0.3,
        'z-index': 9,
      },
    },
    { selector: 'node.path-actor', style: { 'border-color': p.focus, 'border-width': 4 } },
    {
      selector: 'node.path-end',
      style: {
        'border-width': 7,
        'border-style': 'double',
        'underlay-color': p.focus,
        'underlay-padding': 6,
        'underlay-opacity': 0.3,
      },
    },
    {
      selector: '.path-step.faded, .path-actor.faded, .compared.faded',
      style: { opacity: 1, 'text-opacity': 1 },
    },
    {
      selector: 'edge.compare-onlyA',
      style: { 'line-color': compare.onlyA, 'target-arrow-color': compare.onlyA, width: 3.5 },
    },
    {
      selector: 'edge.compare-onlyB',
      style: { 'line-color': compare.onlyB, 'target-arrow-color': compare.onlyB, width: 3.5 },
    },
    {
      selector: 'edge.compare-both',
      style: { 'line-color': compare.both, 'target-arrow-color': compare.both, width: 5 },
    },
  ];
}

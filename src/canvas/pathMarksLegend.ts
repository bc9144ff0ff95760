import type { EdgeSingular } from 'cytoscape';
import { COMPARE_CLASSES, COMPARE_LABELS } from '../domain/compareSources';
import type { LegendEntry } from './exportCaption';

/** Relations recoloured by a comparison of sources: their quad colours no longer apply. */
export const isCompared = (edge: EdgeSingular): boolean => edge.hasClass('compared');

/** Legend entries for what the paths panel marks in the image, read from the drawn styles. */
export function pathMarksLegend(edges: readonly EdgeSingular[]): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const step = edges.find((e) => e.hasClass('path-step'));
  if (step) {
    entries.push({
      type: 'edge',
      label: 'on a shortest path (the rest faded)',
      colour: String(step.style('underlay-color')),
    });
  }
  for (const cls of COMPARE_CLASSES) {
    const edge = edges.find((e) => e.hasClass(`compare-${cls}`));
    if (edge) {
      entries.push({
        type: 'edge',
        label: `${COMPARE_LABELS[cls].toLowerCase()} of the compared sources`,
        colour: String(edge.style('line-color')),
      });
    }
  }
  return entries;
}

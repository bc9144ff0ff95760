/**
 * Analysis on the canvas: actor size from a measure and fill from a community, pushed into cy as
 * two data fields (`measureSize`, 0–1, and `community`, an index) that stylesheet mappers read, in
 * one batch. Elements are never rebuilt, and nodes without the fields keep the kind's look.
 */
import type { Core, NodeSingular, StylesheetJsonBlock } from 'cytoscape';
import { sizeScale } from '../domain/measures';
import type { AnalysisResult } from '../store/analysisSlice';
import type { SizeMeasure } from '../domain/measures';

/**
 * Community fills, largest community first: mid-tone hues (Tableau 10 without its grey) that stand
 * out on the light and the dark background alike, so one list serves both themes.
 */
export const COMMUNITY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
] as const;
/** Communities past the palette (the small ones) share a neutral grey. */
export const OTHER_COMMUNITY_COLOUR = '#8c939d';

export const communityColour = (index: number): string => COMMUNITY_COLOURS[index] ?? OTHER_COMMUNITY_COLOUR;

/** Smallest and largest actor size in model pixels (an actor is otherwise 34). */
export const MEASURE_SIZE_RANGE = [18, 78] as const;

/** The stylesheet's analysis block: after the kind and file colours, so it wins over them. */
export function analysisRules(): StylesheetJsonBlock[] {
  const [small, large] = MEASURE_SIZE_RANGE;
  const size = `mapData(measureSize, 0, 1, ${small}, ${large})`;
  return [
    { selector: 'node[measureSize]', style: { width: size as never, height: size as never } },
    ...COMMUNITY_COLOURS.map((colour, i) => ({
      selector: `node[community = ${i}]`,
      style: { 'background-color': colour },
    })),
    {
      selector: `node[community >= ${COMMUNITY_COLOURS.length}]`,
      style: { 'background-color': OTHER_COMMUNITY_COLOUR },
    },
  ];
}

/** Set, change or clear the two fields on every node, touching only those whose value changes. */
export function syncMeasures(
  cy: Core,
  result: AnalysisResult | null,
  sizeBy: SizeMeasure,
  byCommunity: boolean,
): void {
  const size = new Map<string, number>();
  const measure = result?.measure;
  if (measure && measure.measure === sizeBy) {
    let min = Infinity;
    let max = -Infinity;
    for (const v of measure.values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    result.actorIds.forEach((id, i) => size.set(id, sizeScale(measure.values[i]!, min, max)));
  }
  const community = new Map<string, number>();
  const groups = result?.communities;
  if (groups && byCommunity) result.actorIds.forEach((id, i) => community.set(id, groups.of[i]!));
  cy.batch(() => {
    // removeData does not restyle (unlike data): those nodes are restyled together at the end.
    const cleared: NodeSingular[] = [];
    cy.nodes().forEach((node) => {
      for (const [field, values] of [
        ['measureSize', size],
        ['community', community],
      ] as const) {
        const value = values.get(node.id());
        if (value === node.data(field)) continue;
        if (value !== undefined) node.data(field, value);
        else {
          node.removeData(field);
          cleared.push(node);
        }
      }
    });
    // Cytoscape's own restyle of a collection (not in its type declarations).
    if (cleared.length > 0)
      (cy.collection(cleared as never) as unknown as { updateStyle(): void }).updateStyle();
  });
}

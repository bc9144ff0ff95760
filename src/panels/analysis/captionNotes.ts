import { formatMeasure, SIZE_MEASURE_LABELS, type SizeMeasure } from '../../domain/measures';
import type { AnalysisResult } from '../../store/analysisSlice';

/**
 * What size and colour mean in an exported image, in words for its caption: the image must not be
 * read as if every actor were drawn alike. Nothing when the canvas shows neither.
 */
export function analysisCaptionNotes(
  sizeBy: SizeMeasure,
  byCommunity: boolean,
  result: AnalysisResult | null,
): string[] {
  const notes: string[] = [];
  const measure = result?.measure;
  if (sizeBy !== 'none' && measure?.measure === sizeBy && measure.values.length > 0) {
    let min = Infinity;
    let max = -Infinity;
    for (const v of measure.values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    notes.push(
      `Actor size: ${SIZE_MEASURE_LABELS[sizeBy]}, from ${formatMeasure(min)} to ${formatMeasure(max)}, on the graph as filtered${measure.sampledFrom ? ` (estimated from ${measure.sampledFrom} sampled actors)` : ''}.`,
    );
  }
  const groups = result?.communities;
  if (byCommunity && groups) {
    notes.push(
      `Actor colour: Louvain community (${groups.count} ${groups.count === 1 ? 'community' : 'communities'}, modularity ${groups.modularity.toFixed(2)}); shape: kind.`,
    );
  }
  return notes;
}

import type { Core, ElementDefinition } from 'cytoscape';
import type { Visibility } from '../domain/filters';
import { mergedLabel, type MergedView } from '../domain/parallel';
import { classOnlyBatch } from './canvasListeners';
import { applyVisibilityChanges, rememberVisibility } from './visibilityDiff';

/** A User Timing mark: when cy holds a new visibility (the bench reads it by this name). */
const VISIBILITY_APPLIED = 'visibility-applied';

export const mergedEdgeId = (pairKey: string): string => `merged:${pairKey}`;

/**
 * Hide by class, in one batch: cheaper than removing elements and keeps every position. Relations
 * drawn inside a merged pair edge get `merged-away`; the pair edges themselves are added, updated
 * and removed here, so merging never touches the graph's own elements.
 */
export function syncVisibility(cy: Core, visibility: Visibility, merged: MergedView): void {
  let mergedChanged = true;
  classOnlyBatch(cy, () => {
    // Usually only what changed since the last call is touched (visibilityDiff.ts).
    const update = applyVisibilityChanges(cy, visibility, merged);
    if (!update.applied) markAll(cy, visibility, merged);
    mergedChanged = update.mergedChanged;
  });
  // Adds and removes pair edges: the app's handlers (labels, the tooltip) must see that.
  if (mergedChanged) cy.batch(() => syncMerged(cy, merged));
  // When cy holds the new visibility, for profiles and the bench; one entry, not one per change.
  performance.clearMarks(VISIBILITY_APPLIED);
  performance.mark(VISIBILITY_APPLIED);
}

function markAll(cy: Core, visibility: Visibility, merged: MergedView): void {
  cy.edges()
    .not('.merged')
    .forEach((edge) => {
      const hidden = !visibility.relations.has(edge.id());
      if (hidden !== edge.hasClass('hidden')) edge.toggleClass('hidden', hidden);
      const away = merged.mergedAway.has(edge.id());
      if (away !== edge.hasClass('merged-away')) edge.toggleClass('merged-away', away);
    });
  cy.nodes().forEach((node) => {
    const hidden = !visibility.actors.has(node.id());
    if (hidden !== node.hasClass('hidden')) node.toggleClass('hidden', hidden);
  });
  rememberVisibility(cy, visibility, merged);
}

/** Whether cy holds any merged pair edge: most views merge nothing, and finding none costs a scan. */
const holdsMerged = new WeakMap<Core, boolean>();

function syncMerged(cy: Core, merged: MergedView): void {
  if (merged.pairs.length === 0 && holdsMerged.get(cy) === false) return;
  holdsMerged.set(cy, merged.pairs.length > 0);
  const wanted = new Map<string, ElementDefinition>();
  for (const pair of merged.pairs) {
    if (cy.getElementById(pair.source).empty() || cy.getElementById(pair.target).empty()) continue;
    wanted.set(mergedEdgeId(pair.key), {
      group: 'edges',
      data: {
        id: mergedEdgeId(pair.key),
        source: pair.source,
        target: pair.target,
        pairKey: pair.key,
        members: pair.relationIds,
        label: mergedLabel(pair),
        quad: pair.quad,
        evidenceCount: pair.evidenceCount,
      },
      classes: pair.directed ? 'merged directed' : 'merged',
    });
  }
  cy.edges('.merged')
    .filter((e) => !wanted.has(e.id()))
    .remove();
  const added: ElementDefinition[] = [];
  for (const [id, def] of wanted) {
    const existing = cy.getElementById(id);
    if (existing.empty()) {
      added.push(def);
    } else if (
      existing.data('label') !== def.data.label ||
      existing.data('source') !== def.data.source ||
      existing.data('evidenceCount') !== def.data.evidenceCount
    ) {
      existing.remove();
      added.push(def);
    }
  }
  if (added.length > 0) cy.add(added);
}

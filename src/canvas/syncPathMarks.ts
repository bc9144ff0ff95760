import type { Collection, Core, EdgeSingular } from 'cytoscape';
import type { PathMarks } from '../domain/pathMarks';
import type { CompareClass } from '../domain/compareSources';

/** Every class this module sets; cleared together before each marking. */
export const ANALYSIS_CLASSES = [
  'path-step',
  'path-actor',
  'path-end',
  'analysis-faded',
  'compare-onlyA',
  'compare-onlyB',
  'compare-both',
  'compared',
] as const;
const ALL = ANALYSIS_CLASSES.join(' ');

const marked = new WeakMap<Core, Collection>();

/** A merged pair edge stands for its members: it carries a mark when every member shares it. */
function members(edge: EdgeSingular): readonly string[] {
  const ids: unknown = edge.data('members');
  return Array.isArray(ids) ? (ids as string[]) : [edge.id()];
}

/**
 * Mark the paths panel's result on the canvas in one batch: the path's actors and relations stand
 * out and the rest fades, or each compared relation takes its class (only A, only B, both) and the
 * relations of neither set fade with the actors they alone connect.
 */
export function syncPathMarks(cy: Core, marks: PathMarks | null): void {
  cy.batch(() => {
    const last = marked.get(cy);
    if (last) last.removeClass(ALL);
    else cy.elements(ANALYSIS_CLASSES.map((c) => `.${c}`).join(', ')).removeClass(ALL);
    if (!marks) {
      marked.set(cy, cy.collection());
      return;
    }
    if (marks.kind === 'path') {
      const onPath = (edge: EdgeSingular) => members(edge).some((id) => marks.relations.has(id));
      cy.edges().forEach((edge) => {
        edge.addClass(onPath(edge) ? 'path-step' : 'analysis-faded');
      });
      cy.nodes().forEach((node) => {
        const id = node.id();
        if (marks.ends.includes(id)) node.addClass('path-actor path-end');
        else node.addClass(marks.actors.has(id) ? 'path-actor' : 'analysis-faded');
      });
    } else {
      const kept = new Set<string>();
      cy.edges().forEach((edge) => {
        const classes = new Set<CompareClass | undefined>(members(edge).map((id) => marks.classes.get(id)));
        const [only] = classes;
        if (classes.size === 1 && only === undefined) {
          edge.addClass('analysis-faded');
          return;
        }
        // A merged pair whose members differ stays in its own colours, not faded.
        edge.addClass(classes.size === 1 && only !== undefined ? `compared compare-${only}` : 'compared');
        kept.add(edge.data('source') as string);
        kept.add(edge.data('target') as string);
      });
      cy.nodes().forEach((node) => {
        node.addClass(kept.has(node.id()) ? 'compared' : 'analysis-faded');
      });
    }
    marked.set(cy, cy.elements(ANALYSIS_CLASSES.map((c) => `.${c}`).join(', ')));
  });
}

import type { CompareClass } from './compareSources';

/**
 * What the canvas marks for the paths panel: the actors and relations of the listed shortest paths
 * (the rest faded), or each relation's class in a comparison of sources (relations of neither set
 * faded). Empty path sets with ends mean "no path": only the two ends stand out.
 */
export type PathMarks =
  | {
      readonly kind: 'path';
      readonly actors: ReadonlySet<string>;
      readonly relations: ReadonlySet<string>;
      readonly ends: readonly string[];
    }
  | { readonly kind: 'compare'; readonly classes: ReadonlyMap<string, CompareClass> };

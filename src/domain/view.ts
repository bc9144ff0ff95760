import { DEFAULT_FILTERS, unknownFilterIds, type Filters } from './filters';
import { DEFAULT_FOCUS_SETTINGS, type FocusSettings } from './focus';
import type { PathDirection } from './paths';
import { DEFAULT_SIZE_MEASURE, type SizeMeasure } from './measures';
import type { Graph } from './types';

/** What the user clicked: one relation (edge) or one actor (node). */
export type Selection =
  | { readonly kind: 'relation'; readonly id: string; readonly evidenceIndex: number }
  | { readonly kind: 'actor'; readonly id: string };

/** `file`: the positions a graph file from another tool carried (Actor.position). */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'circle', 'grid', 'breadthfirst', 'file'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

export const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Breadth-first',
  file: "The file's layout",
};

/** The paths panel in a link: two actors and a direction, or two sets of sources compared. */
export type PathsView =
  | {
      readonly tool: 'paths';
      readonly from: string | null;
      readonly to: string | null;
      readonly direction: PathDirection;
    }
  | { readonly tool: 'compare'; readonly a: readonly string[]; readonly b: readonly string[] };

/**
 * Everything a permalink reproduces. Theme and merging are the reader's own preferences: the address
 * bar leaves them out, and only a copied link carries them (as the sender saw the view).
 */
export interface ViewState {
  readonly filters: Filters;
  /** The actor whose neighbourhood is in focus, or null for no focus. */
  readonly focusActor: string | null;
  readonly focusSettings: FocusSettings;
  readonly selection: Selection | null;
  readonly layout: LayoutName;
  /** The paths panel, when it is open; absent or null when it is closed. */
  readonly paths?: PathsView | null;
  /** What actor size means (a centrality measure), and whether colour shows Louvain communities. */
  readonly sizeBy: SizeMeasure;
  readonly colourByCommunity: boolean;
  /** The theme the link was made in; absent: the reader's own. */
  readonly theme?: Theme;
  /** Whether parallel relations were merged; absent: the reader's own. */
  readonly mergeParallel?: boolean;
  /** A story being presented at a step (0-based); null: none; absent: whatever is on screen stays. */
  readonly story?: StoryAt | null;
}

export interface StoryAt {
  readonly id: string;
  readonly step: number;
}

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  focusActor: null,
  focusSettings: DEFAULT_FOCUS_SETTINGS,
  selection: null,
  layout: DEFAULT_LAYOUT,
  sizeBy: DEFAULT_SIZE_MEASURE,
  colourByCommunity: false,
};

/**
 * Ids in a view that the graph does not have (a link made with another graph or an article since
 * removed). One message per id, for the notice.
 */
export function unknownReferences(view: ViewState, graph: Graph): string[] {
  const actors = new Set(graph.actors.map((a) => a.id));
  const relations = new Map(graph.relations.map((r) => [r.id, r]));
  const sources = new Set(graph.sources.map((s) => s.id));
  const problems = unknownFilterIds(view.filters, graph);
  if (view.focusActor !== null && !actors.has(view.focusActor)) {
    problems.push(`no actor "${view.focusActor}" to focus on`);
  }
  const sel = view.selection;
  if (sel?.kind === 'actor' && !actors.has(sel.id)) problems.push(`no actor "${sel.id}"`);
  if (sel?.kind === 'relation') {
    const relation = relations.get(sel.id);
    if (!relation) problems.push(`no relation "${sel.id}"`);
    else if (sel.evidenceIndex >= Math.max(1, relation.evidence.length)) {
      problems.push(`relation "${sel.id}" has no sentence ${sel.evidenceIndex + 1}`);
    }
  }
  const paths = view.paths;
  if (paths?.tool === 'paths') {
    for (const id of [paths.from, paths.to]) {
      if (id !== null && !actors.has(id)) problems.push(`no actor "${id}" for a path`);
    }
  }
  if (paths?.tool === 'compare') {
    for (const id of [...paths.a, ...paths.b])
      if (!sources.has(id)) problems.push(`no source "${id}" to compare`);
  }
  return problems;
}

/** The two looks; a reader may also follow the system's. */
export const THEMES = ['light', 'dark'] as const;
export const THEME_CHOICES = ['system', ...THEMES] as const;
/** "system" follows the operating system's light or dark setting. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = (typeof THEMES)[number];

/** The reader's own settings, kept across reloads (not part of a shared link). */
export interface Preferences {
  readonly theme: ThemeChoice;
  readonly mergeParallel: boolean;
  readonly layout: LayoutName;
}

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  mergeParallel: false,
  layout: DEFAULT_LAYOUT,
};

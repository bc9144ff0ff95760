import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Graph } from '../domain/types';
import { useAppStore } from '../store';
import { selectMergedView, selectTheme, selectVisibility } from '../store/selectors';
import { syncMeasures } from './analysisStyle';
import { bindEvents } from './bindEvents';
import { CanvasTooltip } from './CanvasTooltip';
import { setCy } from './currentCy';
import { subscribeFirst } from './subscribeFirst';
import { mountPathMarks } from './mountPathMarks';
import { mountRefit } from './refit';
import { layoutElements, runLayout } from './layout';
import { applyScaleStyle, scaleTier } from './scale';
import { STYLESHEETS } from './stylesheet';
import { syncElements } from './syncElements';
import { syncEmphasis } from './syncEmphasis';
import { syncVisibility } from './syncVisibility';
import { rootActor } from './viewport';

// Module constants: react-cytoscapejs re-applies inline stylesheets and layouts on every render.
const NO_ELEMENTS: never[] = [];
const PRESET = { name: 'preset' };
const INITIAL_STYLESHEET = STYLESHEETS.light;
const CANVAS_STYLE = { width: '100%', height: '100%' };

/** Store → cy, one subscription per concern, each ahead of the panels'; each listener works in one cy.batch(). */
function subscribeCanvas(cy: Core): () => void {
  type State = ReturnType<typeof useAppStore.getState>;
  const visibilityAndMerge = (s: State) => [selectVisibility(s), selectMergedView(s)] as const;
  // Re-marked when elements come or go (a new graph, merged pairs), so new edges fade like the rest.
  const emphasis = (s: State) =>
    [s.selection, selectVisibility(s).focus ?? null, s.graph, selectMergedView(s)] as const;
  const equal = (a: readonly unknown[], b: readonly unknown[]) => a.every((x, i) => Object.is(x, b[i]));
  /** The graph cy holds, so the next sync compares only what changed. */
  let shown: Graph | undefined;
  const unsubscribers = [
    // The theme first, so the first drawing is already in the right colours; large graphs get
    // the cheaper variant of it (scale.ts) before their elements are added.
    subscribeFirst(
      (s) => [selectTheme(s), scaleTier(s.graph.relations.length)] as const,
      ([theme, tier]) => applyScaleStyle(cy, STYLESHEETS[theme], tier),
      { equal },
    ),
    subscribeFirst(
      (s) => s.graph,
      (graph) => {
        syncElements(cy, graph, useAppStore.getState().layout, shown);
        shown = graph;
      },
    ),
    subscribeFirst(visibilityAndMerge, ([v, merged]) => syncVisibility(cy, v, merged), { equal }),
    subscribeFirst(emphasis, ([selection, focus]) => syncEmphasis(cy, selection, focus), { equal }),
    // The paths panel's marks, loaded with the panel.
    mountPathMarks(cy),
    // Measure sizes and community colours; the graph too, so actors added later are included.
    subscribeFirst(
      (s) => [s.analysis, s.sizeBy, s.colourByCommunity, s.graph] as const,
      ([result, sizeBy, byCommunity]) => syncMeasures(cy, result, sizeBy, byCommunity),
      { equal },
    ),
    // Which labels show and how large, after visibility and emphasis are applied (loaded after start).
    mountLater(() => import('./labelDeclutter').then((m) => m.mountLabelPriority), cy),
    // A new layout choice lays out what is visible now; filtering alone never moves actors.
    subscribeFirst(
      (s) => s.layout,
      (layout) => runLayout(cy, layout, layoutElements(cy), rootActor()),
      { immediately: false },
    ),
  ];
  return () => unsubscribers.forEach((u) => u());
}

/** Mount a canvas module that loads on demand; the returned function stops it, loaded or not. */
function mountLater(load: () => Promise<(cy: Core) => () => void>, cy: Core): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void load().then((mount) => {
    if (!stopped && !cy.destroyed()) stop = mount(cy);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

/**
 * Mounts Cytoscape once and keeps it in step with the store through subscriptions, so store
 * changes never re-render this component and never rebuild all elements.
 */
export function GraphCanvas() {
  const cyRef = useRef<Core | null>(null);
  const [cy, setMounted] = useState<Core | null>(null);

  useEffect(() => {
    if (!cy) return;
    setCy(cy);
    const unbind = bindEvents(cy);
    const unsubscribe = subscribeCanvas(cy);
    // After the subscriptions, so a focus is applied before the view is fitted to it.
    const unfit = mountRefit(cy);
    return () => {
      unfit();
      unbind();
      unsubscribe();
      setCy(null);
    };
  }, [cy]);

  return (
    <div
      className="canvas"
      role="img"
      aria-label="Actor graph: actors as nodes, relations as edges. The relation table lists the same relations."
    >
      <CytoscapeComponent
        elements={NO_ELEMENTS}
        layout={PRESET}
        stylesheet={INITIAL_STYLESHEET}
        style={CANVAS_STYLE}
        boxSelectionEnabled={false}
        autounselectify
        cy={(instance) => {
          // Called on every render of the wrapper: act only when the instance is new.
          if (cyRef.current !== instance) {
            cyRef.current = instance;
            setMounted(instance);
          }
        }}
      />
      {cy && <CanvasTooltip cy={cy} />}
    </div>
  );
}

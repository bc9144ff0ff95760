import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useAppStore } from '../store';
import { selectVisibility } from '../store/selectors';
import { bindEvents } from './bindEvents';
import { setCy } from './currentCy';
import { LIGHT } from './palette';
import { buildStylesheet } from './stylesheet';
import { syncElements } from './syncElements';
import { syncSelection } from './syncSelection';
import { syncVisibility } from './syncVisibility';

// Module constants: react-cytoscapejs re-applies inline stylesheets and layouts on every render.
const NO_ELEMENTS: never[] = [];
const PRESET = { name: 'preset' };
const STYLESHEET = buildStylesheet(LIGHT);
const CANVAS_STYLE = { width: '100%', height: '100%' };

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
    const store = useAppStore;
    const unbind = bindEvents(cy);
    const unsubscribers = [
      store.subscribe(
        (s) => s.graph,
        (graph) => syncElements(cy, graph),
        { fireImmediately: true },
      ),
      store.subscribe(selectVisibility, (v) => syncVisibility(cy, v), { fireImmediately: true }),
      store.subscribe(
        (s) => s.selection,
        (sel) => syncSelection(cy, sel),
        { fireImmediately: true },
      ),
    ];
    return () => {
      unbind();
      unsubscribers.forEach((u) => u());
      setCy(null);
    };
  }, [cy]);

  return (
    <div className="canvas" role="img" aria-label="Actor graph: actors as nodes, relations as edges">
      <CytoscapeComponent
        elements={NO_ELEMENTS}
        layout={PRESET}
        stylesheet={STYLESHEET}
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
    </div>
  );
}

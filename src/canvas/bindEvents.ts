import type { Core, EventObject } from 'cytoscape';
import { useAppStore } from '../store';
import { holdRedrawWhilePressed, panelsFirst } from './redrawHold';
import { listen } from './canvasListeners';

/** Canvas input → store actions. Returns the function that unbinds exactly these handlers. */
export function bindEvents(cy: Core): () => void {
  const onEdge = (e: EventObject) => {
    panelsFirst(cy);
    const store = useAppStore.getState();
    // A merged pair edge opens up into its relations; a relation edge is selected.
    if (e.target.hasClass('merged')) store.expandPair(e.target.data('pairKey') as string);
    else store.selectRelation(e.target.id());
  };
  const onNode = (e: EventObject) => {
    panelsFirst(cy);
    useAppStore.getState().selectActor(e.target.id());
  };
  const onBackground = (e: EventObject) => {
    if (e.target === cy) useAppStore.getState().clearSelection();
  };
  const unhold = holdRedrawWhilePressed(cy);
  const unlisten = [
    listen(cy, 'tap', 'edge', onEdge),
    listen(cy, 'tap', 'node', onNode),
    listen(cy, 'tap', onBackground),
  ];
  return () => {
    for (const off of unlisten) off();
    unhold();
  };
}

import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import { useAppStore } from '../store';
import { selectVisibility } from '../store/selectors';
import { describeActor, describePair, describeRelation, type ElementSummary } from './describeElement';
import { listen } from './canvasListeners';

interface Tip extends ElementSummary {
  readonly x: number;
  readonly y: number;
  /** Open towards the left/top when the pointer is near the right/bottom edge. */
  readonly flipX: boolean;
  readonly flipY: boolean;
}

function summarise(e: EventObject): ElementSummary | null {
  const state = useAppStore.getState();
  const el = e.target;
  if (el.isNode()) return describeActor(state, el.id(), selectVisibility(state).relations);
  if (el.hasClass('merged')) return describePair(state, el.data('members') as string[]);
  return describeRelation(state, el.id());
}

/** Hover card for actors and relations; text only, and it never takes the pointer. */
export function CanvasTooltip({ cy }: { cy: Core }) {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const show = (e: EventObject) => {
      const summary = summarise(e);
      if (!summary) return;
      const { x, y } = e.renderedPosition;
      setTip({ ...summary, x, y, flipX: x > cy.width() - 260, flipY: y > cy.height() - 110 });
    };
    const hide = () => setTip(null);
    const unlisten = [
      listen(cy, 'mouseover', 'node, edge', show),
      listen(cy, 'mouseout', 'node, edge', hide),
      // A click acts on the element (selects it, opens the panel): the card has done its job.
      listen(cy, 'viewport grab remove tap', hide),
    ];
    return () => {
      for (const off of unlisten) off();
    };
  }, [cy]);
  if (!tip) return null;
  const style = {
    left: tip.x,
    top: tip.y,
    transform: `translate(${tip.flipX ? 'calc(-100% - 14px)' : '14px'}, ${tip.flipY ? 'calc(-100% - 14px)' : '14px'})`,
  };
  return (
    <div className="canvas-tooltip" role="tooltip" data-testid="canvas-tooltip" style={style}>
      <strong>{tip.title}</strong>
      {tip.lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  );
}

/**
 * The bench baseline: react-cytoscapejs used the way its README and most tutorials show, with a new
 * elements array, an inline stylesheet and an inline layout on every render. It is naive but not
 * sabotaged: the tap handler is bound once, and the layout options are plain values, so the layout
 * itself is not re-run on each render (that trap would make the baseline too slow to measure).
 */
import type { Core, LayoutOptions } from 'cytoscape';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import CytoscapeComponent from 'react-cytoscapejs';
import { mulberry32 } from '../../src/domain/random';
import type { Graph } from '../../src/domain/types';

cytoscape.use(fcose);
// fcose takes no seed: a seeded Math.random gives the same layout work on every load.
Math.random = mulberry32(20250511);

// Bench instrumentation, not part of the pattern: time each layout run as the app does, with a
// User Timing measure named `layout`. fcose's own layout events fire only after it has computed.
const fcoseProto = Object.getPrototypeOf(cytoscape({ headless: true }).layout({ name: 'fcose' })) as {
  run(this: unknown): unknown;
};
const runFcose = fcoseProto.run;
fcoseProto.run = function timedRun(this: unknown) {
  const start = performance.now();
  try {
    return runFcose.call(this);
  } finally {
    performance.measure('layout', { start });
  }
};

declare global {
  interface Window {
    baseline?: {
      load: (graph: Graph) => void;
      /** A time window of days ('' leaves an end open), applied at once as a date input's change would be. */
      setWindow: (from: string, to: string) => void;
    };
  }
}

function App() {
  const [graph, setGraph] = useState<Graph | null>(null);
  const [hidden, setHidden] = useState<string[]>([]);
  const [dateWindow, setDateWindow] = useState({ from: '', to: '' });
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    window.baseline = {
      load: setGraph,
      setWindow: (from, to) => flushSync(() => setDateWindow({ from, to })),
    };
  }, []);
  // Bench instrumentation: react-cytoscapejs updates cy while committing; this layout effect runs
  // right after it, so the mark says when cy held the new elements (the app marks the same moment).
  useLayoutEffect(() => {
    performance.clearMarks('visibility-applied');
    performance.mark('visibility-applied');
  });

  if (!graph) return <p>Waiting for a graph.</p>;

  // A relation is dated by its sentences' sources: it shows while one of them is inside the window.
  // Skipped while no window is set, so the other bench rows measure what they did before.
  const windowed = dateWindow.from !== '' || dateWindow.to !== '';
  const published = new Map(windowed ? graph.sources.map((s) => [s.id, s.published]) : []);
  const inWindow = (r: Graph['relations'][number]) =>
    !windowed ||
    r.evidence.some((e) => {
      const date = e.date ?? published.get(e.sourceId) ?? '';
      return (
        (dateWindow.from === '' || date >= dateWindow.from) && (dateWindow.to === '' || date <= dateWindow.to)
      );
    });
  const elements = [
    ...graph.actors.map((a) => ({ data: { id: a.id, label: a.label, kind: a.kind } })),
    ...graph.relations
      .filter((r) => !hidden.includes(r.type) && inWindow(r))
      .map((r) => {
        const type = graph.relationTypes.find((t) => t.id === r.type);
        return {
          data: { id: r.id, source: r.source, target: r.target, label: type?.label, quad: type?.quad },
        };
      }),
  ];
  const relation = selected ? graph.relations.find((r) => r.id === selected) : undefined;

  const exportPng = async () => {
    const cy = cyRef.current;
    if (!cy) return;
    setBusy(true);
    try {
      const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'baseline.png';
      a.click();
      URL.revokeObjectURL(a.href);
    } catch (err) {
      setMessage(`PNG export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ display: 'grid', gridTemplateColumns: '250px 1fr 400px', height: '100%' }}>
      <aside style={{ overflow: 'auto', padding: 8 }}>
        <button type="button" onClick={exportPng} disabled={busy}>
          {busy ? 'Exporting…' : 'Export PNG'}
        </button>
        {message && <p data-testid="notice">{message}</p>}
        {graph.relationTypes.map((t) => (
          <label key={t.id} style={{ display: 'block' }}>
            <input
              type="checkbox"
              data-type-id={t.id}
              checked={!hidden.includes(t.id)}
              onChange={() =>
                setHidden((h) => (h.includes(t.id) ? h.filter((x) => x !== t.id) : [...h, t.id]))
              }
            />
            {t.label}
          </label>
        ))}
      </aside>
      <CytoscapeComponent
        elements={elements}
        style={{ width: '100%', height: '100%' }}
        layout={
          {
            name: 'fcose',
            quality: graph.actors.length > 800 ? 'draft' : 'default',
            animate: false,
          } as LayoutOptions
        }
        stylesheet={[
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              width: 34,
              height: 34,
              'font-size': 15,
              'text-valign': 'bottom',
              'text-outline-color': '#ffffff',
              'text-outline-width': 2,
              'min-zoomed-font-size': 6,
            },
          },
          {
            selector: 'node[kind = "state"]',
            style: { 'background-color': '#2f6db5', shape: 'round-rectangle' },
          },
          { selector: 'node[kind = "person"]', style: { 'background-color': '#e07a1f' } },
          {
            selector: 'node[kind = "organization"]',
            style: { 'background-color': '#7b4bb7', shape: 'hexagon' },
          },
          {
            selector: 'edge',
            style: {
              label: 'data(label)',
              width: 2,
              'curve-style': 'bezier',
              'target-arrow-shape': 'triangle',
              'font-size': 11,
              'text-rotation': 'autorotate',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'min-zoomed-font-size': 7,
            },
          },
          {
            selector: 'edge[quad <= 2]',
            style: { 'line-color': '#3a9d5d', 'target-arrow-color': '#3a9d5d' },
          },
          {
            selector: 'edge[quad >= 3]',
            style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' },
          },
        ]}
        cy={(cy) => {
          if (cyRef.current === cy) return;
          cyRef.current = cy;
          window.cy = cy; // the bench finds the instance where it finds the app's
          cy.on('tap', 'edge', (e) => setSelected(e.target.id()));
        }}
      />
      <aside style={{ overflow: 'auto', padding: 8 }}>
        {relation ? (
          <section>
            <h2 data-testid="relation-heading">
              {relation.source} — {relation.type} → {relation.target}
            </h2>
            <ol data-testid="evidence-list">
              {relation.evidence.map((ev) => (
                <li key={ev.start}>{ev.quote}</li>
              ))}
            </ol>
          </section>
        ) : (
          <p>Nothing selected.</p>
        )}
      </aside>
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<App />);

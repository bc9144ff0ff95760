import { FOCUS_DEPTHS, FOCUS_DIRECTIONS, type FocusDepth, type FocusDirection } from '../../domain/focus';
import { useAppStore } from '../../store';

const DIRECTION_LABELS: Record<FocusDirection, string> = {
  both: 'Both ways',
  out: 'Outgoing (what it does)',
  in: 'Incoming (what is done to it)',
};

/** Narrow the graph to the neighbourhood of one actor: depth, direction, fade or hide the rest. */
export function FocusControls() {
  const focusActor = useAppStore((s) => s.focusActor);
  const settings = useAppStore((s) => s.focusSettings);
  const selection = useAppStore((s) => s.selection);
  const actors = useAppStore((s) => s.index.actors);
  const { focusOn, clearFocus, setFocusSettings } = useAppStore.getState();
  const selectedActor = selection?.kind === 'actor' ? actors.get(selection.id) : undefined;
  const focused = focusActor === null ? undefined : actors.get(focusActor);

  return (
    <section className="panel-section focus-controls" aria-labelledby="focus-heading">
      <h2 id="focus-heading">Focus</h2>
      {focused ? (
        <p className="focus-status" data-testid="focus-status">
          Around <strong>{focused.label}</strong>
        </p>
      ) : (
        <p className="meta">Select an actor, then focus on its neighbourhood.</p>
      )}
      <div className="row">
        <button
          type="button"
          onClick={() => selectedActor && focusOn(selectedActor.id)}
          disabled={!selectedActor || selectedActor.id === focusActor}
        >
          {selectedActor ? `Focus on ${selectedActor.label}` : 'Focus on selected actor'}
        </button>
        <button type="button" onClick={clearFocus} disabled={focusActor === null}>
          Clear focus
        </button>
      </div>
      <div className="field-grid">
        <label htmlFor="focus-depth">Depth</label>
        <select
          id="focus-depth"
          value={settings.depth}
          onChange={(e) => setFocusSettings({ depth: Number(e.target.value) as FocusDepth })}
        >
          {FOCUS_DEPTHS.map((d) => (
            <option key={d} value={d}>
              {d} {d === 1 ? 'step' : 'steps'}
            </option>
          ))}
        </select>
        <label htmlFor="focus-direction">Direction</label>
        <select
          id="focus-direction"
          value={settings.direction}
          onChange={(e) => setFocusSettings({ direction: e.target.value as FocusDirection })}
        >
          {FOCUS_DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {DIRECTION_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <label className="toggle">
        <input
          type="checkbox"
          checked={settings.mode === 'hide'}
          onChange={(e) => setFocusSettings({ mode: e.target.checked ? 'hide' : 'fade' })}
        />
        Hide the rest (instead of fading it)
      </label>
    </section>
  );
}

import { QUADS, QUAD_LABELS } from '../domain/types';
import { LIGHT } from '../canvas/palette';
import { useAppStore } from '../store';

/** The legend is the filter: one toggle per relation type, coloured as its edges are. */
export function TypeFilter() {
  const types = useAppStore((s) => s.graph.relationTypes);
  const relations = useAppStore((s) => s.graph.relations);
  const hidden = useAppStore((s) => s.filters.hiddenTypes);
  const toggleType = useAppStore((s) => s.toggleType);
  const counts = new Map<string, number>();
  for (const r of relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return (
    <fieldset className="type-filter">
      <legend>Relation types</legend>
      {QUADS.map((quad) => {
        const ofQuad = types.filter((t) => t.quad === quad);
        if (ofQuad.length === 0) return null;
        return (
          <div key={quad} className="quad-group">
            <h3>{QUAD_LABELS[quad]}</h3>
            {ofQuad.map((t) => (
              <label key={t.id} className="toggle">
                <input
                  type="checkbox"
                  checked={!hidden.includes(t.id)}
                  onChange={() => toggleType(t.id)}
                  data-type-id={t.id}
                />
                <span className="swatch" style={{ background: LIGHT.quad[t.quad] }} aria-hidden="true" />
                {t.label} {t.directed ? '→' : '—'} <span className="count">({counts.get(t.id) ?? 0})</span>
              </label>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}

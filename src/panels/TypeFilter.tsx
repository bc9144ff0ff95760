import { useEffect, useMemo, useRef } from 'react';
import { PALETTES } from '../canvas/palette';
import { QUADS, QUAD_LABELS, type Quad, type RelationType } from '../domain/types';
import { useAppStore } from '../store';
import { selectFilterCounts, selectTheme } from '../store/selectors';

/** Types a foreign file brought in have no quad class: they are listed last, as "Other". */
const GROUPS = [...QUADS, 'other'] as const;
const OTHER_LABEL = 'Other (from imported files)';

/** A checkbox that can also show "some of these" (the native indeterminate state). */
function GroupCheckbox({
  checked,
  mixed,
  onChange,
  quad,
}: {
  checked: boolean;
  mixed: boolean;
  onChange: () => void;
  quad: Quad | 'other';
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return <input ref={ref} type="checkbox" checked={checked} onChange={onChange} data-quad={quad} />;
}

/**
 * The legend is the filter: relation types grouped by quad class, each coloured as its edges are,
 * with one switch per type and one per class. Only types the graph has relations of are listed; the
 * numbers follow the other filters (a source switched off lowers them).
 */
export function TypeFilter() {
  const allTypes = useAppStore((s) => s.graph.relationTypes);
  const hidden = useAppStore((s) => s.filters.hiddenTypes);
  const palette = PALETTES[useAppStore(selectTheme)];
  const { toggleType, setTypesShown } = useAppStore.getState();
  const { byType: counts, inGraph } = useAppStore(selectFilterCounts);
  // A type with no relation in the graph is no switch; it comes back when an article brings one.
  const types = useMemo(() => allTypes.filter((t) => (inGraph.get(t.id) ?? 0) > 0), [allTypes, inGraph]);
  const isShown = (t: RelationType) => !hidden.includes(t.id);
  return (
    <fieldset className="type-filter filter-group">
      <legend>Relation types</legend>
      <p className="meta">Numbers: relations the other filters leave.</p>
      {GROUPS.map((quad) => {
        const ofQuad = types.filter((t) => (t.quad ?? 'other') === quad);
        const colour = quad === 'other' ? palette.other : palette.quad[quad];
        if (ofQuad.length === 0) return null;
        const shown = ofQuad.filter(isShown).length;
        const total = ofQuad.reduce((n, t) => n + (counts.get(t.id) ?? 0), 0);
        return (
          <div key={quad} className="quad-group" role="group" aria-labelledby={`quad-${quad}`}>
            <label className="toggle quad-toggle" id={`quad-${quad}`}>
              <GroupCheckbox
                quad={quad}
                checked={shown === ofQuad.length}
                mixed={shown > 0 && shown < ofQuad.length}
                onChange={() =>
                  setTypesShown(
                    ofQuad.map((t) => t.id),
                    shown < ofQuad.length,
                  )
                }
              />
              <span className="swatch wide" style={{ background: colour }} aria-hidden="true" />
              {quad === 'other' ? OTHER_LABEL : QUAD_LABELS[quad]} <span className="count">({total})</span>
            </label>
            {ofQuad.map((t) => (
              <label key={t.id} className="toggle type-toggle">
                <input
                  type="checkbox"
                  checked={isShown(t)}
                  onChange={() => toggleType(t.id)}
                  data-type-id={t.id}
                />
                <span className="swatch" style={{ background: colour }} aria-hidden="true" />
                {t.label} {t.directed ? '→' : '—'} <span className="count">({counts.get(t.id) ?? 0})</span>
              </label>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}

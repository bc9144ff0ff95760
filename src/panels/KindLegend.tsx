import { KIND_SHAPES, PALETTES } from '../canvas/palette';
import { ACTOR_KINDS } from '../domain/types';
import { useAppStore } from '../store';
import { selectFilterCounts, selectTheme } from '../store/selectors';

const SHAPE_GLYPH: Record<string, string> = {
  ellipse: '●',
  'round-rectangle': '■',
  hexagon: '⬢',
  diamond: '◆',
  'round-triangle': '▲',
};

/** The actor legend is the kind filter: colour and shape per kind, each one a switch. */
export function KindLegend() {
  const counts = useAppStore(selectFilterCounts).byKind;
  const hidden = useAppStore((s) => s.filters.hiddenKinds);
  const toggleKind = useAppStore((s) => s.toggleKind);
  const palette = PALETTES[useAppStore(selectTheme)];
  return (
    <fieldset className="kind-legend filter-group">
      <legend>Actors</legend>
      <p className="meta">Numbers: actors in relations the other filters leave.</p>
      {ACTOR_KINDS.map((kind) => (
        <label key={kind} className="toggle">
          <input
            type="checkbox"
            checked={!hidden.includes(kind)}
            onChange={() => toggleKind(kind)}
            data-kind={kind}
          />
          <span className="glyph" style={{ color: palette.kind[kind] }} aria-hidden="true">
            {SHAPE_GLYPH[KIND_SHAPES[kind]]}
          </span>
          {kind} <span className="count">({counts.get(kind) ?? 0})</span>
        </label>
      ))}
      <p className="meta">
        Arrows point from actor to target; dashed edges: the text says it did not happen; dotted edges and
        hollow arrows: found by the extractor, not yet reviewed; thin grey edges: no sentence supports them
        (read from another tool's file).
      </p>
    </fieldset>
  );
}

import { ACTOR_KINDS } from '../domain/types';
import { KIND_SHAPES, LIGHT } from '../canvas/palette';

const SHAPE_GLYPH: Record<string, string> = {
  ellipse: '●',
  'round-rectangle': '■',
  hexagon: '⬢',
  diamond: '◆',
  'round-triangle': '▲',
};

/** Node colours and shapes; edges: dashed = the text says it did not happen. */
export function KindLegend() {
  return (
    <div className="kind-legend" aria-label="Legend">
      <h3>Actors</h3>
      <ul>
        {ACTOR_KINDS.map((kind) => (
          <li key={kind}>
            <span style={{ color: LIGHT.kind[kind] }} aria-hidden="true">
              {SHAPE_GLYPH[KIND_SHAPES[kind]]}
            </span>{' '}
            {kind}
          </li>
        ))}
      </ul>
      <p className="meta">
        Arrows point from actor to target; dashed edges: the text says it did not happen.
      </p>
    </div>
  );
}

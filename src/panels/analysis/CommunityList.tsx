import { useMemo, useState } from 'react';
import { communityColour } from '../../canvas/analysisStyle';
import type { Communities } from '../../domain/analysis';
import { communityGroups } from '../../domain/analysisRows';
import { useAppStore } from '../../store';

/** Communities listed at first; the rest (usually actors alone) behind "Show all". */
const FIRST_GROUPS = 12;
/** Members named in a closed community's summary. */
const NAMED = 3;
/** Members listed in an open community; the measure table finds the others. */
const MAX_MEMBERS = 300;

interface Props {
  readonly actorIds: readonly string[];
  readonly communities: Communities;
  readonly labelOf: (id: string) => string;
}

/** Each community with its colour and members; opening one lists them, a member selects its actor. */
export function CommunityList({ actorIds, communities, labelOf }: Props) {
  const groups = useMemo(
    () => communityGroups(actorIds, communities.of, communities.count, labelOf),
    [actorIds, communities, labelOf],
  );
  const [all, setAll] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number, isOpen: boolean) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (isOpen) next.add(index);
      else next.delete(index);
      return next;
    });
  const shown = all ? groups : groups.slice(0, FIRST_GROUPS);
  return (
    <div className="community-list">
      <h3>
        {communities.count} {communities.count === 1 ? 'community' : 'communities'}
      </h3>
      <p className="meta">
        Louvain, direction ignored, weighted by sentences, with a fixed seed; modularity{' '}
        {communities.modularity.toFixed(2)}. Shapes still show the kind.
      </p>
      <ul>
        {shown.map((g) => (
          <li key={g.index}>
            <details
              open={open.has(g.index)}
              onToggle={(e) => toggle(g.index, (e.currentTarget as HTMLDetailsElement).open)}
              data-community={g.index}
            >
              <summary>
                <span
                  className="swatch"
                  style={{ background: communityColour(g.index) }}
                  aria-hidden="true"
                />
                Community {g.index + 1}: {g.members.length} {g.members.length === 1 ? 'actor' : 'actors'}
                <span className="community-names">
                  {' '}
                  (
                  {g.members
                    .slice(0, NAMED)
                    .map((m) => m.label)
                    .join(', ')}
                  {g.members.length > NAMED ? ', …' : ''})
                </span>
              </summary>
              {open.has(g.index) && (
                <ul className="community-members">
                  {g.members.slice(0, MAX_MEMBERS).map((m) => (
                    <li key={m.id}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => useAppStore.getState().selectActor(m.id)}
                      >
                        {m.label}
                      </button>
                    </li>
                  ))}
                  {g.members.length > MAX_MEMBERS && (
                    <li className="meta">and {g.members.length - MAX_MEMBERS} more</li>
                  )}
                </ul>
              )}
            </details>
          </li>
        ))}
      </ul>
      {groups.length > FIRST_GROUPS && (
        <button type="button" className="table-toggle" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST_GROUPS}` : `Show all ${groups.length} communities`}
        </button>
      )}
    </div>
  );
}

import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { centreOnActor } from '../../canvas/viewport';
import { searchActors } from '../../domain/search';
import { useAppStore } from '../../store';
import { selectVisibility } from '../../store/selectors';

export const SEARCH_INPUT_ID = 'actor-search';

/**
 * Find an actor by name or alias (ARIA 1.2 combobox): arrows move through the suggestions, Enter
 * chooses, Escape closes. Choosing selects the actor, centres it and lists its relations.
 */
export function SearchBox() {
  const actors = useAppStore((s) => s.graph.actors);
  const visibleActors = useAppStore((s) => selectVisibility(s).actors);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => searchActors(actors, query, 8), [actors, query]);
  const expanded = open && query.trim() !== '';

  const choose = (index: number) => {
    const match = matches[index];
    if (!match) return;
    const { selectActor, notify } = useAppStore.getState();
    selectActor(match.actor.id);
    setQuery('');
    setOpen(false);
    if (!centreOnActor(match.actor.id)) {
      notify({
        tone: 'info',
        text: `${match.actor.label} is hidden by the current filters or focus; its relations are listed on the right.`,
      });
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length === 0 ? 0 : (i + step + matches.length) % matches.length));
    } else if (e.key === 'Enter') {
      if (expanded && matches.length > 0) {
        e.preventDefault();
        choose(active);
      }
    } else if (e.key === 'Escape') {
      if (expanded) {
        // Closing the list is all this Escape does; the next one clears the selection.
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      } else if (query !== '') {
        e.preventDefault();
        e.stopPropagation();
        setQuery('');
      }
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Find an actor
      </label>
      <input
        ref={inputRef}
        id={SEARCH_INPUT_ID}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Find an actor…  ( / )"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && matches.length > 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching actors"
        className="search-results"
        hidden={!expanded}
      >
        {matches.map((m, i) => (
          <li
            key={m.actor.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(i);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="actor-name">{m.actor.label}</span>
            {m.matched !== m.actor.label && <span className="meta"> “{m.matched}”</span>}
            <span className="meta">
              {' '}
              · {m.actor.kind}
              {visibleActors.has(m.actor.id) ? '' : ' · hidden'}
            </span>
          </li>
        ))}
        {matches.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="empty">
            No actor matches “{query}”
          </li>
        )}
      </ul>
    </div>
  );
}

import { useAppStore } from '../../store';

/** One switch per source document: a relation stays while any of its sentences comes from a source that is on. */
export function SourceFilter() {
  const sources = useAppStore((s) => s.graph.sources);
  const hidden = useAppStore((s) => s.filters.hiddenSources);
  const toggleSource = useAppStore((s) => s.toggleSource);
  if (sources.length === 0) return null;
  return (
    <fieldset className="filter-group source-filter">
      <legend>Sources</legend>
      {sources.map((source) => (
        <label key={source.id} className="toggle">
          <input
            type="checkbox"
            checked={!hidden.includes(source.id)}
            onChange={() => toggleSource(source.id)}
            data-source-id={source.id}
          />
          <span className="source-name">
            {source.title}
            <span className="meta">
              {' '}
              · {[source.publisher, source.published].filter((part) => part !== '').join(', ')}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

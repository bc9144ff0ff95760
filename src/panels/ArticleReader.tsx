import { useEffect, useMemo, useRef } from 'react';
import { isWebUrl } from '../domain/checks';
import { useAppStore } from '../store';
import { drawableSpans, quoteRuns, segmentText } from './evidenceSegments';
import { Runs } from './RelationDetails';

/**
 * The source of the active sentence in full, with the selected relation's sentences marked in context
 * and the cue and actors marked inside the active one. The active sentence is scrolled into view;
 * text is rendered as React text nodes, never as HTML.
 */
export function ArticleReader() {
  const selection = useAppStore((s) => s.selection);
  const index = useAppStore((s) => s.index);
  const graph = useAppStore((s) => s.graph);
  const relation = selection?.kind === 'relation' ? index.relations.get(selection.id) : undefined;
  const activeIndex = selection?.kind === 'relation' ? selection.evidenceIndex : -1;
  const active = relation?.evidence[activeIndex];
  const source = (active && index.sources.get(active.sourceId)) ?? graph.sources[0];
  const activeRef = useRef<HTMLElement | null>(null);

  const segments = useMemo(() => {
    if (!source) return [];
    const spans = (relation?.evidence ?? [])
      .map((ev, i) => ({ start: ev.start, end: ev.end, i, ev }))
      .filter((s) => s.ev.sourceId === source.id && s.ev.anchor !== 'orphaned');
    return segmentText(source.text, spans).map((seg) => ({ ...seg, evidence: spans[seg.span]?.i ?? -1 }));
  }, [source, relation]);

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [segments, activeIndex]);

  if (!source) return null;
  const details = [source.author, source.publisher, source.published].filter((part) => part !== '');
  return (
    <section className="reader" aria-labelledby="reader-heading" data-testid="reader">
      <p className="reader-label">
        {active ? 'Source of the selected sentence' : 'Article'}
        {source.automatic ? ' · added by you' : ''}
      </p>
      <h2 id="reader-heading">{source.title}</h2>
      <p className="meta" data-testid="reader-source">
        {details.join(' · ')}
        {source.url && isWebUrl(source.url) && (
          <>
            {' · '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              original
            </a>
          </>
        )}
      </p>
      <div className="article" data-testid="article" tabIndex={0} aria-label="Article text">
        {segments.map((seg) => {
          if (seg.evidence < 0) return <span key={seg.start}>{seg.text}</span>;
          const isActive = seg.evidence === activeIndex;
          return (
            <mark
              key={seg.start}
              ref={isActive ? activeRef : undefined}
              className={isActive ? 'evidence-mark active' : 'evidence-mark'}
              data-evidence-index={seg.evidence}
            >
              {isActive && active ? (
                <Runs runs={quoteRuns(seg.text, seg.start, drawableSpans(active))} />
              ) : (
                seg.text
              )}
            </mark>
          );
        })}
      </div>
    </section>
  );
}

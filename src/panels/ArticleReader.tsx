import { useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../store';
import { segmentText } from './evidenceSegments';

/**
 * The article in full, with the selected relation's sentences marked in context. The active
 * sentence is scrolled into view; text is rendered as React text nodes, never as HTML.
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
  return (
    <section className="reader" aria-labelledby="reader-heading">
      <h2 id="reader-heading">{source.title}</h2>
      <p className="meta">
        {source.author} · {source.publisher} · {source.published}
      </p>
      <div className="article" data-testid="article" tabIndex={0} aria-label="Article text">
        {segments.map((seg) =>
          seg.evidence < 0 ? (
            <span key={seg.start}>{seg.text}</span>
          ) : (
            <mark
              key={seg.start}
              ref={seg.evidence === activeIndex ? activeRef : undefined}
              className={seg.evidence === activeIndex ? 'evidence-mark active' : 'evidence-mark'}
              data-evidence-index={seg.evidence}
            >
              {seg.text}
            </mark>
          ),
        )}
      </div>
    </section>
  );
}

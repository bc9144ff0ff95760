import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { isWebUrl } from '../domain/checks';
import { EDITABLE } from '../io/siteMode';
import { useAppStore } from '../store';
import { readerPieces, type EvidenceMark, type ReaderPiece } from './curate/readerPieces';
import { SentenceBar } from './curate/SentenceBar';
import { useSentenceChoice } from './curate/useSentenceChoice';
import { drawableSpans, quoteRuns } from './evidenceSegments';
import { Runs } from './QuoteRuns';
import { relationTitleText } from './RelationTitle';

/**
 * The source of the active sentence in full (or another article picked in the header), with the
 * selected relation's sentences marked in context and the cue and actors marked inside the active one.
 * Selecting words (or stepping with the sentence bar) chooses their whole sentence to cite. The active
 * sentence is scrolled into view; text is rendered as React text nodes, never as HTML.
 */
export function ArticleReader() {
  const selection = useAppStore((s) => s.selection);
  const index = useAppStore((s) => s.index);
  const graph = useAppStore((s) => s.graph);
  const relation = selection?.kind === 'relation' ? index.relations.get(selection.id) : undefined;
  const activeIndex = selection?.kind === 'relation' ? selection.evidenceIndex : -1;
  const active = relation?.evidence[activeIndex];
  // The reader follows the selected sentence; a source picked in the header holds until another is selected.
  const following = active ? `${relation?.id}:${activeIndex}:${active.sourceId}` : null;
  const [picked, setPicked] = useState<{ sourceId: string; following: string | null } | null>(null);
  const pickedSource = picked?.following === following ? index.sources.get(picked.sourceId) : undefined;
  const source = pickedSource ?? (active && index.sources.get(active.sourceId)) ?? graph.sources[0];
  const activeRef = useRef<HTMLElement | null>(null);
  const chosenRef = useRef<HTMLElement | null>(null);
  const articleRef = useRef<HTMLDivElement>(null);
  const pickerId = useId();

  const text = source?.text ?? '';
  const marks = useMemo((): EvidenceMark[] => {
    if (!source) return [];
    const out: EvidenceMark[] = [];
    relation?.evidence.forEach((ev, i) => {
      if (ev.sourceId === source.id && ev.anchor !== 'orphaned') out.push({ ...ev, evidence: i });
    });
    return out;
  }, [source, relation]);
  const anchor = marks.find((m) => m.evidence === activeIndex);
  const { chosen, sentenceCount, chooseFromSelection, step } = useSentenceChoice(source, anchor, articleRef);
  const pieces = useMemo(() => readerPieces(text, marks, chosen), [text, marks, chosen]);

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [marks, activeIndex]);
  useEffect(() => {
    chosenRef.current?.scrollIntoView({ block: 'nearest', behavior: 'auto' });
  }, [chosen?.start]);

  if (!source) return null;

  const details = [source.author, source.publisher, source.published].filter((part) => part !== '');
  // Scrolling targets: the first piece of the active sentence and of the chosen one.
  const firstActive = pieces.find((p) => p.evidence === activeIndex)?.start;
  const firstChosen = pieces.find((p) => p.chosen)?.start;
  const refFor = (piece: ReaderPiece) => (node: HTMLElement | null) => {
    if (piece.start === firstActive) activeRef.current = node;
    if (piece.start === firstChosen) chosenRef.current = node;
  };
  return (
    <section className="reader" aria-labelledby="reader-heading" data-testid="reader">
      <p className="reader-label">
        {active && !pickedSource ? 'Source of the selected sentence' : 'Article'}
        {source.automatic ? ' · added by you' : ''}
      </p>
      {graph.sources.length > 1 && (
        <div className="reader-picker">
          <label htmlFor={pickerId}>Read</label>
          <select
            id={pickerId}
            value={source.id}
            onChange={(e) => setPicked({ sourceId: e.target.value, following })}
          >
            {graph.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
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
      {EDITABLE && (
        <SentenceBar
          sourceId={source.id}
          sentenceCount={sentenceCount}
          chosen={chosen}
          onStep={step}
          relation={relation}
          relationTitle={relation ? relationTitleText(index, relation) : ''}
        />
      )}
      <div
        className="article"
        data-testid="article"
        tabIndex={0}
        aria-label="Article text"
        ref={articleRef}
        onMouseUp={chooseFromSelection}
        onKeyUp={chooseFromSelection}
      >
        {pieces.map((piece) => {
          const ref = refFor(piece);
          const chosenClass = piece.chosen ? ' chosen-sentence' : '';
          if (piece.evidence < 0) {
            return piece.chosen ? (
              <span key={piece.start} ref={ref} className="chosen-sentence" data-chosen="true">
                {piece.text}
              </span>
            ) : (
              <span key={piece.start}>{piece.text}</span>
            );
          }
          const isActive = piece.evidence === activeIndex;
          return (
            <mark
              key={piece.start}
              ref={ref}
              className={`${isActive ? 'evidence-mark active' : 'evidence-mark'}${chosenClass}`}
              data-evidence-index={piece.evidence}
              data-chosen={piece.chosen ? 'true' : undefined}
            >
              {isActive && active ? (
                <Runs runs={quoteRuns(piece.text, piece.start, drawableSpans(active))} />
              ) : (
                piece.text
              )}
            </mark>
          );
        })}
      </div>
    </section>
  );
}

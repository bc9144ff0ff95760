import { useEffect } from 'react';
import { sourceCount } from '../domain/merge';
import { statusOf } from '../domain/review';
import type { Evidence, Relation, RelationType, Source } from '../domain/types';
import { plural } from '../io/describe';
import { EDITABLE } from '../io/siteMode';
import { useAppStore } from '../store';
import { selectVisibility } from '../store/selectors';
import { AttributesTable } from './curate/AttributesTable';
import { RelationEditor, withCurateActions } from './curate/lazyCuration';
import { drawableSpans, flagWords, percent, quoteRuns } from './evidenceSegments';
import { RelationTitle } from './RelationTitle';
import { Runs } from './QuoteRuns';
import { RELATION_HEADING_ID, takeRelationFocus } from './relationFocus';
import { ruleLabel } from './ruleLabel';

/**
 * The selected relation and every sentence that backs it: where each one comes from, its review
 * status, and for the extractor's sentences how sure it was and why. A sentence click scrolls the
 * reader to it. Below, the relation can be corrected (RelationEditor).
 */
export function RelationDetails({ relation, activeIndex }: { relation: Relation; activeIndex: number }) {
  const sources = useAppStore((s) => s.index.sources);
  const selectRelation = useAppStore((s) => s.selectRelation);
  const type = useAppStore((s) => s.index.types.get(relation.type));
  const directed = type?.directed !== false;
  const marked = relation.evidence.some((ev) => drawableSpans(ev) !== undefined);
  // Opened from a list before this panel had loaded: take the focus now it is drawn.
  useEffect(() => {
    if (takeRelationFocus()) document.getElementById(RELATION_HEADING_ID)?.focus();
  }, []);
  // A relation selected from a list or a link may be one the filters or the focus leave off the canvas.
  const hidden = useAppStore((s) => !selectVisibility(s).relations.has(relation.id));
  return (
    <section aria-labelledby={RELATION_HEADING_ID} className="details">
      <h2 id={RELATION_HEADING_ID} data-testid="relation-heading" tabIndex={-1}>
        <RelationTitle relation={relation} />
      </h2>
      {type && <p className="meta">{typeLine(type, relation.evidence.length)}</p>}
      <p className="meta relation-backing" data-testid="relation-backing">
        Backed by {plural(sourceCount(relation), 'source')}
        {relation.automatic ? ' · found by the extractor' : ''}
      </p>
      {hidden && (
        <p className="meta relation-hidden" data-testid="relation-hidden">
          Not drawn on the graph: the current filters or focus hide it.
        </p>
      )}
      {relation.note && (
        <p className="relation-note" data-testid="relation-note-shown">
          <strong>Note:</strong> {relation.note}
        </p>
      )}
      {relation.evidence.length === 0 ? (
        <p className="unsupported" data-testid="relation-unsupported">
          No sentence supports this relation yet — select one in the article and choose Add as evidence.
        </p>
      ) : (
        <ol className="evidence-list" data-testid="evidence-list">
          {relation.evidence.map((ev, i) => (
            <EvidenceItem
              key={`${ev.sourceId}:${ev.start}:${ev.negated === true}`}
              evidence={ev}
              number={i + 1}
              source={sources.get(ev.sourceId)}
              active={i === activeIndex}
              onSelect={() => selectRelation(relation.id, i)}
              onRemove={
                !EDITABLE
                  ? undefined
                  : () => withCurateActions((a) => a.removeEvidence(relation, i, activeIndex))
              }
            />
          ))}
        </ol>
      )}
      {marked && <SpanLegend directed={directed} />}
      <AttributesTable attributes={relation.attributes} caption="From the file" />
      <RelationEditor relation={relation} />
    </section>
  );
}

/** "Conflict · quad 3 · CAMEO 112 · 2 evidence sentences"; a foreign file's type has no class to tell. */
function typeLine(type: RelationType, sentences: number): string {
  const polarity = { conflict: 'Conflict', cooperation: 'Cooperation', unknown: 'Polarity unknown' }[
    type.polarity
  ];
  const plover = type.quad === undefined ? 'no PLOVER class' : `quad ${type.quad}`;
  const cameo = type.cameo.length > 0 ? ` · CAMEO ${type.cameo.join(', ')}` : '';
  return `${polarity} · ${plover}${cameo} · ${plural(sentences, 'evidence sentence')}`;
}

function EvidenceItem({
  evidence: ev,
  number,
  source,
  active,
  onSelect,
  onRemove,
}: {
  evidence: Evidence;
  number: number;
  source: Source | undefined;
  active: boolean;
  onSelect: () => void;
  /** Absent on a read-only published site. */
  onRemove: (() => void) | undefined;
}) {
  const flags = flagWords(ev);
  const status = statusOf(ev);
  return (
    <li data-testid="evidence-item">
      <button
        type="button"
        className={active ? 'evidence active' : 'evidence'}
        aria-pressed={active}
        onClick={onSelect}
      >
        <q>
          <Runs runs={quoteRuns(ev.quote, ev.start, drawableSpans(ev))} />
        </q>
      </button>
      <span className="evidence-meta">
        <span className={`status status-${status}`} data-testid="evidence-status">
          {status}
        </span>{' '}
        <span data-testid="evidence-source">
          <cite>{source?.title ?? ev.sourceId}</cite>
          {[source?.publisher, source?.published].filter(Boolean).map((part) => ` · ${part}`)}
          {ev.negated ? ' · says this did not happen' : ''}
          {ev.anchor === 'orphaned' ? ' · not found in the source text' : ''}
          {ev.anchor === 'reanchored' ? ' · moved to where the quote now stands' : ''}
        </span>
      </span>
      {ev.confidence !== undefined && (
        <span className="evidence-meta evidence-auto" data-testid="evidence-auto">
          Found by {ev.extractor ?? 'the extractor'} · confidence {percent(ev.confidence)}
          {ruleLabel(ev.rule)}
          {ev.cue ? <> · cue “{ev.cue}”</> : ''}
        </span>
      )}
      {flags.length > 0 && (
        <ul className="flag-list" aria-label="Flags">
          {flags.map((flag) => (
            <li key={flag} className={flag === 'negated' ? 'flag negated' : 'flag'}>
              {flag}
            </li>
          ))}
        </ul>
      )}
      {onRemove && (
        <button
          type="button"
          className="remove-evidence"
          onClick={onRemove}
          aria-label={`Remove sentence ${number} from this relation`}
          title="Remove this sentence from the relation"
        >
          Remove
        </button>
      )}
    </li>
  );
}

function SpanLegend({ directed }: { directed: boolean }) {
  return (
    <p className="meta span-legend">
      Marked in the sentences: <mark className="span-mark span-cue">cue</mark>{' '}
      <mark className="span-mark span-source">{directed ? 'who acts' : 'one actor'}</mark>{' '}
      <mark className="span-mark span-target">{directed ? 'on whom' : 'the other'}</mark>
    </p>
  );
}

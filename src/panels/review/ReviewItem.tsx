import { useId, type ReactNode } from 'react';
import { isNegatedOnly } from '../../domain/graphIndex';
import { pendingEvidence, relationConfidence } from '../../domain/reviewQueue';
import type { Evidence, Relation } from '../../domain/types';
import { plural } from '../../io/describe';
import { useAppStore } from '../../store';
import { drawableSpans, flagWords, percent, quoteRuns } from '../evidenceSegments';
import { Runs } from '../QuoteRuns';
import { RelationTitle } from '../RelationTitle';
import { canReverse } from './reviewEdits';
import { ruleLabel } from '../ruleLabel';

export type ReviewAction = 'accept' | 'reject' | 'type' | 'reverse' | 'negate' | 'actor';

/** Each action's button label and key, shown in the panel and given to assistive technology. */
export const ACTION_KEYS: Readonly<Record<ReviewAction, { label: string; key: string }>> = {
  accept: { label: 'Accept', key: 'A' },
  reject: { label: 'Reject', key: 'R' },
  type: { label: 'Change type', key: 'T' },
  reverse: { label: 'Reverse', key: 'V' },
  negate: { label: 'Negated', key: 'N' },
  actor: { label: 'Change actor', key: 'E' },
};

interface ReviewItemProps {
  readonly relation: Relation;
  /** The item the keys act on: the one tab stop of the list. */
  readonly current: boolean;
  readonly onChoose: () => void;
  readonly onAction: (action: ReviewAction) => void;
  /** An open editor (type or actor) for this item. */
  readonly editor: ReactNode;
}

/** One relation to check: its title, the sentences under review with cue and actors marked, and actions. */
export function ReviewItem({ relation, current, onChoose, onAction, editor }: ReviewItemProps) {
  const titleId = useId();
  const type = useAppStore((s) => s.index.types.get(relation.type));
  const pending = pendingEvidence(relation);
  const others = relation.evidence.length - pending.length;
  const confidence = relationConfidence(relation);
  const negated = isNegatedOnly(relation);
  const discovered = useAppStore((s) =>
    [relation.source, relation.target]
      .map((id) => s.index.actors.get(id))
      .filter((actor) => actor?.discovered === true)
      .map((actor) => actor?.label)
      .join(' and '),
  );
  const actions: ReviewAction[] = ['accept', 'reject', 'type', 'reverse', 'negate', 'actor'];
  return (
    <li>
      <article
        className={current ? 'review-item current' : 'review-item'}
        tabIndex={current ? 0 : -1}
        aria-labelledby={titleId}
        aria-current={current ? 'true' : undefined}
        data-relation-id={relation.id}
        onFocus={onChoose}
      >
        <h3 id={titleId} className="review-title">
          <RelationTitle relation={relation} />
        </h3>
        <p className="meta review-confidence">
          {confidence === undefined ? 'Confidence unknown' : `Confidence ${percent(confidence)}`}
          {others > 0 ? ` · also backed by ${plural(others, 'sentence')} not under review` : ''}
        </p>
        {discovered ? (
          <p className="meta review-discovered">
            New actor: {discovered}, found in the article (not in the lexicon). Check the name.
          </p>
        ) : null}
        <ol className="review-sentences">
          {pending.map((e) => (
            <Sentence key={`${e.sourceId}:${e.start}:${e.end}`} evidence={e} />
          ))}
        </ol>
        <div className="review-actions" role="group" aria-label="Decide on this relation">
          {actions.map((action) => {
            if (action === 'reverse' && !canReverse(type)) return null;
            const { label, key } = ACTION_KEYS[action];
            return (
              <button
                key={action}
                type="button"
                className={`review-${action}`}
                tabIndex={current ? 0 : -1}
                aria-keyshortcuts={key}
                aria-pressed={action === 'negate' ? negated : undefined}
                onClick={(e) => {
                  e.stopPropagation();
                  onChoose();
                  onAction(action);
                }}
              >
                {label} <kbd aria-hidden="true">{key}</kbd>
              </button>
            );
          })}
        </div>
        {editor}
      </article>
    </li>
  );
}

function Sentence({ evidence: e }: { evidence: Evidence }) {
  const source = useAppStore((s) => s.index.sources.get(e.sourceId));
  const flags = flagWords(e);
  return (
    <li>
      <q>
        <Runs runs={quoteRuns(e.quote, e.start, drawableSpans(e))} />
      </q>
      <span className="evidence-meta">
        <cite>{source?.title ?? e.sourceId}</cite>
        {e.confidence !== undefined ? ` · confidence ${percent(e.confidence)}` : ''}
        {ruleLabel(e.rule)}
        {e.cue ? ` · cue “${e.cue}”` : ''}
        {flags.length > 0 ? ` · ${flags.join(', ')}` : ''}
      </span>
    </li>
  );
}

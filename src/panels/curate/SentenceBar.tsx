import { useId, useRef, useState } from 'react';
import type { SentenceRun } from '../../domain/sentences';
import type { Relation } from '../../domain/types';
import { AddRelationDialog, withCurateActions } from './lazyCuration';

/** Whole sentences of the article on screen, chosen by selecting words or by stepping. */
export interface ChosenSentence extends SentenceRun {
  readonly sourceId: string;
  /** The words selected, if the choice came from a selection. */
  readonly words: string;
}

interface SentenceBarProps {
  readonly sourceId: string;
  /** Known once a sentence has been chosen (segmentation loads then). */
  readonly sentenceCount: number | null;
  readonly chosen: ChosenSentence | null;
  /** Choose the next (1) or previous (-1) sentence. */
  readonly onStep: (direction: -1 | 1) => void;
  /** The selected relation, which "Add as evidence" adds to. */
  readonly relation: Relation | undefined;
  readonly relationTitle: string;
}

/**
 * The reader's curation bar: which sentence is chosen, stepping through sentences from the keyboard,
 * and the two things to do with it: cite it for a new relation, or for the selected one.
 */
export function SentenceBar({
  sourceId,
  sentenceCount,
  chosen,
  onStep,
  relation,
  relationTitle,
}: SentenceBarProps) {
  const [adding, setAdding] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  const cited =
    chosen !== null &&
    relation?.evidence.some(
      (e) => e.sourceId === sourceId && e.start === chosen.start && e.end === chosen.end,
    );
  const of = sentenceCount === null ? '' : ` of ${sentenceCount}`;
  const where =
    chosen === null
      ? 'To cite a sentence, select words in the article or step to it.'
      : chosen.first === chosen.last
        ? `Sentence ${chosen.first + 1}${of} chosen.`
        : `Sentences ${chosen.first + 1}–${chosen.last + 1}${of} chosen.`;
  const evidenceHint = !relation
    ? 'No relation selected to add it to.'
    : cited
      ? 'The selected relation cites it.'
      : `Evidence for: ${relationTitle}.`;
  return (
    <div className="sentence-bar" role="group" aria-label="Cite a sentence" data-testid="sentence-bar">
      <p className="meta" id={hintId} aria-live="polite">
        {where} {chosen !== null && evidenceHint}
      </p>
      <div className="row">
        <button
          type="button"
          onClick={() => onStep(-1)}
          disabled={sentenceCount === 0}
          aria-label="Previous sentence"
        >
          ‹ Previous
        </button>
        <button
          type="button"
          ref={next}
          onClick={() => onStep(1)}
          disabled={sentenceCount === 0}
          aria-label="Next sentence"
        >
          Next ›
        </button>
        <button
          type="button"
          ref={opener}
          onClick={() => setAdding(true)}
          disabled={chosen === null}
          aria-describedby={hintId}
        >
          Add relation…
        </button>
        <button
          type="button"
          onClick={() => {
            if (!relation || !chosen) return;
            const span = { sourceId, start: chosen.start, end: chosen.end };
            withCurateActions((a) => {
              a.addEvidence(relation, span);
              next.current?.focus(); // this button is disabled now: the sentence is cited
            });
          }}
          disabled={chosen === null || !relation || cited}
          aria-describedby={hintId}
        >
          Add as evidence
        </button>
      </div>
      {adding && chosen && (
        <AddRelationDialog
          span={{ sourceId, start: chosen.start, end: chosen.end }}
          words={chosen.words}
          onClose={() => setAdding(false)}
          returnTo={opener}
        />
      )}
    </div>
  );
}

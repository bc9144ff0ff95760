import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Graph } from '../../domain/types';
import { plural } from '../../io/describe';
import type { OpenedGraph } from '../../io/openGraphFile';
import { useAppStore, type ImportMode } from '../../store';
import { useModalDialog } from './useModalDialog';

export interface OpenChoice {
  readonly name: string;
  readonly opened: OpenedGraph;
}

const holds = (graph: Graph): string =>
  `${plural(graph.actors.length, 'actor')}, ${plural(graph.relations.length, 'relation')} and ${plural(graph.sources.length, 'source')}`;

/**
 * Replace or Merge, asked in a modal dialog once the file has been read and checked. Replace has the
 * focus: opening a file means seeing it, and Undo takes it back. Esc and Cancel change nothing; focus
 * then returns to `returnTo`.
 */
export function OpenChoiceDialog({
  choice,
  onChoose,
  returnTo,
}: {
  choice: OpenChoice | null;
  onChoose: (mode: ImportMode | null) => void;
  returnTo: RefObject<HTMLElement | null>;
}) {
  const open = choice !== null;
  const closed = useCallback(() => onChoose(null), [onChoose]);
  const { ref, onKeyDown } = useModalDialog(open, closed, returnTo);
  const replace = useRef<HTMLButtonElement>(null);
  const onScreen = useAppStore((s) => s.graph);
  // After showModal (the hook's effect runs first).
  useEffect(() => {
    if (open) replace.current?.focus();
  }, [open]);
  // The last question stays in the dialog while it closes: in words only, so the dialog never keeps
  // a graph alive after it was replaced.
  const [asked, setAsked] = useState<OpenChoice | null>(choice);
  const [shown, setShown] = useState(() =>
    choice ? { name: choice.name, holds: holds(choice.opened.graph) } : null,
  );
  if (choice !== asked) {
    setAsked(choice);
    if (choice) setShown({ name: choice.name, holds: holds(choice.opened.graph) });
  }

  return (
    <dialog
      ref={ref}
      className="confirm-dialog open-choice-dialog"
      aria-labelledby="open-choice-title"
      aria-describedby="open-choice-description"
      data-testid="open-choice"
      onKeyDown={onKeyDown}
    >
      <h2 id="open-choice-title">Open {shown?.name}</h2>
      <div id="open-choice-description">
        {shown && (
          <p>
            The file holds {shown.holds}; the graph on screen has {plural(onScreen.actors.length, 'actor')}{' '}
            and {plural(onScreen.relations.length, 'relation')}.
          </p>
        )}
        <p>
          <strong>Replace</strong> shows the file alone: what is on screen goes, with the articles you added
          and your edits. Undo brings it back.
        </p>
        <p>
          <strong>Merge</strong> joins the file with what is on screen, matching actors and relations the way
          Add article does.
        </p>
      </div>
      <div className="dialog-actions">
        <button ref={replace} type="button" onClick={() => onChoose('replace')}>
          Replace
        </button>
        <button type="button" onClick={() => onChoose('merge')}>
          Merge
        </button>
        <button type="button" onClick={() => onChoose(null)}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

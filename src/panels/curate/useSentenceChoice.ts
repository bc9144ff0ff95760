import { useMemo, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type * as Sentences from '../../domain/sentences';
import type { Source } from '../../domain/types';
import { useAppStore } from '../../store';
import type { ChosenSentence } from './SentenceBar';
import { selectionIn } from './textOffsets';

type SentencesModule = typeof Sentences;
let loaded: SentencesModule | null = null;
/** Sentence segmentation loads on the first choice: reading needs none of it. */
const loadSentences = async (): Promise<SentencesModule> =>
  (loaded ??= await import('../../domain/sentences'));

export interface SentenceChoice {
  /** The whole sentences chosen in `source`, or null. */
  readonly chosen: ChosenSentence | null;
  /** How many sentences the source has, once segmentation has loaded. */
  readonly sentenceCount: number | null;
  /** For the article's mouseup and keyup: words selected there choose the sentences they touch. */
  readonly chooseFromSelection: (e: MouseEvent | KeyboardEvent) => void;
  /** The next or previous sentence; with none chosen, the one at `anchor` (else the first). */
  readonly step: (direction: -1 | 1) => void;
}

/**
 * Which sentences of the article on screen the analyst has chosen to cite: by selecting words in the
 * article (`articleRef` holds its text and nothing else) or by stepping from sentence to sentence.
 */
export function useSentenceChoice(
  source: Source | undefined,
  anchor: { readonly start: number; readonly end: number } | undefined,
  articleRef: RefObject<HTMLElement | null>,
): SentenceChoice {
  const [segmenter, setSegmenter] = useState(loaded);
  const [chosenAny, setChosen] = useState<ChosenSentence | null>(null);
  const text = source?.text ?? '';
  const sentences = useMemo(() => segmenter?.segmentSentences(text) ?? null, [segmenter, text]);
  const chosen = chosenAny !== null && chosenAny.sourceId === source?.id ? chosenAny : null;

  /** Runs `then` with the sentences of the text, loading segmentation first if need be. */
  const withSentences = (
    then: (m: SentencesModule, list: ReturnType<SentencesModule['segmentSentences']>) => void,
  ) => {
    loadSentences().then(
      (m) => {
        setSegmenter(m);
        then(m, sentences ?? m.segmentSentences(text));
      },
      () =>
        useAppStore.getState().notify({
          tone: 'error',
          text: 'Sentence choice could not be loaded (the connection may be down). Reload the page to try again.',
        }),
    );
  };

  const chooseFromSelection = (e: MouseEvent | KeyboardEvent) => {
    // From the keyboard (caret browsing), a selection is made once Shift is let go.
    if ('key' in e && e.key !== 'Shift') return;
    const article = articleRef.current;
    const selected = article && selectionIn(article, window.getSelection());
    if (!selected || !source) return;
    const sourceId = source.id;
    const words = text.slice(selected.start, selected.end).trim();
    withSentences((m, list) => {
      const run = m.sentencesCovering(list, selected.start, selected.end);
      if (!run) return;
      // The chosen sentence is drawn in place of the browser's selection, which redrawing would break.
      window.getSelection()?.removeAllRanges();
      setChosen({ ...run, sourceId, words });
    });
  };

  const step = (direction: -1 | 1) => {
    if (!source) return;
    const sourceId = source.id;
    withSentences((m, list) => {
      const at = chosen
        ? direction === 1
          ? chosen.last + 1
          : chosen.first - 1
        : anchor
          ? (m.sentencesCovering(list, anchor.start, anchor.end)?.first ?? 0)
          : 0;
      const i = Math.min(Math.max(at, 0), list.length - 1);
      const s = list[i];
      if (s) setChosen({ first: i, last: i, start: s.start, end: s.end, sourceId, words: '' });
    });
  };

  return { chosen, sentenceCount: sentences?.length ?? null, chooseFromSelection, step };
}

/**
 * A story as an HTML report: each step put on screen in turn, pictured with the same SVG export as the
 * export dialog (legend and caption), with its text and the sentences behind what it highlights; the
 * view the reader had is restored afterwards. Loaded with the story panel.
 */
import { readCamera, moveCamera } from '../../canvas/storyCamera';
import type { ReportStep } from '../../io/report/types';
import { useAppStore } from '../../store';
import { citationsOf, saveReport, viewPicture } from '../exchange/reportExport';
import { captureView, showStoryStep, type ShownStep } from './stepContent';

/** Relations cited for a step that highlights nothing (its visible relations); the report says so. */
const VISIBLE_CAP = 40;

function reportStep(shown: ShownStep): ReportStep {
  const { picture } = viewPicture(
    useAppStore.getState(),
    (c) => `Step ${shown.stepIndex + 1} of ${shown.stepCount}, ${shown.title}: ${c.notes.join(' ')}`,
  );
  const citations = citationsOf(shown.relations);
  const left = shown.relationCount - shown.relations.length;
  const notes = [
    shown.emphasis === 'visible'
      ? 'This step highlights nothing: the sentences are those of the relations in view.'
      : '',
    left > 0 ? `The first ${shown.relations.length} of ${shown.relationCount} relations are cited.` : '',
    shown.missing.length > 0 ? `Not in the graph any more: ${shown.missing.join('; ')}.` : '',
  ].filter(Boolean);
  return {
    title: `${shown.stepIndex + 1}. ${shown.title}`,
    text: shown.text,
    picture,
    citations,
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
  };
}

/** Saves the report of story `storyId` and returns a sentence saying what was saved. */
export async function downloadStoryReport(storyId: string): Promise<string> {
  const state = useAppStore.getState();
  const story = state.workspace.stories?.find((s) => s.id === storyId);
  if (!story || story.steps.length === 0) return 'This story has no step to report.';
  const view = captureView(state);
  const camera = readCamera();
  const steps: ReportStep[] = [];
  try {
    for (let i = 0; i < story.steps.length; i++) {
      const shown = await showStoryStep(storyId, i, { animate: false, cap: VISIBLE_CAP });
      if (shown) steps.push(reportStep(shown));
    }
  } finally {
    // Back to what the reader had before.
    useAppStore.getState().applyView({ ...view, story: undefined });
    if (camera) await moveCamera(camera, null, 0);
  }
  return saveReport(story.title, steps, 'actorgraph-story');
}

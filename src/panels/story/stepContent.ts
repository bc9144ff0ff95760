/**
 * What a story step shows: saving the view on screen as a step, putting a step's view back on screen
 * (store and canvas), and the relations and sentences it highlights, with their sources.
 */
import type { Story, StoryStep } from '../../domain/story';
import { plainStoryText } from '../../domain/storyText';
import type { Graph } from '../../domain/types';
import { unknownReferences, type ViewState } from '../../domain/view';
import { moveCamera, readCamera } from '../../canvas/storyCamera';
import { useAppStore, type AppState } from '../../store';
import { reconcileWithGraph } from '../../store/reconcile';
import { prefersReducedMotion } from '../reducedMotion';
import { shownRelations, type ShownRelations } from '../shownRelations';
import { viewOf } from '../../store/viewState';

/** How long the canvas takes to move from one step to the next (none when reduced motion is asked for). */
const MOVE_MS = 600;
/** A step that highlights nothing lists its visible relations up to here, unless the caller asks for more. */
export const DEFAULT_EVIDENCE_CAP = 20;

/** The view on screen as a step keeps it: what a link holds, without the presenter's story and step. */
export function captureView(state: AppState = useAppStore.getState()): ViewState {
  const { story: _presenting, paths, ...view } = viewOf(state);
  return paths ? { ...view, paths } : view;
}

/** A new step from what is on screen now. */
export const captureStep = (title: string, text: string): Omit<StoryStep, 'id'> => ({
  title,
  text,
  view: captureView(),
  camera: readCamera(),
});

/**
 * The step's view with what the graph lacks left out (the selection, focus or path it names, filters
 * naming types or sources no longer there), and one line per missing id for the reader.
 */
export function viewForGraph(view: ViewState, graph: Graph): { view: ViewState; missing: string[] } {
  const missing = unknownReferences(view, graph);
  if (missing.length === 0) return { view, missing };
  // reconcileWithGraph reads only the selection, the focus and the filters, which a view has too.
  const kept = reconcileWithGraph(view as unknown as AppState, graph);
  const actors = new Set(graph.actors.map((a) => a.id));
  const sources = new Set(graph.sources.map((s) => s.id));
  const p = view.paths;
  const pathsKnown =
    !p ||
    (p.tool === 'paths'
      ? [p.from, p.to].every((id) => id === null || actors.has(id))
      : [...p.a, ...p.b].every((id) => sources.has(id)));
  return { view: { ...view, ...kept, paths: pathsKnown ? (p ?? null) : null }, missing };
}

/**
 * Puts a step's view on screen: filters, focus, selection and the rest through the store, then the
 * canvas glides from where it was to the step's positions, zoom and pan. Resolves when it has arrived,
 * with the ids the graph no longer has (the step shows the rest).
 */
export async function applyStep(step: StoryStep, options: { animate?: boolean } = {}): Promise<string[]> {
  const store = useAppStore.getState();
  const before = readCamera();
  const { view, missing } = viewForGraph(step.view, store.graph);
  // The presenter stays as it is: a step's own view carries no story.
  store.applyView({ ...view, story: undefined });
  if (step.camera) {
    const animate = options.animate !== false && !prefersReducedMotion();
    await moveCamera(step.camera, before, animate ? MOVE_MS : 0);
  }
  return missing;
}

/** What a step shows, in words: for the presenter and for a report. */
export interface ShownStep extends ShownRelations {
  readonly storyTitle: string;
  readonly stepIndex: number;
  readonly stepCount: number;
  readonly title: string;
  /** Markdown subset, as written; `plainText` without the markup. */
  readonly text: string;
  readonly plainText: string;
  /** Ids the step names that the graph no longer has. */
  readonly missing: readonly string[];
}

/**
 * For the report builder: puts step `stepIndex` of story `storyId` on screen (view and canvas, not
 * animated unless asked) and returns what it shows: title, text, and the relations it highlights with
 * their cited sentences, or, when it highlights nothing, the visible relations (at most `cap`).
 * Null when there is no such story or step.
 */
export async function showStoryStep(
  storyId: string,
  stepIndex: number,
  options: { animate?: boolean; cap?: number } = {},
): Promise<ShownStep | null> {
  const story: Story | undefined = useAppStore.getState().workspace.stories?.find((s) => s.id === storyId);
  const step = story?.steps[stepIndex];
  if (!story || !step) return null;
  const missing = await applyStep(step, { animate: options.animate ?? false });
  return describeStep(story, stepIndex, missing, options.cap);
}

/** What step `stepIndex` of `story` shows, read from the store (its view already applied). */
export function describeStep(
  story: Story,
  stepIndex: number,
  missing: readonly string[] = [],
  cap = DEFAULT_EVIDENCE_CAP,
): ShownStep {
  const step = story.steps[stepIndex]!;
  return {
    storyTitle: story.title,
    stepIndex,
    stepCount: story.steps.length,
    title: step.title,
    text: step.text,
    plainText: plainStoryText(step.text),
    ...shownRelations(useAppStore.getState(), cap),
    missing,
  };
}

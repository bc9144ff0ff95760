/**
 * Changing stories: every operation returns a new list (or the same one when nothing changed), so a
 * change is one workspace value and one step of undo.
 */
import type { Stories, Story, StoryStep } from './story';
import type { Graph } from './types';
import { unknownReferences } from './view';

export type NewStep = Omit<StoryStep, 'id'>;

/** `prefix-n` for the first n from `count + 1` up that no item has. */
function nextId(prefix: string, items: readonly { readonly id: string }[]): string {
  let n = items.length + 1;
  while (items.some((item) => item.id === `${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** A new story at the end; returns the list and the new story's id. */
export function addStory(stories: Stories, title: string): { stories: Stories; id: string } {
  const id = nextId('story', stories);
  return { stories: [...stories, { id, title: title.trim() || 'Untitled story', steps: [] }], id };
}

function changeStory(stories: Stories, storyId: string, change: (story: Story) => Story): Stories {
  const i = stories.findIndex((s) => s.id === storyId);
  const story = stories[i];
  if (!story) return stories;
  const changed = change(story);
  if (changed === story) return stories;
  return stories.map((s, j) => (j === i ? changed : s));
}

export const renameStory = (stories: Stories, storyId: string, title: string): Stories =>
  changeStory(stories, storyId, (s) =>
    s.title === title.trim() || !title.trim() ? s : { ...s, title: title.trim() },
  );

export const deleteStory = (stories: Stories, storyId: string): Stories =>
  stories.some((s) => s.id === storyId) ? stories.filter((s) => s.id !== storyId) : stories;

/** Appends a step (or inserts it at `at`); returns the list and the new step's id. */
export function addStep(
  stories: Stories,
  storyId: string,
  step: NewStep,
  at?: number,
): { stories: Stories; id: string } {
  let id = '';
  const next = changeStory(stories, storyId, (story) => {
    id = nextId('step', story.steps);
    const steps = [...story.steps];
    steps.splice(at ?? steps.length, 0, { ...step, id });
    return { ...story, steps };
  });
  return { stories: next, id };
}

export function updateStep(
  stories: Stories,
  storyId: string,
  stepId: string,
  change: Partial<NewStep>,
): Stories {
  return changeStory(stories, storyId, (story) => {
    const i = story.steps.findIndex((s) => s.id === stepId);
    const step = story.steps[i];
    if (!step) return story;
    return { ...story, steps: story.steps.map((s, j) => (j === i ? { ...step, ...change } : s)) };
  });
}

/** Moves a step to position `to` (clamped to the list); the same list when it is already there. */
export function moveStep(stories: Stories, storyId: string, stepId: string, to: number): Stories {
  return changeStory(stories, storyId, (story) => {
    const from = story.steps.findIndex((s) => s.id === stepId);
    const target = Math.max(0, Math.min(story.steps.length - 1, to));
    if (from < 0 || from === target) return story;
    const steps = [...story.steps];
    const [step] = steps.splice(from, 1);
    steps.splice(target, 0, step!);
    return { ...story, steps };
  });
}

export const deleteStep = (stories: Stories, storyId: string, stepId: string): Stories =>
  changeStory(stories, storyId, (story) =>
    story.steps.some((s) => s.id === stepId)
      ? { ...story, steps: story.steps.filter((s) => s.id !== stepId) }
      : story,
  );

/**
 * Ids a step names that the graph lacks (an actor since merged, a relation since deleted, a source
 * removed): one line each, with the story and step named, so a file or saved work can keep the step
 * and say what it will not show.
 */
export function storyProblems(stories: Stories, graph: Graph): string[] {
  const lines: string[] = [];
  for (const story of stories) {
    story.steps.forEach((step, i) => {
      for (const problem of unknownReferences(step.view, graph)) {
        lines.push(`story "${story.title}", step ${i + 1} ("${step.title}"): ${problem}`);
      }
    });
  }
  return lines;
}

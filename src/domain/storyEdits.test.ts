import { describe, expect, it } from 'vitest';
import { joinStories, type Stories } from './story';
import {
  addStep,
  addStory,
  deleteStep,
  deleteStory,
  moveStep,
  renameStory,
  storyProblems,
  updateStep,
  type NewStep,
} from './storyEdits';
import { actor, relationType } from './testing';
import type { Graph } from './types';
import { DEFAULT_VIEW } from './view';

const step = (title: string): NewStep => ({ title, text: '', view: DEFAULT_VIEW, camera: null });
const titles = (stories: Stories, i = 0) => stories[i]!.steps.map((s) => s.title);

function threeSteps(): Stories {
  let stories = addStory([], 'Tale').stories;
  for (const t of ['a', 'b', 'c']) stories = addStep(stories, 'story-1', step(t)).stories;
  return stories;
}

describe('story edits', () => {
  it('add stories and steps with fresh ids; an empty title gets a name', () => {
    const first = addStory([], '  ');
    expect(first).toMatchObject({ id: 'story-1', stories: [{ id: 'story-1', title: 'Untitled story' }] });
    const second = addStory(first.stories, 'Second');
    expect(second.id).toBe('story-2');
    const stories = threeSteps();
    expect(stories[0]!.steps.map((s) => s.id)).toEqual(['step-1', 'step-2', 'step-3']);
    const afterDelete = deleteStep(stories, 'story-1', 'step-1');
    expect(addStep(afterDelete, 'story-1', step('d')).id).toBe('step-4');
    expect(titles(addStep(stories, 'story-1', step('z'), 0).stories)).toEqual(['z', 'a', 'b', 'c']);
  });

  it('move a step anywhere, clamped; the same list when nothing moves', () => {
    const stories = threeSteps();
    expect(titles(moveStep(stories, 'story-1', 'step-3', 0))).toEqual(['c', 'a', 'b']);
    expect(titles(moveStep(stories, 'story-1', 'step-1', 9))).toEqual(['b', 'c', 'a']);
    expect(moveStep(stories, 'story-1', 'step-2', 1)).toBe(stories);
    expect(moveStep(stories, 'nope', 'step-2', 0)).toBe(stories);
  });

  it('update, rename and delete change only what they name', () => {
    const stories = threeSteps();
    const updated = updateStep(stories, 'story-1', 'step-2', { title: 'B', text: 'new' });
    expect(updated[0]!.steps[1]).toMatchObject({ id: 'step-2', title: 'B', text: 'new' });
    expect(updated[0]!.steps[0]).toBe(stories[0]!.steps[0]);
    expect(updateStep(stories, 'story-1', 'step-9', { title: 'x' })).toBe(stories);
    expect(renameStory(stories, 'story-1', ' New ')[0]!.title).toBe('New');
    expect(renameStory(stories, 'story-1', ' ')).toBe(stories);
    expect(deleteStory(stories, 'story-1')).toEqual([]);
    expect(deleteStory(stories, 'story-9')).toBe(stories);
  });

  it('join stories from a file under free ids', () => {
    const mine = threeSteps();
    const joined = joinStories(mine, [...mine, { ...mine[0]!, id: 'other' }]);
    expect(joined.map((s) => s.id)).toEqual(['story-1', 'story-1-2', 'other']);
  });

  it('name each id a step refers to that the graph lacks', () => {
    const graph: Graph = {
      schemaVersion: 1,
      sources: [],
      actors: [actor('a')],
      relationTypes: [relationType('praises', 1)],
      relations: [],
    };
    const stories = addStep(addStory([], 'Tale').stories, 'story-1', {
      ...step('Gone'),
      view: { ...DEFAULT_VIEW, focusActor: 'b', selection: { kind: 'relation', id: 'r1', evidenceIndex: 0 } },
    }).stories;
    expect(storyProblems(stories, graph)).toEqual([
      'story "Tale", step 1 ("Gone"): no actor "b" to focus on',
      'story "Tale", step 1 ("Gone"): no relation "r1"',
    ]);
  });
});

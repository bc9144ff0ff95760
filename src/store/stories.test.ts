import { beforeEach, describe, expect, it } from 'vitest';
import type { Stories } from '../domain/story';
import { actor, relationType } from '../domain/testing';
import type { Graph } from '../domain/types';
import { DEFAULT_VIEW } from '../domain/view';
import { EMPTY_WORKSPACE } from '../domain/workspace';
import { forgetHistory, history, undo, useAppStore } from './index';

const ev = { sourceId: 's1', start: 0, end: 1, quote: 'x' };
const seed: Graph = {
  schemaVersion: 1,
  sources: [{ id: 's1', title: 'S', author: '', publisher: '', published: '2025-01-01', text: 'x' }],
  actors: [actor('a', 'A'), actor('b', 'B')],
  relationTypes: [relationType('praises', 1)],
  relations: [{ id: 'ab', source: 'a', target: 'b', type: 'praises', evidence: [ev] }],
};
const story = (id: string, title = id): Stories[number] => ({
  id,
  title,
  steps: [{ id: 'step-1', title: 'One', text: '', view: DEFAULT_VIEW, camera: null }],
});
const store = useAppStore;

beforeEach(() => {
  store.getState().initWorkspace(seed, EMPTY_WORKSPACE);
  forgetHistory();
});

describe('stories in the store', () => {
  it('a change to the stories is one undoable step and leaves the graph and its index as they were', () => {
    const { graph, index } = store.getState();
    let graphChanges = 0;
    const stop = store.subscribe(
      (s) => s.graph,
      () => graphChanges++,
    );
    store.getState().setStories([story('story-1')]);
    store.getState().setStories([story('story-1'), story('story-2')]);
    expect(store.getState().workspace.stories).toHaveLength(2);
    expect(history.getState().pastStates).toHaveLength(2);
    expect(undo()).toBe(true);
    expect(store.getState().workspace.stories?.map((s) => s.id)).toEqual(['story-1']);
    stop();
    expect(graphChanges).toBe(0);
    expect(store.getState().graph).toBe(graph);
    expect(store.getState().index).toBe(index);
  });

  it('setting the same list again is no step at all', () => {
    const stories = [story('story-1')];
    store.getState().setStories(stories);
    store.getState().setStories(stories);
    expect(history.getState().pastStates).toHaveLength(1);
  });

  it('Open… replace brings the file’s stories (the graph kept without them); merge adds them under free ids', () => {
    store.getState().setStories([story('story-1', 'Mine')]);
    const file: Graph = { ...seed, stories: [story('story-1', 'Theirs')] };
    store.getState().importGraph(file, 'theirs.json', 'merge');
    expect(store.getState().workspace.stories?.map((s) => [s.id, s.title])).toEqual([
      ['story-1', 'Mine'],
      ['story-1-2', 'Theirs'],
    ]);
    store.getState().importGraph(file, 'theirs.json', 'replace');
    expect(store.getState().workspace.stories?.map((s) => s.title)).toEqual(['Theirs']);
    const base = store.getState().workspace.base;
    expect(base.kind === 'imported' && base.graph).not.toHaveProperty('stories');
    expect(store.getState().graph).not.toHaveProperty('stories');
    undo();
    expect(store.getState().workspace.stories?.map((s) => s.title)).toEqual(['Mine', 'Theirs']);
  });

  it('a link’s story opens the presenter; a link without one leaves it; a view without the key keeps it', () => {
    store.getState().applyView({ ...DEFAULT_VIEW, story: { id: 'story-1', step: 2 } });
    expect(store.getState().presenting).toEqual({ storyId: 'story-1', step: 2 });
    store.getState().applyView(DEFAULT_VIEW);
    expect(store.getState().presenting).toEqual({ storyId: 'story-1', step: 2 });
    store.getState().applyView({ ...DEFAULT_VIEW, story: null });
    expect(store.getState().presenting).toBeNull();
  });
});

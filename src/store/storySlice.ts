import type { StateCreator } from 'zustand';
import type { Stories } from '../domain/story';
import type { AppState } from './types';

/** Which story is being presented, and at which step (0-based). */
export interface Presenting {
  readonly storyId: string;
  readonly step: number;
}

export interface StorySlice {
  /** The story panel is open beside the canvas. */
  readonly storyOpen: boolean;
  readonly presenting: Presenting | null;
  setStoryOpen: (open: boolean) => void;
  /** Opens the presenter at `step` (a link's `story=…&step=…` does this too); null leaves it. */
  present: (presenting: Presenting | null) => void;
  /** Replaces the stories: one undoable step, saved with the workspace; the graph is not recomposed. */
  setStories: (stories: Stories) => void;
}

export const createStorySlice: StateCreator<AppState, [], [], StorySlice> = (set, get) => ({
  storyOpen: false,
  presenting: null,
  // The story panel opens where the review queue and the paths panel do: one drawer at a time.
  setStoryOpen: (storyOpen) =>
    set(storyOpen ? { storyOpen, reviewOpen: false, pathsTool: null } : { storyOpen }),
  present: (presenting) => set({ presenting }),
  setStories: (stories) => {
    const { workspace } = get();
    if (stories !== (workspace.stories ?? [])) set({ workspace: { ...workspace, stories } });
  },
});

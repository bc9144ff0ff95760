import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store';

/** The story panel's element id, for the button's aria-controls. */
export const STORY_PANEL_ID = 'story-panel';

const StoryUi = lazy(() => import('./StoryUi'));

/** The header button: opens and closes the story panel (its code loads on the first open). */
export function StoryButton() {
  const open = useAppStore((s) => s.storyOpen);
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={open ? STORY_PANEL_ID : undefined}
      onClick={() => useAppStore.getState().setStoryOpen(!open)}
      data-testid="story-button"
    >
      Story
    </button>
  );
}

/** The story panel and the presenter: nothing, and no code, until one of them is asked for. */
export function LazyStory() {
  const wanted = useAppStore((s) => s.storyOpen || s.presenting !== null);
  return wanted ? (
    <Suspense fallback={null}>
      <StoryUi />
    </Suspense>
  ) : null;
}

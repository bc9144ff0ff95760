import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { StoryPanel } from './StoryPanel';
import { StoryPresenter } from './StoryPresenter';
import './story.css';

/** Loaded on demand: the presenter while a story is presented, else the story panel when open. */
export default function StoryUi() {
  const presenting = useAppStore((s) => s.presenting !== null);
  const open = useAppStore((s) => s.storyOpen);
  // The review queue and the paths panel take the same drawer: the one opened last shows.
  const drawerTaken = useAppStore((s) => s.reviewOpen || s.pathsTool !== null);
  useEffect(() => {
    if (drawerTaken) useAppStore.getState().setStoryOpen(false);
  }, [drawerTaken]);
  if (presenting) return <StoryPresenter />;
  return open && !drawerTaken ? <StoryPanel /> : null;
}

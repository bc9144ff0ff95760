import { useAppStore } from '../../store';
import { StoryPanel } from './StoryPanel';
import { StoryPresenter } from './StoryPresenter';
import './story.css';

/** Loaded on demand: the presenter while a story is presented, else the story panel when open. */
export default function StoryUi() {
  const presenting = useAppStore((s) => s.presenting !== null);
  const open = useAppStore((s) => s.storyOpen);
  if (presenting) return <StoryPresenter />;
  return open ? <StoryPanel /> : null;
}

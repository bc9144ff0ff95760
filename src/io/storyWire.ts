/**
 * Stories as files and saved work hold them: each step's view written as the permalink hash of that
 * view ("#focus=russia&relation=r12"), so links and stories share one format and one strict reader
 * (storySchema.ts reads them back).
 */
import type { Stories } from '../domain/story';
import { formatPermalink } from './permalink';

/** The stories in the written shape: each view as its permalink hash, no camera when there is none. */
export const encodeStories = (stories: Stories) =>
  stories.map((story) => ({
    id: story.id,
    title: story.title,
    steps: story.steps.map((step) => ({
      id: step.id,
      title: step.title,
      text: step.text,
      view: formatPermalink(step.view),
      ...(step.camera ? { camera: step.camera } : {}),
    })),
  }));

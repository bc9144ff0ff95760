/**
 * Stories: ordered lists of saved views (steps), each with the analyst's text, presented one after the
 * other. The operations that change them are in storyEdits.ts, loaded with the story panel.
 */
import type { Point } from './edgeOverlaps';
import { uniqueId } from './ids';
import type { ViewState } from './view';

/** Where the canvas stood: every actor's position (model coordinates), the zoom and the pan. */
export interface StoryCamera {
  readonly zoom: number;
  readonly pan: Point;
  readonly positions: Readonly<Record<string, Point>>;
  /** The canvas size (px) zoom and pan were read at, so a canvas of another size shows the same area. */
  readonly size?: { readonly width: number; readonly height: number };
}

export interface StoryStep {
  readonly id: string;
  readonly title: string;
  /** Markdown subset (paragraphs, *emphasis*, **strong**, [links](https://…)); see storyText.ts. */
  readonly text: string;
  /** Filters, focus, selection, time window, layout, paths, size and communities, as a permalink holds them. */
  readonly view: ViewState;
  /** Null when the canvas was not drawn when the step was saved: the view then keeps the layout's positions. */
  readonly camera: StoryCamera | null;
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly StoryStep[];
}

export type Stories = readonly Story[];

/**
 * Stories from a file joined to the ones already here: a story whose id is taken gets a fresh id, so
 * nothing is overwritten.
 */
export function joinStories(current: Stories, added: Stories): Stories {
  const joined = [...current];
  const taken = new Set(current.map((story) => story.id));
  for (const story of added) {
    const id = uniqueId(story.id, (candidate) => taken.has(candidate));
    taken.add(id);
    joined.push({ ...story, id });
  }
  return joined;
}

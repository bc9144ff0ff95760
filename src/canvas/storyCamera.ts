/**
 * A story step's camera: where every actor stands, the zoom and the pan. Read when a step is saved,
 * moved to (animated) when it is presented. Panels reach the canvas only through these functions.
 */
import type { SingularAnimationOptionsPos } from 'cytoscape';
import type { StoryCamera } from '../domain/story';
import { getCy } from './currentCy';
import { holdViewport } from './refit';

/** Above this many actors, positions jump instead of gliding: one animation per node costs too much. */
const ANIMATED_NODES_UP_TO = 400;
const EASE = 'ease-in-out-cubic';

/** The camera now, or null when no canvas is drawn. Merged-away and hidden actors keep their places too. */
export function readCamera(): StoryCamera | null {
  const cy = getCy();
  if (!cy) return null;
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: round(x), y: round(y) };
  });
  const pan = cy.pan();
  return {
    zoom: cy.zoom(),
    pan: { x: round(pan.x), y: round(pan.y) },
    positions,
    size: { width: cy.width(), height: cy.height() },
  };
}

/**
 * The zoom and pan that show the area the camera showed on a canvas of this size: the same centre, the
 * whole area in view (a step saved on a wide screen, presented on a narrow one, or the other way).
 */
export function fitCamera(
  camera: StoryCamera,
  width: number,
  height: number,
): Pick<StoryCamera, 'zoom' | 'pan'> {
  if (!camera.size || width <= 0 || height <= 0) return camera;
  const { zoom, pan, size } = camera;
  const centre = { x: (size.width / 2 - pan.x) / zoom, y: (size.height / 2 - pan.y) / zoom };
  const fitted = zoom * Math.min(width / size.width, height / size.height);
  return { zoom: fitted, pan: { x: width / 2 - centre.x * fitted, y: height / 2 - centre.y * fitted } };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Moves the canvas to `camera` over `duration` ms, starting from `from` (the camera before the step's
 * view was applied, which may have refitted it) so the move reads as one motion. Actors the camera does
 * not know (added since) stay where they are. Resolves when the move ends; the canvas then stays put
 * until the reader moves it, instead of refitting when its size changes.
 */
export function moveCamera(camera: StoryCamera, from: StoryCamera | null, duration: number): Promise<void> {
  const cy = getCy();
  if (!cy) return Promise.resolve();
  cy.stop(true, true);
  cy.nodes().stop(true, true);
  if (from) cy.viewport({ zoom: from.zoom, pan: from.pan });
  holdViewport(cy);
  const view = fitCamera(camera, cy.width(), cy.height());
  const nodes = cy.nodes().filter((node) => camera.positions[node.id()] !== undefined);
  const glide = duration > 0 && nodes.length <= ANIMATED_NODES_UP_TO;
  if (!glide) {
    cy.batch(() => nodes.forEach((node) => void node.position(camera.positions[node.id()]!)));
    if (duration <= 0) {
      cy.viewport(view);
      return Promise.resolve();
    }
  }
  const moves: Promise<unknown>[] = [];
  if (glide) {
    nodes.forEach((node) => {
      const target = camera.positions[node.id()]!;
      const now = node.position();
      if (now.x !== target.x || now.y !== target.y) {
        moves.push(
          node
            .animation({ position: target, duration, easing: EASE } as SingularAnimationOptionsPos)
            .play()
            .promise(),
        );
      }
    });
  }
  moves.push(
    cy
      .animation({ ...view, duration, easing: EASE })
      .play()
      .promise(),
  );
  return Promise.all(moves).then(() => undefined);
}

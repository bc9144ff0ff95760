import { useCallback, useEffect, useRef, useState } from 'react';
import { prefersReducedMotion } from '../reducedMotion';

/** How long each period stays on screen while playing; longer when the reader asks for less motion. */
export const STEP_MS = 1200;
export const REDUCED_MOTION_STEP_MS = 2500;

/**
 * Steps through `count` periods, calling `show(i)` for each, then stops on the last. The change is
 * always a step (no tween); with reduced motion each step stays longer.
 */
export function usePlay(count: number, show: (index: number) => void) {
  const [playing, setPlaying] = useState(false);
  const timer = useRef<number | null>(null);
  const showRef = useRef(show);
  showRef.current = show;

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    setPlaying(false);
  }, []);

  const play = useCallback(() => {
    if (count === 0) return;
    let index = 0;
    showRef.current(index);
    setPlaying(true);
    timer.current = window.setInterval(
      () => {
        index += 1;
        if (index >= count) {
          stop();
          return;
        }
        showRef.current(index);
      },
      prefersReducedMotion() ? REDUCED_MOTION_STEP_MS : STEP_MS,
    );
  }, [count, stop]);

  useEffect(() => stop, [stop]);
  return { playing, play, stop };
}

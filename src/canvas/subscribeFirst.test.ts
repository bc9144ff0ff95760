import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store';
import { subscribeFirst } from './subscribeFirst';

describe('subscribeFirst', () => {
  it('runs before listeners that subscribed to the store earlier', () => {
    const calls: string[] = [];
    const stopPanel = useAppStore.subscribe(() => calls.push('panel'));
    const stopCanvas = subscribeFirst(
      (s) => s.mergeParallel,
      () => calls.push('canvas'),
      { immediately: false },
    );
    useAppStore.setState({ mergeParallel: !useAppStore.getState().mergeParallel });
    expect(calls).toEqual(['canvas', 'panel']);
    stopPanel();
    stopCanvas();
  });

  it('calls at once by default, then only when the selected value changes, until unsubscribed', () => {
    const seen: boolean[] = [];
    const start = useAppStore.getState().mergeParallel;
    const stop = subscribeFirst(
      (s) => s.mergeParallel,
      (v) => seen.push(v),
    );
    useAppStore.setState({ expandedPairs: [] }); // another part of the state: no call
    useAppStore.setState({ mergeParallel: !start });
    stop();
    useAppStore.setState({ mergeParallel: start });
    expect(seen).toEqual([start, !start]);
  });

  it('uses the given equality, so a new array with the same parts is no change', () => {
    let calls = 0;
    const stop = subscribeFirst(
      (s) => [s.mergeParallel] as const,
      () => calls++,
      { immediately: false, equal: (a, b) => a[0] === b[0] },
    );
    useAppStore.setState({ expandedPairs: [] });
    expect(calls).toBe(0);
    stop();
  });
});

import { describe, expect, it } from 'vitest';
import { fitCamera } from './storyCamera';

describe('fitCamera', () => {
  const camera = { zoom: 2, pan: { x: 100, y: 50 }, positions: {}, size: { width: 800, height: 600 } };
  // The model point at the saved canvas's centre: ((400 - 100) / 2, (300 - 50) / 2) = (150, 125).
  const centreOf = (c: { zoom: number; pan: { x: number; y: number } }, w: number, h: number) => ({
    x: (w / 2 - c.pan.x) / c.zoom,
    y: (h / 2 - c.pan.y) / c.zoom,
  });

  it('keeps zoom and pan on a canvas of the same size', () => {
    expect(fitCamera(camera, 800, 600)).toEqual({ zoom: 2, pan: { x: 100, y: 50 } });
  });

  it('shows the same area, centred, on a smaller or a wider canvas', () => {
    const half = fitCamera(camera, 400, 600);
    expect(half.zoom).toBe(1);
    expect(centreOf(half, 400, 600)).toEqual({ x: 150, y: 125 });
    const wide = fitCamera(camera, 1600, 600);
    expect(wide.zoom).toBe(2); // the height limits it
    expect(centreOf(wide, 1600, 600)).toEqual({ x: 150, y: 125 });
  });

  it('uses zoom and pan as saved when the camera has no size', () => {
    const { size: _size, ...old } = camera;
    expect(fitCamera(old, 400, 300)).toBe(old);
  });
});

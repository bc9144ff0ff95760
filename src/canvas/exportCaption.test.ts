import { describe, expect, it } from 'vitest';
import { layoutCaption, MAX_SOURCE_LINES, wrapText, type ImageCaption, type Measure } from './exportCaption';

/** Every character 6 px wide, whatever the font: enough to check wrapping and flow. */
const measure: Measure = (text) => text.length * 6;
const colours = { text: '#000', muted: '#555', rule: '#ccc' };
const caption = (sources: number): ImageCaption => ({
  title: 'Actor graph: a title',
  notes: ['3 actors and 2 relations, the whole graph.', 'Filters: none; everything is shown.'],
  sources: Array.from({ length: sources }, (_, i) => `Author ${i}, Publisher, 2025-05-09: “Title ${i}”`),
  credit: 'Made with Actorgraph.',
});
const texts = (items: ReturnType<typeof layoutCaption>['items']) =>
  items.flatMap((item) => (item.type === 'text' ? [item.text] : []));

describe('wrapText', () => {
  it('breaks between words and never exceeds the width', () => {
    const lines = wrapText('one two three four five six', 60, '', measure);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
    for (const line of lines) expect(measure(line, '')).toBeLessThanOrEqual(60);
  });

  it('cuts a word longer than a line between characters', () => {
    const lines = wrapText('https://example.org/a/very/long/address', 60, '', measure);
    expect(lines.join('')).toBe('https://example.org/a/very/long/address');
    for (const line of lines) expect(measure(line, '')).toBeLessThanOrEqual(60);
  });
});

describe('layoutCaption', () => {
  it('writes the title, notes, legend, sources and credit, all inside the band', () => {
    const legend = [
      { type: 'node', label: 'state', shape: 'round-rectangle', colour: '#00f' },
      { type: 'edge', label: 'Verbal conflict', colour: '#f80' },
      { type: 'edge', label: 'did not happen', colour: '#888', dashed: true },
      { type: 'edge', label: 'not yet reviewed', colour: '#888', dotted: true },
    ] as const;
    const layout = layoutCaption(caption(2), legend, 600, colours, measure);
    expect(texts(layout.items)).toEqual([
      'Actor graph: a title',
      '3 actors and 2 relations, the whole graph.',
      'Filters: none; everything is shown.',
      'Legend',
      'state',
      'Verbal conflict',
      'did not happen',
      'not yet reviewed',
      'Sources',
      'Author 0, Publisher, 2025-05-09: “Title 0”',
      'Author 1, Publisher, 2025-05-09: “Title 1”',
      'Made with Actorgraph.',
    ]);
    for (const item of layout.items) {
      const [x, y] =
        item.type === 'node'
          ? [item.cx, item.cy]
          : item.type === 'text'
            ? [item.x, item.y]
            : [item.x2, item.y2];
      expect(x).toBeLessThanOrEqual(600);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.items.filter((i) => i.type === 'node')).toHaveLength(1);
    expect(layout.items.some((i) => i.type === 'line' && i.dashed)).toBe(true);
    expect(layout.items.filter((i) => i.type === 'line' && i.dotted)).toHaveLength(1);
  });

  it('sums up sources past the limit, and grows taller when narrower', () => {
    const many = layoutCaption(caption(MAX_SOURCE_LINES + 3), [], 600, colours, measure);
    expect(texts(many.items)).toContain('…and 3 more');
    expect(texts(many.items).filter((t) => t.startsWith('Author'))).toHaveLength(MAX_SOURCE_LINES);
    const narrow = layoutCaption(caption(2), [], 200, colours, measure);
    const wide = layoutCaption(caption(2), [], 900, colours, measure);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
});

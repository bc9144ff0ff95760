import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { classOnlyBatch, listen } from './canvasListeners';

const canvas = () =>
  cytoscape({
    headless: true,
    elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'r', source: 'a', target: 'b' } }],
  });

describe('canvas listeners', () => {
  it('sets the handlers aside for a class-only batch and puts them back after it', () => {
    const cy = canvas();
    const taps: string[] = [];
    listen(cy, 'tap', () => taps.push('core'));
    listen(cy, 'tap', 'edge', (e) => taps.push(e.target.id()));
    cy.getElementById('r').emit('tap');
    expect(taps).toEqual(['core', 'r']);
    classOnlyBatch(cy, () => {
      cy.getElementById('r').addClass('hidden');
      cy.getElementById('r').emit('tap'); // nobody of the app hears this one
    });
    expect(cy.getElementById('r').hasClass('hidden')).toBe(true);
    expect(taps).toEqual(['core', 'r']);
    cy.getElementById('r').emit('tap');
    expect(taps).toEqual(['core', 'r', 'core', 'r']);
  });

  it('removes exactly the handler it registered, even when removed during a class-only batch', () => {
    const cy = canvas();
    let kept = 0;
    let removed = 0;
    listen(cy, 'tap', () => kept++);
    const unlisten = listen(cy, 'tap', () => removed++);
    classOnlyBatch(cy, unlisten);
    cy.emit('tap');
    expect([kept, removed]).toEqual([1, 0]);
  });

  it('refuses handlers for the events a class-only batch emits', () => {
    const cy = canvas();
    expect(() => listen(cy, 'tap style', () => undefined)).toThrow(/"style" handlers/);
    expect(() => listen(cy, 'class.mine', () => undefined)).toThrow(/"class.mine" handlers/);
  });
});

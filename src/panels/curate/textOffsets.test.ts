// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { selectionIn, textOffset } from './textOffsets';

/** An article drawn as the reader draws it: text split over spans and marks, nested runs inside one. */
function article(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML =
    '<span>Émile 😀 met </span><mark><span>Xi</span><span> in Paris.</span></mark><span> Then…</span>';
  document.body.replaceChildren(root);
  return root;
}

describe('textOffset', () => {
  it('counts UTF-16 units of the text before a point, across elements', () => {
    const root = article();
    const text = root.textContent!;
    const xi = root.querySelector('mark span')!.firstChild!;
    expect(textOffset(root, xi, 0)).toBe(text.indexOf('Xi'));
    expect(textOffset(root, xi, 2)).toBe(text.indexOf(' in Paris'));
    // A point between elements counts the same.
    expect(textOffset(root, root, 2)).toBe(text.indexOf(' Then'));
  });
});

describe('selectionIn', () => {
  it('reads a selection inside the article and refuses one that leaves it', () => {
    const root = article();
    const text = root.textContent!;
    const selection = window.getSelection()!;
    const range = document.createRange();
    range.setStart(root.querySelector('mark span')!.firstChild!, 1);
    range.setEnd(root.lastChild!.firstChild!, 3);
    selection.removeAllRanges();
    selection.addRange(range);
    const got = selectionIn(root, selection);
    expect(got && text.slice(got.start, got.end)).toBe('i in Paris. Th');

    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    range.setEnd(outside.firstChild!, 2);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionIn(root, selection)).toBeNull();
    selection.collapse(root, 0);
    expect(selectionIn(root, selection)).toBeNull();
  });
});

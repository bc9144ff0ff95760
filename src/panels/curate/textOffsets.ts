/**
 * Where a DOM selection lies in the article's text. The article element holds the source text and
 * nothing else (every piece is a text node, in order), so the text before a point is the point's offset.
 */

/** The UTF-16 offset in `root`'s text of the DOM point (node, offset), which must lie inside `root`. */
export function textOffset(root: Node, node: Node, offset: number): number {
  const range = (root.ownerDocument ?? document).createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection's [start, end) in `root`'s text, or null when it is empty or not wholly inside `root`. */
export function selectionIn(root: Node, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = textOffset(root, range.startContainer, range.startOffset);
  const end = textOffset(root, range.endContainer, range.endOffset);
  return start < end ? { start, end } : null;
}

import type { Collection, Position } from 'cytoscape';
import type { LayoutName } from '../domain/view';
import { crossingsOf, untangle, type UntangleNode, type UntanglePair } from '../domain/untangle';
import { levelsOf, untangleBySwaps } from '../domain/untangleSwaps';

/** Up to this many actors the force layout is tidied (the search is quadratic in edges × actors). */
export const TIDY_UP_TO = 300;
/** Up to this many actors rows and rings are tidied by swaps (quadratic in a row's actors on top). */
const SWAP_UP_TO = 60;
/** The stylesheet's `control-point-step-size`: how far apart parallel relations fan out. */
export const PARALLEL_STEP = 44;
/** Label size assumed when measuring an actor: above the 15px style, since small windows enlarge labels. */
const LABEL_FONT = 19;
const NODE_HALF = 17;
const GAP = 40;

/** An actor's box around its centre, its label included, from its text (no canvas measurement). */
function extentOf(label: string): UntangleNode['extent'] {
  const half = Math.max(NODE_HALF, (label.length * LABEL_FONT * 0.6) / 2);
  return { left: half, right: half, top: NODE_HALF, bottom: NODE_HALF + 4 + LABEL_FONT * 1.3 };
}

/** Relations per pair of actors (either direction: Cytoscape fans both out as one bundle). */
function pairsOf(eles: Collection): UntanglePair[] {
  const pairs = new Map<string, { a: string; b: string; count: number }>();
  eles.edges().forEach((e) => {
    const s = e.data('source') as string;
    const t = e.data('target') as string;
    const [a, b] = s < t ? [s, t] : [t, s];
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) ?? { a, b, count: 0 };
    pair.count++;
    pairs.set(key, pair);
  });
  return [...pairs.values()];
}

/** Groups of actors joined by relations, largest first (ties in document order). */
function components(ids: readonly string[], pairs: readonly UntanglePair[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const p of pairs) parent.set(find(p.a), find(p.b));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length);
}

/**
 * Small components and lone actors go in a row under the largest one, each keeping its own shape,
 * instead of wherever the force layout pushed them (a lone actor can take a third of the width).
 */
function pack(nodes: readonly UntangleNode[], pairs: readonly UntanglePair[]): Map<string, Position> {
  const pos = new Map<string, Position>(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const groups = components(
    nodes.map((n) => n.id),
    pairs,
  );
  const main = groups[0];
  if (!main || groups.length === 1) return pos;
  const boxOf = (ids: readonly string[]) => {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const id of ids) {
      const p = pos.get(id)!;
      const e = byId.get(id)!.extent;
      x1 = Math.min(x1, p.x - e.left);
      y1 = Math.min(y1, p.y - e.top);
      x2 = Math.max(x2, p.x + e.right);
      y2 = Math.max(y2, p.y + e.bottom);
    }
    return { x1, y1, x2, y2 };
  };
  const mainBox = boxOf(main);
  let x = mainBox.x1;
  const top = mainBox.y2 + GAP;
  for (const group of groups.slice(1)) {
    const box = boxOf(group);
    for (const id of group) {
      const p = pos.get(id)!;
      pos.set(id, { x: p.x - box.x1 + x, y: p.y - box.y1 + top });
    }
    x += box.x2 - box.x1 + GAP;
  }
  return pos;
}

/**
 * Pack the small components, then move actors off edges they do not belong to. In place. Returns
 * the crossings left (by the model `untangle` uses), so a caller can compare starts.
 */
export function tidyLayout(eles: Collection): number {
  const nodes = eles.nodes();
  if (nodes.length < 3 || nodes.length > TIDY_UP_TO) return 0;
  const { nodes: measured, pairs } = modelOf(eles);
  const packed = pack(measured, pairs);
  const placed = untangle(
    measured.map((n) => ({ ...n, ...packed.get(n.id)! })),
    pairs,
    { step: PARALLEL_STEP, margin: 6 },
  );
  nodes.positions((n) => placed.get(n.id()) ?? n.position());
  return crossingsOf(measured, pairs, placed, PARALLEL_STEP);
}

/** The actors as the untangling models them (their boxes from their labels), with their relations. */
function modelOf(eles: Collection): { nodes: UntangleNode[]; pairs: UntanglePair[] } {
  return {
    nodes: eles.nodes().map((n) => ({
      id: n.id(),
      ...n.position(),
      extent: extentOf(String(n.data('label') ?? '')),
    })),
    pairs: pairsOf(eles),
  };
}

/**
 * Breadth-first rows and concentric rings keep their shape: actors only trade places within their row
 * or ring (anywhere, for a grid) while fewer edges cross actors. A long breadth-first row is staggered
 * first, every other actor a little lower, so edges between actors of one row can pass between the
 * others instead of through them. `centre` is the rings' centre. In place.
 */
export function tidyStructured(eles: Collection, name: LayoutName, centre: Position): void {
  const count = eles.nodes().length;
  if (count < 3 || count > SWAP_UP_TO) return;
  const { nodes, pairs } = modelOf(eles);
  let groups: string[][];
  let model = nodes;
  if (name === 'breadthfirst') {
    groups = levelsOf(nodes, null);
    model = staggered(nodes, groups);
  } else if (name === 'concentric') groups = levelsOf(nodes, centre);
  else if (name === 'grid') groups = [nodes.map((n) => n.id)];
  // A circle is left as drawn: its chords pass between actors already, and the model's label boxes
  // are too rough to trade one circle order for another.
  else return;
  const placed = untangleBySwaps(model, pairs, groups, { step: PARALLEL_STEP });
  eles.nodes().positions((n) => placed.get(n.id()) ?? n.position());
}

/** Rows of five actors or more with every other actor (left to right) moved down by a third of a row. */
function staggered(nodes: readonly UntangleNode[], rows: readonly (readonly string[])[]): UntangleNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ys = rows.map((row) => byId.get(row[0]!)!.y);
  const gaps = ys.slice(1).map((y, i) => y - ys[i]!);
  const drop = (gaps.length > 0 ? Math.min(...gaps) : 120) / 3;
  const moved = new Map<string, UntangleNode>();
  for (const row of rows) {
    if (row.length < 5) continue;
    const inOrder = row.map((id) => byId.get(id)!).sort((a, b) => a.x - b.x);
    inOrder.forEach((n, i) => {
      if (i % 2 === 1) moved.set(n.id, { ...n, y: n.y + drop });
    });
  }
  return nodes.map((n) => moved.get(n.id) ?? n);
}

import type { Collection, Position } from 'cytoscape';
import { crossingsOf, untangle, type UntangleNode, type UntanglePair } from '../domain/untangle';

/** Up to this many actors the force layout is tidied (the search is quadratic in edges × actors). */
export const TIDY_UP_TO = 300;
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
  const pairs = pairsOf(eles);
  const measured: UntangleNode[] = nodes.map((n) => ({
    id: n.id(),
    ...n.position(),
    extent: extentOf(String(n.data('label') ?? '')),
  }));
  const packed = pack(measured, pairs);
  const placed = untangle(
    measured.map((n) => ({ ...n, ...packed.get(n.id)! })),
    pairs,
    { step: PARALLEL_STEP, margin: 6 },
  );
  nodes.positions((n) => placed.get(n.id()) ?? n.position());
  return crossingsOf(measured, pairs, placed, PARALLEL_STEP);
}

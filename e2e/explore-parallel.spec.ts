import { expect, test, type Page } from '@playwright/test';
import { pairKey } from '../src/domain/parallel';
import { drawnIds, graph, selection } from './exploreHelpers';
import { edgePoint, openApp } from './helpers';

const pairs = new Map<string, string[]>();
for (const r of graph.relations) {
  const key = pairKey(r.source, r.target);
  pairs.set(key, [...(pairs.get(key) ?? []), r.id]);
}
const mergedId = (a: string, b: string) => `merged:${pairKey(a, b)}`;

/**
 * Label boxes as drawn (centre, size, rotation) from the renderer, and every pair of labels of
 * relations between the same two actors whose rotated boxes intersect (separating-axis test).
 */
function overlappingSamePairLabels(page: Page) {
  return page.evaluate(() => {
    type Box = { cx: number; cy: number; w: number; h: number; a: number };
    const cy = window.cy!;
    const box = (id: string): Box => {
      const e = cy.getElementById(id);
      e.boundingBox({ includeLabels: true });
      // Renderer internals: the unrotated label box and the angle it is drawn at.
      const p = (
        e[0] as unknown as {
          _private: { labelBounds: { main: { w: number; h: number } }; rscratch: Record<string, number> };
        }
      )._private;
      return {
        cx: p.rscratch.labelX!,
        cy: p.rscratch.labelY!,
        w: p.labelBounds.main.w,
        h: p.labelBounds.main.h,
        a: p.rscratch.labelAngle ?? 0,
      };
    };
    const corners = (b: Box) =>
      [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ].map(([dx, dy]) => {
        const c = Math.cos(b.a);
        const s = Math.sin(b.a);
        return [
          b.cx + ((dx! * b.w) / 2) * c - ((dy! * b.h) / 2) * s,
          b.cy + ((dx! * b.w) / 2) * s + ((dy! * b.h) / 2) * c,
        ] as const;
      });
    const intersect = (a: Box, b: Box) => {
      const A = corners(a);
      const B = corners(b);
      for (const P of [A, B]) {
        for (let i = 0; i < 4; i++) {
          const [x1, y1] = P[i]!;
          const [x2, y2] = P[(i + 1) % 4]!;
          const [nx, ny] = [y2 - y1, x1 - x2];
          const pa = A.map(([x, y]) => x * nx + y * ny);
          const pb = B.map(([x, y]) => x * nx + y * ny);
          if (Math.max(...pa) < Math.min(...pb) || Math.max(...pb) < Math.min(...pa)) return false;
        }
      }
      return true;
    };
    const shown = (id: string) => !cy.getElementById(id).hasClass('label-hidden');
    const groups = new Map<string, string[]>();
    cy.edges(':visible').forEach((e) => {
      const key = [e.source().id(), e.target().id()].sort().join('\n');
      groups.set(key, [...(groups.get(key) ?? []), e.id()]);
    });
    const bad: string[] = [];
    let checked = 0;
    for (const ids of groups.values()) {
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          checked++;
          // A label that gave way to another (labelPriority.ts) is not drawn.
          if (shown(ids[i]!) && shown(ids[j]!) && intersect(box(ids[i]!), box(ids[j]!)))
            bad.push(`${ids[i]} / ${ids[j]}`);
        }
      }
    }
    return { bad, checked };
  });
}

test('parallel relations are separate curves whose labels do not overlap', async ({ page }) => {
  await openApp(page);
  const biggest = [...pairs.values()].sort((a, b) => b.length - a.length)[0]!;
  expect(biggest.length).toBeGreaterThanOrEqual(7);
  // Each relation of the busiest pair is its own edge, curving on its own path.
  const midpoints = await page.evaluate(
    (ids) => ids.map((id) => window.cy!.getElementById(id).midpoint()),
    biggest,
  );
  const distinct = new Set(midpoints.map((m) => `${Math.round(m.x)},${Math.round(m.y)}`));
  expect(distinct.size).toBe(biggest.length);
  const { bad, checked } = await overlappingSamePairLabels(page);
  expect(checked).toBeGreaterThan(40);
  expect(bad).toEqual([]);
  // Still true zoomed out and in: labels and curve spacing scale together.
  for (const zoom of [0.4, 2]) {
    await page.evaluate((z) => {
      window.cy!.zoom(z);
    }, zoom);
    // Which labels show is decided on the next frame.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect((await overlappingSamePairLabels(page)).bad).toEqual([]);
  }
});

test('merging draws one edge per pair, labelled with types and counts; a click expands it', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Merge parallel relations').check();
  const multi = [...pairs.entries()].filter(([, ids]) => ids.length > 1);
  const expectedEdges =
    graph.relations.length - multi.reduce((n, [, ids]) => n + ids.length, 0) + multi.length;
  await expect.poll(async () => (await drawnIds(page, 'edges')).length).toBe(expectedEdges);

  const id = mergedId('china', 'russia');
  const members = pairs.get(pairKey('china', 'russia'))!;
  const sentences = graph.relations
    .filter((r) => members.includes(r.id))
    .reduce((n, r) => n + r.evidence.length, 0);
  const label = await page.evaluate(
    (edgeId) => window.cy!.getElementById(edgeId).data('label') as string,
    id,
  );
  expect(label).toContain('aids, allies with, cooperates with +3');
  expect(label).toContain(`${members.length} relations · ${sentences} sentences`);

  const { x, y } = await edgePoint(page, id);
  await page.mouse.click(x, y);
  await expect.poll(() => drawnIds(page, 'edges')).toEqual(expect.arrayContaining(members));
  expect(await drawnIds(page, 'edges')).not.toContain(id);
  await expect(page.getByRole('button', { name: 'Merge expanded pairs again' })).toBeVisible();
  expect(await selection(page)).toBeNull();

  await page.getByRole('button', { name: 'Merge expanded pairs again' }).click();
  await expect.poll(() => drawnIds(page, 'edges')).toContain(id);
});

test('selecting a merged relation shows its pair expanded; the option survives a reload', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Merge parallel relations').check();
  const member = 'putin>xi-jinping:praises';
  await page.getByRole('button', { name: /Relation table/ }).click();
  await page.locator(`tr[data-relation-id="${member}"]`).click();
  await expect.poll(() => drawnIds(page, 'edges')).toContain(member);
  expect(await drawnIds(page, 'edges')).not.toContain(mergedId('putin', 'xi-jinping'));
  await page.keyboard.press('Escape');
  await expect.poll(() => drawnIds(page, 'edges')).toContain(mergedId('putin', 'xi-jinping'));

  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(page.getByLabel('Merge parallel relations')).toBeChecked();
  await expect.poll(() => drawnIds(page, 'edges')).toContain(mergedId('china', 'russia'));
});

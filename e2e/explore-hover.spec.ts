import { expect, test } from '@playwright/test';
import { clearEdge, graph } from './exploreHelpers';
import { edgePoint, nodePoint, openApp } from './helpers';

test('hovering an actor or a relation shows a tooltip with its label, kind or type and evidence', async ({
  page,
}) => {
  await openApp(page);
  const tip = page.getByRole('tooltip');

  const nato = await nodePoint(page, 'nato');
  await page.mouse.move(nato.x, nato.y);
  const natoRelations = graph.relations.filter((r) => r.source === 'nato' || r.target === 'nato');
  const natoSentences = natoRelations.reduce((n, r) => n + r.evidence.length, 0);
  await expect(tip).toContainText('NATO');
  await expect(tip).toContainText('Organization');
  await expect(tip).toContainText(
    `${natoRelations.length} relation${natoRelations.length === 1 ? '' : 's'} · ${natoSentences} sentence`,
  );

  const id = await clearEdge(page);
  const relation = graph.relations.find((r) => r.id === id)!;
  const type = graph.relationTypes.find((t) => t.id === relation.type)!;
  const label = (a: string) => graph.actors.find((x) => x.id === a)!.label;
  const p = await edgePoint(page, id);
  await page.mouse.move(p.x, p.y);
  await expect(tip).toContainText(
    `${label(relation.source)} ${type.directed ? '→' : '—'} ${label(relation.target)}`,
  );
  await expect(tip).toContainText(type.label);
  await expect(tip).toContainText(`${relation.evidence.length} sentence`);

  const box = (await page.locator('.canvas').boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + 4);
  await expect(tip).toHaveCount(0);
});

test('a merged pair says what it holds and that a click opens it', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Merge parallel relations').check();
  const id = 'merged:["china","russia"]';
  await expect.poll(() => page.evaluate((e) => window.cy!.getElementById(e).visible(), id)).toBe(true);
  const p = await edgePoint(page, id);
  await page.mouse.move(p.x, p.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('China — Russia');
  await expect(tip).toContainText('7 relations');
  await expect(tip).toContainText('Click to show each relation');
});

/**
 * Open… with a graph on screen: the file is read and checked first (in a worker, with progress and
 * Cancel), then a modal dialog asks Replace, Merge or Cancel. Driven with the mouse and the keyboard.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateGraph } from '../bench/generate';
import type { Graph } from '../src/domain/types';
import { exportGraph } from '../src/io/formats';
import { answerOpen, cyCounts, cyNodeIds, dropFiles } from './exchangeSupport';
import { nodePoint, openApp, seedGraph } from './helpers';

const seed = seedGraph();
const FIXTURE = 'e2e/fixtures/grain-talks.json';
const grain = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Graph;
const seedCounts = { nodes: seed.actors.length, edges: seed.relations.length };
const newActors = grain.actors.filter((a) => !seed.actors.some((s) => s.id === a.id));

const notice = (page: Page) => page.getByTestId('notice');
const openButton = (page: Page) => page.getByRole('button', { name: 'Open…' });
const question = (page: Page, name = 'grain-talks.json') =>
  page.getByRole('dialog', { name: `Open ${name}` });
const pastSteps = (page: Page) =>
  page.evaluate(() => window.actorgraph!.temporal.getState().pastStates.length);

async function chooseWithMouse(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  const choosing = page.waitForEvent('filechooser');
  await openButton(page).click();
  await (await choosing).setFiles(file);
}

/** The Undo button when this build has one, else the store's undo (the same step). */
async function undo(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Undo', exact: true });
  if ((await button.count()) > 0) await button.click();
  else await page.evaluate(() => window.actorgraph!.temporal.getState().undo());
}

test('Replace shows the file alone, its evidence marked imported; Undo brings the graph back', async ({
  page,
}) => {
  await openApp(page);
  await chooseWithMouse(page, FIXTURE);
  const dialog = question(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('The file holds 4 actors, 2 relations and 1 source');
  await expect(dialog).toContainText(`the graph on screen has ${seed.actors.length} actors`);
  await expect(dialog.getByRole('button', { name: 'Replace', exact: true })).toBeFocused();
  // Nothing changes while the question is open.
  expect(await cyCounts(page)).toEqual(seedCounts);

  await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(notice(page)).toContainText('Opened grain-talks.json: 4 actors, 2 relations, 1 source.');
  await expect.poll(() => cyCounts(page)).toEqual({ nodes: 4, edges: 2 });
  expect(await cyNodeIds(page)).toEqual(grain.actors.map((a) => a.id).sort());
  await expect(openButton(page)).toBeFocused();
  const statuses = await page.evaluate(() =>
    window.actorgraph!.getState().graph.relations.flatMap((r) => r.evidence.map((e) => e.status)),
  );
  expect(statuses).toEqual(['imported', 'imported']);

  await undo(page);
  await expect.poll(() => cyCounts(page)).toEqual(seedCounts);
  expect(await cyNodeIds(page)).toEqual(seed.actors.map((a) => a.id).sort());
});

test('Merge joins the file with the graph on screen, with the keyboard only', async ({ page }) => {
  await openApp(page);
  await openButton(page).focus();
  await expect(openButton(page)).toBeFocused();
  const choosing = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await choosing).setFiles(FIXTURE);
  const dialog = question(page);
  await expect(dialog.getByRole('button', { name: 'Replace', exact: true })).toBeFocused();

  // Tab stays inside the dialog: Replace → Merge → Cancel → Replace, and back with Shift+Tab.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Merge' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Replace', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Merge' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const merged = seed.actors.length + newActors.length;
  await expect(notice(page)).toContainText(
    `Merged grain-talks.json (4 actors, 2 relations, 1 source) with the graph on screen, which now has ${merged} actors`,
  );
  await expect.poll(() => cyCounts(page)).toEqual({ nodes: merged, edges: seed.relations.length + 2 });
  expect(await cyNodeIds(page)).toEqual([...seed.actors, ...newActors].map((a) => a.id).sort());
  await expect(openButton(page)).toBeFocused();
  // The curated sentences keep their status; the file's are marked as imported.
  const statuses = await page.evaluate(() => {
    const { graph } = window.actorgraph!.getState();
    return graph.relations.flatMap((r) => r.evidence.map((e) => `${e.sourceId}:${e.status ?? 'none'}`));
  });
  expect(statuses.filter((s) => s.startsWith('grain-talks:'))).toEqual([
    'grain-talks:imported',
    'grain-talks:imported',
  ]);
  expect(statuses.filter((s) => !s.startsWith('grain-talks:')).every((s) => s.endsWith(':none'))).toBe(true);

  await undo(page);
  await expect.poll(() => cyCounts(page)).toEqual(seedCounts);
});

test('Cancel and Esc leave everything as it was, and focus returns to Open…', async ({ page }) => {
  await openApp(page);
  const steps = await pastSteps(page);
  for (const how of ['click Cancel', 'press Escape'] as const) {
    await chooseWithMouse(page, FIXTURE);
    const dialog = question(page);
    await expect(dialog).toBeVisible();
    if (how === 'click Cancel') await dialog.getByRole('button', { name: 'Cancel' }).click();
    else await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(openButton(page)).toBeFocused();
    expect(await cyCounts(page)).toEqual(seedCounts);
    expect(await pastSteps(page)).toBe(steps);
    await expect(notice(page)).toHaveCount(0);
  }
});

test('a dropped file gets the same question; a refused one gets none and keeps the graph', async ({
  page,
}) => {
  await openApp(page);
  const gexf = exportGraph(grain, 'gexf', { baseName: 'grain-talks' });
  await dropFiles(page, [{ name: gexf.fileName, text: String(gexf.data) }]);
  await answerOpen(page, 'Replace');
  await expect(notice(page)).toContainText(`Opened ${gexf.fileName}: 4 actors, 2 relations`);
  await expect.poll(() => cyCounts(page)).toEqual({ nodes: 4, edges: 2 });

  // A relation pointing at an actor that does not exist: refused at once, without a question.
  const bad = { ...grain, relations: [{ ...grain.relations[0]!, target: 'nobody' }, grain.relations[1]!] };
  const steps = await pastSteps(page);
  await dropFiles(page, [{ name: 'dangling.json', text: JSON.stringify(bad) }]);
  const message = notice(page);
  await expect(message).toHaveAttribute('role', 'alert');
  // The first line gives the reason; the list gives its place.
  await expect(message.locator('p').first()).toContainText(
    'Could not open dangling.json: no actor has the id "nobody"',
  );
  await expect(message.locator('li').first()).toContainText('$.relations[0].target');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await cyCounts(page)).toEqual({ nodes: 4, edges: 2 });
  expect(await pastSteps(page)).toBe(steps);
});

test('a big file is read with progress while the graph stays usable; Cancel changes nothing', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  // About 40 MB: parsing and checking take seconds in the worker.
  const big = generateGraph({ actors: 16_000 }, seed.relationTypes);
  const path = testInfo.outputPath('big-graph.json');
  writeFileSync(path, JSON.stringify(big));
  await openApp(page);
  const steps = await pastSteps(page);

  await chooseWithMouse(page, path);
  const progress = page.getByTestId('open-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar', { name: 'Opening big-graph.json' })).toBeVisible();
  await expect(progress.getByRole('status')).toContainText(/Opening big-graph\.json: (parsing|checking)/, {
    timeout: 30_000,
  });
  // Focus moved from the disabled Open… button to Cancel.
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Opening…' })).toBeDisabled();

  // Meanwhile the canvas answers a click: the main thread is not busy with the file.
  const putin = await nodePoint(page, 'putin');
  await page.mouse.click(putin.x, putin.y);
  await expect(page.locator('#actor-heading')).toHaveText('Vladimir Putin');
  await expect(progress).toBeVisible();

  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(openButton(page)).toBeEnabled();
  await expect(openButton(page)).toBeFocused();
  // A cancelled read never delivers: no question, no change, no step to undo.
  await page.waitForTimeout(1_000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await cyCounts(page)).toEqual(seedCounts);
  expect(await pastSteps(page)).toBe(steps);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Replace or Merge dialog passes axe (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await chooseWithMouse(page, FIXTURE);
    await expect(question(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog.open-choice-dialog').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`);
    expect(serious).toEqual([]);
  });
}

// Needs the importer change on another branch: foreign GEXF, GraphML and Cytoscape files whose edges
// carry no evidence open as "unsupported" relations. On this branch such a file is still refused.
test.fixme('a Gephi-style GEXF without evidence opens as unsupported relations', async ({ page }) => {
  await openApp(page);
  await chooseWithMouse(page, 'e2e/fixtures/gephi-style-no-evidence.gexf');
  await answerOpen(page, 'Replace');
  await expect(notice(page)).toContainText('Opened gephi-style-no-evidence.gexf: 3 actors, 2 relations');
  await expect.poll(() => cyCounts(page)).toEqual({ nodes: 3, edges: 2 });
  const evidence = await page.evaluate(() =>
    window.actorgraph!.getState().graph.relations.map((r) => r.evidence.length),
  );
  expect(evidence).toEqual([0, 0]);
});

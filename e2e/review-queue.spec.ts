/**
 * The review queue, through the UI with the mouse and the keyboard: an added article's relations are
 * checked one by one (accepted, rejected, retyped, reversed, negated, an actor changed), an action
 * undone, a rejected one restored; the decisions survive a reload; the open panel passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Relation } from '../src/domain/types';
import { pasteArticle } from './articleHelpers';
import { openApp } from './helpers';
import { readSaved } from './persistenceHelpers';

/** Three relations the extractor finds with different confidence (as in add-article.spec.ts). */
const ARTICLE =
  'Germany accused Russia of cyberattacks. France and Germany signed a defence pact. ' +
  'Poland may sanction Belarus, officials reportedly said.';
const ACCUSES = 'germany>russia:accuses'; // 0.9
const PACT = 'france>germany:allies_with'; // 0.7, symmetric
const SANCTIONS = 'poland>belarus:sanctions'; // about 0.61

async function addArticle(page: Page): Promise<void> {
  await pasteArticle(
    page,
    { text: ARTICLE, title: 'Pact report', published: '2025-06-01' },
    /Added Pact report: 3 relations/,
  );
}

const relation = (page: Page, id: string) =>
  page.evaluate(
    (rid) => window.actorgraph!.getState().index.relations.get(rid) ?? null,
    id,
  ) as Promise<Relation | null>;
const statuses = async (page: Page, id: string) => (await relation(page, id))?.evidence.map((e) => e.status);
const selected = (page: Page) =>
  page.evaluate(() => {
    const s = window.actorgraph!.getState().selection;
    return s?.kind === 'relation' ? s.id : null;
  });
const drawn = (page: Page, id: string) => page.evaluate((eid) => window.cy!.$id(eid).visible(), id);
const lineStyle = (page: Page, id: string) =>
  page.evaluate((eid) => window.cy!.$id(eid).style('line-style') as string, id);
const order = (items: Locator) =>
  items.evaluateAll((els) => els.map((el) => el.getAttribute('data-relation-id')));
const panelOf = (page: Page) => page.getByRole('complementary', { name: /^Review/ });
const itemOf = (page: Page, id: string) => panelOf(page).locator(`.review-item[data-relation-id="${id}"]`);

test('review an article’s relations with the mouse and the keyboard; the decisions are kept', async ({
  page,
}) => {
  await openApp(page);
  await addArticle(page);
  const button = page.getByRole('button', { name: /^Review \(\d+\)$/ });
  await expect(button).toHaveText('Review (3)');
  await button.click();
  const panel = panelOf(page);
  const items = panel.locator('.review-item');
  await expect(items).toHaveCount(3);

  // Least sure first; the first item has the keyboard, and the canvas and reader show its sentence.
  expect(await order(items)).toEqual([SANCTIONS, PACT, ACCUSES]);
  const first = itemOf(page, SANCTIONS);
  await expect(first).toBeFocused();
  await expect.poll(() => selected(page)).toBe(SANCTIONS);
  await expect(page.locator('.evidence-mark.active')).toHaveText(
    'Poland may sanction Belarus, officials reportedly said.',
  );
  await expect(first.locator('mark[data-span="cue"]')).toHaveText('sanction');
  await expect(first.locator('mark[data-span="source"]')).toHaveText('Poland');
  await expect(first).toContainText('Confidence 61%');
  await expect(first).toContainText('rule active');
  await panel.getByRole('radio', { name: 'As in the text' }).check();
  expect(await order(items)).toEqual([ACCUSES, PACT, SANCTIONS]);
  await panel.getByRole('radio', { name: 'Least sure first' }).check();
  await first.locator('h3').click();
  await expect(first).toBeFocused();

  // T: a new type from the list, applied with Enter.
  await page.keyboard.press('t');
  const typeSelect = first.getByLabel('New type');
  await expect(typeSelect).toBeFocused();
  await typeSelect.selectOption('threatens');
  await typeSelect.press('Enter');
  await expect.poll(async () => (await relation(page, SANCTIONS))?.type).toBe('threatens');
  await expect(first).toBeFocused();
  await expect(first.locator('h3')).toHaveText('Poland — threatens → Belarus');

  // V reverses; the actor marks follow the roles.
  await page.keyboard.press('v');
  await expect.poll(() => relation(page, SANCTIONS)).toMatchObject({ source: 'belarus', target: 'poland' });
  await expect(first.locator('mark[data-span="source"]')).toHaveText('Belarus');

  // N: the text says it did not happen; the canvas label says so too.
  await page.keyboard.press('n');
  await expect(first.getByRole('button', { name: 'Negated' })).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => page.evaluate((id) => window.cy!.$id(id).data('label') as string, SANCTIONS))
    .toBe('did not threaten');

  // E: another actor, found by an alias. Typing in the field fires no shortcut (r, e, t, n, a…).
  await page.keyboard.press('e');
  const name = first.getByLabel('New actor (name or alias)');
  await expect(name).toBeFocused();
  await name.pressSequentially('the Kremlin');
  await expect(first.getByText('Becomes Russia (state).')).toBeVisible();
  expect(await statuses(page, SANCTIONS)).toEqual([undefined]);
  await name.press('Enter');
  await expect.poll(async () => (await relation(page, SANCTIONS))?.source).toBe('russia');

  // U undoes the last step only.
  await expect(first).toBeFocused();
  await page.keyboard.press('u');
  await expect.poll(async () => (await relation(page, SANCTIONS))?.source).toBe('belarus');
  await expect(panel.getByTestId('review-message')).toHaveText('Undone.');
  expect(await relation(page, SANCTIONS)).toMatchObject({ type: 'threatens', target: 'poland' });

  // R rejects; the next item takes the keyboard and the rejected edge leaves the canvas.
  await page.keyboard.press('r');
  await expect.poll(() => statuses(page, SANCTIONS)).toEqual(['rejected']);
  await expect(items).toHaveCount(2);
  await expect(itemOf(page, PACT)).toBeFocused();
  await expect.poll(() => selected(page)).toBe(PACT);
  await expect.poll(() => drawn(page, SANCTIONS)).toBe(false);
  await expect(itemOf(page, PACT).getByRole('button', { name: 'Reverse' })).toHaveCount(0); // symmetric

  // The mouse accepts; the edge is drawn solid from then on. Ctrl+Z takes it back, a click again.
  const accept = itemOf(page, ACCUSES).getByRole('button', { name: 'Accept' });
  await accept.click();
  await expect.poll(() => statuses(page, ACCUSES)).toEqual(['accepted']);
  await expect.poll(() => lineStyle(page, ACCUSES)).toBe('solid');
  await expect(button).toHaveText('Review (1)');
  await page.keyboard.press('Control+z');
  await expect.poll(() => statuses(page, ACCUSES)).toEqual([undefined]); // as the extractor left it
  await expect.poll(() => lineStyle(page, ACCUSES)).toBe('dotted');
  await expect(button).toHaveText('Review (2)');
  await itemOf(page, ACCUSES).getByRole('button', { name: 'Accept' }).click();
  await expect(button).toHaveText('Review (1)');

  // A rejected relation is listed apart and can be put back in the queue.
  await panel.getByRole('button', { name: 'Rejected (1)' }).click();
  const rejected = panel.locator('.review-rejected-list li');
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText('Belarus — did not threaten → Poland');
  await rejected.getByRole('button', { name: 'Restore' }).click();
  await expect.poll(() => statuses(page, SANCTIONS)).toEqual(['extracted']);
  await expect(itemOf(page, SANCTIONS)).toBeFocused();
  await expect.poll(() => drawn(page, SANCTIONS)).toBe(true);
  await expect(panel.getByRole('button', { name: 'Rejected (0)' })).toBeVisible();
  await page.keyboard.press('r');
  await expect.poll(() => statuses(page, SANCTIONS)).toEqual(['rejected']);

  // Saved: a reload shows the same decisions.
  await expect
    .poll(async () => ((await readSaved(page)) as { edits?: unknown[] } | undefined)?.edits?.length)
    .toBe(7);
  await page.reload();
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
  await expect(button).toHaveText('Review (1)');
  expect(await relation(page, SANCTIONS)).toMatchObject({
    source: 'belarus',
    target: 'poland',
    type: 'threatens',
  });
  expect(await statuses(page, SANCTIONS)).toEqual(['rejected']);
  expect(await statuses(page, ACCUSES)).toEqual(['accepted']);
  await expect.poll(() => drawn(page, SANCTIONS)).toBe(false);
  await expect.poll(() => lineStyle(page, ACCUSES)).toBe('solid');
  await expect.poll(() => lineStyle(page, PACT)).toBe('dotted');

  // The filters can show the rejected relation again; Reset hides it.
  const rejectedBox = page
    .getByRole('group', { name: 'Review status' })
    .getByRole('checkbox', { name: /rejected/ });
  await expect(rejectedBox).not.toBeChecked();
  await expect(page.getByRole('group', { name: 'Review status' })).toContainText('rejected (1)');
  await rejectedBox.check();
  await expect.poll(() => drawn(page, SANCTIONS)).toBe(true);
  await expect(page).toHaveURL(/hideStatuses=(&|$)/);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(() => drawn(page, SANCTIONS)).toBe(false);
});

test('Shift+R opens the queue, Escape closes it; the open panel passes axe', async ({ page }) => {
  await openApp(page);
  await addArticle(page);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Shift+R');
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  await expect(itemOf(page, SANCTIONS)).toBeFocused();
  await page.keyboard.press('j');
  await expect(itemOf(page, PACT)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(itemOf(page, SANCTIONS)).toBeFocused();
  await page.keyboard.press('e'); // an editor open, so its fields are checked too
  await panel.getByRole('button', { name: 'Rejected (0)' }).click();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const results = await new AxeBuilder({ page }).include('#review-panel').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }

  await itemOf(page, SANCTIONS).getByLabel('New actor (name or alias)').press('Escape');
  await expect(itemOf(page, SANCTIONS)).toBeFocused();
  await expect(panel.getByLabel('New actor (name or alias)')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Review (3)' })).toBeFocused();
  await expect.poll(() => selected(page)).toBe(SANCTIONS); // Escape closed the panel only
});

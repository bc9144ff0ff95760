/**
 * Time: an article published a month after the seed's is added through the UI, so the graph spans
 * May and June 2025. The time window (two date inputs over a histogram) hides what is dated outside
 * it on the canvas and in the counts, goes into the link and comes back from it; Play steps through
 * the months and stops; the actor panel shows the actor's relations per month; axe finds nothing
 * serious in either.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drawnEdges, pasteArticle } from './articleHelpers';
import { openApp, seedGraph } from './helpers';

const seed = seedGraph();
const SEED_PUBLISHED = seed.sources[0]!.published; // 2025-05-11
const ARTICLE = 'Germany accused Russia of cyberattacks. France and Germany signed a defence pact.';
const NEW_EDGES = ['germany>russia:accuses', 'france>germany:allies_with'];

const timePanel = (page: Page) => page.getByTestId('time-window');

async function addJuneArticle(page: Page): Promise<void> {
  await pasteArticle(page, { text: ARTICLE, title: 'June report', published: '2025-06-20' });
  await expect.poll(() => drawnEdges(page)).toEqual(expect.arrayContaining(NEW_EDGES));
}

test.beforeEach(async ({ page }) => {
  expect(SEED_PUBLISHED.startsWith('2025-05')).toBe(true);
  await openApp(page);
  await addJuneArticle(page);
});

test('the time window filters the canvas and counts, and a link carries it', async ({ page }) => {
  const histogram = timePanel(page).getByTestId('time-histogram');
  await expect(histogram).toBeVisible();
  await expect(histogram.locator('[data-period]')).toHaveCount(2);
  await expect(histogram).toHaveAttribute('aria-label', /Sentences per month.*May 2025: \d+, Jun 2025: 2/);
  // Taken before any filter: the canvas is pushed after the histogram redraws, so a read taken
  // right after a filter is cleared can still miss the edges it had hidden.
  const everything = await drawnEdges(page);
  expect(everything.length).toBeGreaterThan(NEW_EDGES.length);
  expect(everything).toContain('germany>russia:accuses');
  // The bars count what the other filters leave: without "accuses", June has one sentence.
  await page.evaluate(() => window.actorgraph!.getState().setFilter('hiddenTypes', ['accuses']));
  await expect(histogram).toHaveAttribute('aria-label', /Jun 2025: 1$/);
  await expect.poll(() => drawnEdges(page)).not.toContain('germany>russia:accuses');
  await page.evaluate(() => window.actorgraph!.getState().setFilter('hiddenTypes', []));
  await expect(histogram).toHaveAttribute('aria-label', /Jun 2025: 2$/);
  await expect.poll(() => drawnEdges(page)).toEqual(everything);

  await timePanel(page).getByLabel('From', { exact: true }).fill('2025-06-01');
  await expect.poll(() => drawnEdges(page)).toEqual([...NEW_EDGES].sort());
  await expect(histogram.locator('.in-window')).toHaveCount(1);
  await expect(page.getByTestId('view-counts')).toContainText('2 of');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#window=2025-06-01..');

  // The link opens the same window.
  await page.reload();
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
  await expect(timePanel(page).getByLabel('From', { exact: true })).toHaveValue('2025-06-01');
  await expect.poll(() => drawnEdges(page)).toEqual([...NEW_EDGES].sort());

  // An end before the start moves the start with it; "All dates" opens the window again.
  await timePanel(page).getByLabel('To', { exact: true }).fill('2025-05-31');
  await expect(timePanel(page).getByLabel('From', { exact: true })).toHaveValue('2025-05-31');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#window=2025-05-31..2025-05-31');
  await expect.poll(() => drawnEdges(page)).toEqual([]);
  await timePanel(page).getByRole('button', { name: 'All dates' }).click();
  await expect.poll(() => drawnEdges(page)).toEqual(everything);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`Play steps through the months from the keyboard and stops (${reducedMotion} motion)`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    const windows: string[] = [];
    await page.exposeFunction('recordWindow', (w: string) => windows.push(w));
    await page.evaluate(() =>
      window.actorgraph!.subscribe((s, before) => {
        if (s.filters.timeWindow !== before.filters.timeWindow) {
          void (window as unknown as { recordWindow: (w: string) => void }).recordWindow(
            `${s.filters.timeWindow.from}..${s.filters.timeWindow.to}`,
          );
        }
      }),
    );
    const play = timePanel(page).getByTestId('time-play');
    await expect(play).toHaveText('Play by month');
    await play.focus();
    await page.keyboard.press('Enter');
    await expect(play).toHaveText('Stop');
    await expect(timePanel(page).getByRole('status')).toHaveText('Showing May 2025 (1 of 2)');
    await expect(timePanel(page).getByRole('status')).toHaveText('Showing Jun 2025 (2 of 2)');
    await expect(play).toHaveText('Play by month');
    expect(windows).toEqual(['2025-05-01..2025-05-31', '2025-06-01..2025-06-30']);
    await expect.poll(() => drawnEdges(page)).toEqual([...NEW_EDGES].sort());
  });
}

test("the actor panel shows the actor's relations per month, with a table", async ({ page }) => {
  await page.evaluate(() => window.actorgraph!.getState().selectActor('germany'));
  const timeline = page.getByTestId('actor-timeline');
  await expect(timeline).toBeVisible();
  await expect(timeline.getByRole('heading', { name: 'Relations per month' })).toBeVisible();
  await expect(timeline.getByRole('img')).toHaveAttribute(
    'aria-label',
    /Jun 2025: 1 cooperation, 1 conflict/,
  );
  await timeline.getByText('As a table').click();
  const rows = timeline.getByTestId('actor-timeline-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveText(/Jun 2025\s*1\s*1/);
});

test('the time panel and the actor timeline pass axe', async ({ page }) => {
  await page.evaluate(() => window.actorgraph!.getState().selectActor('germany'));
  await expect(page.getByTestId('actor-timeline')).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => window.actorgraph!.getState().setThemeChoice(t), theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page })
      .include('[data-testid="time-window"]')
      .include('[data-testid="actor-timeline"]')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious, theme).toEqual([]);
  }
});

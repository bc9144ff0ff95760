import { expect, test, type Page } from '@playwright/test';
import { countsLine, drawnIds, graph, idsWithClass, selection } from './exploreHelpers';
import { openApp } from './helpers';

const A = 'russia>ukraine:attacks';
const B = 'putin>west:accuses';

async function selectRow(page: Page, id: string) {
  const table = page.getByRole('button', { name: /Relation table/ });
  if ((await table.getAttribute('aria-expanded')) !== 'true') await table.click();
  await page.locator(`tr[data-relation-id="${id}"]`).click();
}

/** What the screen shows of the view, read from panels and canvas. */
async function screenState(page: Page) {
  return {
    heading: await page.getByTestId('relation-heading').textContent(),
    focus: await page.getByTestId('focus-status').textContent(),
    accusesShown: await page.locator('input[data-type-id="accuses"]').isChecked(),
    depth: await page.getByLabel('Depth').inputValue(),
    layout: await page.getByLabel('Layout', { exact: true }).inputValue(),
    counts: await countsLine(page).textContent(),
    selected: await idsWithClass(page, 'is-selected'),
    edges: await drawnIds(page, 'edges'),
  };
}

test('filters, focus, selection and layout go into the hash; reload and a shared link reproduce them', async ({
  page,
  context,
}) => {
  await openApp(page);
  await page.locator('input[data-type-id="accuses"]').uncheck();
  await page.getByRole('combobox', { name: 'Find an actor' }).fill('Russia');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Focus on Russia' }).click();
  await page.getByLabel('Depth').selectOption('2');
  await page.getByLabel('Hide the rest (instead of fading it)').check();
  await page.getByLabel('Layout', { exact: true }).selectOption('circle');
  await selectRow(page, A);
  await page.getByTestId('evidence-item').nth(1).getByRole('button').first().click(); // the second sentence
  await expect(page).toHaveURL(
    /#hideTypes=accuses&focus=russia&depth=2&focusMode=hide&relation=russia%3Eukraine%3Aattacks&evidence=2&layout=circle$/,
  );
  const before = await screenState(page);
  expect(before.selected).toEqual([A]);
  expect(before.focus).toBe('Around Russia');

  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect.poll(() => screenState(page)).toEqual(before);
  expect(await selection(page)).toEqual({ kind: 'relation', id: A, evidenceIndex: 1 });
  await expect(page.locator('mark.evidence-mark.active')).toHaveText(
    graph.relations.find((r) => r.id === A)!.evidence[1]!.quote,
  );

  // Someone else opens the link in a fresh browser.
  const other = await context.browser()!.newContext({ viewport: { width: 1400, height: 900 } });
  const shared = await other.newPage();
  await shared.goto(page.url());
  await shared.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect.poll(() => screenState(shared)).toEqual(before);
  await other.close();
});

test('back and forward step through the views', async ({ page }) => {
  await openApp(page);
  await selectRow(page, A);
  await expect(page).toHaveURL(/relation=russia%3Eukraine%3Aattacks/);
  await selectRow(page, B);
  await expect(page).toHaveURL(/relation=putin%3Ewest%3Aaccuses/);
  await page.locator('input[data-kind="organization"]').uncheck();
  await expect(page).toHaveURL(/hideKinds=organization/);

  await page.goBack();
  await expect(page.locator('input[data-kind="organization"]')).toBeChecked();
  expect(await selection(page)).toMatchObject({ id: B });
  await page.goBack();
  await expect(page.getByTestId('relation-heading')).toContainText('Russia');
  await expect.poll(() => idsWithClass(page, 'is-selected')).toEqual([A]);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Nothing selected' })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect.poll(() => idsWithClass(page, 'is-selected')).toEqual([B]);
  await page.goForward();
  await expect(page.locator('input[data-kind="organization"]')).not.toBeChecked();
});

for (const [name, hash] of [
  ['an unknown setting', '#zoom=3&layout=grid'],
  ['an invalid value', '#minEvidence=-4'],
  ['a broken escape', '#focus=%E0%A4%A'],
  ['an id this graph does not have', '#relation=nobody%3Enothing'],
  ['noise', '#%%%&&==,,\u0000<script>alert(1)</script>'],
] as const) {
  test(`a hash with ${name} opens the default view with a short notice`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page, `/${hash}`);
    await expect(page.getByTestId('notice')).toContainText('could not be opened');
    await expect(countsLine(page)).toHaveText(
      `Showing ${graph.relations.length} of ${graph.relations.length} relations, ${graph.actors.length} of ${graph.actors.length} actors`,
    );
    await expect(page.getByRole('heading', { name: 'Nothing selected' })).toBeVisible();
    await expect(page.getByLabel('Layout', { exact: true })).toHaveValue('fcose');
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
  });
}

test('editing the hash by hand applies it; a bad edit keeps the app running', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    window.location.hash = '#actor=nato';
  });
  await expect(page.getByRole('heading', { name: 'NATO', level: 2 })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#depth=9';
  });
  await expect(page.getByTestId('notice')).toContainText('could not be opened');
  await expect(page.getByRole('heading', { name: 'Nothing selected' })).toBeVisible();
});

test('"Copy link" copies a link that reopens the view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await selectRow(page, B);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('notice')).toContainText('Link to this view copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#relation=putin%3Ewest%3Aaccuses');
  const fresh = await context.newPage();
  await fresh.goto(link);
  await fresh.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect.poll(() => idsWithClass(fresh, 'is-selected')).toEqual([B]);
});

test('"Copy link" carries "Merge parallel relations" and the theme; the link opens with both', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page);
  await page.getByLabel('Merge parallel relations').check();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('notice')).toContainText('Link to this view copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toBe('#merge=1&theme=dark');
  // The address bar holds the view alone.
  expect(new URL(page.url()).hash).toBe('');

  // Someone else, light system theme and no saved preferences, opens it.
  const other = await browser.newContext({ colorScheme: 'light' });
  const fresh = await other.newPage();
  await openApp(fresh, new URL(link).pathname + new URL(link).hash);
  await expect(fresh.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(fresh.getByLabel('Merge parallel relations')).toBeChecked();
  await expect.poll(() => idsWithClass(fresh, 'merged')).not.toEqual([]);
  // Opening it does not become that reader's own preference: a reload without the link is theirs again.
  await openApp(fresh, '/');
  await expect(fresh.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(fresh.getByLabel('Merge parallel relations')).not.toBeChecked();
  await other.close();

  // And the other way round: a link made light and unmerged turns both off for a dark, merging reader.
  await page.getByLabel('Merge parallel relations').uncheck();
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('#merge=0&theme=light');
  const light = await page.evaluate(() => navigator.clipboard.readText());
  const darkContext = await browser.newContext({ colorScheme: 'dark' });
  const darkReader = await darkContext.newPage();
  await darkReader.addInitScript(() =>
    localStorage.setItem('actorgraph.preferences', JSON.stringify({ mergeParallel: true })),
  );
  await openApp(darkReader, new URL(light).pathname + new URL(light).hash);
  await expect(darkReader.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(darkReader.getByLabel('Merge parallel relations')).not.toBeChecked();
  await darkContext.close();
});

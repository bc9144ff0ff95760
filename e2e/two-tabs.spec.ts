/**
 * Two tabs of the app in one browser (one context: IndexedDB and BroadcastChannel are shared). What one
 * tab saves is shown in the other without a reload, so a save in either keeps the other's work; the
 * tab that follows does not save back; a reset reaches the other tab; and a record the other tab
 * cannot read is neither shown nor saved over.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openApp, seedGraph } from './helpers';
import { readSaved, waitForNodes, writeSaved } from './persistenceHelpers';
import { CHANNEL_NAME as CHANNEL } from '../src/app/tabSync';

const seed = seedGraph();

/** Two short articles the extractor finds a relation in (both used in e2e/add-article.spec.ts). */
const FIRST = { title: 'Tab one report', text: 'Germany accused Russia of cyberattacks.' };
const SECOND = { title: 'Tab two report', text: 'France and Germany signed a defence pact.' };

const notice = (page: Page) => page.getByTestId('notice');
const articlesDialog = (page: Page) => page.getByRole('dialog', { name: 'Articles' });
const listedTitles = (page: Page) =>
  articlesDialog(page).getByTestId('article-list').locator('.article-title');
const savedTitles = (page: Page) =>
  page.evaluate(() =>
    window.actorgraph!.getState().workspace.articles.map((a) => a.graph.sources[0]?.title ?? a.id),
  );

async function openArticles(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add article…' }).click();
  await expect(articlesDialog(page)).toBeVisible();
}

/** Add an article through the open Articles dialog and wait until it is in. */
async function addArticle(page: Page, article: { title: string; text: string }): Promise<void> {
  const dialog = articlesDialog(page);
  await dialog.getByLabel('Article text', { exact: true }).fill(article.text);
  await dialog.getByLabel('Title', { exact: true }).fill(article.title);
  await dialog.getByRole('button', { name: 'Extract and add' }).click();
  await expect(notice(page)).toContainText(`Added ${article.title}`);
  await expect(dialog).toBeHidden();
}

/** Records, in order, which tab announced each save (a tab's own channel objects hear the others'). */
const watchAnnouncements = (page: Page) =>
  page.evaluate((name) => {
    const seen: string[] = [];
    (window as unknown as { announced: string[] }).announced = seen;
    new BroadcastChannel(name).onmessage = (e: MessageEvent<{ tab: string }>) => seen.push(e.data.tab);
  }, CHANNEL);
/** The announcing tabs in order, repeats in a row folded into one. */
const announcers = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { announced: string[] }).announced.filter((tab, i, all) => tab !== all[i - 1]),
  );

/** Two open tabs; `adder` adds FIRST and `follower` has shown it. Returns them as [one, two]. */
async function twoTabs(context: BrowserContext, adder: 'one' | 'two'): Promise<[Page, Page]> {
  const one = await context.newPage();
  const two = await context.newPage();
  await openApp(one);
  await openApp(two);
  const [adding, following] = adder === 'one' ? [one, two] : [two, one];
  await openArticles(adding);
  await addArticle(adding, FIRST);
  await expect.poll(() => savedTitles(following)).toEqual([FIRST.title]);
  return [one, two];
}

test.beforeEach(({ context }) => {
  context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      throw new Error(`unexpected browser dialog: ${dialog.type()} ${dialog.message()}`);
    }),
  );
});

test('an article added in each of two tabs: both are kept, and each tab shows the other’s', async ({
  context,
}) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await openApp(one);
  await openApp(two);
  await watchAnnouncements(one);

  // Tab two is busy: an actor selected and the Articles dialog open, with text being typed.
  const actor = seed.actors[0]!.id;
  await two.evaluate((id) => window.actorgraph!.getState().selectActor(id), actor);
  await openArticles(two);
  await articlesDialog(two).getByLabel('Article text', { exact: true }).fill(SECOND.text);

  await openArticles(one);
  await addArticle(one, FIRST);

  // Tab two shows it without a reload, says why, and keeps its selection and the text being typed.
  await expect(listedTitles(two)).toHaveText([FIRST.title]);
  await expect(notice(two)).toContainText(
    'Your saved work was changed in another tab; this tab now shows it.',
  );
  expect(await two.evaluate(() => window.actorgraph!.getState().selection)).toEqual({
    kind: 'actor',
    id: actor,
  });
  await expect(articlesDialog(two).getByLabel('Article text', { exact: true })).toHaveValue(SECOND.text);

  // Following is not saving: only tab one has announced a save.
  await two.waitForTimeout(300);
  expect(await announcers(one)).toHaveLength(1);

  await addArticle(two, SECOND);
  await expect.poll(() => savedTitles(one)).toEqual([FIRST.title, SECOND.title]);
  await one.waitForTimeout(300);
  expect(await announcers(one)).toHaveLength(2); // tab two, and tab one did not save back

  await one.reload();
  await one.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
  await openArticles(one);
  await expect(listedTitles(one)).toHaveText([FIRST.title, SECOND.title]);
  const saved = (await readSaved(one)) as { articles: { graph: { sources: { title: string }[] } }[] };
  expect(saved.articles.map((a) => a.graph.sources[0]!.title)).toEqual([FIRST.title, SECOND.title]);
});

test('Reset to default data in one tab shows the curated data in the other', async ({ context }) => {
  const [one, two] = await twoTabs(context, 'one');

  await one.getByRole('button', { name: 'Reset to default data…' }).click();
  await one
    .getByRole('dialog', { name: 'Reset to default data?' })
    .getByRole('button', { name: 'Delete and reset' })
    .click();

  await expect(notice(two)).toContainText('reset to the curated data in another tab');
  await waitForNodes(two, seed.actors.length);
  expect(await savedTitles(two)).toEqual([]);
  await two.waitForTimeout(300);
  expect(await readSaved(two)).toBeUndefined(); // tab two did not save the curated data back
});

test('a record the other tab cannot read is not shown, and not saved over', async ({ context }) => {
  const [one, two] = await twoTabs(context, 'two');

  // A newer version of the app, open in another tab, saves a record this version cannot read.
  const future = { version: 2, base: { kind: 'cloud', id: 'x' }, articles: [] };
  await writeSaved(one, future);
  await one.evaluate((name) => {
    const channel = new BroadcastChannel(name);
    channel.postMessage({ type: 'workspace-saved', tab: 'newer-version' });
    channel.close();
  }, CHANNEL);

  for (const page of [one, two]) {
    await expect(notice(page)).toContainText('cannot be read here');
    await expect(notice(page)).toContainText('saved by a newer version of Actorgraph');
    expect(await savedTitles(page)).toEqual([FIRST.title]);
  }
  // Work done now stays on screen and is not saved over the record.
  await openArticles(two);
  await addArticle(two, SECOND);
  await two.waitForTimeout(300);
  expect(await readSaved(two)).toEqual(future);
});

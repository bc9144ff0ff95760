/**
 * A graph in the link: after an article is added, "Copy link" carries the graph itself in the fragment;
 * opened in a fresh browser (no saved work, nothing else to go on) it shows the same actors and relations
 * with the view applied, leaving the visitor's storage alone until they keep it. A corrupted data link
 * gets a notice and the default graph.
 */
import { expect, test, type Page } from '@playwright/test';
import { pasteArticle } from './articleHelpers';
import { openApp, seedGraph } from './helpers';

const ARTICLE =
  'Germany accused Russia of cyberattacks. France and Germany signed a defence pact. ' +
  'Poland may sanction Belarus, officials reportedly said.';
const ACCUSES = 'germany>russia:accuses';

const graphIds = (page: Page) =>
  page.evaluate(() => {
    const g = window.actorgraph!.getState().graph;
    return { actors: g.actors.map((a) => a.id).sort(), relations: g.relations.map((r) => r.id).sort() };
  });

test('Copy link carries an added article’s graph; a fresh browser opens the same graph and view', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await pasteArticle(page, { text: ARTICLE, title: 'Pact report', published: '2025-06-01' });
  await page.evaluate((id) => window.actorgraph!.getState().selectRelation(id), ACCUSES);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('notice')).toContainText('with the graph itself');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(/^#data=[A-Za-z0-9_-]+&relation=germany%3Erussia%3Aaccuses(&|$)/);
  const sent = await graphIds(page);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  const url = new URL(link);
  await openApp(fresh, url.pathname + url.hash);
  await expect.poll(() => graphIds(fresh)).toEqual(sent);
  await expect(fresh.getByTestId('notice')).toContainText('This link carries its own graph');
  // The actors are drawn, and the link's selection is applied to the linked graph.
  const drawn = await fresh.evaluate(() =>
    window
      .cy!.nodes()
      .map((n) => n.id())
      .sort(),
  );
  expect(drawn).toEqual(sent.actors);
  await expect
    .poll(() => fresh.evaluate(() => window.actorgraph!.getState().selection))
    .toMatchObject({ kind: 'relation', id: ACCUSES });
  // The data is out of the address bar: it holds the view alone.
  expect(new URL(fresh.url()).hash).toBe('#relation=germany%3Erussia%3Aaccuses');

  // Nothing saved over the visitor's work: a reload shows their own (here the default) graph...
  await openApp(fresh, '/');
  expect((await graphIds(fresh)).actors).toEqual(
    seedGraph()
      .actors.map((a) => a.id)
      .sort(),
  );
  // ...until they choose to keep the linked graph (a new load: a hash change alone reloads nothing).
  await fresh.goto('about:blank');
  await openApp(fresh, url.pathname + url.hash);
  await fresh.getByRole('button', { name: 'Keep this graph' }).click();
  await expect(fresh.getByTestId('notice')).toContainText('The linked graph is kept');
  await expect
    .poll(async () => {
      await openApp(fresh, '/');
      return graphIds(fresh);
    })
    .toEqual(sent);
  await other.close();
});

test('a corrupted data link gets a notice and the default graph', async ({ page }) => {
  const seed = seedGraph();
  await openApp(page, '/#data=eJzLSM3JyVcozy_KSQEAGgQEXQ-broken&layout=circle');
  await expect(page.getByTestId('notice')).toContainText('The graph in this link could not be opened');
  await expect(page.getByTestId('notice')).toContainText('#data');
  const ids = await graphIds(page);
  expect(ids.actors).toEqual(seed.actors.map((a) => a.id).sort());
  expect(ids.relations).toEqual(seed.relations.map((r) => r.id).sort());
});

/**
 * The whole curation loop on real news nobody on the team wrote: a Voice of America Learning English
 * report ("US, Europe Pressure Russia Over Ukraine", Mario Ritter, 2014-07-31; a work of the US
 * government, in the public domain), pasted, reviewed, extended from selected text, merged, undone and
 * redone, reloaded and exported. The exported file must hold exactly that result.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Graph } from '../src/domain/types';
import { DATA_DOWNLOAD, download, openExportDialog } from './exchangeSupport';
import { openApp } from './helpers';
import { readSaved } from './persistenceHelpers';
import { searchActor, selectInArticle, shownGraph } from './curateHelpers';

/** The article's text as a reader copies it from the page; its details go in the dialog's fields. */
const ARTICLE = readFileSync('e2e/fixtures/voa-2014-07-31.md', 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const TITLE = 'US, Europe Pressure Russia Over Ukraine';

async function addRelation(page: Page, words: string, source: string, type: string, target: string) {
  await selectInArticle(page, words);
  await page.getByRole('button', { name: 'Add relation…' }).click();
  const dialog = page.getByTestId('add-relation-dialog');
  await dialog.getByLabel('Who acts (source)').fill(source);
  await dialog.getByLabel('Relation type').selectOption({ label: type });
  await dialog.getByLabel('On whom (target)').fill(target);
  const kind = dialog.getByLabel('Kind of the new actor');
  if (await kind.isVisible()) await kind.selectOption(source === 'Barack Obama' ? 'person' : 'group');
  await dialog.getByRole('button', { name: 'Add relation' }).click();
  await expect(dialog).toBeHidden();
}

/** The relations the VOA report backs, with its sentences only (a seed relation may cite both). */
const voaRelations = (graph: Graph) => {
  const source = graph.sources.find((s) => s.title === TITLE)!;
  return graph.relations
    .filter((r) => r.evidence.some((e) => e.sourceId === source.id))
    .map((r) => ({
      id: r.id,
      sentences: r.evidence
        .filter((e) => e.sourceId === source.id)
        .map((e) => {
          expect(e.quote).toBe(source.text.slice(e.start, e.end)); // every quote is the text at its offsets
          return `${e.status ?? 'curated'}: ${e.quote.slice(0, 40)}`;
        }),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
};

test('a VOA report: pasted, reviewed, extended from the text, merged, undone, reloaded, exported', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Add article…' }).click();
  const articles = page.getByRole('dialog', { name: 'Articles' });
  await articles.getByLabel('Article text', { exact: true }).fill(ARTICLE);
  await articles.getByLabel('Title', { exact: true }).fill(TITLE);
  await articles.getByLabel('Published', { exact: true }).fill('2014-07-31');
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(page.getByTestId('notice')).toContainText(`Added ${TITLE}: 3 relations`);
  await page.keyboard.press('Escape');

  // "Europe" and "European Union" are one actor here: merge them, then review what is left.
  await searchActor(page, 'Europe');
  const editor = page.getByTestId('actor-editor');
  await editor.getByLabel('Merge into…').fill('European Union');
  await editor.getByRole('button', { name: 'Merge…' }).click();
  await page.getByTestId('confirm-merge').getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'European Union' })).toBeVisible();

  await page.getByRole('button', { name: 'Review (2)' }).click();
  const queue = page.getByRole('complementary', { name: /^Review/ });
  await queue.getByRole('button', { name: 'Accept' }).first().click();
  await queue.getByRole('button', { name: 'Accept' }).first().click();
  await expect(page.getByRole('button', { name: 'Review (0)' })).toBeVisible();
  await page.getByRole('button', { name: 'Review (0)' }).click(); // closes the queue
  await page.keyboard.press('Escape'); // nothing selected: the article reads plain

  // Three relations the extractor missed, each from words selected in the article.
  await page.getByLabel('Read').selectOption({ label: TITLE });
  await addRelation(page, 'support of separatists', 'Russia', 'supports', 'separatists in eastern Ukraine');
  await addRelation(page, 'illegal actions', 'Barack Obama', 'accuses', 'Russia');
  await addRelation(page, 'nice words from President Putin', 'Barack Obama', 'accuses', 'Vladimir Putin');

  const before = voaRelations(await shownGraph(page));
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(voaRelations(await shownGraph(page))).toHaveLength(before.length - 1);
  await page.getByRole('button', { name: 'Redo' }).click();
  expect(voaRelations(await shownGraph(page))).toEqual(before);

  // Saving is asynchronous: reload once the last edit is stored, as a reader coming back later would.
  await expect
    .poll(async () => ((await readSaved(page)) as { edits?: unknown[] } | undefined)?.edits?.length ?? 0)
    .toBe(await page.evaluate(() => window.actorgraph!.getState().workspace.edits.length));
  await page.reload();
  await openApp(page);
  const after = voaRelations(await shownGraph(page));
  expect(after).toEqual(before);
  expect(after).toEqual([
    { id: 'barack-obama>putin:accuses', sentences: ['curated: I think it is an indication of the wanin'] },
    { id: 'barack-obama>russia:accuses', sentences: ['curated: President Barack Obama says the new sanc'] },
    {
      id: 'eu>russia:sanctions',
      sentences: [
        'accepted: The United States and European Union hav',
        'accepted: "The fact that we\'ve seen the Europeans ',
      ],
    },
    {
      id: 'russia>separatists-in-eastern-ukraine:supports',
      sentences: ['curated: The United States and European Union hav'],
    },
    { id: 'usa>russia:sanctions', sentences: ['accepted: The United States and European Union hav'] },
  ]);

  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /^Whole graph \d+ actors/ }).check();
  await dialog.getByRole('radio', { name: /^Actorgraph JSON/ }).check();
  const file = await download(page, dialog.getByRole('button', { name: DATA_DOWNLOAD }));
  const exported = JSON.parse(file.bytes.toString('utf8')) as Graph;
  expect(voaRelations(exported)).toEqual(after);
  expect(exported.actors.find((a) => a.id === 'eu')?.aliases).toContain('Europe');
  expect(exported.actors.some((a) => a.id === 'europe')).toBe(false);
});

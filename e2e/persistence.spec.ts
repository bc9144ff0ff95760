/**
 * Nothing lost: work and preferences survive reloads, a write that never completes keeps the previous
 * record, a full disk is reported, unreadable saved data is reported and left alone, "Reset to default
 * data" asks first, and a rendering failure shows a way back instead of a blank page.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Graph } from '../src/domain/types';
import { exportGraph } from '../src/io/formats';
import { answerOpen } from './exchangeSupport';
import { openApp, seedGraph } from './helpers';
import { importedRecord, readSaved, savedBaseName, waitForNodes, writeSaved } from './persistenceHelpers';

const seed = seedGraph();

/** The first `n` actors of the seed and the relations among them: a graph that differs visibly. */
function subgraph(n: number): Graph {
  const actors = seed.actors.slice(0, n);
  const ids = new Set(actors.map((a) => a.id));
  return {
    ...seed,
    actors: actors.map(({ affiliation, ...rest }) =>
      affiliation && ids.has(affiliation) ? { ...rest, affiliation } : rest,
    ),
    relations: seed.relations.filter((r) => ids.has(r.source) && ids.has(r.target)),
  };
}

const importInPage = async (page: Page, graph: Graph, fileName: string) => {
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
  return page.evaluate(([g, name]) => window.actorgraph!.getState().importGraph(g, name), [
    graph,
    fileName,
  ] as const);
};

/**
 * Makes one relation impossible to draw while it is selected (reading its evidence throws, as only a
 * bug could make it), then selects it. Clearing the selection makes it drawable again.
 */
const breakWhileSelected = (page: Page, relationId: string) =>
  page.evaluate((id) => {
    const store = window.actorgraph!;
    const relations = store.getState().index.relations as Map<string, object>;
    const relation = relations.get(id)!;
    const { evidence } = relation as { evidence: unknown };
    const fragile = { ...relation };
    Object.defineProperty(fragile, 'evidence', {
      enumerable: true,
      get: () => {
        const selection = store.getState().selection;
        if (selection?.kind === 'relation' && selection.id === id)
          throw new Error('evidence cannot be drawn');
        return evidence;
      },
    });
    relations.set(id, fragile);
    store.getState().selectRelation(id);
  }, relationId);

const nodeIds = (page: Page) =>
  page.evaluate(() =>
    window
      .cy!.nodes()
      .map((n) => n.id())
      .sort(),
  );
const notice = (page: Page) => page.getByTestId('notice');

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected browser dialog: ${dialog.type()} ${dialog.message()}`);
  });
});

test('an imported graph and an added article survive a reload', async ({ page }) => {
  await openApp(page);
  const graph = subgraph(6);
  await importInPage(page, graph, 'mine.json');
  await expect.poll(() => savedBaseName(page)).toBe('mine.json');

  // An added article: a new source and two new actors merged on top.
  const source = { ...seed.sources[0]!, id: 'added-source', title: 'A later report' };
  const quote = source.text.slice(0, 40);
  const article: Graph = {
    schemaVersion: 1,
    sources: [source],
    actors: [
      { id: 'added-a', label: 'Added A', kind: 'state', aliases: [] },
      { id: 'added-b', label: 'Added B', kind: 'state', aliases: [] },
    ],
    relationTypes: [seed.relationTypes[0]!],
    relations: [
      {
        id: 'added-r',
        source: 'added-a',
        target: 'added-b',
        type: seed.relationTypes[0]!.id,
        evidence: [{ sourceId: 'added-source', start: 0, end: quote.length, quote }],
        automatic: true,
      },
    ],
  };
  await page.evaluate(
    (g) =>
      window
        .actorgraph!.getState()
        .addArticle({ id: 'article-1', addedAt: '2025-05-10T12:00:00Z', graph: g }),
    article,
  );
  await expect.poll(async () => ((await readSaved(page)) as { articles: unknown[] }).articles.length).toBe(1);

  await page.reload();
  await waitForNodes(page, graph.actors.length + 2);
  expect(await nodeIds(page)).toEqual([...graph.actors.map((a) => a.id), 'added-a', 'added-b'].sort());
  await expect(notice(page)).toHaveCount(0);
});

test('a graph opened with Open… survives a reload', async ({ page }) => {
  await openApp(page);
  const graph = subgraph(5);
  const file = exportGraph(graph, 'graphml', { baseName: 'from-a-colleague' });
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (
    await choosing
  ).setFiles({ name: file.fileName, mimeType: file.mimeType, buffer: Buffer.from(file.data) });
  await answerOpen(page, 'Replace');
  await expect(notice(page)).toContainText(`Opened ${file.fileName}`);
  await expect.poll(() => savedBaseName(page)).toBe(file.fileName);

  await page.reload();
  await waitForNodes(page, graph.actors.length);
  expect(await nodeIds(page)).toEqual(graph.actors.map((a) => a.id).sort());
});

test('a file that cannot be opened changes neither the screen nor the saved work', async ({ page }) => {
  await openApp(page);
  const graph = subgraph(5);
  await importInPage(page, graph, 'mine.json');
  await expect.poll(() => savedBaseName(page)).toBe('mine.json');
  const saved = await readSaved(page);

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await choosing).setFiles('src/io/fixtures/corpus/dangling-actor.invalid.json');
  await expect(notice(page)).toContainText('Could not open dangling-actor.invalid.json');
  await expect(notice(page)).toContainText('no actor has the id "ukraine"');
  expect(await nodeIds(page)).toEqual(graph.actors.map((a) => a.id).sort());
  expect(await readSaved(page)).toEqual(saved);
});

test('preferences survive a reload', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const s = window.actorgraph!.getState();
    s.setThemeChoice('dark');
    s.setMergeParallel(true);
    s.setLayout('circle');
  });
  await page.reload();
  await openApp(page);
  const prefs = await page.evaluate(() => {
    const s = window.actorgraph!.getState();
    return [s.themeChoice, s.mergeParallel, s.layout, document.documentElement.dataset.theme];
  });
  expect(prefs).toEqual(['dark', true, 'circle', 'dark']);
});

test('a write that never completes (a tab closed mid-write) leaves the previous record whole', async ({
  page,
}) => {
  await openApp(page);
  const first = subgraph(5);
  await importInPage(page, first, 'first.json');
  await expect.poll(() => savedBaseName(page)).toBe('first.json');

  // The next write is aborted inside its transaction, as the browser does when the tab goes away.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    };
  });
  await importInPage(page, subgraph(8), 'second.json');
  await expect(notice(page)).toContainText('Your work could not be saved');

  await page.reload();
  await waitForNodes(page, first.actors.length);
  expect(await nodeIds(page)).toEqual(first.actors.map((a) => a.id).sort());
  expect(await savedBaseName(page)).toBe('first.json');
});

test('a reload while a write is still under way loses nothing: the page keeps that state for the next start', async ({
  page,
}) => {
  await openApp(page);
  // Writes start but never finish: the transaction is kept busy until the page goes away and the
  // browser drops it, as happens when a reload comes moments after an edit.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function (this: IDBObjectStore) {
      const keepBusy = () => {
        this.get('nothing').onsuccess = keepBusy;
      };
      keepBusy();
      return this.get('nothing') as unknown as IDBRequest<IDBValidKey>;
    };
  });
  const actorId = seed.actors[0]!.id;
  await page.evaluate(
    (id) =>
      window.actorgraph!.getState().curate({ op: 'updateActor', actorId: id, label: 'Renamed just now' }),
    actorId,
  );
  await page.reload();
  await waitForNodes(page, seed.actors.length);
  await expect
    .poll(() => page.evaluate((id) => window.actorgraph!.getState().index.actors.get(id)?.label, actorId))
    .toBe('Renamed just now');
  // The kept state is written to the record, and then no longer kept aside.
  await expect.poll(async () => JSON.stringify(await readSaved(page))).toContain('Renamed just now');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('actorgraph-unsaved-workspace')))
    .toBeNull();
  await expect(notice(page)).toHaveCount(0);
});

test('closing the tab during a large write leaves one whole record, old or new', async ({
  page,
  context,
}) => {
  await openApp(page);
  await importInPage(page, subgraph(5), 'first.json');
  await expect.poll(() => savedBaseName(page)).toBe('first.json');

  // A big graph (the seed with a long source text) takes a moment to write; close the tab meanwhile.
  const big: Graph = {
    ...seed,
    sources: seed.sources.map((s) => ({ ...s, text: s.text + ' padding'.repeat(1_000_000) })),
  };
  await importInPage(page, big, 'second.json');
  await page.close();

  const next = await context.newPage();
  await openApp(next);
  const saved = await savedBaseName(next);
  expect(['first.json', 'second.json']).toContain(saved);
  await waitForNodes(next, saved === 'first.json' ? 5 : seed.actors.length);
  await expect(next.getByTestId('notice')).toHaveCount(0);
});

test('a full disk is reported, the screen keeps the change, and the saved record stays as it was', async ({
  page,
}) => {
  await openApp(page);
  const first = subgraph(5);
  await importInPage(page, first, 'first.json');
  await expect.poll(() => savedBaseName(page)).toBe('first.json');

  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const second = subgraph(8);
  await importInPage(page, second, 'second.json');
  await expect(notice(page)).toContainText('storage quota exceeded');
  await expect(notice(page)).toHaveAttribute('role', 'alert');
  expect(await nodeIds(page)).toEqual(second.actors.map((a) => a.id).sort());

  await page.reload();
  await waitForNodes(page, first.actors.length);
  expect(await savedBaseName(page)).toBe('first.json');
});

test('unreadable saved work is reported, the curated data shown, and the record never overwritten', async ({
  page,
}) => {
  await openApp(page);
  const unreadable = {
    version: 1,
    base: { kind: 'imported', fileName: 'broken.json', graph: { schemaVersion: 1, actors: 'none' } },
    articles: [],
  };
  await writeSaved(page, unreadable);
  await page.reload();
  await waitForNodes(page, seed.actors.length);
  await expect(notice(page)).toContainText('Your saved work could not be read');
  await expect(notice(page)).toContainText('Nothing was deleted');
  await expect(notice(page)).toContainText('$.base.graph.sources');

  // Work done now is not saved over the record.
  await importInPage(page, subgraph(4), 'new.json');
  await page.waitForTimeout(300);
  expect(await readSaved(page)).toEqual(unreadable);
});

test('a record from a newer version is named as such and kept', async ({ page }) => {
  await openApp(page);
  const future = { version: 2, base: { kind: 'cloud', id: 'x' }, articles: [] };
  await writeSaved(page, future);
  await page.reload();
  await waitForNodes(page, seed.actors.length);
  await expect(notice(page)).toContainText('saved by a newer version of Actorgraph');
  expect(await readSaved(page)).toEqual(future);
});

test('Reset to default data asks first in its own dialog, and Esc keeps everything', async ({ page }) => {
  await openApp(page);
  const graph = subgraph(5);
  await importInPage(page, graph, 'mine.json');
  await expect.poll(() => savedBaseName(page)).toBe('mine.json');

  await page.getByRole('button', { name: 'Reset to default data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset to default data?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('the graph you opened from mine.json');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reset to default data…' })).toBeFocused();
  expect(await savedBaseName(page)).toBe('mine.json');
  expect(await nodeIds(page)).toEqual(graph.actors.map((a) => a.id).sort());

  // Cancel by click keeps everything too.
  await page.getByRole('button', { name: 'Reset to default data…' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await savedBaseName(page)).toBe('mine.json');
});

test('Reset to default data, confirmed from the keyboard, deletes the saved work and shows the seed', async ({
  page,
}) => {
  await openApp(page);
  await importInPage(page, subgraph(5), 'mine.json');
  await expect.poll(() => savedBaseName(page)).toBe('mine.json');

  await page.getByRole('button', { name: 'Reset to default data…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset to default data?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete and reset' })).toBeFocused();
  await page.keyboard.press('Tab'); // focus stays inside the dialog
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(notice(page)).toContainText('Reset to the curated data');
  await waitForNodes(page, seed.actors.length);
  await expect.poll(() => savedBaseName(page)).toBeNull();

  await page.reload();
  await waitForNodes(page, seed.actors.length);
  await expect(notice(page)).toHaveCount(0);
});

test('Reset to default data clears an unreadable record, and saving resumes', async ({ page }) => {
  await openApp(page);
  await writeSaved(page, { version: 1, base: { kind: 'nonsense' }, articles: [] });
  await page.reload();
  await waitForNodes(page, seed.actors.length);
  await expect(notice(page)).toContainText('could not be read');

  await page.getByRole('button', { name: 'Reset to default data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset to default data?' });
  await expect(dialog).toContainText('including work that could not be read');
  await dialog.getByRole('button', { name: 'Delete and reset' }).click();
  await expect.poll(() => savedBaseName(page)).toBeNull();

  await importInPage(page, subgraph(4), 'after-reset.json');
  await expect.poll(() => savedBaseName(page)).toBe('after-reset.json');
});

test('a rendering failure shows a message with Reset view, which brings the app back', async ({ page }) => {
  await openApp(page);
  const id = seed.relations[0]!.id;
  await breakWhileSelected(page, id);

  const message = page.getByTestId('error-boundary');
  await expect(message).toBeVisible();
  await expect(message).toContainText('Something went wrong while drawing this view.');
  await expect(message.getByRole('button', { name: 'Reload' })).toBeVisible();
  await message.getByRole('button', { name: 'Reset view' }).click();

  await expect(message).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Actorgraph' })).toBeVisible();
  await waitForNodes(page, seed.actors.length);
  expect(await page.evaluate(() => window.actorgraph!.getState().selection)).toBeNull();
});

test('Reload from the error message reloads the page with the saved work', async ({ page }) => {
  await openApp(page);
  const graph = subgraph(5);
  await importInPage(page, graph, 'mine.json');
  await expect.poll(() => savedBaseName(page)).toBe('mine.json');
  const id = graph.relations[0]!.id;
  await breakWhileSelected(page, id);
  await page.getByTestId('error-boundary').getByRole('button', { name: 'Reload' }).click();
  await waitForNodes(page, graph.actors.length);
  await expect(page.getByTestId('error-boundary')).toHaveCount(0);
});

test('saved work from before is checked again on load: the record stays as written', async ({ page }) => {
  await openApp(page);
  const graph = subgraph(5);
  await writeSaved(page, importedRecord(graph, 'written-by-hand.json'));
  await page.reload();
  await waitForNodes(page, graph.actors.length);
  await expect(notice(page)).toHaveCount(0);
  expect(await savedBaseName(page)).toBe('written-by-hand.json');
});

/**
 * "Add article": a pasted or chosen article is extracted in a worker (with progress and Cancel), its
 * relations join the graph as automatic ones, a new edge clicked on the canvas shows its sentence
 * with the cue and both actors marked and its source named, the confidence threshold hides the
 * unsure ones, the article survives a reload and can be removed, and bad files change nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawnEdges } from './articleHelpers';
import { edgePoint, openApp, seedGraph } from './helpers';
import { readSaved } from './persistenceHelpers';

const seed = seedGraph();

/** Three relations the extractor finds with different confidence (see the unit tests of src/extract). */
const ARTICLE =
  'Germany accused Russia of cyberattacks. France and Germany signed a defence pact. ' +
  'Poland may sanction Belarus, officials reportedly said.';
const ACCUSES = 'germany>russia:accuses'; // 0.9
const PACT = 'france>germany:allies_with'; // 0.7
const SANCTIONS = 'poland>belarus:sanctions'; // about 0.61: hedged, reported
const NEW_EDGES = [ACCUSES, PACT, SANCTIONS];
const NEW_ACTORS = ['belarus', 'france', 'germany', 'poland'];
const META = { title: 'Pact report', publisher: 'Test Wire', published: '2025-06-01' };

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected browser dialog: ${dialog.type()} ${dialog.message()}`);
  });
  // Every value the progress bar shows, however briefly: short articles finish in a moment.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('[role="progressbar"][aria-valuenow]')) {
        const value = bar.getAttribute('aria-valuenow')!;
        if (seen.at(-1) !== value) seen.push(value);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Articles' });
const status = (page: Page) => page.getByTestId('article-status');
const edgeIds = (page: Page) =>
  page.evaluate(() =>
    window
      .cy!.edges()
      .map((e) => e.id())
      .sort(),
  );
/** A field of the dialog by its exact label (the reader behind it is labelled "Article text" too). */
const field = (page: Page, label: string) => dialog(page).getByLabel(label, { exact: true });
const articleCount = (page: Page) =>
  page.evaluate(() => window.actorgraph!.getState().workspace.articles.length);

async function openDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add article…' }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(field(page, 'Article text')).toBeFocused();
}

/** Paste the article with its metadata and wait until its relations are on the canvas. */
async function addArticle(page: Page): Promise<void> {
  await openDialog(page);
  await field(page, 'Article text').fill(ARTICLE);
  await field(page, 'Title').fill(META.title);
  await field(page, 'Publisher').fill(META.publisher);
  await field(page, 'Published').fill(META.published);
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(page.getByTestId('notice')).toHaveText(/Added Pact report: 3 relations, 5 actors/);
  await expect(dialog(page)).toBeHidden();
  await expect.poll(() => edgeIds(page)).toEqual(expect.arrayContaining(NEW_EDGES));
}

/** A new edge whose rendered midpoint is clear of nodes and other edges, so a click lands on it. */
const clearNewEdge = (page: Page) =>
  page.evaluate((ids) => {
    const cy = window.cy!;
    const nodes = cy.nodes(':visible').map((n) => n.renderedPosition());
    const edges = cy.edges(':visible').map((e) => ({ id: e.id(), m: e.renderedMidpoint() }));
    const clear = edges.filter(
      ({ id, m }) =>
        ids.includes(id) &&
        !nodes.some((p) => Math.hypot(p.x - m.x, p.y - m.y) < 30) &&
        !edges.some((o) => o.id !== id && Math.hypot(o.m.x - m.x, o.m.y - m.y) < 16),
    );
    return clear.map((e) => e.id).sort((a, b) => ids.indexOf(a) - ids.indexOf(b))[0] ?? null;
  }, NEW_EDGES);

test('a pasted article adds automatic relations; a new edge shows its sentence, marked, with its source', async ({
  page,
}) => {
  await openApp(page);
  const before = await edgeIds(page);
  await addArticle(page);
  await expect(page.getByRole('button', { name: 'Add article…' })).toBeFocused();

  // The progress bar was shown with a value while the worker ran.
  const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(progress.length).toBeGreaterThan(0);
  expect(progress.every((v) => Number(v) >= 0 && Number(v) <= 100)).toBe(true);

  // The curated edges are all still there, the new ones are drawn apart as not yet reviewed.
  const after = await edgeIds(page);
  expect(after).toEqual(expect.arrayContaining(before));
  const automatic = await page.evaluate(() =>
    window
      .cy!.edges('.unreviewed')
      .map((e) => e.id())
      .sort(),
  );
  expect(automatic).toEqual([...NEW_EDGES].sort());

  const id = await clearNewEdge(page);
  expect(id, 'a new edge with a clear midpoint').not.toBeNull();
  const { x, y } = await edgePoint(page, id!);
  await page.mouse.click(x, y);
  await expect
    .poll(() => page.evaluate(() => window.actorgraph!.getState().selection))
    .toEqual({ kind: 'relation', id, evidenceIndex: 0 });

  const expected: Record<
    string,
    { sentence: string; cue: string; source: string; target: string; rule: string }
  > = {
    [ACCUSES]: {
      sentence: 'Germany accused Russia of cyberattacks.',
      cue: 'accused',
      source: 'Germany',
      target: 'Russia',
      rule: 'active',
    },
    [PACT]: {
      sentence: 'France and Germany signed a defence pact.',
      cue: 'pact',
      source: 'France',
      target: 'Germany',
      rule: 'pair-subject',
    },
    [SANCTIONS]: {
      sentence: 'Poland may sanction Belarus, officials reportedly said.',
      cue: 'sanction',
      source: 'Poland',
      target: 'Belarus',
      rule: 'active',
    },
  };
  const want = expected[id!]!;
  await expect(page.getByTestId('relation-heading')).toContainText(want.source);
  await expect(page.getByTestId('relation-backing')).toHaveText(
    'Backed by 1 source · found by the extractor',
  );

  // The evidence list: the sentence with its cue and both actors marked, the source named.
  const item = page.getByTestId('evidence-item').first();
  await expect(item.locator('q')).toHaveText(want.sentence);
  await expect(item.locator('mark[data-span="cue"]')).toHaveText(want.cue);
  await expect(item.locator('mark[data-span="source"]')).toHaveText(want.source);
  await expect(item.locator('mark[data-span="target"]')).toHaveText(want.target);
  await expect(item.getByTestId('evidence-source')).toHaveText('Pact report · Test Wire · 2025-06-01');
  await expect(item.getByTestId('evidence-auto')).toContainText(`rule ${want.rule} · cue “${want.cue}”`);
  await expect(item.getByTestId('evidence-auto')).toContainText(/confidence \d+%/);

  // The reader: the added article, with the sentence highlighted and the same marks inside it.
  await expect(page.locator('#reader-heading')).toHaveText(META.title);
  await expect(page.getByTestId('reader')).toContainText('Source of the selected sentence · added by you');
  await expect(page.getByTestId('reader-source')).toHaveText('Test Wire · 2025-06-01');
  const active = page.locator('mark.evidence-mark.active');
  await expect(active).toHaveText(want.sentence);
  await expect(active.locator('mark[data-span="cue"]')).toHaveText(want.cue);
  await expect(active.locator('mark[data-span="source"]')).toHaveText(want.source);
  await expect(active.locator('mark[data-span="target"]')).toHaveText(want.target);
  await expect(page.getByTestId('article')).toHaveText(ARTICLE);

  // The hedged, reported sentence says so.
  await page.evaluate((r) => window.actorgraph!.getState().selectRelation(r), SANCTIONS);
  const flags = page.getByTestId('evidence-item').first().getByRole('list', { name: 'Flags' });
  await expect(flags.getByRole('listitem')).toHaveText(['hedged', 'reported speech']);
});

test('a relation the curated data already has gains the new sentence and a second source', async ({
  page,
}) => {
  const attacks = seed.relations.find((r) => r.id === 'russia>ukraine:attacks')!;
  const sentence = 'Russia attacked Ukraine again on Monday, officials in Kyiv said.';
  await openApp(page);
  await openDialog(page);
  await field(page, 'Article text').fill(sentence);
  await field(page, 'Title').fill('Monday report');
  await field(page, 'Publisher').fill('Kyiv Desk');
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(page.getByTestId('notice')).toContainText('Added Monday report: 1 relation, 2 actors');
  // No date was given: the notice says which one the article now carries.
  const dated = await page.evaluate(
    () => window.actorgraph!.getState().workspace.articles[0]!.graph.sources[0]!.published,
  );
  expect(dated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByTestId('notice')).toContainText(
    `No publication date was given, so it is dated today, ${dated}`,
  );

  await page.evaluate((id) => window.actorgraph!.getState().selectRelation(id), attacks.id);
  await expect(page.getByTestId('relation-backing')).toHaveText('Backed by 2 sources');
  const items = page.getByTestId('evidence-item');
  await expect(items).toHaveCount(attacks.evidence.length + 1);
  const curatedSource = seed.sources[0]!;
  await expect(items.first().getByTestId('evidence-source')).toContainText(curatedSource.title);
  await expect(items.first().getByTestId('evidence-auto')).toHaveCount(0);

  // The new sentence, last, names its own source; choosing it opens that source in the reader.
  const added = items.last();
  await expect(added.getByTestId('evidence-source')).toContainText('Monday report · Kyiv Desk');
  await expect(added.getByTestId('evidence-auto')).toContainText('cue “attacked”');
  await expect(added.getByRole('listitem')).toHaveText(['reported speech']);
  await added.getByRole('button', { name: sentence }).click();
  await expect(page.locator('#reader-heading')).toHaveText('Monday report');
  await expect(page.getByTestId('reader')).toContainText('Source of the selected sentence · added by you');
  await expect(page.locator('mark.evidence-mark.active')).toHaveText(sentence);
});

test('the confidence threshold hides automatic relations below it and keeps curated ones', async ({
  page,
}) => {
  await openApp(page);
  await addArticle(page);
  const slider = page.locator('#min-confidence');
  const curated = seed.relations.map((r) => r.id);

  const drawnAt = async (threshold: string, automatic: string[]) => {
    await slider.fill(threshold);
    await expect.poll(() => drawnEdges(page)).toEqual([...curated, ...automatic].sort());
  };
  await drawnAt('0.8', [ACCUSES]);
  await drawnAt('0.65', [ACCUSES, PACT]);
  await drawnAt('0', NEW_EDGES);
});

test('Cancel stops a running extraction and adds nothing; Esc closes the dialog', async ({ page }) => {
  await openApp(page);
  const before = await edgeIds(page);
  await openDialog(page);
  // Long enough to still be running when Cancel is pressed (about 2 MB, 45,000 sentences).
  const long = `${ARTICLE} `.repeat(Math.ceil(2_000_000 / (ARTICLE.length + 1)));
  await page.getByTestId('article-file').setInputFiles({
    name: 'long.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(long),
  });
  await expect(status(page)).toContainText('Read long.txt');
  await page.getByRole('button', { name: 'Extract and add' }).click();
  const bar = page.getByRole('progressbar', { name: 'Extracting relations' });
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(status(page)).toHaveText('Cancelled: nothing was added.');
  await expect(bar).toBeHidden();
  expect(await articleCount(page)).toBe(0);
  expect(await edgeIds(page)).toEqual(before);
  // What was on screen is still there to try again.
  expect((await field(page, 'Article text').inputValue()).length).toBe(long.length);

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add article…' })).toBeFocused();

  // The cancelled worker delivers nothing later: the next article is the only one.
  await page.getByRole('button', { name: 'Add article…' }).click();
  await field(page, 'Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(page.getByTestId('notice')).toContainText('Added');
  expect(await articleCount(page)).toBe(1);
});

/** The layout up to where it sits: each actor relative to the first, and the zoom that fits them. */
const layoutShape = (page: Page) =>
  page.evaluate(() => {
    const nodes = window
      .cy!.nodes()
      .map((n) => ({ id: n.id(), ...n.position() }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const origin = nodes[0]!;
    return {
      zoom: window.cy!.zoom().toFixed(3),
      actors: nodes.map((n) => [n.id, Math.round(n.x - origin.x), Math.round(n.y - origin.y)]),
    };
  });

test('an added article survives a reload and Remove takes it out again', async ({ page }) => {
  await openApp(page);
  const before = await edgeIds(page);
  const shapeBefore = await layoutShape(page);
  await addArticle(page);
  await expect
    .poll(
      async () => ((await readSaved(page)) as { articles?: unknown[] } | undefined)?.articles?.length ?? 0,
    )
    .toBe(1);

  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect.poll(() => edgeIds(page)).toEqual(expect.arrayContaining(NEW_EDGES));

  await openDialog(page);
  const row = dialog(page).getByTestId('article-list').getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(META.title);
  await expect(row).toContainText('Test Wire · 2025-06-01 · 3 relations');
  await row.getByRole('button', { name: `Remove ${META.title}` }).click();
  await row.getByRole('button', { name: 'Remove', exact: true }).click();

  await expect(dialog(page).getByText('Added articles (0)')).toBeVisible();
  await expect.poll(() => edgeIds(page)).toEqual(before);
  const nodes = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()));
  for (const actor of NEW_ACTORS) expect(nodes).not.toContain(actor);
  await expect(page.getByTestId('notice')).toContainText('Removed Pact report');
  // The curated actors are laid out and fitted as on a first load, not left where the article put them.
  await expect.poll(() => layoutShape(page)).toEqual(shapeBefore);

  // The curated data was never changed, and the removal is saved too.
  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect.poll(() => edgeIds(page)).toEqual(before);
  expect(await articleCount(page)).toBe(0);
});

test('empty, binary and non-UTF-8 files and bad input are refused by name; nothing changes', async ({
  page,
}) => {
  await openApp(page);
  const before = await edgeIds(page);
  await openDialog(page);
  const text = field(page, 'Article text');
  await text.fill('My draft, not yet finished.');
  const file = page.getByTestId('article-file');

  await file.setInputFiles({
    name: 'photo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  });
  await expect(status(page)).toContainText(
    'photo.txt: this looks like a binary file (a NUL byte at offset 8)',
  );
  await expect(status(page)).toContainText('Nothing was added; the graph is unchanged.');

  await file.setInputFiles({ name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) });
  await expect(status(page)).toContainText('empty.md: the file is empty');

  await file.setInputFiles({
    name: 'latin1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9]),
  });
  await expect(status(page)).toContainText('latin1.txt: the file is not valid UTF-8');
  await expect(text).toHaveValue('My draft, not yet finished.');

  await file.setInputFiles({ name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(status(page)).toContainText(
    'graph.json: expected a plain-text (.txt) or Markdown (.md) article',
  );

  await field(page, 'URL').fill('javascript:alert(1)');
  await field(page, 'Published').fill('2025-02-30');
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(status(page)).toContainText('URL "javascript:alert(1)" is not a web address');
  await expect(status(page)).toContainText('Published date "2025-02-30" is not a date written YYYY-MM-DD');

  await text.fill('   ');
  await field(page, 'URL').fill('');
  await field(page, 'Published').fill('');
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(status(page)).toContainText('The pasted text is empty');

  expect(await articleCount(page)).toBe(0);
  expect(await edgeIds(page)).toEqual(before);
});

test('a Markdown file dropped on the dialog fills the text and fields from its front matter', async ({
  page,
}) => {
  await openApp(page);
  await openDialog(page);
  const markdown = `---\ntitle: "Pact <img src=x onerror=alert(1)>"\npublisher: Wire\ndate: 2025-06-02\nurl: https://example.org/pact\n---\n# Talks\n\n**${ARTICLE}**\n`;
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'pact.md', { type: 'text/markdown' }));
    const target = document.querySelector('dialog.article-dialog')!;
    for (const type of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, markdown);

  await expect(field(page, 'Article text')).toHaveValue(`Talks\n\n${ARTICLE}`);
  await expect(field(page, 'Title')).toHaveValue('Pact <img src=x onerror=alert(1)>');
  await expect(field(page, 'Publisher')).toHaveValue('Wire');
  await expect(field(page, 'Published')).toHaveValue('2025-06-02');
  await expect(field(page, 'URL')).toHaveValue('https://example.org/pact');
  // The window-wide graph-file drop did not also try to open it as a graph.
  await expect(page.getByTestId('notice')).toHaveCount(0);

  // Markup in the title stays text.
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(page.getByTestId('notice')).toContainText(
    'Added Pact <img src=x onerror=alert(1)>: 3 relations',
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('a whole Markdown file pasted into the empty box is read like the file: fields and plain text', async ({
  page,
}) => {
  await openApp(page);
  await openDialog(page);
  const paste = (content: string) =>
    field(page, 'Article text').evaluate((box, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      box.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, content);
  await paste(`---\ntitle: Pasted pact\npublisher: Wire\ndate: 2025-06-03\n---\n# Talks\n\n**${ARTICLE}**\n`);
  await expect(field(page, 'Article text')).toHaveValue(`Talks\n\n${ARTICLE}`);
  await expect(field(page, 'Title')).toHaveValue('Pasted pact');
  await expect(field(page, 'Publisher')).toHaveValue('Wire');
  await expect(field(page, 'Published')).toHaveValue('2025-06-03');
  await expect(status(page)).toContainText('Read the pasted front matter into the fields below');
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(page.getByTestId('notice')).toContainText('Added Pasted pact: 3 relations');
});

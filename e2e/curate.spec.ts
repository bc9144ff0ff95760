/**
 * Curation from the article: words selected (or a sentence stepped to) become a new relation or more
 * evidence, cited by their whole sentence, from any article; undoable and kept across a reload.
 */
import { expect, test } from '@playwright/test';
import type { Graph } from '../src/domain/types';
import {
  drawnEdge,
  expectAnchored,
  hasNode,
  LINKED,
  openRelation,
  redoButton,
  savedEdits,
  searchActor,
  seed,
  seedText as text,
  selectInArticle,
  seriousAxe,
  shownGraph,
  shownRelation,
  undoButton,
} from './curateHelpers';
import { openApp } from './helpers';

const BLAMED = 'Instead, both leaders blamed external powers for the crisis.';

test('words selected in the article become a new relation cited by their whole sentence', async ({
  page,
}) => {
  await openApp(page);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();
  await selectInArticle(page, 'linked history');
  await expect(page.locator('[data-chosen="true"]')).toHaveText(LINKED);
  await expect(page.getByTestId('sentence-bar')).toContainText('chosen');

  await page.getByRole('button', { name: 'Add relation…' }).click();
  const dialog = page.getByTestId('add-relation-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('cited-sentence')).toHaveText(LINKED);
  expect(await seriousAxe(page)).toEqual([]);

  // Nothing filled in: the form says what is missing and adds nothing.
  await dialog.getByRole('button', { name: 'Add relation' }).click();
  await expect(dialog).toContainText('Name who acts.');
  await expect(dialog).toContainText('Choose a relation type.');
  await expect(dialog.getByLabel('Who acts (source)')).toBeFocused();

  await dialog.getByLabel('Who acts (source)').fill('the Kremlin'); // an alias of Russia
  await expect(dialog).toContainText('Russia (state)');
  await dialog.getByLabel('Relation type').selectOption({ label: 'warns' });
  await dialog.getByLabel('On whom (target)').fill('History Commission');
  await expect(dialog).toContainText('New actor “History Commission”');
  await dialog.getByLabel('Kind of the new actor').selectOption('organization');
  expect(await seriousAxe(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Add relation' }).click();
  await expect(dialog).toBeHidden();

  const id = 'russia>history-commission:warns';
  await expect
    .poll(() => drawnEdge(page, id))
    .toEqual({
      source: 'russia',
      target: 'history-commission',
      type: 'warns',
      evidenceCount: 1,
      negated: false,
    });
  const graph = await shownGraph(page);
  expect(graph.actors.find((a) => a.id === 'history-commission')).toMatchObject({
    label: 'History Commission',
    kind: 'organization',
  });
  const [evidence] = (await shownRelation(page, id))!.evidence;
  expect(evidence).toMatchObject({ sourceId: seed.sources[0]!.id, quote: LINKED, status: 'curated' });
  expect(text.slice(evidence!.start, evidence!.end)).toBe(LINKED);
  expectAnchored(graph);
  // The new relation is selected, its sentence marked in the article.
  await expect(page.getByTestId('relation-heading')).toHaveText('Russia — warns → History Commission');
  await expect(page.locator('mark.evidence-mark.active')).toHaveText(LINKED);
  await expect(page.getByTestId('evidence-status')).toHaveText('curated');

  // One step: Undo takes back the relation and the actor it created; Redo (keyboard) brings both back.
  await undoButton(page).click();
  await expect.poll(() => drawnEdge(page, id)).toBeNull();
  expect(await hasNode(page, 'history-commission')).toBe(false);
  await expect(page.getByTestId('notice')).toHaveText(/Undone: adding a relation/);
  await expect(undoButton(page)).toBeDisabled();
  await page.locator('body').press('Control+Shift+Z');
  await expect.poll(() => drawnEdge(page, id)).not.toBeNull();
  expect(await hasNode(page, 'history-commission')).toBe(true);
  await expect(redoButton(page)).toBeDisabled();

  await savedEdits(page, 2);
  await page.reload();
  await openApp(page);
  await expect.poll(() => drawnEdge(page, id)).not.toBeNull();
  expect((await shownRelation(page, id))?.evidence[0]?.quote).toBe(LINKED);
});

test('from the keyboard: step to a sentence, add a relation, add another sentence as its evidence', async ({
  page,
}) => {
  await openApp(page);
  await openRelation(page, 'China', 'China — supports → Russia');
  const relation = seed.relations.find((r) => r.id === 'china>russia:supports')!;

  // Next starts at the selected sentence, then steps on.
  await page.getByRole('button', { name: 'Next sentence' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-chosen="true"]')).toHaveText(relation.evidence[0]!.quote);
  await expect(page.getByRole('button', { name: 'Add as evidence' })).toBeDisabled(); // cited already
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const chosen = await page.locator('[data-chosen="true"]').allInnerTexts();
  const sentence = chosen.join('');
  expect(text).toContain(sentence);

  await page.keyboard.press('Tab'); // to Add relation…
  await expect(page.getByRole('button', { name: 'Add relation…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('add-relation-dialog');
  await expect(dialog.getByLabel('Who acts (source)')).toBeFocused();
  await page.keyboard.type('Xi');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Relation type')).toBeFocused();
  await dialog.getByLabel('Relation type').selectOption({ label: 'courts' });
  await page.keyboard.press('Tab');
  await page.keyboard.type('ukraine');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('The sentence says this did not happen')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter'); // submits the form
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add relation…' })).toBeFocused();

  const id = 'xi-jinping>ukraine:courts';
  await expect.poll(() => drawnEdge(page, id)).toMatchObject({ negated: true, evidenceCount: 1 });
  expect((await shownRelation(page, id))!.evidence[0]).toMatchObject({ quote: sentence, negated: true });

  // Add as evidence: the next sentence joins the relation now selected.
  await page.getByRole('button', { name: 'Next sentence' }).focus();
  await page.keyboard.press('Enter');
  // The bar moves on to the next sentence before the focus travels on from it.
  const chosenNow = async () => (await page.locator('[data-chosen="true"]').allInnerTexts()).join('');
  await expect.poll(chosenNow).not.toBe(sentence);
  const next = await chosenNow();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add as evidence' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await shownRelation(page, id))?.evidence.map((e) => e.quote))
    .toEqual([sentence, next]);
  expectAnchored(await shownGraph(page));
  await expect(page.getByTestId('evidence-item')).toHaveCount(2);

  // Ctrl+Z undoes the evidence only; Ctrl+Y puts it back.
  await page.locator('body').press('Control+z');
  await expect.poll(async () => (await shownRelation(page, id))?.evidence.length).toBe(1);
  await page.locator('body').press('Control+y');
  await expect.poll(async () => (await shownRelation(page, id))?.evidence.length).toBe(2);
});

test('a sentence selected by double-click joins the selected relation; any article can be read', async ({
  page,
}) => {
  await openApp(page);
  // A second article, so the reader offers a choice of source.
  await page.evaluate(() => {
    const text = 'Norway praised Denmark. Sweden stayed silent on the matter.';
    window.actorgraph!.getState().addArticle({
      id: 'nordic',
      addedAt: '2025-05-12T00:00:00.000Z',
      graph: {
        schemaVersion: 1,
        sources: [
          { id: 'nordic', title: 'Nordic notes', author: '', publisher: '', published: '2025-05-12', text },
        ],
        actors: [
          { id: 'norway', label: 'Norway', kind: 'state', aliases: [] },
          { id: 'denmark', label: 'Denmark', kind: 'state', aliases: [] },
        ],
        relationTypes: [],
        relations: [],
      },
    });
  });
  await openRelation(page, 'Russia', 'Russia — attacks → Ukraine');
  const before = (await shownRelation(page, 'russia>ukraine:attacks'))!.evidence.length;

  await selectInArticle(page, 'blamed', true);
  await expect(page.locator('[data-chosen="true"]')).toHaveText(BLAMED);
  await page.getByRole('button', { name: 'Add as evidence' }).click();
  await expect
    .poll(() => drawnEdge(page, 'russia>ukraine:attacks'))
    .toMatchObject({ evidenceCount: before + 1 });
  const added = (await shownRelation(page, 'russia>ukraine:attacks'))!.evidence.at(-1)!;
  expect(added).toMatchObject({ quote: BLAMED, status: 'curated' });
  expect(text.slice(added.start, added.end)).toBe(BLAMED);

  // The other article, picked in the reader's header.
  const picker = page.getByLabel('Read');
  await picker.selectOption({ label: 'Nordic notes' });
  await expect(page.getByRole('heading', { name: 'Nordic notes' })).toBeVisible();
  await selectInArticle(page, 'stayed silent');
  await page.getByRole('button', { name: 'Add relation…' }).click();
  const dialog = page.getByTestId('add-relation-dialog');
  await expect(dialog.getByTestId('cited-sentence')).toHaveText('Sweden stayed silent on the matter.');
  await dialog.getByLabel('Who acts (source)').fill('Sweden');
  await dialog.getByLabel('Relation type').selectOption({ label: 'opposes' });
  await dialog.getByLabel('On whom (target)').fill('Norway');
  await dialog.getByRole('button', { name: 'Add relation' }).click();
  await expect.poll(() => drawnEdge(page, 'sweden>norway:opposes')).not.toBeNull();
  expect((await shownRelation(page, 'sweden>norway:opposes'))!.evidence[0]).toMatchObject({
    sourceId: 'nordic',
    start: 24,
    end: 59,
    quote: 'Sweden stayed silent on the matter.',
  });
  await expect(page.getByRole('heading', { name: 'Nordic notes' })).toBeVisible();
});

test("a foreign file's unsupported relation shows its attributes, gains a sentence, and its type is mapped", async ({
  page,
}) => {
  await openApp(page);
  const foreign: Graph = {
    schemaVersion: 1,
    sources: [],
    actors: [
      { id: 'china', label: 'China', kind: 'state', aliases: [] },
      { id: 'usa', label: 'United States', kind: 'state', aliases: [] },
      { id: 'aukus', label: 'AUKUS', kind: 'bloc', aliases: [], attributes: { founded: 2021, members: 3 } },
    ],
    relationTypes: [
      { id: 'rival_of', label: 'rival of', directed: true, polarity: 'unknown', cameo: [], plover: '' },
    ],
    relations: [
      {
        id: 'f1',
        source: 'china',
        target: 'usa',
        type: 'rival_of',
        evidence: [],
        attributes: { weight: 3, analyst: 'kb' },
      },
      { id: 'f2', source: 'china', target: 'aukus', type: 'rival_of', evidence: [] },
    ],
  };
  await page.evaluate(
    (g) => window.actorgraph!.getState().importGraph(g, 'colleague.json', 'merge'),
    foreign,
  );
  await openRelation(page, 'China', 'China — rival of → United States');
  await expect(page.getByTestId('relation-unsupported')).toHaveText(
    'No sentence supports this relation yet — select one in the article and choose Add as evidence.',
  );
  const attributes = page.getByTestId('attributes');
  await expect(attributes.getByRole('row')).toHaveText(['weight3', 'analystkb']);
  await expect(page.getByTestId('relation-editor')).toBeVisible();
  expect(await seriousAxe(page, '.inspector')).toEqual([]);

  await selectInArticle(page, 'linked history');
  await page.getByRole('button', { name: 'Add as evidence' }).click();
  await expect(page.getByTestId('relation-unsupported')).toHaveCount(0);
  await expect.poll(() => drawnEdge(page, 'f1')).toMatchObject({ evidenceCount: 1 });

  const editor = page.getByTestId('relation-editor');
  await editor.getByLabel('Map all 2 relations of type “rival of” onto…').selectOption({ label: 'opposes' });
  await editor.getByRole('button', { name: 'Map' }).click();
  // f1 now coincides with the seed's China — opposes → United States and joins it, still selected.
  await expect(page.getByTestId('relation-heading')).toHaveText('China — opposes → United States');
  await expect
    .poll(async () => (await shownGraph(page)).relationTypes.some((t) => t.id === 'rival_of'))
    .toBe(false);
  const graph = await shownGraph(page);
  expect(graph.relations.filter((r) => r.type === 'rival_of')).toEqual([]);
  expect(graph.relations.find((r) => r.id === 'china>usa:opposes')!.evidence.map((e) => e.quote)).toContain(
    LINKED,
  );
  expect(await drawnEdge(page, 'f2')).toMatchObject({ type: 'opposes' });

  await page.locator('body').press('Control+z');
  await expect.poll(() => drawnEdge(page, 'f2')).toMatchObject({ type: 'rival_of' });

  // An actor's own file attributes (the seed's actors keep theirs when a file is merged in: a new one here).
  await searchActor(page, 'AUKUS');
  await expect(page.getByTestId('attributes').getByRole('row')).toHaveText(['founded2021', 'members3']);
});

test('focus moved on as a dialog closes stays where it was moved: the late close event does not take it back', async ({
  page,
}) => {
  await openApp(page);
  await openRelation(page, 'China', 'China — supports → Russia');
  await page.getByRole('button', { name: 'Next sentence' }).click();
  await page.getByRole('button', { name: 'Add relation…' }).click();
  const dialog = page.getByTestId('add-relation-dialog');
  await expect(dialog.getByLabel('Who acts (source)')).toBeFocused();
  // In one task: close the dialog, then move on at once, before its close event can fire.
  await page.evaluate(() => {
    document.querySelector<HTMLDialogElement>('[data-testid="add-relation-dialog"]')?.close();
    document.querySelector<HTMLButtonElement>('button[aria-label="Next sentence"]')?.focus();
  });
  await expect(dialog).toBeHidden();
  // Several frames later the close event has long run.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
  await expect(page.getByRole('button', { name: 'Next sentence' })).toBeFocused();
});

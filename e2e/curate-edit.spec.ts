/**
 * Curation in the panels: relations retyped, reversed, negated, annotated, trimmed and deleted; actors
 * renamed, merged and deleted after asking; every change undoable with the buttons and the shortcuts.
 */
import { expect, test } from '@playwright/test';
import {
  drawnEdge,
  hasNode,
  openRelation,
  redoButton,
  savedEdits,
  searchActor,
  seed,
  seriousAxe,
  shownGraph,
  shownRelation,
  undoButton,
} from './curateHelpers';
import { openApp } from './helpers';

test('a relation is retyped, reversed, negated, annotated, loses a sentence and is deleted; each undoable', async ({
  page,
}) => {
  await openApp(page);
  await openRelation(page, 'Russia', 'Russia — attacks → Ukraine');
  const id = 'russia>ukraine:attacks';
  const original = (await shownRelation(page, id))!;
  const editor = page.getByTestId('relation-editor');
  await expect(editor).toBeVisible(); // its code loads on first use
  expect(await seriousAxe(page, '.inspector')).toEqual([]);

  await editor.getByLabel('Type').selectOption({ label: 'threatens' });
  await expect.poll(() => drawnEdge(page, id)).toMatchObject({ type: 'threatens' });
  await expect(page.getByTestId('relation-heading')).toHaveText('Russia — threatens → Ukraine');

  await editor.getByRole('button', { name: 'Reverse direction' }).click();
  await expect.poll(() => drawnEdge(page, id)).toMatchObject({ source: 'ukraine', target: 'russia' });

  await editor.getByLabel(/Did not happen/).check();
  await expect.poll(() => drawnEdge(page, id)).toMatchObject({ negated: true });
  await expect(page.getByTestId('relation-heading')).toHaveText('Ukraine — did not threaten → Russia');

  const note = editor.getByLabel('Note');
  await note.fill('Check against the second report');
  // Ctrl+Z while typing belongs to the text field, not to the graph.
  await note.press('Control+z');
  expect(await drawnEdge(page, id)).toMatchObject({ type: 'threatens', negated: true, source: 'ukraine' });
  await note.fill('Check against the second report');
  await note.press('Enter');
  await expect(page.getByTestId('relation-note-shown')).toHaveText('Note: Check against the second report');
  expect((await shownRelation(page, id))?.note).toBe('Check against the second report');

  // Remove sentence 2 of 5.
  const second = original.evidence[1]!;
  await page.getByRole('button', { name: 'Remove sentence 2 from this relation' }).click();
  await expect.poll(() => drawnEdge(page, id)).toMatchObject({ evidenceCount: original.evidence.length - 1 });
  expect((await shownRelation(page, id))!.evidence.map((e) => e.quote)).not.toContain(second.quote);

  // Undo, step by step: the sentence, the note, the negation, the direction, the type.
  await undoButton(page).click();
  await expect.poll(() => drawnEdge(page, id)).toMatchObject({ evidenceCount: original.evidence.length });
  await page.locator('body').press('Control+z');
  await expect.poll(async () => (await shownRelation(page, id))?.note).toBeUndefined();
  await expect(page.getByTestId('relation-note-shown')).toHaveCount(0);
  await expect(editor.getByLabel('Note')).toHaveValue('');
  await undoButton(page).click();
  await expect.poll(() => drawnEdge(page, id)).toMatchObject({ negated: false });
  await page.locator('body').press('Control+z');
  await expect.poll(() => drawnEdge(page, id)).toMatchObject({ source: 'russia', target: 'ukraine' });
  await undoButton(page).click();
  await expect.poll(() => drawnEdge(page, id)).toMatchObject({ type: 'attacks' });
  await expect(undoButton(page)).toBeDisabled();
  // …and redo all of them.
  for (let i = 0; i < 5; i++) await page.locator('body').press(i % 2 === 0 ? 'Control+Shift+Z' : 'Control+y');
  await expect
    .poll(() => shownRelation(page, id))
    .toMatchObject({
      source: 'ukraine',
      target: 'russia',
      type: 'threatens',
      note: 'Check against the second report',
    });
  expect((await shownRelation(page, id))!.evidence).toHaveLength(original.evidence.length - 1);

  // Delete, after asking.
  await editor.getByRole('button', { name: 'Delete relation…' }).click();
  const confirm = page.getByTestId('confirm-delete-relation');
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await seriousAxe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  expect(await drawnEdge(page, id)).not.toBeNull();
  await editor.getByRole('button', { name: 'Delete relation…' }).click();
  await confirm.getByRole('button', { name: 'Delete relation' }).click();
  await expect.poll(() => drawnEdge(page, id)).toBeNull();
  await expect(page.getByRole('heading', { name: 'Nothing selected' })).toBeVisible();

  await savedEdits(page, 6);
  await page.reload();
  await openApp(page);
  expect(await drawnEdge(page, id)).toBeNull();
  await expect(undoButton(page)).toBeDisabled(); // a reload starts a fresh history
});

test('merging two actors moves their relations and joins coinciding ones; deleting an actor asks first', async ({
  page,
}) => {
  await openApp(page);
  await searchActor(page, 'Vladimir Putin');
  const editor = page.getByTestId('actor-editor');
  await expect(editor).toBeVisible();
  expect(await seriousAxe(page, '.inspector')).toEqual([]);
  await editor.getByLabel('Merge into…').fill('Moscow'); // an alias of Russia
  await expect(editor).toContainText('Into Russia (state)');
  await editor.getByRole('button', { name: 'Merge…' }).click();
  const confirm = page.getByTestId('confirm-merge');
  await expect(confirm).toContainText(
    'Vladimir Putin will be merged into Russia: 16 relations move, 3 join existing ones',
  );
  expect(await seriousAxe(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Merge' }).click();

  await expect.poll(() => hasNode(page, 'putin')).toBe(false);
  await expect(page.getByRole('heading', { level: 2, name: 'Russia' })).toBeVisible();
  const graph = await shownGraph(page);
  expect(graph.relations).toHaveLength(seed.relations.length - 3);
  expect(graph.relations.filter((r) => r.source === 'putin' || r.target === 'putin')).toEqual([]);
  // Xi supports Putin and Xi supports Russia coincide once Putin is Russia: one relation, both sets of sentences.
  const joined = graph.relations.find((r) => r.id === 'xi-jinping>russia:supports')!;
  const quotesOf = (id: string) => seed.relations.find((r) => r.id === id)!.evidence.map((e) => e.quote);
  const both = new Set([...quotesOf('xi-jinping>russia:supports'), ...quotesOf('xi-jinping>putin:supports')]);
  expect(new Set(joined.evidence.map((e) => e.quote))).toEqual(both);
  expect(joined.evidence).toHaveLength(both.size);
  expect(await drawnEdge(page, 'putin>xi-jinping:praises')).toMatchObject({
    source: 'russia',
    target: 'xi-jinping',
  });
  expect(graph.actors.find((a) => a.id === 'russia')!.aliases).toContain('Vladimir Putin');

  await page.locator('body').press('Control+z');
  await expect.poll(() => hasNode(page, 'putin')).toBe(true);
  expect((await shownGraph(page)).relations).toHaveLength(seed.relations.length);
  await redoButton(page).click();
  await expect.poll(() => hasNode(page, 'putin')).toBe(false);

  // Delete an actor: the question says how many relations go.
  await searchActor(page, 'NATO');
  const nato = seed.relations.filter((r) => r.source === 'nato' || r.target === 'nato').length;
  await page.getByTestId('actor-editor').getByRole('button', { name: 'Delete actor…' }).click();
  const del = page.getByTestId('confirm-delete-actor');
  await expect(del).toContainText(nato === 1 ? 'Its 1 relation goes' : `All ${nato} relations go`);
  await del.getByRole('button', { name: 'Delete actor' }).click();
  await expect.poll(() => hasNode(page, 'nato')).toBe(false);
  expect((await shownGraph(page)).relations.some((r) => r.source === 'nato' || r.target === 'nato')).toBe(
    false,
  );

  await undoButton(page).click();
  await expect.poll(() => hasNode(page, 'nato')).toBe(true);
  await page.locator('body').press('Control+y');
  await expect.poll(() => hasNode(page, 'nato')).toBe(false);

  await savedEdits(page, 2);
  await page.reload();
  await openApp(page);
  expect(await hasNode(page, 'putin')).toBe(false);
  expect(await hasNode(page, 'nato')).toBe(false);
  const afterReload = (await shownGraph(page)).relations.find((r) => r.id === 'xi-jinping>russia:supports')!;
  expect(new Set(afterReload.evidence.map((e) => e.quote))).toEqual(both);
});

test('an actor is renamed, re-kinded and given aliases; undo restores each', async ({ page }) => {
  await openApp(page);
  await searchActor(page, 'BRICS');
  const editor = page.getByTestId('actor-editor');
  await editor.getByLabel('Label').fill('BRICS+');
  await editor.getByLabel('Label').press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'BRICS+' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.cy!.getElementById('brics').data('label')))
    .toBe('BRICS+');
  await editor.getByLabel('Kind').selectOption('organization');
  await editor.getByLabel(/Aliases/).fill('BRICS, the bloc ,  ');
  await editor.getByLabel(/Aliases/).blur();
  await expect
    .poll(async () => (await shownGraph(page)).actors.find((a) => a.id === 'brics'))
    .toMatchObject({ label: 'BRICS+', kind: 'organization', aliases: ['BRICS', 'the bloc'] });

  await undoButton(page).click();
  await expect(editor.getByLabel(/Aliases/)).toHaveValue('');
  await undoButton(page).click();
  await expect(editor.getByLabel('Kind')).toHaveValue(seed.actors.find((a) => a.id === 'brics')!.kind);
  await undoButton(page).click();
  await expect(page.getByRole('heading', { level: 2, name: 'BRICS', exact: true })).toBeVisible();
});

test('the curation panels, the sentence bar and the dialogs pass axe in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openRelation(page, 'China', 'China — supports → Russia');
  await expect(page.getByTestId('relation-editor')).toBeVisible();
  await page.getByRole('button', { name: 'Next sentence' }).click();
  await expect(page.locator('[data-chosen="true"]').first()).toBeVisible();
  expect(await seriousAxe(page)).toEqual([]);

  await page.getByRole('button', { name: 'Add relation…' }).click();
  const dialog = page.getByTestId('add-relation-dialog');
  await dialog.getByLabel('Who acts (source)').fill('A new council');
  await dialog.getByRole('button', { name: 'Add relation' }).click(); // refused: shows the errors
  await expect(dialog).toContainText('Choose a relation type.');
  expect(await seriousAxe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await searchActor(page, 'China');
  await expect(page.getByTestId('actor-editor')).toBeVisible();
  expect(await seriousAxe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Delete actor…' }).click();
  await expect(page.getByTestId('confirm-delete-actor')).toBeVisible();
  expect(await seriousAxe(page)).toEqual([]);
});

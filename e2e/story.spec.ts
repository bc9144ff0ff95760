/**
 * Tell the story: a 3-step story built through the UI (each step a different view), presented from
 * the keyboard, kept across a reload, a deleted step undone, and carried through Actorgraph JSON.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Stories } from '../src/domain/story';
import { DATA_DOWNLOAD, download, openExportDialog, openFile } from './exchangeSupport';
import { seriousAxe } from './curateHelpers';
import { clearEdge, clickEdge, selection } from './exploreHelpers';
import { openApp, seedGraph } from './helpers';

const graph = seedGraph();

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.actorgraph!.getState();
    return {
      selection: s.selection,
      focusActor: s.focusActor,
      hiddenTypes: s.filters.hiddenTypes,
      presenting: s.presenting,
      stories: s.workspace.stories?.map((story) => ({
        id: story.id,
        steps: story.steps.map((step) => step.title),
      })),
    };
  });

const zoom = (page: Page) => page.evaluate(() => window.cy!.zoom());

async function saveStep(page: Page, title: string, text: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Save this view as a step' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Text').fill(text);
  await form.getByRole('button', { name: 'Save this view as a step' }).click();
  await expect(page.locator('.story-announce')).toHaveText(new RegExp(`Saved "${title}"`));
}

/** Builds the story: a selected relation; a focus on Ukraine; one relation type hidden. */
async function buildStory(page: Page): Promise<{ relationId: string; hiddenType: string }> {
  await page.getByRole('button', { name: 'Story' }).click();
  const panel = page.getByRole('complementary', { name: 'Story' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('No steps yet.')).toBeVisible();

  const relationId = await clearEdge(page);
  await clickEdge(page, relationId);
  await expect.poll(() => selection(page)).toMatchObject({ kind: 'relation', id: relationId });
  await saveStep(
    page,
    'The alliance',
    'Two leaders, *one* message.\n\nRead [the source](https://example.org/x).',
  );

  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('Ukraine');
  await search.press('Enter');
  await page.getByRole('button', { name: 'Focus on Ukraine' }).click();
  await expect(page.getByTestId('focus-status')).toHaveText('Around Ukraine');
  await saveStep(page, 'Around Ukraine', 'Who acts on **Ukraine**.');

  await page.getByRole('button', { name: 'Clear focus' }).click();
  await page.keyboard.press('Escape'); // clears the selection
  const hiddenType = 'praises';
  await page.locator(`input[data-type-id="${hiddenType}"]`).uncheck();
  await saveStep(page, 'Without praise', 'The rest of the picture.');
  return { relationId, hiddenType };
}

test('a story built through the UI is presented by keyboard, survives a reload, and undo brings a deleted step back', async ({
  page,
}) => {
  await openApp(page);
  const { relationId, hiddenType } = await buildStory(page);
  const panel = page.getByRole('complementary', { name: 'Story' });
  await expect(panel.getByTestId('story-step')).toHaveText([
    /Step 1: The alliance/,
    /Step 2: Around Ukraine/,
    /Step 3: Without praise/,
  ]);
  expect(await seriousAxe(page, '#story-panel'), 'story panel').toEqual([]);
  const saved = (await page.evaluate(() => window.actorgraph!.getState().workspace.stories)) as Stories;
  const firstCamera = saved[0]!.steps[0]!.camera!;
  expect(Object.keys(firstCamera.positions).sort()).toEqual(graph.actors.map((a) => a.id).sort());

  // Present: step 1 shows its text, the relation's sentences with their sources, and its view.
  await page.getByTestId('story-present').click();
  const presenter = page.getByRole('complementary', { name: 'The alliance' });
  await expect(presenter).toBeVisible();
  await expect(page.getByTestId('story-progress')).toHaveText('Step 1 of 3');
  await expect(page.getByTestId('story-step-text')).toHaveText(
    /Two leaders, one message\.\s*Read the source\./,
  );
  await expect(page.getByTestId('story-step-text').locator('em')).toHaveText('one');
  await expect(page.getByTestId('story-step-text').getByRole('link', { name: 'the source' })).toHaveAttribute(
    'href',
    'https://example.org/x',
  );
  const relation = graph.relations.find((r) => r.id === relationId)!;
  const source = graph.sources.find((s) => s.id === relation.evidence[0]!.sourceId)!;
  const evidence = page.getByTestId('story-evidence');
  await expect(evidence).toHaveCount(1);
  await expect(evidence.locator('blockquote').first()).toHaveText(relation.evidence[0]!.quote);
  await expect(evidence.locator('figcaption').first()).toHaveText(`— ${source.title}, ${source.published}`);
  await expect
    .poll(() => state(page))
    .toMatchObject({
      selection: { kind: 'relation', id: relationId },
      focusActor: null,
      hiddenTypes: [],
    });
  await expect.poll(() => zoom(page)).toBeCloseTo(firstCamera.zoom, 3);
  expect(await seriousAxe(page, '#story-presenter'), 'presenter').toEqual([]);

  // Right: step 2, the focus on Ukraine; Right: step 3, a type hidden; Left: back to 2.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('story-progress')).toHaveText('Step 2 of 3');
  await expect(page.getByTestId('story-step-title')).toHaveText('Around Ukraine');
  await expect(page.getByTestId('story-step-text').locator('strong')).toHaveText('Ukraine');
  await expect.poll(() => state(page)).toMatchObject({ focusActor: 'ukraine', hiddenTypes: [] });
  await expect(page.getByTestId('story-evidence').first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('story-progress')).toHaveText('Step 3 of 3');
  await expect.poll(() => state(page)).toMatchObject({ focusActor: null, hiddenTypes: [hiddenType] });
  await expect
    .poll(() =>
      page.evaluate((t) => window.cy!.edges(`[type = "${t}"]`).filter(':visible').length, hiddenType),
    )
    .toBe(0);
  await page.keyboard.press('ArrowRight'); // past the end: stays
  await expect(page.getByTestId('story-progress')).toHaveText('Step 3 of 3');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('story-progress')).toHaveText('Step 2 of 3');
  await expect(page).toHaveURL(/story=story-1&step=2/);
  await page.keyboard.press('Escape');
  await expect(page.locator('#story-presenter')).toHaveCount(0);
  await expect(panel).toBeVisible();
  // The address bar leaves the story too (a reload would otherwise present it again).
  await expect(page).not.toHaveURL(/story=/);

  // A reload keeps the story.
  await page.reload();
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
  await page.getByRole('button', { name: 'Story' }).click();
  await expect(panel.getByTestId('story-step')).toHaveCount(3);

  // Deleting a step is undone by the panel's Undo, then by Ctrl+Z.
  await panel.getByRole('button', { name: 'Delete step 2' }).click();
  await expect(panel.getByTestId('story-step')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByTestId('story-step')).toHaveText([
    /The alliance/,
    /Around Ukraine/,
    /Without praise/,
  ]);
  await panel.getByRole('button', { name: 'Delete step 1' }).click();
  await expect(panel.getByTestId('story-step')).toHaveCount(2);
  await page.getByRole('heading', { name: 'Story' }).click();
  await page.keyboard.press('Control+z');
  await expect(panel.getByTestId('story-step')).toHaveCount(3);
});

test('steps reorder by keyboard and buttons; a story link opens the presenter at its step', async ({
  page,
}) => {
  await openApp(page);
  await buildStory(page);
  const panel = page.getByRole('complementary', { name: 'Story' });
  await panel.getByTestId('story-step').nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(panel.getByTestId('story-step')).toHaveText([
    /The alliance/,
    /Without praise/,
    /Around Ukraine/,
  ]);
  await expect(panel.getByRole('status')).toHaveText(/Moved "Without praise" to position 2 of 3/);
  await expect(panel.getByTestId('story-step').nth(1)).toBeFocused();
  await panel.getByRole('button', { name: 'Move down step 2' }).click();
  await expect(panel.getByTestId('story-step')).toHaveText([
    /The alliance/,
    /Around Ukraine/,
    /Without praise/,
  ]);
  // Dragging the last step onto the first's place.
  await panel.getByTestId('story-step').nth(2).dragTo(panel.getByTestId('story-step').nth(0));
  await expect(panel.getByTestId('story-step')).toHaveText([
    /Without praise/,
    /The alliance/,
    /Around Ukraine/,
  ]);

  // The link opens the presenter at the step, after the saved work is read (a fresh load).
  await page.goto('about:blank');
  await page.goto('/#story=story-1&step=3');
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
  await expect(page.getByTestId('story-progress')).toHaveText('Step 3 of 3');
  await expect(page.getByTestId('story-step-title')).toHaveText('Around Ukraine');
  await expect.poll(() => state(page)).toMatchObject({ focusActor: 'ukraine' });

  // Both pass axe in the dark theme too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('story-evidence').first()).toBeVisible();
  expect(await seriousAxe(page, '#story-presenter'), 'presenter, dark').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await expect(page.getByTestId('story-step')).toHaveCount(3);
  expect(await seriousAxe(page, '#story-panel'), 'story panel, dark').toEqual([]);
});

test('Actorgraph JSON carries the stories: exported, then opened with Replace, they come back', async ({
  page,
}) => {
  await openApp(page);
  await buildStory(page);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /^Whole graph \d+ actors/ }).check();
  await dialog.getByRole('radio', { name: /^Actorgraph JSON/ }).check();
  const file = await download(page, dialog.getByRole('button', { name: DATA_DOWNLOAD }));
  await page.keyboard.press('Escape');
  const json = JSON.parse(file.bytes.toString('utf8')) as { stories: { steps: { view: string }[] }[] };
  expect(json.stories).toHaveLength(1);
  expect(json.stories[0]!.steps.map((s) => s.view)).toEqual([
    expect.stringMatching(/^#relation=/),
    expect.stringMatching(/focus=ukraine/),
    '#hideTypes=praises',
  ]);

  await page.getByRole('button', { name: 'Delete story' }).click();
  await expect.poll(async () => (await state(page)).stories).toEqual([]);
  await openFile(page, { name: 'with-story.json', mimeType: 'application/json', buffer: file.bytes });
  await expect(page.getByTestId('notice')).toContainText('Opened with-story.json');
  await expect(page.getByTestId('notice')).toContainText('1 story');
  await expect
    .poll(async () => (await state(page)).stories)
    .toEqual([{ id: 'story-1', steps: ['The alliance', 'Around Ukraine', 'Without praise'] }]);
});

test('a story exports as an HTML report that opens offline: every step pictured, every quote exact', async ({
  page,
  browser,
}, testInfo) => {
  await openApp(page);
  const { relationId } = await buildStory(page);
  await page.reload();
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
  const before = await state(page);
  if (!(await page.getByRole('complementary', { name: 'Story' }).isVisible()))
    await page.getByRole('button', { name: 'Story' }).click();
  const panel = page.getByRole('complementary', { name: 'Story' });
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export report (HTML)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^actorgraph-story-\d{4}-\d{2}-\d{2}\.html$/);
  await expect(panel.locator('.story-announce')).toContainText(
    /Saved actorgraph-story-.*\(3 steps, \d+ sentences cited\)\./,
  );
  // The reader's own view comes back after the steps were pictured.
  expect(await state(page)).toEqual(before);
  const path = testInfo.outputPath('story.html');
  await download.saveAs(path);

  const context = await browser.newContext();
  await context.setOffline(true);
  const report = await context.newPage();
  const requests: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  await report.goto(`file://${path}`);
  await expect(report.getByRole('heading', { level: 2 })).toHaveText([
    '1. The alliance',
    '2. Around Ukraine',
    '3. Without praise',
    'Sources',
  ]);
  const pictures = report.locator('figure img');
  await expect(pictures).toHaveCount(3);
  for (const loaded of await pictures.evaluateAll((imgs) =>
    imgs.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
  ))
    expect(loaded).toBe(true);
  // The text is rendered from its Markdown subset, as text.
  await expect(report.locator('em', { hasText: 'one' })).toHaveCount(1);
  await expect(report.getByRole('link', { name: 'the source' })).toHaveAttribute(
    'href',
    'https://example.org/x',
  );
  // Every quote is its source's text at its offsets; step 1 cites the selected relation's sentences.
  const texts = new Map(graph.sources.map((s) => [s.id, s.text]));
  const quotes = await report.locator('blockquote').evaluateAll((els) =>
    els.map((el) => ({
      step: el.closest('section')?.querySelector('h2')?.textContent ?? '',
      source: el.getAttribute('data-source')!,
      start: Number(el.getAttribute('data-start')),
      end: Number(el.getAttribute('data-end')),
      text: el.textContent,
    })),
  );
  for (const q of quotes) expect(q.text).toBe(texts.get(q.source)!.slice(q.start, q.end));
  const selected = graph.relations.find((r) => r.id === relationId)!;
  expect(quotes.filter((q) => q.step === '1. The alliance').map((q) => [q.start, q.end])).toEqual(
    selected.evidence.map((e) => [e.start, e.end]),
  );
  expect(quotes.filter((q) => q.step === '2. Around Ukraine').length).toBeGreaterThan(0);
  await expect(report.locator('.mismatch')).toHaveCount(0);
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  expect(await seriousAxe(report)).toEqual([]);
  await context.close();
});

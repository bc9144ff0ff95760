/**
 * Paths between two actors and a comparison of two sources: chosen from the keyboard, drawn on the
 * canvas (the rest faded), listed with the sentences behind each step, and passing axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type Page } from '@playwright/test';
import type { Graph } from '../src/domain/types';
import { download, openExportDialog } from './exchangeSupport';
import { openApp, seedGraph } from './helpers';

const seed = seedGraph();
const panel = (page: Page) => page.getByRole('complementary', { name: 'Paths and sources' });
const picker = (page: Page, name: 'From' | 'To') => panel(page).getByRole('combobox', { name, exact: true });
const withClass = (page: Page, cls: string) =>
  page.evaluate(
    (c) =>
      window
        .cy!.elements(`.${c}`)
        .map((e) => e.id())
        .sort(),
    cls,
  );

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('#paths-panel').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

// Putin acts on Ukraine only through Russia: five routes of three steps, one through each of these.
const MIDDLE = ['china', 'developing-countries', 'usa', 'west', 'xi-jinping'];

test('the shortest paths between two actors with no direct relation, drawn and listed with their sentences', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Paths', exact: true }).click();
  await expect(panel(page)).toBeVisible();
  await picker(page, 'From').fill('Vladimir Putin');
  await picker(page, 'To').fill('Ukraine');
  await expect(page.getByTestId('path-summary')).toHaveText('5 shortest paths of 3 steps, following arrows.');
  const items = page.getByTestId('path-item');
  await expect(items).toHaveCount(5);
  await expect(items.first().getByRole('heading')).toHaveText(/Vladimir Putin → .+ → Russia → Ukraine/);

  // The canvas marks exactly the actors and relations of the five paths and fades the rest.
  const onPath = seed.relations.filter(
    (r) =>
      (r.source === 'putin' && MIDDLE.includes(r.target)) ||
      (MIDDLE.includes(r.source) && r.target === 'russia') ||
      (r.source === 'russia' && r.target === 'ukraine'),
  );
  const steps = await withClass(page, 'path-step');
  expect(steps).toEqual(expect.arrayContaining(onPath.map((r) => r.id)));
  expect(await withClass(page, 'path-end')).toEqual(['putin', 'ukraine']);
  expect(await withClass(page, 'path-actor')).toEqual(['putin', 'russia', 'ukraine', ...MIDDLE].sort());
  const faded = await withClass(page, 'analysis-faded');
  expect(faded).toContain('europe');
  expect(faded.filter((id) => steps.includes(id))).toEqual([]);
  expect(steps.length + faded.filter((id) => seed.relations.some((r) => r.id === id)).length).toBe(
    seed.relations.length,
  );

  // Each step lists its relation and the sentences behind it; one opens in the article.
  const attack = page.getByTestId('path-step').filter({ hasText: 'Russia — attacks → Ukraine' }).first();
  const sentence = seed.relations.find((r) => r.id === 'russia>ukraine:attacks')!.evidence[0]!;
  await expect(attack.getByTestId('path-evidence').first()).toContainText(sentence.quote);
  await expect(attack.getByTestId('path-evidence').first().locator('cite')).toHaveText(
    seed.sources[0]!.title,
  );
  await attack
    .getByRole('button', { name: /^Read in article: sentence 1 of Russia — attacks → Ukraine/ })
    .click();
  await expect(page.getByTestId('relation-heading')).toHaveText('Russia — attacks → Ukraine');
  await expect(page.locator('.evidence-mark.active').first()).toBeVisible();
  expect(await page.locator('.evidence-mark.active').allTextContents()).toEqual([sentence.quote]);
  // Selecting a relation does not fade the rest of the path.
  expect(await withClass(page, 'path-step')).toEqual(steps);

  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByTestId('paths-close').click();
  await expect(panel(page)).toBeHidden();
  expect(await withClass(page, 'path-step')).toEqual([]);
  expect(await withClass(page, 'analysis-faded')).toEqual([]);
});

test('no path: against the arrows, hidden by the filters, and operated from the keyboard alone', async ({
  page,
}) => {
  await openApp(page);
  // "Path from here…" in the actor panel starts from the selected actor.
  await page.evaluate(() => window.actorgraph!.getState().selectActor('ukraine'));
  await page.getByRole('button', { name: 'Path from here…' }).press('Enter');
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('heading', { name: 'Paths and sources' })).toBeFocused();
  await expect(picker(page, 'From')).toHaveValue('Ukraine');

  // Tab to the second picker, type a name, and the answer comes with a reason and a way out.
  await picker(page, 'From').focus();
  await page.keyboard.press('Tab'); // Swap
  await page.keyboard.press('Tab'); // To
  await expect(picker(page, 'To')).toBeFocused();
  await page.keyboard.type('Vladimir Putin');
  await expect(page.getByTestId('path-none')).toHaveText(
    /No path from Ukraine to Vladimir Putin following arrows\. In any direction they are 3 steps apart\./,
  );
  expect(await withClass(page, 'path-end')).toEqual(['putin', 'ukraine']);
  await page.keyboard.press('Tab'); // Follow arrows (the checked radio)
  await expect(panel(page).getByLabel(/^Follow arrows/)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel(page).getByLabel(/^Any direction/)).toBeChecked();
  await expect(page.getByTestId('path-summary')).toHaveText(/shortest paths of 3 steps, in any direction\./);
  await expect(page.getByTestId('path-item').first().getByRole('heading')).toHaveText(
    /Ukraine – Russia – .+ – Vladimir Putin/,
  );

  // Swap, then hide the relations Ukraine has: the path exists only through hidden relations.
  await panel(page).getByRole('button', { name: 'Swap the two actors' }).press('Enter');
  await expect(picker(page, 'From')).toHaveValue('Vladimir Putin');
  await expect(picker(page, 'To')).toHaveValue('Ukraine');
  await page.evaluate(() => window.actorgraph!.getState().setTypesShown(['attacks', 'accuses'], false));
  await expect(page.getByTestId('path-none')).toHaveText(
    /No path from Vladimir Putin to Ukraine in the graph as filtered\. With every relation shown there is one of 3 steps in any direction/,
  );
  await page.getByRole('button', { name: 'Reset filters and focus' }).press('Enter');
  await expect(page.getByTestId('path-summary')).toHaveText(/shortest paths of 3 steps, in any direction\./);

  // Esc inside the panel closes it and clears the marks.
  await picker(page, 'To').press('Escape');
  await expect(panel(page)).toBeHidden();
  expect(await withClass(page, 'path-end')).toEqual([]);
});

/** The seed graph with a second article: one relation the two share, one only the new one has. */
function twoSourceGraph(): Graph {
  const text = 'China and Russia are allies. Turkey praised Ukraine for the grain deal.';
  const first = 'China and Russia are allies.';
  const second = 'Turkey praised Ukraine for the grain deal.';
  const source = {
    id: 'second-article',
    title: 'A second article',
    author: 'A. Writer',
    publisher: 'Test Wire',
    published: '2025-06-02',
    text,
  };
  const at = (quote: string) => ({
    sourceId: source.id,
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
    quote,
  });
  return {
    ...seed,
    sources: [...seed.sources, source],
    actors: [...seed.actors, { id: 'turkey', label: 'Turkey', kind: 'state', aliases: [] }],
    relations: [
      ...seed.relations.map((r) =>
        r.id === 'china>russia:allies_with' ? { ...r, evidence: [...r.evidence, at(first)] } : r,
      ),
      {
        id: 'turkey>ukraine:praises',
        source: 'turkey',
        target: 'ukraine',
        type: 'praises',
        evidence: [at(second)],
      },
    ],
  };
}

test('comparing two sources draws and lists the relations only in A, only in B and in both', async ({
  page,
}) => {
  await openApp(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'two-sources.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(twoSourceGraph())),
  });
  await page
    .getByRole('dialog', { name: 'Open two-sources.json' })
    .getByRole('button', { name: 'Replace', exact: true })
    .click();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(seed.actors.length + 1);

  await page.getByRole('button', { name: 'Compare sources' }).press('Enter');
  await expect(panel(page)).toBeVisible();
  // The first source against the rest.
  await expect(page.getByTestId('compare-set-a').getByLabel(seed.sources[0]!.title)).toBeChecked();
  await expect(page.getByTestId('compare-set-b').getByLabel('A second article')).toBeChecked();
  const onlyA = seed.relations.length - 1;
  await expect(page.getByTestId('compare-summary')).toHaveText(`${onlyA} only in A, 1 only in B, 1 in both.`);
  await expect(page.getByTestId('compare-onlyB')).toContainText('Turkey — praises → Ukraine');
  await expect(page.getByTestId('compare-both')).toContainText('China — allies with — Russia');

  expect(await withClass(page, 'compare-onlyB')).toEqual(['turkey>ukraine:praises']);
  expect(await withClass(page, 'compare-both')).toEqual(['china>russia:allies_with']);
  expect(await withClass(page, 'compare-onlyA')).toHaveLength(onlyA);
  // The three classes are drawn in three colours, in both themes.
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => window.actorgraph!.getState().setThemeChoice(t), theme);
    const colours = await page.evaluate(() =>
      ['compare-onlyA', 'compare-onlyB', 'compare-both'].map((c) =>
        String(window.cy!.edges(`.${c}`).first().style('line-color')),
      ),
    );
    expect(new Set(colours).size).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  // Moving the second article into A leaves nothing in B: every relation is only in A.
  await page.getByTestId('compare-set-a').getByLabel('A second article').check();
  await expect(page.getByTestId('compare-set-b').getByLabel('A second article')).not.toBeChecked();
  await expect(page.getByTestId('compare-summary')).toHaveText(
    `${seed.relations.length + 1} only in A, 0 only in B, 0 in both.`,
  );

  // A relation in a list selects itself.
  await page.getByTestId('compare-set-b').getByLabel('A second article').check();
  await page
    .getByTestId('compare-onlyB')
    .getByRole('button', { name: /Turkey — praises → Ukraine/ })
    .click();
  await expect(page.getByTestId('relation-heading')).toHaveText('Turkey — praises → Ukraine');
});

test('an exported image says which paths it highlights, in its caption and legend', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Paths', exact: true }).click();
  await picker(page, 'From').fill('Vladimir Putin');
  await picker(page, 'To').fill('Ukraine');
  await expect(page.getByTestId('path-item')).toHaveCount(5);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /^SVG/ }).check();
  const file = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));
  const doc = new DOMParser().parseFromString(file.bytes.toString('utf8'), 'image/svg+xml');
  // Caption lines wrap at spaces: joined with spaces they read as written.
  const text = Array.from(doc.getElementsByTagName('text'))
    .map((t) => t.textContent ?? '')
    .join(' ');
  expect(text).toContain(
    'Highlighted: 5 shortest paths from Vladimir Putin to Ukraine, 3 steps following arrows; the rest faded.',
  );
  expect(text).toContain('on a shortest path (the rest faded)');
});

test('a link carries the paths panel: copying it and opening it shows the same paths', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Paths', exact: true }).click();
  await picker(page, 'From').fill('Ukraine');
  await picker(page, 'To').fill('Vladimir Putin');
  await panel(page)
    .getByLabel(/^Any direction/)
    .check();
  await expect(page).toHaveURL(/#tool=paths&pathFrom=ukraine&pathTo=putin&pathDirection=any$/);

  await openApp(page, '/#tool=compare&compareA=victory-day-xi-putin');
  await expect(page.getByTestId('compare-set-a').getByRole('checkbox')).toBeChecked();
  await expect(page.getByTestId('compare-summary')).toHaveText(
    `${seed.relations.length} only in A, 0 only in B, 0 in both.`,
  );

  await openApp(page, '/#tool=paths&pathFrom=ukraine&pathTo=putin&pathDirection=any');
  await expect(picker(page, 'From')).toHaveValue('Ukraine');
  await expect(page.getByTestId('path-summary')).toHaveText(/shortest paths of 3 steps, in any direction\./);
  expect(await withClass(page, 'path-end')).toEqual(['putin', 'ukraine']);
});

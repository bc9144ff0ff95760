/**
 * Evidence integrity on load: stored (or opened) evidence whose offsets no longer reproduce its quote
 * is re-anchored where the quote now stands and highlighted there, or, when the quote is nowhere in
 * its source, kept, marked as not found and never highlighted. Either way the user is told.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Graph, Relation } from '../src/domain/types';
import { exportGraph } from '../src/io/formats';
import { openApp, seedGraph } from './helpers';
import { answerOpen } from './exchangeSupport';
import { importedRecord, waitForNodes, writeSaved } from './persistenceHelpers';

const seed = seedGraph();
const textOf = (sourceId: string) => seed.sources.find((s) => s.id === sourceId)!.text;
const occurrences = (text: string, quote: string) => text.split(quote).length - 1;

// A relation whose first quote occurs once in its source, to drift; another with several sentences,
// one of which is replaced by a sentence the article never had.
const drifting = seed.relations.find(
  (r) => occurrences(textOf(r.evidence[0]!.sourceId), r.evidence[0]!.quote) === 1,
)!;
const losing = seed.relations.find((r) => r.id !== drifting.id && r.evidence.length >= 2)!;
const DRIFT = 7;
const title = seed.sources.find((s) => s.id === drifting.evidence[0]!.sourceId)!.title;
const LOST_QUOTE = 'The minister denied that any such meeting had ever been planned.';

function damaged(): Graph {
  const relations = seed.relations.map((r): Relation => {
    if (r.id === drifting.id) {
      const [first, ...rest] = r.evidence;
      return {
        ...r,
        evidence: [{ ...first!, start: first!.start + DRIFT, end: first!.end + DRIFT }, ...rest],
      };
    }
    if (r.id === losing.id) {
      const [first, ...rest] = r.evidence;
      return { ...r, evidence: [{ ...first!, quote: LOST_QUOTE }, ...rest] };
    }
    return r;
  });
  return { ...seed, relations };
}

/** Offset of the active highlight within the article's text. */
const activeMarkOffset = (page: Page) =>
  page.evaluate(() => {
    const article = document.querySelector('[data-testid="article"]')!;
    const mark = article.querySelector('mark.evidence-mark.active')!;
    const range = document.createRange();
    range.setStart(article, 0);
    range.setEndBefore(mark);
    return range.toString().length;
  });

const select = (page: Page, id: string, evidenceIndex = 0) =>
  page.evaluate(([r, i]) => window.actorgraph!.getState().selectRelation(r, i), [id, evidenceIndex] as const);

async function expectRepairedView(page: Page) {
  const original = drifting.evidence[0]!;
  await select(page, drifting.id);
  const list = page.getByTestId('evidence-list');
  await expect(list.locator('li').first()).toContainText('moved to where the quote now stands');
  const active = page.locator('mark.evidence-mark.active');
  await expect(active).toHaveText(original.quote);
  expect(await activeMarkOffset(page)).toBe(original.start);

  await select(page, losing.id, 1);
  const items = page.getByTestId('evidence-list').locator('li');
  await expect(items.first()).toContainText(LOST_QUOTE);
  await expect(items.first()).toContainText('not found in the source text');
  await expect(page.locator('mark[data-evidence-index="0"]')).toHaveCount(0);
  await expect(page.getByTestId('article')).not.toContainText(LOST_QUOTE);
  // The sentences that still match are highlighted as before.
  await expect(page.locator('mark.evidence-mark.active')).toHaveText(losing.evidence[1]!.quote);
}

test('stored evidence whose quote drifted is re-anchored and highlighted where it now stands', async ({
  page,
}) => {
  await openApp(page);
  await writeSaved(page, importedRecord(damaged(), 'edited-elsewhere.json'));
  await page.reload();
  await waitForNodes(page, seed.actors.length);

  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Warning: Your saved work was checked against its sources');
  await expect(notice).toHaveAttribute('role', 'status');
  // One line per source, in plain words; the technical line per sentence below.
  await expect(notice.locator('p').nth(1)).toHaveText(
    `1 sentence in “${title}” was not at the position your saved work gave; it was found in the text and moved. ` +
      `1 sentence in “${title}” could not be found in its text; it is kept and marked "not found".`,
  );
  await expect(notice.locator('li')).toHaveCount(2);
  await expectRepairedView(page);
});

test('a stored quote missing from its text is kept, marked as not found, and not highlighted', async ({
  page,
}) => {
  await openApp(page);
  await writeSaved(page, importedRecord(damaged()));
  await page.reload();
  await waitForNodes(page, seed.actors.length);
  await select(page, losing.id, 0);
  const first = page.getByTestId('evidence-list').locator('li').first();
  await expect(first).toContainText('not found in the source text');
  await expect(page.locator('mark.evidence-mark')).toHaveCount(losing.evidence.length - 1);
  await expect(page.locator('mark.evidence-mark.active')).toHaveCount(0);
});

test('a file opened with drifted evidence is repaired the same way', async ({ page }) => {
  await openApp(page);
  const file = exportGraph(damaged(), 'actorgraph-json', { baseName: 'drifted' });
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (
    await choosing
  ).setFiles({ name: file.fileName, mimeType: file.mimeType, buffer: Buffer.from(file.data) });
  await answerOpen(page, 'Replace');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText(`Warning: Opened ${file.fileName}`);
  await expect(notice).toContainText(
    `1 sentence in “${title}” was not at the position the file gave; it was found in the text and moved.`,
  );
  await expect(notice).toContainText(`1 sentence in “${title}” could not be found in its text; it is kept`);
  await expect(notice.locator('li').first()).toContainText('quote moved from');
  await expectRepairedView(page);
});

/**
 * "HTML report (this view)" from the export dialog: one page that opens in a fresh browser with the
 * network off, shows the view's picture, quotes every sentence exactly as its source has it at its
 * offsets, lists the sources, makes no request and passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { openApp, seedGraph } from './helpers';
import { openExportDialog } from './exchangeSupport';

const graph = seedGraph();
const texts = new Map(graph.sources.map((s) => [s.id, s.text]));

async function openOffline(browser: Browser, path: string) {
  const context = await browser.newContext();
  await context.setOffline(true);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${path}`);
  return { context, page, requests };
}

test('the report of the view opens offline with its picture, exact quotes and sources, and passes axe', async ({
  page,
  browser,
}, testInfo) => {
  await openApp(page);
  const dialog = await openExportDialog(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download HTML report (this view)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^actorgraph-report-\d{4}-\d{2}-\d{2}\.html$/);
  await expect(dialog.getByTestId('export-status')).toContainText(
    /Saved actorgraph-report-.*sentences cited\)\.$/,
  );
  const path = testInfo.outputPath('report.html');
  await download.saveAs(path);
  expect(readFileSync(path, 'utf8')).not.toMatch(/<script/i);

  const { context, page: report, requests } = await openOffline(browser, path);
  // The picture is drawn from the page itself.
  const picture = report.locator('figure img');
  await expect(picture).toHaveCount(1);
  expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // Every quote is its source's text at its offsets.
  const quotes = await report.locator('blockquote').evaluateAll((els) =>
    els.map((el) => ({
      source: el.getAttribute('data-source')!,
      start: Number(el.getAttribute('data-start')),
      end: Number(el.getAttribute('data-end')),
      text: el.textContent,
    })),
  );
  const seedSentences = graph.relations.flatMap((r) => r.evidence).length;
  expect(quotes.length).toBeGreaterThan(10);
  expect(quotes.length).toBeLessThanOrEqual(seedSentences);
  for (const q of quotes) expect(q.text).toBe(texts.get(q.source)!.slice(q.start, q.end));
  await expect(report.locator('.mismatch')).toHaveCount(0);
  await expect(report.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(report.locator('.sources li').first()).toContainText(graph.sources[0]!.title);
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);

  const axe = await new AxeBuilder({ page: report }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await report.screenshot({ path: testInfo.outputPath('report.png'), fullPage: false });
  await context.close();
});

test('with a relation selected, the report cites that relation’s sentences only', async ({
  page,
}, testInfo) => {
  await openApp(page);
  const relation = graph.relations.find((r) => r.evidence.length >= 2)!;
  await page.evaluate((id) => window.actorgraph!.getState().selectRelation(id), relation.id);
  const dialog = await openExportDialog(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download HTML report (this view)' }).click();
  const path = testInfo.outputPath('selected.html');
  await (await downloading).saveAs(path);
  const html = readFileSync(path, 'utf8');
  const cited = [...html.matchAll(/data-start="(\d+)" data-end="(\d+)"/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  expect(cited).toEqual(relation.evidence.map((e) => [e.start, e.end]));
  expect(html).toContain('the selected relation');
});

/**
 * Add article through a model endpoint. The endpoint is a FAKE OpenAI-compatible server on loopback,
 * started and stopped by these tests, replaying recorded answers: no real model runs here.
 */
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE } from '../src/extract/llm/testArticle';
import {
  completion,
  startFakeChatServer,
  type FakeChatServer,
  type FakeReply,
} from '../src/io/llm/testing/fakeChatServer';
import { articlesDialog, drawnEdges } from './articleHelpers';
import { seriousAxe } from './curateHelpers';
import { openApp } from './helpers';

const ANSWER = {
  relations: [
    {
      source: 'russia',
      type: 'accuses',
      target: 'usa',
      negated: false,
      quote: 'Moscow accused Washington of expanding NATO.',
    },
    {
      source: 'brazil',
      type: 'sanctions',
      target: 'usa',
      negated: false,
      quote: 'Brazil imposed sanctions on the United States.',
    },
  ],
};

let server: FakeChatServer | undefined;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Opens the dialog, pastes the article and fills the model settings. */
async function fillModelSettings(page: Page, url: string) {
  await page.getByRole('button', { name: 'Add article…' }).click();
  const dialog = articlesDialog(page);
  await dialog.getByLabel('Article text', { exact: true }).fill(ARTICLE);
  await dialog.getByLabel('Title', { exact: true }).fill('Talks in Moscow');
  await dialog.getByLabel('Published', { exact: true }).fill('2026-11-20');
  await dialog.getByText('Model (optional)').click();
  const modelChoice = dialog.getByRole('radio', { name: 'Model', exact: true });
  await expect(modelChoice).toBeDisabled(); // nothing can be sent before an endpoint is set
  await dialog.getByLabel('Endpoint').fill(url);
  await dialog.getByLabel('Model name').fill('fake-model');
  await dialog.getByLabel('API key').fill('sk-e2e-secret');
  await modelChoice.check();
  return dialog;
}

async function serve(replies: readonly FakeReply[]) {
  server = await startFakeChatServer(replies);
  return server.url;
}

test('extracts through the model: the guard keeps what the text states and says what it dropped', async ({
  page,
}) => {
  const url = await serve([completion(ANSWER, { usage: { prompt_tokens: 900, completion_tokens: 120 } })]);
  await openApp(page);
  const before = await page.evaluate(() => window.actorgraph!.getState().graph.relations.length);
  const dialog = await fillModelSettings(page, url);
  expect(server!.requests).toHaveLength(0); // nothing sent until Extract
  await dialog.getByRole('button', { name: 'Extract and add' }).click();

  const status = page.getByTestId('article-status');
  await expect(status).toContainText('1 proposal dropped: 1 quote not in the text.');
  await expect(status).toContainText('Tokens: 900 sent, 120 received.');
  await expect(status).toContainText('Added 1 relation to the graph; they wait in the review queue.');
  await dialog.getByText('Show log').click();
  await expect(page.getByTestId('model-log')).toContainText('brazil sanctions usa: the quote');
  await expect(page.getByTestId('model-log')).not.toContainText('sk-e2e-secret');
  expect(server!.requests[0]?.headers.authorization).toBe('Bearer sk-e2e-secret');

  // The key was not remembered: it is in no storage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain('sk-e2e-secret');

  await dialog.getByRole('button', { name: 'Close' }).click();
  const after = await page.evaluate(() => window.actorgraph!.getState().graph.relations.length);
  expect(after).toBeGreaterThan(before);
  expect(await drawnEdges(page)).toContain('russia>usa:accuses');
  await page.evaluate(() => window.actorgraph!.getState().selectRelation('russia>usa:accuses'));
  const evidence = page.getByTestId('evidence-auto').filter({ hasText: 'llm:fake-model' });
  await expect(evidence).toHaveCount(1);
  await expect(page.locator('.details')).toContainText('Moscow accused Washington of expanding NATO.');
});

test('a refused key leaves the graph unchanged and says why', async ({ page }) => {
  const url = await serve([{ status: 401, body: { error: { message: 'invalid key' } } }]);
  await openApp(page);
  const before = await page.evaluate(() => JSON.stringify(window.actorgraph!.getState().workspace));
  const dialog = await fillModelSettings(page, url);
  await dialog.getByRole('button', { name: 'Extract and add' }).click();
  const status = page.getByTestId('article-status');
  await expect(status).toContainText('refused the API key (HTTP 401)');
  await expect(status).toContainText('Nothing was added; the graph is unchanged.');
  expect(await page.evaluate(() => JSON.stringify(window.actorgraph!.getState().workspace))).toBe(before);
  // The text stays, to try again.
  await expect(dialog.getByLabel('Article text', { exact: true })).toHaveValue(ARTICLE);
});

test('Cancel stops a slow model and adds nothing', async ({ page }) => {
  const url = await serve([{ ...completion(ANSWER), delayMs: 20_000 }]);
  await openApp(page);
  const before = await page.evaluate(() => JSON.stringify(window.actorgraph!.getState().workspace));
  const dialog = await fillModelSettings(page, url);
  await dialog.getByRole('button', { name: 'Extract and add' }).click();
  await expect(page.getByTestId('extract-progress')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('article-status')).toContainText('Cancelled: nothing was added.');
  expect(await page.evaluate(() => JSON.stringify(window.actorgraph!.getState().workspace))).toBe(before);
});

test('the dialog with the model settings open passes axe', async ({ page }) => {
  const url = await serve([completion(ANSWER)]);
  await openApp(page);
  await fillModelSettings(page, url);
  expect(await seriousAxe(page, 'dialog.article-dialog')).toEqual([]);
});

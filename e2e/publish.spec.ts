/**
 * `npm run publish` output, served by a plain static server as any host would: a fresh browser sees the
 * published graph (not the curated seed), read-only (no editing controls), and nothing is stored in it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

let dir = '';
let server: Server;
let origin = '';

const GRAPH = 'e2e/fixtures/grain-talks.json';

const publish = (out: string, ...flags: string[]) => publishFile(GRAPH, out, ...flags);

const publishFile = (file: string, out: string, ...flags: string[]) => {
  const run = spawnSync(
    join('node_modules', '.bin', 'tsx'),
    ['scripts/publish.ts', file, '--out', join(dir, out), '--quiet', ...flags],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = mkdtempSync(join(tmpdir(), 'actorgraph-site-'));
  publish('site');
  publish('editable', '--editable');
  // The same graph with a two-step story, as an Actorgraph JSON export writes one.
  const withStory = {
    ...(JSON.parse(readFileSync(GRAPH, 'utf8')) as object),
    stories: [
      {
        id: 'briefing',
        title: 'Grain briefing',
        steps: [
          {
            id: 'talks',
            title: 'The talks',
            text: 'Turkey *hosts* the talks.',
            view: '#relation=turkey%3Erussia%3Anegotiates_with',
          },
          {
            id: 'praise',
            title: 'The praise',
            text: 'The UN is pleased.',
            view: '#relation=un%3Eturkey%3Apraises',
          },
        ],
      },
    ],
  };
  const storyFile = join(dir, 'grain-story.json');
  writeFileSync(storyFile, JSON.stringify(withStory));
  publishFile(storyFile, 'story', '--story', 'briefing');
  // Serves both sites, at /site/ and /editable/, as from a folder of a host.
  const root = dir;
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]!)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Editing controls of the app (present in its own build, as the last test checks). */
const EDITING = [/^Add article/, /^Open…/, /^Reset to default data/, /^Undo/, /^Review \(/];

test('a published site shows its graph, read-only, in a fresh browser', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/site/`);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);

  const labels = await page.evaluate(() =>
    window
      .cy!.nodes()
      .map((n) => String(n.data('label')))
      .sort(),
  );
  expect(labels).toEqual(['Russia', 'Turkey', 'Ukraine', 'United Nations']);
  // The sentence behind a relation reads from the published article.
  await page.evaluate(() => window.actorgraph!.getState().selectRelation(window.cy!.edges()[0]!.id()));
  await expect(page.getByTestId('article')).toContainText(
    'Turkey negotiated with Russia over the grain corridor',
  );

  // Read-only: reading and exporting stay, editing controls are gone.
  await expect(page.getByRole('button', { name: 'Export…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  for (const name of EDITING) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Remove sentence/ })).toHaveCount(0);
  // Nothing is written to the visitor's storage.
  const stores = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(stores).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('an editable published site keeps the editing controls and saves in the visitor’s browser', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/editable/`);
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
  expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(4);
  for (const name of EDITING) await expect(page.getByRole('button', { name }).first()).toBeVisible();
  // An edit is saved, and there after a reload.
  await page.evaluate(() =>
    window
      .actorgraph!.getState()
      .curate({ op: 'updateActor', actorId: 'ukraine', label: 'Ukraine (edited)' }),
  );
  await expect
    .poll(async () => {
      await page.reload();
      await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
      return page.evaluate(() => window.actorgraph!.getState().index.actors.get('ukraine')?.label);
    })
    .toBe('Ukraine (edited)');
  await context.close();
});

test('a site published with --story opens presenting that story, its first step’s relation and sentence shown', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/story/`);
  await expect(page).toHaveURL(/#story=briefing&step=1$/);
  await expect(page.getByTestId('story-progress')).toHaveText('Step 1 of 2');
  const presenter = page.getByRole('complementary', { name: 'The talks' });
  await expect(presenter).toContainText('Turkey hosts the talks.');
  await expect(presenter.locator('em')).toHaveText('hosts');
  await expect(presenter).toContainText('Turkey negotiated with Russia over the grain corridor');
  expect(await page.evaluate(() => window.actorgraph!.getState().selection)).toMatchObject({
    kind: 'relation',
    id: 'turkey>russia:negotiates_with',
  });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('story-progress')).toHaveText('Step 2 of 2');
  // Read-only: the story panel presents and reports, but offers nothing to edit.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Story' }).click();
  const panel = page.getByRole('complementary', { name: 'Story' });
  await expect(panel.getByRole('button', { name: 'Present' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Export report (HTML)' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Show step 1' })).toBeVisible();
  for (const name of [/^Edit step/, /^Delete/, /^Move/, 'New story', 'Rename', 'Save this view as a step'])
    await expect(panel.getByRole('button', { name })).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('the app’s own build has the editing controls the published site leaves out', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
  for (const name of EDITING) await expect(page.getByRole('button', { name }).first()).toBeVisible();
});

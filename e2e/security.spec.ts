/**
 * Untrusted text stays text. The payload graph (src/io/fixtures/corpus/xssPayloads.ts: 32 known
 * script-injection vectors in labels, aliases, relation types, quotes, source texts, titles, authors,
 * publishers and URLs) enters through real input paths (saved work read back at start, Open…, the
 * search box, the URL hash); every vector must show as the literal text it is, and none may run:
 * no browser dialog, no `window.__pwned`, no element or handler made from it, no policy violation.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import type { Graph } from '../src/domain/types';
import { XSS_VECTORS, xssGraph } from '../src/io/fixtures/corpus/xssPayloads';
import { answerOpen, download, openExportDialog } from './exchangeSupport';
import { openApp, nodePoint } from './helpers';
import { record, waitForNodes, writeSaved } from './persistenceHelpers';

const graph = xssGraph();
const PAYLOAD_FILE = 'src/io/fixtures/corpus/xss-payloads.valid.json';

/** Browser dialogs and Content-Security-Policy violations seen by the page, from its first script on. */
async function watch(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return { dialogs };
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Nothing ran, and nothing in the page was made from a payload. */
async function expectNothingRan(page: Page, dialogs: readonly string[]): Promise<void> {
  await page.waitForTimeout(300); // let any stray handler (onerror, onload, autofocus) fire
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await violations(page)).toEqual([]);
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr)) found.push(`<${el.localName} ${attr}>`);
      }
    }
    const suspicious =
      'script:not([src]), iframe, object, embed, base, marquee, math, video, meta[http-equiv="refresh"], ' +
      'img[src="x"], [style*="expression"], [style*="javascript"], [srcdoc]';
    for (const el of document.querySelectorAll(suspicious)) found.push(el.outerHTML.slice(0, 80));
    // Links: web addresses only (downloads use blob: and are removed at once).
    for (const a of document.querySelectorAll('a[href]')) {
      const { protocol } = new URL((a as HTMLAnchorElement).href);
      if (!['http:', 'https:', 'blob:'].includes(protocol))
        found.push(`<a href="${a.getAttribute('href')}">`);
    }
    for (const form of document.querySelectorAll('form[action]')) found.push(form.outerHTML.slice(0, 80));
    return found;
  });
  expect(injected).toEqual([]);
}

const select = {
  relation: (page: Page, id: string) =>
    page.evaluate((r) => window.actorgraph!.getState().selectRelation(r), id),
  actor: (page: Page, id: string) => page.evaluate((a) => window.actorgraph!.getState().selectActor(a), id),
};

/** Every payload, in every field, is on screen as literal text. */
async function expectPayloadsAsText(page: Page, shown: Graph): Promise<void> {
  const sources = new Map(shown.sources.map((s) => [s.id, s]));
  const actors = new Map(shown.actors.map((a) => [a.id, a]));
  const types = new Map(shown.relationTypes.map((t) => [t.id, t]));
  for (const relation of shown.relations) {
    await select.relation(page, relation.id);
    const heading = page.getByTestId('relation-heading');
    await expect(heading).toContainText(actors.get(relation.source)!.label);
    await expect(heading).toContainText(actors.get(relation.target)!.label);
    await expect(heading).toContainText(types.get(relation.type)!.label);
    const evidence = relation.evidence[0]!;
    await expect(page.getByTestId('evidence-list')).toContainText(evidence.quote);
    await expect(page.locator('mark.evidence-mark.active')).toHaveText(evidence.quote);
    const source = sources.get(evidence.sourceId)!;
    await expect(page.locator('#reader-heading')).toHaveText(source.title);
    const reader = page.locator('section.reader');
    await expect(reader).toContainText(source.author);
    await expect(reader).toContainText(source.publisher);
    await expect(page.getByTestId('article')).toHaveText(source.text);
  }
  for (const actor of shown.actors) {
    await select.actor(page, actor.id);
    await expect(page.locator('#actor-heading')).toHaveText(actor.label);
    await expect(page.locator('section.details')).toContainText(actor.aliases[0]!);
  }
  // Cytoscape draws labels on a canvas: the labels it holds are the payloads, unchanged.
  const labels = await page.evaluate(() => window.cy!.nodes().map((n) => n.data('label') as string));
  expect(labels.sort()).toEqual(shown.actors.map((a) => a.label).sort());
}

test('the built page has a Content-Security-Policy that stops inline script', async ({ page }) => {
  const { dialogs } = await watch(page);
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  // The page may reach its own origin and a model server on this machine (Add article), nothing else.
  expect(directives.get('connect-src')).toEqual([
    "'self'",
    'data:',
    'blob:',
    'http://127.0.0.1:*',
    'http://localhost:*',
  ]);

  // Markup put into the page by any other means than the app's own code does not run.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = "window.__pwned = 'inline script'";
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = `<img src="data:," onerror="window.__pwned = 'handler'">`;
    document.body.append(holder);
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect((await violations(page)).length).toBeGreaterThanOrEqual(1);
  expect(dialogs).toEqual([]);
});

test('the app works under the policy: using it causes no violation', async ({ page }) => {
  const { dialogs } = await watch(page);
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') console.push(m.text());
  });
  await openApp(page);
  const id = await page.evaluate(() => window.cy!.edges()[0]!.id());
  await select.relation(page, id);
  await expect(page.locator('mark.evidence-mark.active')).toHaveCount(1);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Relation table' }).click();
  await expect(page.getByTestId('relation-table')).toBeVisible();
  await expectNothingRan(page, dialogs);
  expect(console.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
});

test('payloads in saved work read back at start show as text and run nothing', async ({ page }) => {
  const { dialogs } = await watch(page);
  await openApp(page);
  await writeSaved(
    page,
    record({
      base: { kind: 'imported', fileName: `${XSS_VECTORS[1]}.json`, graph },
      articles: [{ id: XSS_VECTORS[0]!, addedAt: XSS_VECTORS[2]!, graph }],
      edits: [],
    }),
  );
  await page.reload();
  await waitForNodes(page, graph.actors.length);
  await expectPayloadsAsText(page, graph);

  // Hover cards show labels as text.
  for (const id of ['actor-1', 'actor-3']) {
    const { x, y } = await nodePoint(page, id);
    await page.mouse.move(x, y);
    await expect(page.getByTestId('canvas-tooltip')).toBeVisible();
    const title = await page.getByTestId('canvas-tooltip').locator('strong').textContent();
    expect(XSS_VECTORS).toContain(title);
    await page.mouse.move(5, 5);
  }
  // The relation table lists labels and types too.
  await page.getByRole('button', { name: /Relation table/ }).click();
  const table = page.getByTestId('relation-table');
  for (const vector of XSS_VECTORS.slice(0, 5)) await expect(table).toContainText(vector);

  await expectNothingRan(page, dialogs);
});

test('payloads in a file opened with Open… show as text and run nothing', async ({ page }) => {
  const { dialogs } = await watch(page);
  await openApp(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await choosing).setFiles(PAYLOAD_FILE);
  await answerOpen(page, 'Replace');
  await expect(page.getByTestId('notice')).toContainText('Opened xss-payloads.valid.json');
  await waitForNodes(page, graph.actors.length);
  await expectPayloadsAsText(page, graph);
  await expectNothingRan(page, dialogs);
});

test('payloads typed into the search box and shown as matches run nothing', async ({ page }) => {
  const { dialogs } = await watch(page);
  await openApp(page);
  await writeSaved(
    page,
    record({ base: { kind: 'imported', fileName: 'x.json', graph }, articles: [], edits: [] }),
  );
  await page.reload();
  await waitForNodes(page, graph.actors.length);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  for (const query of ['<img', 'onerror', '{{', 'javascript:']) {
    await search.fill(query);
    const options = page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    const texts = await options.allTextContents();
    expect(texts.some((t) => XSS_VECTORS.some((v) => t.includes(v)))).toBe(true);
  }
  await expectNothingRan(page, dialogs);
});

test('a hostile permalink opens a safe view and runs nothing', async ({ page }) => {
  const { dialogs } = await watch(page);
  const hash = [
    `focus=${encodeURIComponent(`<img src=x onerror="window.__pwned = 'hash'">`)}`,
    `relation=${encodeURIComponent('javascript:alert(1)')}`,
    `hideTypes=${encodeURIComponent('<svg onload=alert(2)>')}`,
  ].join('&');
  await openApp(page, `/#${hash}`);
  await expectNothingRan(page, dialogs);
  const notice = page.getByTestId('notice');
  if ((await notice.count()) > 0) {
    // Whatever the notice quotes from the link, it quotes as text.
    expect(await notice.locator('img, svg').count()).toBe(0);
  }
});

test('an SVG exported from payload data carries them as text only', async ({ page }) => {
  const { dialogs } = await watch(page);
  await openApp(page);
  await writeSaved(
    page,
    record({ base: { kind: 'imported', fileName: 'x.json', graph }, articles: [], edits: [] }),
  );
  await page.reload();
  await waitForNodes(page, graph.actors.length);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: /^SVG/ }).check();
  const file = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));

  // A colleague opening this file in a browser must not run anything either.
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void errors.push(`${level}: ${message}`),
  }).parseFromString(file.bytes.toString('utf8'), 'image/svg+xml');
  expect(errors).toEqual([]);
  const all = Array.from(doc.getElementsByTagName('*'));
  expect(
    all.filter((el) => ['script', 'foreignObject', 'iframe', 'object', 'embed'].includes(el.localName ?? '')),
  ).toEqual([]);
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.localName} ${attr.name}`).toBe(false);
      if (/href$/i.test(attr.name))
        expect(attr.value.trim().toLowerCase().startsWith('javascript:')).toBe(false);
    }
  }
  const texts = Array.from(doc.getElementsByTagName('text'))
    .map((t) => t.textContent ?? '')
    .join('\n');
  expect(texts).toContain(XSS_VECTORS[0]);
  await expectNothingRan(page, dialogs);
});

// ---------------------------------------------------------------------------------------------
// Articles: the Add article dialog is an input path too.

const CORPUS = 'src/io/fixtures/corpus/';
/** Each invalid article file and a fragment of what the dialog says about it. */
const ARTICLES: Readonly<Record<string, string>> = {
  'article-empty.invalid.txt': 'article-empty.invalid.txt: the file is empty',
  'article-whitespace-only.invalid.txt':
    'article-whitespace-only.invalid.txt: the file contains only whitespace',
  'article-binary.invalid.txt':
    'article-binary.invalid.txt: this looks like a binary file (a NUL byte at offset 9)',
  'article-latin-1.invalid.txt':
    'article-latin-1.invalid.txt: the file is not valid UTF-8 (incomplete sequence at offset 22)',
  'article-utf-16.invalid.txt':
    'article-utf-16.invalid.txt: the file is UTF-16 text; save it as UTF-8 and try again',
  'article-truncated-character.invalid.txt':
    'article-truncated-character.invalid.txt: the file is not valid UTF-8 (incomplete sequence at offset 18)',
  'article-front-matter-only.invalid.md':
    'article-front-matter-only.invalid.md: there is no article text after the front matter',
  'article-javascript-url.invalid.md': 'URL "javascript:alert(document.cookie)" is not a web address',
};

const articleDialog = (page: Page) => page.getByRole('dialog', { name: 'Articles' });
const articleField = (page: Page, label: string) => articleDialog(page).getByLabel(label, { exact: true });

test('every invalid article file is refused by name, and nothing is added', async ({ page }) => {
  const { dialogs } = await watch(page);
  expect(
    readdirSync(CORPUS)
      .filter((f) => f.startsWith('article-') && f.includes('.invalid.'))
      .sort(),
  ).toEqual(Object.keys(ARTICLES).sort());
  await openApp(page);
  const edges = await page.evaluate(() => window.cy!.edges().length);
  await page.getByRole('button', { name: 'Add article…' }).click();
  const status = page.getByTestId('article-status');
  for (const [name, message] of Object.entries(ARTICLES)) {
    await page.getByTestId('article-file').setInputFiles(`${CORPUS}${name}`);
    // A file that reads fine but carries bad metadata is refused when the user asks to add it.
    if (name.endsWith('.md') && !name.includes('front-matter-only')) {
      await page.getByRole('button', { name: 'Extract and add' }).click();
    }
    await expect(status).toContainText(message);
  }
  // Over the size limit: refused from its size, before a byte is read.
  await page.getByTestId('article-file').setInputFiles({
    name: 'huge.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x61),
  });
  await expect(status).toContainText(
    'huge.txt: the file is 5.0 MB; the largest article Actorgraph reads is 5 MB',
  );
  expect(await page.evaluate(() => window.actorgraph!.getState().workspace.articles.length)).toBe(0);
  expect(await page.evaluate(() => window.cy!.edges().length)).toBe(edges);
  await expectNothingRan(page, dialogs);
});

test('payloads in a pasted article and its metadata show as text and run nothing', async ({ page }) => {
  const { dialogs } = await watch(page);
  await openApp(page);
  const title = `<svg onload="window.__pwned = 'title'"></svg> report`;
  const publisher = `<img src=x onerror="alert('publisher')">`;
  const quote = `Germany accused Russia of <script>window.__pwned = 'article'</script> cyberattacks.`;
  await page.getByRole('button', { name: 'Add article…' }).click();
  await articleField(page, 'Article text').fill(
    `${quote} ${XSS_VECTORS[1]} was posted online. France and Germany signed a defence pact.`,
  );
  await articleField(page, 'Title').fill(title);
  await articleField(page, 'Publisher').fill(publisher);
  await articleField(page, 'URL').fill(`https://example.org/?q=${XSS_VECTORS[0]}`);
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(page.getByTestId('notice')).toContainText(`Added ${title}`);

  const id = 'germany>russia:accuses';
  await expect.poll(() => page.evaluate((e) => window.cy!.getElementById(e).length, id)).toBe(1);
  await select.relation(page, id);
  await expect(page.getByTestId('evidence-list')).toContainText(quote);
  await expect(page.getByTestId('evidence-list')).toContainText(title);
  await expect(page.locator('section.reader')).toContainText(publisher);
  await expect(page.getByTestId('article')).toContainText(XSS_VECTORS[1]!);
  await expectNothingRan(page, dialogs);
});

// Takes the README's screenshots from the built app: the seed graph with one relation selected
// (docs/screenshot.png), and a relation being added from words selected in the article (docs/curate.png).
// Usage: npm run screenshot
import { spawn, execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';

const PORT = 4180;
const OUT = '.tmp/screenshot-dist';
execSync(`npx vite build --outDir ${OUT} --emptyOutDir`, { stdio: 'inherit' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  const executablePath = systemChromium();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, colorScheme: 'light' });
  for (let i = 0; ; i++) {
    try {
      await page.goto(`http://127.0.0.1:${PORT}/`);
      break;
    } catch (err) {
      if (i > 40) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  // Select the relation with the most sentences, as a reader would after a first look around.
  await page.evaluate(() => {
    const edges = window.cy
      .edges(':visible')
      .sort((a, b) => b.data('evidenceCount') - a.data('evidenceCount'));
    window.actorgraph.getState().selectRelation(edges[0].id());
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');

  // Curate: words chosen in the article, then the Add relation dialog filled in.
  await page.keyboard.press('Escape');
  const words = 'the two leaders';
  const at = await page.evaluate((needle) => {
    const article = document.querySelector('[data-testid="article"]');
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent.indexOf(needle);
      if (i < 0) continue;
      const rect = (from, to) => {
        const r = document.createRange();
        r.setStart(node, from);
        r.setEnd(node, to);
        return r.getBoundingClientRect();
      };
      const reader = document.querySelector('[data-testid="reader"]');
      const box = reader.getBoundingClientRect();
      reader.scrollTop += rect(i, i + 1).top - (box.top + box.height / 3);
      const a = rect(i, i + 1);
      const b = rect(i + needle.length - 1, i + needle.length);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    return null;
  }, words);
  if (!at) throw new Error(`"${words}" is not in the article`);
  await page.mouse.move(at.x1, at.y1);
  await page.mouse.down();
  await page.mouse.move(at.x2, at.y2, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Add relation…' }).click();
  const dialog = page.getByTestId('add-relation-dialog');
  await dialog.getByLabel('Who acts (source)').fill('Xi Jinping');
  await dialog.getByLabel('Relation type').selectOption({ label: 'accuses' });
  await dialog.getByLabel('On whom (target)').fill('The West');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/curate.png' });
  console.log('wrote docs/curate.png');
  await browser.close();
} finally {
  process.kill(-server.pid);
}

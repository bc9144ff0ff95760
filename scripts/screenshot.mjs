// Takes the README's screenshot from the built app: the seed graph with one relation selected.
// Usage: npm run screenshot   (writes docs/screenshot.png)
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
  await browser.close();
  console.log('wrote docs/screenshot.png');
} finally {
  process.kill(-server.pid);
}

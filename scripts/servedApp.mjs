// The built app served on loopback for the screenshot scripts: builds into `outDir`, serves it with
// `vite preview`, opens pages once the server answers, and stops the server.
import { spawn, execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';

/** Builds and serves the app; `run` gets a page opener, and the browser and server stop after it. */
export async function withServedApp({ port, outDir }, run) {
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir`, { stdio: 'inherit' });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const executablePath = systemChromium();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  /** A fresh page at `viewport` with the app loaded and drawn. */
  const open = async (viewport) => {
    const page = await browser.newPage({ viewport, colorScheme: 'light' });
    for (let i = 0; ; i++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
        break;
      } catch (err) {
        if (i > 40) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    return page;
  };
  try {
    await run(open);
  } finally {
    await browser.close();
    process.kill(-server.pid);
  }
}

import { defineConfig } from '@playwright/test';
import { systemChromium } from './scripts/browser.mjs';

// E2E_PORT lets several checkouts (or people) run the browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const OUT = `.tmp/e2e-${PORT}`;
const executablePath = systemChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // One retry in CI, where a slow machine can miss a poll; a test that needs it is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  outputDir: `${OUT}/results`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      // The system Chromium where there is one; otherwise Playwright's own build.
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${OUT}/dist --emptyOutDir && npx vite preview --outDir ${OUT}/dist --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});

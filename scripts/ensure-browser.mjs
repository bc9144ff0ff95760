// Makes sure the browser tests have a Chromium: the system's, else install one.
// Debian/Ubuntu as root: apt-get install chromium. Elsewhere: Playwright's own build.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

function playwrightChromiumInstalled() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (systemChromium()) {
  console.log(`browser: ${systemChromium()}`);
} else if (playwrightChromiumInstalled()) {
  console.log(`browser: Playwright's Chromium at ${chromium.executablePath()}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('browser: none found; installing Debian chromium with apt-get');
  run('apt-get update -qq');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  if (!systemChromium()) throw new Error('apt-get finished but no chromium executable was found');
} else {
  console.log("browser: none found; installing Playwright's Chromium");
  run('npx playwright install chromium');
}

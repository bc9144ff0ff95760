// Where the browser tests find Chromium: an explicit path, the system's Chromium, or Playwright's own.
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} a Chromium executable, or undefined to let Playwright use its own. */
export function systemChromium() {
  const explicit = process.env.ACTORGRAPH_CHROMIUM;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return SYSTEM_PATHS.find((p) => existsSync(p));
}

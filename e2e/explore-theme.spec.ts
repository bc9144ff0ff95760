import { expect, test, type Page } from '@playwright/test';
import { DARK, LIGHT } from '../src/canvas/palette';
import { openApp } from './helpers';

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
};
/** Colours the canvas actually draws with, read back from Cytoscape's computed style. */
const canvasColours = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const squash = (c: string) => c.replace(/\s+/g, '');
    return {
      label: squash(cy.getElementById('russia').style('color') as string),
      edge: squash(cy.edges('[quad = 1]').first().style('line-color') as string),
      background: getComputedStyle(cy.container()!.parentElement!).backgroundColor.replace(/\s+/g, ''),
    };
  });

test('follows the system theme, and the canvas stylesheet follows it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The button says what a click does.
  await expect(page.getByTestId('theme-toggle')).toHaveText('Switch to light theme');
  await expect
    .poll(() => canvasColours(page))
    .toEqual({ label: rgb(DARK.text), edge: rgb(DARK.quad[1]), background: rgb(DARK.background) });

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect
    .poll(() => canvasColours(page))
    .toEqual({ label: rgb(LIGHT.text), edge: rgb(LIGHT.quad[1]), background: rgb(LIGHT.background) });
});

test('the toggle switches theme, is remembered, and re-styles the canvas only when the theme changes', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  // Count stylesheet replacements from here on.
  await page.evaluate(() => {
    const cy = window.cy!;
    const original = cy.style.bind(cy);
    const w = window as unknown as { styleSets: number };
    w.styleSets = 0;
    cy.style = ((...args: Parameters<typeof original>) => {
      if (args.length > 0) w.styleSets++;
      return original(...args);
    }) as typeof cy.style;
  });
  const styleSets = () => page.evaluate(() => (window as unknown as { styleSets: number }).styleSets);

  // Filtering, selecting, focusing and merging never touch the stylesheet.
  await page.locator('input[data-quad="2"]').uncheck();
  await page.getByRole('combobox', { name: 'Find an actor' }).fill('Putin');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Focus on Vladimir Putin' }).click();
  await page.getByLabel('Merge parallel relations').check();
  await page.keyboard.press('Escape');
  expect(await styleSets()).toBe(0);

  const toggle = page.getByTestId('theme-toggle');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(toggle).toHaveText('Switch to dark theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect
    .poll(() => canvasColours(page))
    .toEqual({ label: rgb(LIGHT.text), edge: rgb(LIGHT.quad[1]), background: rgb(LIGHT.background) });
  expect(await styleSets()).toBe(1);

  // The choice outlives a reload, although the system still says dark.
  await page.reload();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect
    .poll(() => canvasColours(page))
    .toEqual({ label: rgb(LIGHT.text), edge: rgb(LIGHT.quad[1]), background: rgb(LIGHT.background) });
  // Choosing what the system says goes back to following the system.
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('bad stored preferences fall back to defaults without breaking the app', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'actorgraph.preferences',
      '{"theme":"neon","mergeParallel":"sometimes","layout":"grid"',
    );
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByLabel('Layout', { exact: true })).toHaveValue('fcose');
  await expect(page.getByLabel('Merge parallel relations')).not.toBeChecked();
});

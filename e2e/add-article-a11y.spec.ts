/** Accessibility of the Articles dialog and of the evidence panel showing the extractor's work. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const ARTICLE =
  'Germany accused Russia of cyberattacks. France and Germany signed a defence pact. ' +
  'Poland may sanction Belarus, officials reportedly said.';

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the Articles dialog and the marked evidence pass axe (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await page.getByRole('button', { name: 'Add article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Articles' });
    await dialog.getByLabel('Article text', { exact: true }).fill(ARTICLE);
    await dialog.getByLabel('Published', { exact: true }).fill('not a date');
    await dialog.getByRole('button', { name: 'Extract and add' }).click();
    await expect(page.getByTestId('article-status')).toContainText('is not a date');
    expect(await seriousViolations(page, 'dialog.article-dialog')).toEqual([]);

    await dialog.getByLabel('Published', { exact: true }).fill('2025-06-01');
    await dialog.getByRole('button', { name: 'Extract and add' }).click();
    await expect(dialog).toBeHidden();
    await page.evaluate(() => window.actorgraph!.getState().selectRelation('poland>belarus:sanctions'));
    await expect(page.locator('mark.evidence-mark.active mark[data-span="cue"]')).toHaveText('sanction');
    expect(await seriousViolations(page, 'aside.inspector')).toEqual([]);

    // The list of added articles, with a removal waiting for confirmation.
    await page.getByRole('button', { name: 'Add article…' }).click();
    await dialog.getByRole('button', { name: /^Remove / }).click();
    await expect(dialog.getByRole('button', { name: 'Keep' })).toBeVisible();
    expect(await seriousViolations(page, 'dialog.article-dialog')).toEqual([]);
  });
}

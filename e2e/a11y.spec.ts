import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { clearEdge, clickEdge } from './exploreHelpers';
import { openApp } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations with an edge selected (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.getByRole('button', { name: /Relation table/ }).click();
    await clickEdge(page, await clearEdge(page));
    await expect(page.getByTestId('relation-heading')).toBeVisible();
    await expect(page.locator('tr[aria-current="true"]')).toHaveCount(1);

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(' | ')}`,
      );
    expect(serious).toEqual([]);
  });
}

/** Adding an article through the UI, as a reader does: the shared steps of the browser tests. */
import { expect, type Page } from '@playwright/test';

export const articlesDialog = (page: Page) => page.getByRole('dialog', { name: 'Articles' });

/**
 * Open "Add article…", paste the text with its title and date, extract, and wait until the notice says
 * it was added (`added` narrows that notice, e.g. to a relation count) and the dialog has closed.
 */
export async function pasteArticle(
  page: Page,
  article: { readonly text: string; readonly title: string; readonly published: string },
  added: RegExp = new RegExp(`Added ${article.title}`),
): Promise<void> {
  await page.getByRole('button', { name: 'Add article…' }).click();
  const dialog = articlesDialog(page);
  await dialog.getByLabel('Article text', { exact: true }).fill(article.text);
  await dialog.getByLabel('Title', { exact: true }).fill(article.title);
  await dialog.getByLabel('Published', { exact: true }).fill(article.published);
  await page.getByRole('button', { name: 'Extract and add' }).click();
  await expect(page.getByTestId('notice')).toHaveText(added);
  await expect(dialog).toBeHidden();
}

/** The ids of the edges drawn on the canvas, sorted. */
export const drawnEdges = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    window
      .cy!.edges()
      .filter((e) => e.visible())
      .map((e) => e.id())
      .sort(),
  );

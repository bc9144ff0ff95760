/**
 * Actors the extractor finds in the article itself: a titled name becomes a person of the state giving
 * the title, the review queue says it is new, the actor panel asks the reader to check it, and a later
 * surname names the same actor.
 */
import { expect, test } from '@playwright/test';
import { pasteArticle } from './articleHelpers';
import { openApp } from './helpers';

const ARTICLE =
  'UK Defence Secretary Grant Shapps accused Russia of sabotage on Monday. ' +
  'Shapps also praised Poland for its support.';

test('a titled name in an added article becomes a new actor the reader is asked to check', async ({
  page,
}) => {
  await openApp(page);
  await pasteArticle(
    page,
    { text: ARTICLE, title: 'Shapps report', published: '2024-01-15' },
    /Added Shapps report: 2 relations/,
  );

  const relations = await page.evaluate(() =>
    window
      .actorgraph!.getState()
      .graph.relations.filter((r) => r.source === 'grant-shapps')
      .map((r) => r.id)
      .sort(),
  );
  expect(relations).toEqual(['grant-shapps>poland:praises', 'grant-shapps>russia:accuses']);

  await page.getByRole('button', { name: /^Review \(\d+\)$/ }).click();
  const panel = page.getByRole('complementary', { name: /^Review/ });
  await expect(panel.locator('.review-discovered').first()).toHaveText(
    'New actor: Grant Shapps, found in the article (not in the lexicon). Check the name.',
  );
  // The queue takes the keyboard once it has drawn; Escape then closes it.
  await expect(panel.locator('.review-item').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  await page.evaluate(() => window.actorgraph!.getState().selectActor('grant-shapps'));
  await expect(page.locator('#actor-heading')).toHaveText('Grant Shapps');
  await expect(page.locator('.details .meta').first()).toContainText('person');
  await expect(page.locator('.details .meta').first()).toContainText('of United Kingdom');
  await expect(page.locator('.discovered-note')).toContainText('Found in the article, not in the lexicon');

  // A known actor carries no such note.
  await page.evaluate(() => window.actorgraph!.getState().selectActor('russia'));
  await expect(page.locator('#actor-heading')).toHaveText('Russia');
  await expect(page.locator('.discovered-note')).toHaveCount(0);
});

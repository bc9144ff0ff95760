// Retakes every picture in the README from the built app: the seed graph with one relation selected
// (docs/screenshot.png), the seed graph as first drawn at 1440 × 900 and 1280 × 720 (docs/drawing-*.png),
// a relation being added from words selected in the article (docs/curate.png), and a three-step story
// presented at its second step (docs/story-present.png). With --check it also writes the story panel
// and the presenter at 1400 × 900 and 800 × 600 to .tmp/ for a look.
// Usage: npm run screenshot [-- --check]
import { withServedApp } from './servedApp.mjs';
import { buildStory, present } from './storySteps.mjs';

const check = process.argv.includes('--check');

await withServedApp({ port: 4180, outDir: '.tmp/screenshot-dist' }, async (open) => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ]) {
    const page = await open({ width, height });
    await page.waitForTimeout(800); // labels are sized after the drawing settles
    await page.screenshot({ path: `docs/drawing-${width}x${height}.png` });
    console.log(`wrote docs/drawing-${width}x${height}.png`);
    await page.close();
  }

  const page = await open({ width: 1400, height: 860 });
  // Select the relation with the most sentences, as a reader would after a first look around.
  await page.evaluate(() => {
    const edges = window.cy
      .edges(':visible')
      .sort((a, b) => b.data('evidenceCount') - a.data('evidenceCount'));
    window.actorgraph.getState().selectRelation(edges[0].id());
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');

  // Curate: words chosen in the article, then the Add relation dialog filled in.
  await page.keyboard.press('Escape');
  const words = 'the two leaders';
  const at = await page.evaluate((needle) => {
    const article = document.querySelector('[data-testid="article"]');
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent.indexOf(needle);
      if (i < 0) continue;
      const rect = (from, to) => {
        const r = document.createRange();
        r.setStart(node, from);
        r.setEnd(node, to);
        return r.getBoundingClientRect();
      };
      const reader = document.querySelector('[data-testid="reader"]');
      const box = reader.getBoundingClientRect();
      reader.scrollTop += rect(i, i + 1).top - (box.top + box.height / 3);
      const a = rect(i, i + 1);
      const b = rect(i + needle.length - 1, i + needle.length);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    return null;
  }, words);
  if (!at) throw new Error(`"${words}" is not in the article`);
  await page.mouse.move(at.x1, at.y1);
  await page.mouse.down();
  await page.mouse.move(at.x2, at.y2, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Add relation…' }).click();
  const dialog = page.getByTestId('add-relation-dialog');
  await dialog.getByLabel('Who acts (source)').fill('Xi Jinping');
  await dialog.getByLabel('Relation type').selectOption({ label: 'accuses' });
  await dialog.getByLabel('On whom (target)').fill('The West');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/curate.png' });
  console.log('wrote docs/curate.png');

  const shoot = async (viewport, path, act) => {
    const story = await open(viewport);
    await buildStory(story);
    await act(story);
    await story.waitForTimeout(900);
    await story.screenshot({ path });
    console.log(`wrote ${path}`);
    await story.close();
  };
  await shoot({ width: 1440, height: 900 }, 'docs/story-present.png', present);
  if (check) {
    for (const [w, h] of [
      [1400, 900],
      [800, 600],
    ]) {
      await shoot({ width: w, height: h }, `.tmp/story-panel-${w}.png`, async () => {});
      await shoot({ width: w, height: h }, `.tmp/story-present-${w}.png`, present);
    }
  }
});

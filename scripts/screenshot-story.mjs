// Takes the README's "Tell the story" screenshot from the built app: a three-step story saved through
// the story panel, presented at its second step (a relation and its sentences) (docs/story-present.png, 1440 × 900). With --check it
// also writes the story panel and the presenter at 1400 × 900 and 800 × 600 to .tmp/ for a look.
// Usage: node scripts/screenshot-story.mjs [--check]
import { spawn, execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4181);
const OUT = '.tmp/screenshot-story-dist';
const check = process.argv.includes('--check');
execSync(`npx vite build --outDir ${OUT} --emptyOutDir`, { stdio: 'inherit' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore', detached: true },
);

/** Sets up a view through the app's own actions, then saves it with the story panel's form. */
async function saveStep(page, title, text, setUp) {
  await page.evaluate(setUp);
  await page.waitForTimeout(400);
  const form = page.getByRole('form', { name: 'Save this view as a step' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Text').fill(text);
  await form.getByRole('button', { name: 'Save this view as a step' }).click();
}

async function buildStory(page) {
  await page.getByRole('button', { name: 'Story' }).click();
  await saveStep(
    page,
    'What Putin says to Beijing',
    'Around *Vladimir Putin*: whom he courts and praises, and who answers.',
    () => {
      window.actorgraph.getState().selectActor('putin');
      window.actorgraph.getState().focusOn('putin');
    },
  );
  await saveStep(
    page,
    'A “no limits” alliance',
    'On Victory Day both leaders present their partnership as an **alliance without limits**; the article weighs that claim against the cracks it sees.',
    () => {
      window.actorgraph.getState().clearFocus();
      window.actorgraph.getState().selectRelation('china>russia:allies_with');
    },
  );
  await saveStep(
    page,
    'Against the West',
    'China and Russia set themselves up as champions of the *Global South* against Western “hegemony”.',
    () => window.actorgraph.getState().selectRelation('china>west:denounces'),
  );
  const panel = page.getByRole('complementary', { name: 'Story' });
  await panel.getByRole('button', { name: 'Rename' }).click();
  await panel.getByLabel('Story title').fill('Victory Day, in three steps');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
}

try {
  const executablePath = systemChromium();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const shoot = async (viewport, path, act) => {
    const page = await browser.newPage({ viewport, colorScheme: 'light' });
    for (let i = 0; ; i++) {
      try {
        await page.goto(`http://127.0.0.1:${PORT}/`);
        break;
      } catch (err) {
        if (i > 40) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await page.waitForFunction(() => window.actorgraph?.getState().workspaceLoaded === true);
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    await buildStory(page);
    await act(page);
    await page.waitForTimeout(900);
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await page.close();
  };
  const present = async (page) => {
    await page.getByTestId('story-present').click();
    await page.keyboard.press('ArrowRight');
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
  await browser.close();
} finally {
  process.kill(-server.pid);
}

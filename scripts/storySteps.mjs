// The story the README's "Tell the story" picture shows, built through the story panel as a user would.
/** Sets up a view through the app's own actions, then saves it with the story panel's form. */
async function saveStep(page, title, text, setUp) {
  await page.evaluate(setUp);
  await page.waitForTimeout(400);
  const form = page.getByRole('form', { name: 'Save this view as a step' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Text').fill(text);
  await form.getByRole('button', { name: 'Save this view as a step' }).click();
}

export async function buildStory(page) {
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

/** Present the story and step on to its second step. */
export async function present(page) {
  await page.getByTestId('story-present').click();
  await page.keyboard.press('ArrowRight');
}

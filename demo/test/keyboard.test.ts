// End to end, keyboard only: make and copy a personalised link with visible focus, and get focus back on the trigger.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saveScreenshot, useHarness } from './support/harness.js';
import {
  ada,
  assertPersonalisedLink,
  linkCreation,
  openDialog,
  readClipboard,
  toggle,
} from './support/share-flow.js';
import { focused, tabTo } from './support/focus.js';

describe('keyboard only', { timeout: 90_000 }, () => {
  const harness = useHarness();

  it('makes, personalises and copies a one-time link with the keyboard alone, focus visible and returned', async () => {
    const { page } = harness();
    await page.getByRole('rowheader', { name: ada.name, exact: true }).waitFor();

    const trigger = await tabTo(
      page,
      `the link button of ${ada.name}`,
      (f) => f.contactId === 'c1' && f.tag === 'button',
    );
    assert.ok(trigger.focusVisible, `the trigger shows focus: ${JSON.stringify(trigger)}`);
    await page.keyboard.press('Enter');
    const dialog = openDialog(page);
    await dialog.waitFor({ state: 'visible' });
    assert.ok((await focused(page)).insideDialog, 'opening the pop-up moves focus into it');

    const oneTime = await tabTo(
      page,
      'the One-time link switch',
      (f) => f.insideDialog && f.name.includes('One-time link'),
    );
    assert.ok(oneTime.focusVisible, 'the switch shows focus');
    const created = linkCreation(page);
    await page.keyboard.press('Space');
    assert.equal((await created).status(), 200, 'Space on the switch made the link');

    await tabTo(
      page,
      'the Personalize link switch',
      (f) => f.insideDialog && f.name.includes('Personalize link'),
    );
    if (!(await toggle(dialog, 'Personalize link').isChecked())) await page.keyboard.press('Space');
    assert.equal(await dialog.getByLabel('Customer name').inputValue(), ada.name);
    assert.equal(await dialog.getByLabel('Customer email').inputValue(), ada.email);

    const copy = await tabTo(page, 'Copy & close', (f) => f.insideDialog && f.name === 'Copy & close');
    assert.ok(copy.focusVisible, 'Copy & close shows focus');
    await saveScreenshot(page, '5-keyboard-copy-focused');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    const back = await focused(page);
    assert.equal(
      back.contactId,
      'c1',
      `focus returns to the trigger that opened the pop-up: ${JSON.stringify(back)}`,
    );
    assert.equal(back.tag, 'button');
    assert.ok(back.focusVisible, 'the returned focus is visible');
    assertPersonalisedLink(await readClipboard(page), ada);
    await saveScreenshot(page, '5-keyboard-focus-returned');
  });
});

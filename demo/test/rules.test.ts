// End to end: master pages without Dynamic rules cannot have one-time links, and switching to Static kills existing ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saveScreenshot, useHarness, waitFor } from './support/harness.js';
import { focused } from './support/focus.js';
import { ada, linkCreation, makePersonalisedLinkByMouse, openDialog, toggle } from './support/share-flow.js';
import { expectUsedLinkPage } from './support/hosted-page.js';

describe('rule types', { timeout: 90_000 }, () => {
  const harness = useHarness();

  it('explains that a Static-rules page needs Dynamic rules for one-time links', async () => {
    const { page } = harness();
    await page.locator('#share-any').getByRole('button', { name: 'Share link' }).click();
    const dialog = openDialog(page);
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByLabel('Master page').selectOption({ label: 'Support onboarding' });
    const refused = linkCreation(page);
    await toggle(dialog, 'One-time link').check();
    assert.equal((await refused).status(), 400, 'the API refuses a link for a Static-rules page');
    await dialog.getByText(/Dynamic rules/).waitFor({ state: 'visible' });
    await saveScreenshot(page, '3-static-page-explained');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('stops an unused one-time link once its page is switched to Static in the admin panel', async () => {
    const { page, context } = harness();
    const link = await makePersonalisedLinkByMouse(page, ada);
    const customer = await context.newPage();
    try {
      assert.equal((await customer.goto(link.href))?.status(), 200, 'the link works before the switch');

      const ruleTypePosts: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().includes('/rule-type')) ruleTypePosts.push(r.url());
      });
      const select = page.getByRole('combobox', { name: 'Rule type of Sales discovery call' });
      await select.focus();
      await page.keyboard.press('ArrowDown');
      assert.equal(await select.inputValue(), 'static', 'the arrow key changed the choice');
      // Give a change handler time to send, if there were one.
      await page.waitForTimeout(500);
      assert.deepEqual(ruleTypePosts, [], 'an arrow key alone does not switch the rule type');
      assert.equal(
        (await customer.goto(link.href))?.status(),
        200,
        'the link still works after the arrow key',
      );

      await page.keyboard.press('Tab');
      const apply = await focused(page);
      assert.equal(
        apply.name,
        'Apply rule type to Sales discovery call',
        `Tab reaches the Apply button: ${JSON.stringify(apply)}`,
      );
      const switched = page.waitForResponse((r) =>
        r.url().endsWith('/admin/master-pages/MP-DYNAMIC0001/rule-type'),
      );
      await page.keyboard.press('Enter');
      assert.equal((await switched).status(), 200, 'the demo server switched the rule type');
      await page.getByText('Sales discovery call now uses Static rules').waitFor({ state: 'visible' });
      const after = await focused(page);
      assert.equal(
        after.name,
        'Apply rule type to Sales discovery call',
        `focus stays on the Apply button: ${JSON.stringify(after)}`,
      );
      assert.ok(after.focusVisible, 'the kept focus is visible');
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea')]
          .filter((f) => !f.id && !f.getAttribute('name'))
          .map((f) => f.outerHTML),
      );
      assert.deepEqual(unnamed, [], 'every form field of the page has an id or a name');
      await saveScreenshot(page, '4-admin-switched-to-static');

      await expectUsedLinkPage(customer, link);
      const text = (await customer.locator('body').textContent()) ?? '';
      assert.doesNotMatch(text, /static|rule/i, 'the neutral page does not say why the link stopped working');
      await saveScreenshot(customer, '4-link-stopped');
    } finally {
      await customer.close();
    }
  });

  it('follows a rule type switched in another tab without a reload', async () => {
    const { page, context, demo } = harness();
    const select = page.getByRole('combobox', { name: 'Rule type of Sales discovery call' });
    assert.equal(await select.inputValue(), 'static', 'the previous test switched it to Static');
    const other = await context.newPage();
    try {
      await other.goto(demo.url);
      await other
        .getByRole('combobox', { name: 'Rule type of Sales discovery call' })
        .selectOption('dynamic');
      const switched = other.waitForResponse((r) =>
        r.url().endsWith('/admin/master-pages/MP-DYNAMIC0001/rule-type'),
      );
      await other.getByRole('button', { name: 'Apply rule type to Sales discovery call' }).click();
      assert.equal((await switched).status(), 200);
      await waitFor(
        'the first tab to show Dynamic rules',
        async () => (await select.inputValue()) === 'dynamic',
      );
    } finally {
      await other.close();
    }
  });
});

// End to end: master pages without Dynamic rules cannot have one-time links, and switching to Static kills existing ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saveScreenshot, useHarness } from './support/harness.js';
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

      const select = page.getByRole('combobox', { name: 'Rule type of Sales discovery call' });
      const switched = page.waitForResponse((r) => r.url().endsWith('/admin/master-pages/MP-DYNAMIC0001/rule-type'));
      await select.selectOption('static');
      assert.equal((await switched).status(), 200, 'the demo server switched the rule type');
      await page.getByText('Sales discovery call now uses Static rules').waitFor({ state: 'visible' });
      await saveScreenshot(page, '4-admin-switched-to-static');

      await expectUsedLinkPage(customer, link);
      const text = (await customer.locator('body').textContent()) ?? '';
      assert.doesNotMatch(text, /static|rule/i, 'the neutral page does not say why the link stopped working');
      await saveScreenshot(customer, '4-link-stopped');
    } finally {
      await customer.close();
    }
  });
});

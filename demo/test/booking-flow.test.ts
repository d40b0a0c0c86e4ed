// End to end: a personalised one-time link is made in the CRM, booked through the hosted page, and then refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saveScreenshot, useHarness, waitFor } from './support/harness.js';
import { ada, contactRow, makePersonalisedLinkByMouse } from './support/share-flow.js';
import { bookFirstSlot, expectUsedLinkPage } from './support/hosted-page.js';

describe('a personalised one-time link, from the CRM to a booking', { timeout: 90_000 }, () => {
  const harness = useHarness();
  let link: URL | undefined;

  it('copies a one-time link for a contact with their name, email and skip=1', async () => {
    const { page } = harness();
    link = await makePersonalisedLinkByMouse(page, ada);
    const status = contactRow(page, ada.name).locator('.status');
    await waitFor(
      'the CRM to record the link as sent',
      async () => (await status.textContent()) === 'Link sent',
    );
    await saveScreenshot(page, '1-personalised-link-copied');
  });

  it('books through the link without the form, marks the contact Booked live, then refuses the used link', async () => {
    assert.ok(link, 'the previous test made the link');
    const { page, context } = harness();
    const customer = await context.newPage();
    try {
      await bookFirstSlot(customer, link);
      await saveScreenshot(customer, '2-hosted-page-booked');

      const status = contactRow(page, ada.name).locator('.status');
      await waitFor(
        'the contact row to say Booked (from the webhook, without a reload)',
        async () => (await status.textContent()) === 'Booked',
      );
      await saveScreenshot(page, '2-contact-booked');

      await expectUsedLinkPage(customer, link);
      await saveScreenshot(customer, '2-used-link');
    } finally {
      await customer.close();
    }
  });
});

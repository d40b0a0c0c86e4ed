// End to end: the customer moves a booked meeting, then cancels it, and the CRM follows each webhook live.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { saveScreenshot, useHarness, waitFor } from './support/harness.js';
import { ada, contactRow, makePersonalisedLinkByMouse } from './support/share-flow.js';
import { bookFirstSlot } from './support/hosted-page.js';

describe('a booked meeting, moved and then cancelled by the customer', { timeout: 90_000 }, () => {
  const harness = useHarness();

  it('shows the new time after a reschedule, then Cancelled after a cancellation', async () => {
    const { page, context } = harness();
    const link = await makePersonalisedLinkByMouse(page, ada);
    const customer = await context.newPage();
    try {
      await bookFirstSlot(customer, link);
      const row = contactRow(page, ada.name);
      const status = row.locator('.status');
      const when = row.locator('.booked-for');
      await waitFor('the contact row to say Booked', async () => (await status.textContent()) === 'Booked');
      const bookedFor = await when.textContent();

      await customer.getByRole('link', { name: 'Pick another time' }).click();
      await customer.getByRole('heading', { name: 'Pick another time' }).waitFor();
      await customer.getByRole('radio').nth(2).check();
      const moved = customer.waitForResponse((r) => r.request().method() === 'POST');
      await customer.getByRole('button', { name: 'Move to this time' }).click();
      assert.equal((await moved).status(), 200, 'the fake moved the booking');
      await customer.getByRole('heading', { name: 'Your booking is moved' }).waitFor();
      await saveScreenshot(customer, '5-booking-moved');

      await waitFor('the CRM to show the new time', async () => (await when.textContent()) !== bookedFor);
      assert.equal(await status.textContent(), 'Booked', 'a moved meeting is still booked');
      await waitFor(
        'the move to be announced',
        async () => (await page.locator('#announcer').textContent()) === `${ada.name} moved their meeting.`,
      );

      await customer.getByRole('link', { name: 'cancel this booking' }).click();
      await customer.getByRole('heading', { name: 'Cancel your booking' }).waitFor();
      await customer.getByLabel('Reason (optional)').fill('Found another way');
      await customer.getByRole('button', { name: 'Cancel booking' }).click();
      await customer.getByRole('heading', { name: 'Your booking is cancelled' }).waitFor();

      await waitFor(
        'the contact row to say Cancelled',
        async () => (await status.textContent()) === 'Cancelled',
      );
      assert.equal(await when.count(), 0, 'a cancelled meeting shows no time');
      await waitFor(
        'the cancellation to be announced',
        async () =>
          (await page.locator('#announcer').textContent()) === `${ada.name} cancelled their meeting.`,
      );
      await saveScreenshot(page, '5-contact-cancelled');
    } finally {
      await customer.close();
    }
  });
});

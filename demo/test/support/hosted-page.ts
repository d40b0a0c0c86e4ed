// Drives the fake API's hosted booking page as a customer: pick a slot on a one-time link, or meet the used-link page.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Opens a personalised link, checks the form is skipped, books the first slot and waits for the confirmation. */
export async function bookFirstSlot(customer: Page, link: URL): Promise<void> {
  const opened = await customer.goto(link.href);
  assert.equal(opened?.status(), 200, 'an unused one-time link opens the booking page');
  assert.equal(
    await customer.getByRole('textbox').count(),
    0,
    'the booking form is skipped: no field to fill',
  );
  await customer.getByRole('radio').first().check();
  const booked = customer.waitForResponse((r) => r.request().method() === 'POST');
  await customer.getByRole('button', { name: 'Book this time' }).click();
  assert.equal((await booked).ok(), true, 'the booking was accepted');
  await customer.getByRole('heading', { name: 'You are booked' }).waitFor();
}

/** A used or invalidated link answers 404, as an unknown one does, with a page that does not say which. */
export async function expectUsedLinkPage(customer: Page, link: URL): Promise<void> {
  const again = await customer.goto(link.href);
  assert.equal(again?.status(), 404, 'the link no longer opens the booking page');
  await customer.getByRole('heading', { name: 'This link is not available' }).waitFor();
  assert.equal(await customer.getByRole('radio').count(), 0, 'no time can be picked');
}

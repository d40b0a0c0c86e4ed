// Drives the pop-up the way a CRM user does: open it on a contact, make a personalised one-time link, copy it.
import assert from 'node:assert/strict';
import type { Locator, Page, Response } from 'playwright-core';
import { waitMs } from './harness.js';

export interface Contact {
  name: string;
  email: string;
}

export const ada: Contact = { name: 'Ada Lovelace', email: 'ada@example.com' };

export function contactRow(page: Page, name: string): Locator {
  return page.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
}

/** The CRM's own button (in the element's `trigger` slot) that opens the contact's pop-up. */
export function contactTrigger(page: Page, name: string): Locator {
  return contactRow(page, name).getByRole('button', { name: `Booking link for ${name}`, exact: true });
}

/** The pop-up that is open now (a closed <dialog> is hidden, so it never matches). */
export function openDialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/** A labelled switch, whether the element exposes it as a switch or as a checkbox. */
export function toggle(scope: Locator, name: string): Locator {
  return scope
    .getByRole('switch', { name, exact: true })
    .or(scope.getByRole('checkbox', { name, exact: true }));
}

/** Starts waiting for the proxied one-time-link POST; call before the action that causes it. */
export function linkCreation(page: Page): Promise<Response> {
  return page.waitForResponse(
    (r) =>
      r.request().method() === 'POST' &&
      /\/api\/oncehub\/.+\/one-time-links$/.test(new URL(r.url()).pathname),
    { timeout: waitMs },
  );
}

/** Reads the clipboard as the page sees it (the context grants clipboard permissions). */
export function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Checks a copied link is this contact's personalised one-time link and returns it. */
export function assertPersonalisedLink(copied: string, contact: Contact): URL {
  const url = new URL(copied);
  assert.equal(url.searchParams.get('skip'), '1', `the copied link skips the booking form: ${copied}`);
  assert.equal(url.searchParams.get('name'), contact.name);
  assert.equal(url.searchParams.get('email'), contact.email);
  return url;
}

/** With the mouse: One-time link on, personalisation checked, Copy & close. Returns the copied link. */
export async function makePersonalisedLinkByMouse(page: Page, contact: Contact): Promise<URL> {
  await contactTrigger(page, contact.name).click();
  const dialog = openDialog(page);
  await dialog.waitFor({ state: 'visible' });
  const created = linkCreation(page);
  await toggle(dialog, 'One-time link').check();
  assert.equal((await created).status(), 200, 'the proxy made the one-time link');
  await toggle(dialog, 'Personalize link').check();
  assert.equal(await dialog.getByLabel('Customer name').inputValue(), contact.name, 'the name is prefilled');
  assert.equal(
    await dialog.getByLabel('Customer email').inputValue(),
    contact.email,
    'the email is prefilled',
  );
  await dialog.getByRole('button', { name: 'Copy & close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return assertPersonalisedLink(await readClipboard(page), contact);
}

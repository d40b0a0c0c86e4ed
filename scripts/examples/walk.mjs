// Drives <oncelink-share> through its public face only (press the trigger, the dialog, the One-time link switch), as a user does.
import assert from 'node:assert/strict';

const waitMs = 60_000; // generous: CI has two cores and a cold server answers its first request slowly

/** Console errors and uncaught exceptions of a page (a hydration mismatch shows up here). */
export function collectPageErrors(page) {
  const errors = [];
  // A failed load is reported below with its URL; the browser's own favicon request is no one's error.
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !m.text().startsWith('Failed to load resource') &&
      errors.push(`console: ${m.text()}`),
  );
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on(
    'response',
    (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`),
  );
  return errors;
}

/**
 * Opens `url`, presses the first element's trigger, turns One-time link on and waits until the
 * pop-up shows the link the proxy answered. With `customer` (the name and email the page gives
 * the element), the shown link must be personalised with them. Returns the link as shown.
 */
export async function makeOneTimeLink(page, url, customer) {
  await page.goto(url);
  // The trigger is the element's only visible button while the pop-up is closed (its own or a slotted one).
  await page.locator('oncelink-share').first().getByRole('button').first().click({ timeout: waitMs });
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible', timeout: waitMs });
  const created = page.waitForResponse(
    (r) =>
      r.request().method() === 'POST' &&
      /\/api\/oncehub\/.+\/one-time-links$/.test(new URL(r.url()).pathname),
    { timeout: waitMs },
  );
  created.catch(() => undefined); // awaited below; a failure of the steps before it is the one to report
  const name = { name: 'One-time link', exact: true };
  await dialog.getByRole('switch', name).or(dialog.getByRole('checkbox', name)).check({ timeout: waitMs });
  const response = await created;
  assert.equal(response.status(), 200, `the proxy made the link: ${await response.text()}`);
  const { url: made } = await response.json();
  assert.match(made, /^https?:\/\//, 'the API answered a link URL');
  const shown = dialog.getByRole('textbox', { name: 'Link', exact: true });
  const deadline = Date.now() + waitMs;
  // Personalised when the page gave a name and email: the shown link is the made one plus parameters.
  while (!(await shown.inputValue()).startsWith(made)) {
    if (Date.now() > deadline)
      throw new Error(`the pop-up never showed ${made}; it shows ${await shown.inputValue()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const link = await shown.inputValue();
  if (customer) {
    // Personalize link starts on when the page gives both: the booking form is skipped.
    const params = new URL(link).searchParams;
    assert.deepEqual(
      { name: params.get('name'), email: params.get('email'), skip: params.get('skip') },
      { ...customer, skip: '1' },
      `the shown link is personalised for the page's customer: ${link}`,
    );
  }
  return link;
}

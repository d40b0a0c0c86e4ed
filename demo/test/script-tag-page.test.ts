// End to end: the plain HTML page with one script tag works under `default-src 'self'` without a console error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectPageErrors, saveScreenshot, useHarness, waitFor } from './support/harness.js';
import { linkCreation, openDialog, toggle } from './support/share-flow.js';

describe('the script-tag page', { timeout: 60_000 }, () => {
  const harness = useHarness(null);

  it('makes a one-time link under a strict Content-Security-Policy with no console errors', async () => {
    const { page, demo } = harness();
    const errors = collectPageErrors(page);
    const response = await page.goto(new URL('script-tag.html', demo.url).href);
    assert.match(
      response?.headers()['content-security-policy'] ?? '',
      /default-src 'self'/,
      'the page is served with a strict CSP',
    );

    await page.locator('oncelink-share[master-page]').getByRole('button', { name: 'Share link' }).click();
    const dialog = openDialog(page);
    await dialog.waitFor({ state: 'visible' });
    const created = linkCreation(page);
    await toggle(dialog, 'One-time link').check();
    const body = (await (await created).json()) as { url?: unknown };
    assert.equal(typeof body.url, 'string', 'the proxy answered a link');
    const shown = dialog.getByRole('textbox', { name: 'Link', exact: true });
    await waitFor('the pop-up to show the new link', async () => (await shown.inputValue()) === body.url);
    await saveScreenshot(page, '6-script-tag-page');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    assert.deepEqual(errors, [], 'no console errors, uncaught exceptions or CSP violations');
  });
});

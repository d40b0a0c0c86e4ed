// End to end: the CRM page says when the demo server is unreachable, and catches up (notice gone, panel reloaded) once it is back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type RunningDemo } from '../src/start-demo.js';
import { closeHarness, openHarness, saveScreenshot, waitFor, type Harness } from './support/harness.js';

describe('a demo server that stops and starts again', { timeout: 90_000 }, () => {
  let harness: Harness | undefined;
  let restarted: RunningDemo | undefined;

  before(async () => {
    harness = await openHarness();
    await harness.page.goto(harness.demo.url);
  });
  after(async () => {
    await restarted?.close();
    await closeHarness(harness);
  });

  it('shows a polite "connection lost" notice while it is down, clears it and reloads the admin panel when back', async () => {
    assert.ok(harness, 'the demo and browser started');
    const { page, demo } = harness;
    const notice = page.locator('#connection-status');
    assert.equal(await notice.getAttribute('role'), 'status', 'the notice is a polite live region');
    const select = page.getByRole('combobox', { name: 'Rule type of Sales discovery call' });
    await waitFor('the admin panel to load', async () => (await select.inputValue()) === 'dynamic');

    const switched = await fetch(new URL('admin/master-pages/MP-DYNAMIC0001/rule-type', demo.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ruleType: 'static' }),
    });
    assert.equal(switched.status, 200);
    await waitFor('the panel to follow the switch', async () => (await select.inputValue()) === 'static');

    await demo.close();
    await waitFor('the page to say the connection is lost', async () =>
      /Connection to the demo server lost, retrying/.test((await notice.textContent()) ?? ''),
    );
    assert.ok(await notice.isVisible(), 'the notice is visible, not only in the console');
    await saveScreenshot(page, '8-connection-lost');

    // Everything lives in memory: the restarted demo starts over, with the seeded rule types.
    const port = Number(new URL(demo.url).port);
    const mockPort = Number(new URL(demo.mockUrl).port);
    restarted = await startDemo({ port, mockPort });
    await waitFor(
      'the notice to clear once the server answers',
      async () => (await notice.textContent()) === '',
    );
    await waitFor(
      "the admin panel to show the restarted server's rule type",
      async () => (await select.inputValue()) === 'dynamic',
    );
  });
});

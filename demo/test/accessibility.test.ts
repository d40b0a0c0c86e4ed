// End to end: axe finds no accessibility violation on the CRM page with the pop-up open and a link made.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { saveScreenshot, useHarness } from './support/harness.js';
import { ada, contactTrigger, linkCreation, openDialog, toggle } from './support/share-flow.js';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

describe('accessibility', { timeout: 60_000 }, () => {
  const harness = useHarness();

  it('has no axe violations with the pop-up open, a link made and personalised', async () => {
    const { page } = harness();
    await contactTrigger(page, ada.name).click();
    const dialog = openDialog(page);
    await dialog.waitFor({ state: 'visible' });
    const created = linkCreation(page);
    await toggle(dialog, 'One-time link').check();
    await created;
    await toggle(dialog, 'Personalize link').check();
    await saveScreenshot(page, '7-axe-popup-open');
    await dialog.screenshot({ path: new URL('screenshots/popup.png', import.meta.url).pathname });

    // Evaluated through the DevTools protocol: the page's CSP (rightly) forbids injected script tags.
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
      const results = await axe.run();
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    });
    assert.deepEqual(violations, [], `axe violations: ${JSON.stringify(violations, null, 2)}`);
  });
});

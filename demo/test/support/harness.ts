// Starts a private demo (free ports) and a headless Chromium for one test file, and stops both afterwards.
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startDemo, type RunningDemo } from '../../src/start-demo.js';

export interface Harness {
  demo: RunningDemo;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

interface ChromiumSetup {
  chromiumArgs: string[];
  chromiumPath(): string;
}

/** Every wait in these tests is bounded by this, so a broken page fails in seconds instead of hanging. */
export const waitMs = 15_000;

const screenshots = new URL('../screenshots/', import.meta.url);

async function chromiumSetup(): Promise<ChromiumSetup> {
  // The repository's one source of Chromium flags and path (honours CHROME_PATH); a plain .mjs file.
  const url = new URL('../../../scripts/chromium.mjs', import.meta.url).href;
  return (await import(url)) as ChromiumSetup;
}

export async function openHarness(): Promise<Harness> {
  const demo = await startDemo({ port: 0, mockPort: 0 });
  let browser: Browser | undefined;
  try {
    const { chromiumArgs, chromiumPath } = await chromiumSetup();
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, timeout: 30_000 });
    const context = await browser.newContext({
      viewport: { width: 1100, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    context.setDefaultTimeout(waitMs);
    context.setDefaultNavigationTimeout(waitMs);
    const page = await context.newPage();
    return { demo, browser, context, page };
  } catch (error) {
    await browser?.close();
    await demo.close();
    throw error;
  }
}

export async function closeHarness(harness: Harness | undefined): Promise<void> {
  if (!harness) return;
  await harness.browser.close().finally(() => harness.demo.close());
}

/** Saves a full-page screenshot as demo/test/screenshots/<name>.png (the folder is not committed). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, screenshots).pathname, fullPage: true });
}

/** Collects console errors, uncaught exceptions and CSP violations, the signs a page is broken. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Polls `check` until it returns a truthy value or `ms` pass; the failure message says what was awaited. */
export async function waitFor<T>(what: string, check: () => Promise<T> | T, ms = waitMs): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Registers before/after hooks in the current describe: a demo and a browser for the block,
 * the page opened at `path` (relative to the demo; null leaves it blank), everything stopped afterwards.
 */
export function useHarness(path: string | null = ''): () => Harness {
  let harness: Harness | undefined;
  before(async () => {
    harness = await openHarness();
    if (path !== null) await harness.page.goto(new URL(path, harness.demo.url).href);
  });
  after(() => closeHarness(harness));
  return () => {
    if (!harness) throw new Error('The demo and browser did not start: see the before hook error.');
    return harness;
  };
}

// Part 3: <oncelink-share> in Chromium (script-tag bundle, fake at zero latency behind the SDK's proxy), against one frame.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createProxyHandler } from '@oncelink/sdk/proxy';
import { DEMO_API_KEY } from '@oncelink/mock-api';
import { createMockServer } from '@oncelink/mock-api/server';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { startPageServer } from './lib/http-server.mjs';
import { median, round } from './lib/stats.mjs';
import { bundle, dependencies, reexport } from './sizes.mjs';
import { groupDurations, groups, markedBundle } from './lib/module-marks.mjs';
import { ms, times } from './lib/table.mjs';

const RUNS = 9;
const FRAME_MS = 1000 / 60;
const root = fileURLToPath(new URL('../', import.meta.url));
const bundlePath = `${root}packages/elements/dist/oncelink.js`;

/** Marks around a script's top level (an ES module evaluates in order, before any microtask runs). */
const marked = (name, code) => `performance.mark('${name}:start');\n${code}\nperformance.mark('${name}:end');\n`;

/**
 * The page, the harness and the bundle with a first-line mark, so timing starts where evaluation
 * starts; plus a baseline page that only evaluates the dependencies (lit, ky, zod/mini), minified alike.
 */
async function pageFiles() {
  const js = 'text/javascript; charset=utf-8';
  const floor = Buffer.from(await bundle({ contents: reexport(dependencies) })).toString('utf8');
  return {
    '/floor.html': { type: 'text/html; charset=utf-8', body: '<!doctype html><script type="module" src="/floor.js"></script>' },
    '/floor.js': { type: js, body: marked('floor', floor) },
    '/modules.html': {
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><script type="module" src="/modules.js"></script><oncelink-share master-page="MP-DYNAMIC0001"></oncelink-share>',
    },
    '/modules.js': { type: js, body: await markedBundle() },
    '/': { type: 'text/html; charset=utf-8', body: readFileSync(new URL('./element/page.html', import.meta.url)) },
    '/harness.js': { type: js, body: readFileSync(new URL('./element/harness.js', import.meta.url)) },
    // The end mark comes before Lit's first render, which waits for a microtask.
    '/oncelink.js': { type: js, body: marked('oncelink:bundle', readFileSync(bundlePath, 'utf8')) },
  };
}

/** Runs `measure` on a page in a fresh browser context: a cold page, as a visitor would open it. */
async function inFreshPage(browser, measure) {
  const context = await browser.newContext();
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}

/** One run of the harness page: the element's timings. */
const measureOnce = (browser, url) =>
  inFreshPage(browser, async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const result = await page.evaluate(() => window.__oncelinkBench);
    if (result.error || errors.length) throw new Error(`element bench page: ${[result.error, ...errors].filter(Boolean).join('; ')}`);
    return result;
  });

/** Evaluation time of the dependencies alone. */
const measureFloor = (browser, url) =>
  inFreshPage(browser, async (page) => {
    await page.goto(`${url}/floor.html`);
    await page.waitForFunction(() => performance.getEntriesByName('floor:end').length > 0);
    return page.evaluate(() => performance.measure('floor', 'floor:start', 'floor:end').duration);
  });

/** Evaluation time per package, from the unminified bundle's per-module marks. */
const measureModules = (browser, url) =>
  inFreshPage(browser, async (page) => {
    await page.goto(`${url}/modules.html`);
    await page.waitForFunction(() => performance.getEntriesByName('module:(end)').length > 0);
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('module:'))
        .map((m) => [m.name.slice('module:'.length), m.startTime]),
    );
    return groupDurations(marks);
  });

export async function runElement() {
  // Built first: if building fails, no server is left running to keep the process alive.
  const files = await pageFiles();
  const fake = await createMockServer({ port: 0, host: '127.0.0.1', seed: 'demo' });
  const proxy = createProxyHandler({ apiKey: DEMO_API_KEY, baseURL: fake.apiBaseURL });
  const site = await startPageServer({ files, prefix: '/api/oncehub/', handler: proxy });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  try {
    await measureOnce(browser, site.url); // warm-up: the browser process and the servers' first requests
    const runs = [];
    const floors = [];
    const modules = [];
    // Interleaved, so a busy moment on the machine hits both alike.
    for (let i = 0; i < RUNS; i++) {
      runs.push(await measureOnce(browser, site.url));
      floors.push(await measureFloor(browser, site.url));
      modules.push(await measureModules(browser, site.url));
    }

    const med = (pick) => median(runs.map(pick));
    const request = (path) => (r) => r.requests.filter((q) => q.url.endsWith(path)).reduce((s, q) => s + q.duration, 0);
    const listRequest = med(request('/master-pages'));
    // The list is read from the pointerdown on: what the click waits for is the part after it.
    const listAfterClick = med((r) =>
      r.requests.filter((q) => q.url.endsWith('/master-pages')).reduce((s, q) => s + Math.max(0, q.end - Math.max(q.start, r.marks.click)), 0),
    );
    const createRequest = med(request('/one-time-links'));
    const figures = {
      bundleToTrigger: med((r) => r.bundleToTrigger),
      bundleEvaluation: med((r) => r.bundleEvaluation),
      clickToOpen: med((r) => r.clickToOpen),
      clickToLoaded: med((r) => r.clickToLoaded),
      pressToLoaded: med((r) => r.pressToLoaded),
      switchToLink: med((r) => r.switchToLink),
      frame: med((r) => r.frame),
      floorEvaluation: median(floors),
    };
    const part = '3 element';
    const baseline = `1 frame ${ms(FRAME_MS)}`;
    const row = (measure, value, requestMs) => ({
      part, measure, value: requestMs === undefined ? ms(value) : `${ms(value)} (request ${ms(requestMs)})`, baseline,
      ratio: times(value / FRAME_MS),
      target: requestMs === undefined ? '<= 1 frame' : '<= 1 frame + request',
      ok: value - (requestMs ?? 0) <= FRAME_MS,
    });
    // Per-package medians of the unminified bundle's evaluation, once: for the rows and the JSON.
    const moduleMedians = Object.fromEntries(groups.map((g) => [g, median(modules.map((m) => m[g]))]));
    const moduleTotal = median(modules.map((m) => groups.reduce((sum, g) => sum + m[g], 0)));
    const rows = [
      row('script-tag bundle start -> trigger rendered', figures.bundleToTrigger),
      {
        part, measure: 'diagnostic: of which bundle evaluation', value: ms(figures.bundleEvaluation),
        baseline: `lit+ky+zod alone ${ms(figures.floorEvaluation)}`, ratio: times(figures.bundleEvaluation / figures.floorEvaluation),
        target: '', ok: null,
      },
      ...moduleRows(part, moduleMedians, moduleTotal),
      row('click -> dialog open', figures.clickToOpen),
      {
        ...row('click -> page name loaded (GET list from the pointerdown)', figures.clickToLoaded, listAfterClick),
        value: `${ms(figures.clickToLoaded)} (request ${ms(listRequest)}, after the click ${ms(listAfterClick)})`,
      },
      row('One-time link on -> link on screen (POST)', figures.switchToLink, createRequest),
    ];
    const version = browser.version();
    return {
      rows,
      details: {
        runs: RUNS, browser: version, evaluationByPackage: Object.fromEntries(Object.entries(moduleMedians).map(([g, v]) => [g, round(v, 2)])), frameMs: round(FRAME_MS, 2), measuredFrameMs: round(figures.frame, 2),
        medians: Object.fromEntries(Object.entries({ ...figures, listRequest, listAfterClick, createRequest }).map(([k, v]) => [k, round(v, 2)])),
        perRun: runs.map((r) => ({
          bundleToTrigger: round(r.bundleToTrigger, 2), bundleEvaluation: round(r.bundleEvaluation, 2), clickToOpen: round(r.clickToOpen, 2),
          clickToLoaded: round(r.clickToLoaded, 2), pressToLoaded: round(r.pressToLoaded, 2), switchToLink: round(r.switchToLink, 2),
        })),
      },
    };
  } finally {
    await browser.close();
    await site.close();
    await fake.close();
  }
}

/** One diagnostic row per package: its share of the unminified bundle's evaluation (median of the runs). */
function moduleRows(part, medians, total) {
  return groups.map((g) => {
    const value = medians[g] ?? 0;
    return {
      part, measure: `diagnostic: evaluating ${g}`, value: ms(value),
      baseline: `unminified bundle ${ms(total)}`, ratio: `${((value / total) * 100).toFixed(0)}%`, target: '', ok: null,
    };
  });
}

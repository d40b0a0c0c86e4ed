// Part 3: <oncelink-share> in Chromium (script-tag bundle and its chunks, fake at zero latency behind the SDK's proxy), against a plain element and one frame.
import { readFileSync, readdirSync } from 'node:fs';
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
const chunkDir = `${root}packages/elements/dist/oncelink/`;
const LIST = 100;
const page = (body, scripts) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/harness.js"></script>${scripts}</head><body>${body}</body></html>`;
const shareList = Array.from(
  { length: LIST },
  () => '<oncelink-share api-base="/api/oncehub" master-page="MP-DYNAMIC0001"></oncelink-share>',
).join('');

/** Marks around a script's top level (an ES module evaluates in order, before any microtask runs). */
const marked = (name, code) =>
  `performance.mark('${name}:start');\n${code}\nperformance.mark('${name}:end');\n`;

/**
 * The page, the harness and the bundle with a first-line mark, so timing starts where evaluation
 * starts; plus a baseline page that only evaluates the dependencies (lit, ky, zod/mini), minified alike.
 */
async function pageFiles() {
  const js = 'text/javascript; charset=utf-8';
  const floor = Buffer.from(await bundle({ contents: reexport(dependencies) })).toString('utf8');
  return {
    '/floor.html': {
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><script type="module" src="/floor.js"></script>',
    },
    '/floor.js': { type: js, body: marked('floor', floor) },
    '/modules.html': {
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><script type="module" src="/modules.js"></script><oncelink-share master-page="MP-DYNAMIC0001"></oncelink-share>',
    },
    '/modules.js': { type: js, body: await markedBundle() },
    '/': {
      type: 'text/html; charset=utf-8',
      body: readFileSync(new URL('./element/page.html', import.meta.url)),
    },
    '/harness.js': { type: js, body: readFileSync(new URL('./element/harness.js', import.meta.url)) },
    // The end mark comes before the first render, which waits for a microtask.
    '/oncelink.js': { type: js, body: marked('oncelink:bundle', readFileSync(bundlePath, 'utf8')) },
    // The chunks beside it, fetched by relative URL as a page serving the dist folder serves them.
    ...Object.fromEntries(
      readdirSync(chunkDir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => [`/oncelink/${f}`, { type: js, body: readFileSync(`${chunkDir}${f}`) }]),
    ),
    '/list.html': {
      type: 'text/html; charset=utf-8',
      body: page(shareList, '<script type="module" src="/oncelink.js"></script>'),
    },
    // The floor: a plain custom element that draws a button (and opens an empty dialog), alone and 100 times.
    '/plain.js': {
      type: js,
      body: marked('plain', readFileSync(new URL('./element/plain.js', import.meta.url), 'utf8')),
    },
    '/plain.html': {
      type: 'text/html; charset=utf-8',
      body: page('<plain-share></plain-share>', '<script type="module" src="/plain.js"></script>'),
    },
    '/plain-list.html': {
      type: 'text/html; charset=utf-8',
      body: page(
        '<plain-share></plain-share>'.repeat(LIST),
        '<script type="module" src="/plain.js"></script>',
      ),
    },
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

/** One run of a harness page (`path`): its timings. */
const measureOnce = (browser, url, path = '/') =>
  inFreshPage(browser, async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}${path}`);
    const result = await page.evaluate(() => window.__oncelinkBench);
    if (result.error || errors.length)
      throw new Error(`element bench page: ${[result.error, ...errors].filter(Boolean).join('; ')}`);
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
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true,
  });
  try {
    await measureOnce(browser, site.url); // warm-up: the browser process and the servers' first requests
    const runs = [];
    const floors = [];
    const modules = [];
    const lists = [];
    const plains = [];
    const plainLists = [];
    // Interleaved, so a busy moment on the machine hits all alike.
    for (let i = 0; i < RUNS; i++) {
      runs.push(await measureOnce(browser, site.url));
      plains.push(await measureOnce(browser, site.url, '/plain.html'));
      lists.push(await measureOnce(browser, site.url, '/list.html'));
      plainLists.push(await measureOnce(browser, site.url, '/plain-list.html'));
      floors.push(await measureFloor(browser, site.url));
      modules.push(await measureModules(browser, site.url));
    }

    const med = (pick) => median(runs.map(pick));
    const request = (path) => (r) =>
      r.requests.filter((q) => q.url.endsWith(path)).reduce((s, q) => s + q.duration, 0);
    const pageRead = (q) => /\/master-pages\/[^/]+$/.test(q.url);
    const listRequest = med((r) => r.requests.filter(pageRead).reduce((s, q) => s + q.duration, 0));
    // The page is read from the pointerdown on: what the click waits for is the part after it.
    const listAfterClick = med((r) =>
      r.requests
        .filter(pageRead)
        .reduce((s, q) => s + Math.max(0, q.end - Math.max(q.start, r.marks.click)), 0),
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
      loadedClickToOpen: med((r) => r.loadedClickToOpen),
      listDrawn: median(lists.map((l) => l.drawn)),
      plainDrawn: median(plains.map((p) => p.drawn)),
      plainClickToOpen: median(plains.map((p) => p.clickToOpen)),
      plainListDrawn: median(plainLists.map((p) => p.drawn)),
    };
    const coldPresses = runs.filter((r) => r.coldPress).length;
    const part = '3 element';
    const baseline = `1 frame ${ms(FRAME_MS)}`;
    const row = (measure, value, requestMs) => ({
      part,
      measure,
      value: requestMs === undefined ? ms(value) : `${ms(value)} (request ${ms(requestMs)})`,
      baseline,
      ratio: times(value / FRAME_MS),
      target: requestMs === undefined ? '<= 1 frame' : '<= 1 frame + request',
      ok: value - (requestMs ?? 0) <= FRAME_MS,
    });
    // Per-package medians of the unminified bundle's evaluation, once: for the rows and the JSON.
    const moduleMedians = Object.fromEntries(groups.map((g) => [g, median(modules.map((m) => m[g]))]));
    const moduleTotal = median(modules.map((m) => groups.reduce((sum, g) => sum + m[g], 0)));
    // Beside the floor measured in the same runs: a plain custom element rendering a button.
    const floorRow = (measure, value, floor, frames) => ({
      part,
      measure,
      value: ms(value),
      baseline: `plain element ${ms(floor)}`,
      ratio: times(value / floor),
      target: frames === 1 ? '<= 1 frame' : `<= ${frames} frames`,
      ok: value <= frames * FRAME_MS,
    });
    const rows = [
      floorRow('script start -> trigger drawn', figures.bundleToTrigger, figures.plainDrawn, 1),
      floorRow(`script start -> ${LIST} triggers drawn`, figures.listDrawn, figures.plainListDrawn, 2),
      floorRow(
        `press, pop-up code not loaded (${coldPresses}/${RUNS} runs) -> click -> dialog open`,
        figures.clickToOpen,
        figures.plainClickToOpen,
        1,
      ),
      floorRow(
        'press, pop-up code loaded -> click -> dialog open',
        figures.loadedClickToOpen,
        figures.plainClickToOpen,
        1,
      ),
      {
        part,
        measure: 'diagnostic: of which bundle evaluation',
        value: ms(figures.bundleEvaluation),
        baseline: `lit+ky+zod alone ${ms(figures.floorEvaluation)}`,
        ratio: times(figures.bundleEvaluation / figures.floorEvaluation),
        target: '',
        ok: null,
      },
      ...moduleRows(part, moduleMedians, moduleTotal),
      {
        ...row(
          'click -> page name loaded (GET by id from the pointerdown)',
          figures.clickToLoaded,
          listAfterClick,
        ),
        value: `${ms(figures.clickToLoaded)} (request ${ms(listRequest)}, after the click ${ms(listAfterClick)})`,
      },
      row('One-time link on -> link on screen (POST)', figures.switchToLink, createRequest),
    ];
    const version = browser.version();
    return {
      rows,
      details: {
        runs: RUNS,
        browser: version,
        evaluationByPackage: Object.fromEntries(
          Object.entries(moduleMedians).map(([g, v]) => [g, round(v, 2)]),
        ),
        frameMs: round(FRAME_MS, 2),
        measuredFrameMs: round(figures.frame, 2),
        medians: Object.fromEntries(
          Object.entries({ ...figures, listRequest, listAfterClick, createRequest }).map(([k, v]) => [
            k,
            round(v, 2),
          ]),
        ),
        perRun: runs.map((r) => ({
          bundleToTrigger: round(r.bundleToTrigger, 2),
          bundleEvaluation: round(r.bundleEvaluation, 2),
          coldPress: r.coldPress,
          clickToOpen: round(r.clickToOpen, 2),
          loadedClickToOpen: round(r.loadedClickToOpen, 2),
          clickToLoaded: round(r.clickToLoaded, 2),
          pressToLoaded: round(r.pressToLoaded, 2),
          switchToLink: round(r.switchToLink, 2),
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
      part,
      measure: `diagnostic: evaluating ${g}`,
      value: ms(value),
      baseline: `unminified bundle ${ms(total)}`,
      ratio: `${((value / total) * 100).toFixed(0)}%`,
      target: '',
      ok: null,
    };
  });
}

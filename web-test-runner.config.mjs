// Chromium tests: the elements and the SDK's browser tests, run in Debian's Chromium (or CHROME_PATH).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const mswWorker = require.resolve('msw/mockServiceWorker.js');

/**
 * React ships CommonJS, which the runner's per-file transform cannot serve to a browser, so the
 * React test fixture (React, react-dom and the wrapper) is bundled once, on its first request.
 */
const bundledFixtures = { '/__fixtures/react.js': 'packages/elements/src/test-support/react-fixture.ts' };
const fixtureCache = new Map();
function bundleFixture(entry) {
  if (!fixtureCache.has(entry)) {
    fixtureCache.set(
      entry,
      build({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        conditions: ['browser', 'development'],
        define: { 'process.env.NODE_ENV': '"development"' },
        // The wrapper's registration import is a side effect that package.json names for the built
        // file, not the source the fixture bundles.
        ignoreAnnotations: true,
      }).then((result) => result.outputFiles[0].text),
    );
  }
  return fixtureCache.get(entry);
}

/**
 * msw's worker unregisters itself when the last page it controls stops mocking. The runner's two
 * pages share one worker, and the other page may not be controlled yet (it is loading its next
 * test file): the worker then unregistered under it, and its pending update failed outside any
 * test ("Failed to update a ServiceWorker ... Not found"). Served without that line, the worker
 * stays for the whole run; a page that stops mocking still leaves it (msw tracks its clients).
 */
const selfUnregister = 'self.registration.unregister()';
function sharedWorkerScript() {
  const script = readFileSync(mswWorker, 'utf8');
  if (!script.includes(selfUnregister)) {
    throw new Error(
      `msw's mockServiceWorker.js no longer contains "${selfUnregister}": check web-test-runner.config.mjs against the new msw.`,
    );
  }
  return script.replace(selfUnregister, 'void 0 /* kept registered: the test pages share this worker */');
}

/** Counts passed and failed tests so `npm test` can print one summary line. */
function countReporter(file) {
  const count = { passed: 0, failed: 0 };
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) continue;
      if (t.passed) count.passed++;
      else count.failed++;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const before = count.failed + count.passed;
        walk(session.testResults);
        // A file that failed to load reports no tests: count it as one failure.
        if (!session.passed && count.failed + count.passed === before) count.failed++;
        else if (!session.passed && (session.errors?.length ?? 0) > 0) count.failed++;
      }
      if (file) {
        mkdirSync(new URL('.test-results/', import.meta.url), { recursive: true });
        writeFileSync(file, JSON.stringify(count));
      }
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Chromium's forced-colors emulation
 * (Windows High Contrast), which the stock emulate-media command passes on only to Playwright.
 */
function forcedColorsCommand() {
  // One DevTools session per page, kept open: an emulation ends with the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const value = payload?.active ? 'active' : 'none';
      await sessions
        .get(page)
        .send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

export default {
  files: ['packages/elements/src/**/*.test.ts', 'packages/*/test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 180_000,
  // Generous: a test that passes ends at once, and a busy machine can take seconds over one.
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsCommand()],
  middleware: [
    // msw's service worker must be served from the site root; serve it from node_modules
    // so nothing generated is committed.
    function mswWorkerScript(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.set('Service-Worker-Allowed', '/');
        context.body = sharedWorkerScript();
        return;
      }
      return next();
    },
    async function bundledFixture(context, next) {
      const entry = bundledFixtures[context.path];
      if (!entry) return next();
      context.type = 'application/javascript';
      context.body = await bundleFixture(entry);
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, headless: true },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter(process.env.ONCELINK_WTR_COUNT_FILE),
  ],
};

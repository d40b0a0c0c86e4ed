// `npm run test:examples`: each example installed from the packed packages, built, served against the fake and walked in Chromium.
// Usage: node scripts/test-examples.mjs [next-app|vite-react|node-script|html ...] [--keep]
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { errorMessage } from './error-message.mjs';
import { ensureChromium, ensureDependencies, run } from './setup.mjs';
import { countScripts, exec, freePort, kB, seconds, start, waitForServer } from './examples/support.mjs';
import { collectPageErrors, makeOneTimeLink } from './examples/walk.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const packages = {
  '@oncelink/sdk': 'packages/sdk',
  '@oncelink/elements': 'packages/elements',
  '@oncelink/mock-api': 'packages/mock-api',
};
const FAKE_KEY = 'ol_test_demo_key'; // the key the fake accepts (DEMO_API_KEY)
const MASTER_PAGE = 'MP-DYNAMIC0001'; // the fake's seed: a Dynamic-rules page, so one-time links are allowed
// The contact the server page, the html page and the Vite app's first row give the element.
const ADA = { name: 'Ada Lovelace', email: 'ada@example.com' };

// The React wrapper's export without the element, to measure what the element adds to a bundle.
const baselineWrapper = "'use client';\nexport function OnceLinkShare() { return null; }\n";

ensureDependencies();
ensureChromium();
const built = [
  'packages/sdk/dist/index.js',
  'packages/elements/dist/react.js',
  'packages/mock-api/dist/bin/oncelink-mock-api.js',
];
if (
  !built.every((f) => existsSync(join(root, f))) &&
  run('npm', ['run', 'build', '--workspaces', '--if-present']) !== 0
)
  process.exit(1);

const work = mkdtempSync(join(tmpdir(), 'oncelink-examples-'));
const started = performance.now();
const results = [];

/** npm pack of each package into the work folder; the tarball path by package name. */
async function pack() {
  const tarballs = {};
  for (const [name, dir] of Object.entries(packages)) {
    const { version } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    await exec('npm', ['pack', '--pack-destination', work, '--loglevel=error'], { cwd: join(root, dir) });
    tarballs[name] = join(work, `${name.slice(1).replace('/', '-')}-${version}.tgz`);
    assert.ok(existsSync(tarballs[name]), `npm pack made no ${tarballs[name]}`);
  }
  return tarballs;
}

/** Copies `source` (an example, or a bare folder) into the work folder and installs it with our packages from their tarballs. */
async function install(name, tarballs, extra = {}) {
  const dir = join(work, name);
  const source = join(root, 'examples', name);
  if (existsSync(source)) {
    cpSync(source, dir, { recursive: true, filter: (p) => !/[/\\](node_modules|\.next|dist)$/.test(p) });
  } else {
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name, private: true, type: 'module', ...extra }),
    );
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const pkg of Object.keys(manifest.dependencies ?? {}))
    if (tarballs[pkg]) manifest.dependencies[pkg] = `file:${tarballs[pkg]}`;
  // The elements' own dependency on the SDK resolves to the same tarball, never to a registry.
  manifest.overrides = { '@oncelink/sdk': `file:${tarballs['@oncelink/sdk']}` };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const { ms } = await exec(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd: dir },
  );
  console.log(`installed ${name} in ${seconds(ms)}`);
  return dir;
}

/**
 * The element's share of what a visitor's browser fetches on `path`: the app is built and served
 * a second time with the element taken out of the wrapper, and that page's scripts are counted.
 * Counted per page, not per build: an app with two routes has the element in each route's chunks,
 * but a visitor fetches one of them.
 */
async function elementShare({ dir, build, serve, browser, path, fetched }) {
  writeFileSync(join(dir, 'node_modules/@oncelink/elements/dist/react.js'), baselineWrapper);
  await build();
  const app = await serve();
  try {
    const base = await walk(browser, `${app.url}${path}`, async (page) => {
      await page.goto(`${app.url}${path}`);
      await page.waitForLoadState('networkidle');
    });
    return { total: fetched, share: fetched - base };
  } finally {
    await app.stop();
  }
}

const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);
const withoutKey = () => {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.ONCEHUB_API_KEY;
  delete env.ONCEHUB_BASE_URL;
  return env;
};

const examples = {
  async 'next-app'({ dir, serveEnv, browser }) {
    // No API key at build time, as on a build machine: the route handler must not need it.
    const build = () => exec(bin(dir, 'next'), ['build'], { cwd: dir, env: withoutKey() });
    const serve = async () => {
      const port = await freePort();
      const server = start(bin(dir, 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
        cwd: dir,
        env: { ...serveEnv, NEXT_TELEMETRY_DISABLED: '1' },
      });
      const url = `http://127.0.0.1:${port}`;
      await waitForServer(url, server.output).catch(async (error) => {
        await server.stop();
        throw error;
      });
      return { url, stop: server.stop };
    };
    const { ms } = await build();
    const app = await serve();
    let fetched;
    try {
      fetched = await walk(browser, `${app.url}/`, async (page) => {
        await makeOneTimeLink(page, `${app.url}/`, ADA);
      });
      await walk(browser, `${app.url}/client`, async (page) => {
        const link = await makeOneTimeLink(page, `${app.url}/client`);
        await page
          .getByRole('list', { name: 'Links made on this page' })
          .getByText(link)
          .waitFor({ timeout: 10_000 });
      });
    } finally {
      await app.stop();
    }
    return { buildMs: ms, ...(await elementShare({ dir, build, serve, browser, path: '/', fetched })) };
  },

  async 'vite-react'({ dir, serveEnv, browser }) {
    const build = () => exec(bin(dir, 'vite'), ['build'], { cwd: dir, env: withoutKey() });
    const serve = async () => {
      const [apiPort, port] = [await freePort(), await freePort()];
      const api = start('node', ['server.mjs'], { cwd: dir, env: { ...serveEnv, PORT: String(apiPort) } });
      const preview = start(
        bin(dir, 'vite'),
        ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
        {
          cwd: dir,
          env: { ...process.env, ONCELINK_PROXY_URL: `http://127.0.0.1:${apiPort}` },
        },
      );
      const stop = () => Promise.all([preview.stop(), api.stop()]);
      const url = `http://127.0.0.1:${port}`;
      try {
        await waitForServer(`${url}/`, preview.output);
        await waitForServer(`http://127.0.0.1:${apiPort}/`, api.output);
      } catch (error) {
        await stop();
        throw error;
      }
      return { url, stop };
    };
    const { ms } = await build();
    const app = await serve();
    let fetched;
    try {
      const url = `${app.url}/`;
      fetched = await walk(browser, url, async (page) => {
        await makeOneTimeLink(page, url, ADA);
        await page.getByRole('status').getByText('Last link made:').waitFor({ timeout: 10_000 });
      });
    } finally {
      await app.stop();
    }
    return { buildMs: ms, ...(await elementShare({ dir, build, serve, browser, path: '/', fetched })) };
  },

  async html({ dir, serveEnv, browser }) {
    const port = await freePort();
    const server = start('node', ['server.mjs'], { cwd: dir, env: { ...serveEnv, PORT: String(port) } });
    let fetched;
    try {
      const url = `http://127.0.0.1:${port}/`;
      await waitForServer(url, server.output);
      fetched = await walk(browser, url, async (page) => {
        await makeOneTimeLink(page, url, ADA);
      });
    } finally {
      await server.stop();
    }
    // No build: the page's only scripts are the script-tag bundle and its pop-up chunk.
    return { buildMs: undefined, total: fetched, share: fetched };
  },

  async 'node-script'({ dir, serveEnv, browser }) {
    const { output } = await exec('node', ['links.mjs', MASTER_PAGE], { cwd: dir, env: serveEnv });
    const printed = output.split('\n').filter((l) => l.includes('\t'));
    assert.deepEqual(
      printed.map((l) => l.split('\t')[0]),
      ['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson'],
      output,
    );
    const links = printed.map((l) => new URL(l.split('\t')[1] ?? ''));
    assert.equal(new Set(links.map((l) => l.pathname)).size, 3, 'one link per contact');
    assert.equal(links[0]?.searchParams.get('email'), 'ada@example.com');
    // The customer's side: the fake's hosted booking page opens at the printed link.
    await walk(browser, links[0].href, async (page) => {
      const response = await page.goto(links[0].href);
      assert.equal(response?.status(), 200);
      await page.getByRole('heading').first().waitFor({ timeout: 10_000 });
    });
    return { buildMs: undefined };
  },
};

/** One fresh page per walk; console errors and uncaught exceptions fail it. Returns the gzip bytes of the scripts it fetched. */
async function walk(browser, url, steps) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const scripts = countScripts(page);
    await steps(page).catch(async (error) => {
      // What the user would have seen, to tell a slow server from a broken page.
      const dialog = await page
        .getByRole('dialog')
        .innerText({ timeout: 1_000 })
        .catch(() => '(no dialog open)');
      throw new Error(
        `${errorMessage(error)}\nThe pop-up showed: ${dialog}\nPage errors: ${errors.join('; ') || 'none'}`,
      );
    });
    assert.deepEqual(errors, [], `no console errors or uncaught exceptions on ${url}`);
    return await scripts();
  } finally {
    await context.close();
  }
}

const chosen = args.filter((a) => !a.startsWith('--'));
const names = chosen.length ? chosen : Object.keys(examples);
for (const name of names)
  if (!examples[name])
    throw new Error(`No example '${name}'; there are: ${Object.keys(examples).join(', ')}`);

let fake;
let browser;
try {
  const tarballs = await pack();
  // The fake runs from its own packed package too, as a user would start it.
  const [fakeDir, ...dirs] = await Promise.all([
    install('fake-api', tarballs, {
      dependencies: {
        '@oncelink/mock-api': `file:${tarballs['@oncelink/mock-api']}`,
        '@oncelink/sdk': `file:${tarballs['@oncelink/sdk']}`,
      },
    }),
    ...names.map((n) => install(n, tarballs)),
  ]);
  const fakePort = await freePort();
  fake = start(
    'node',
    [
      join(fakeDir, 'node_modules/@oncelink/mock-api/dist/bin/oncelink-mock-api.js'),
      '--port',
      String(fakePort),
    ],
    { cwd: fakeDir },
  );
  await waitForServer(`http://127.0.0.1:${fakePort}/v2/test`, fake.output);
  const serveEnv = {
    ...process.env,
    ONCEHUB_API_KEY: FAKE_KEY,
    ONCEHUB_BASE_URL: `http://127.0.0.1:${fakePort}/v2`,
  };
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, timeout: 30_000 });
  for (const [i, name] of names.entries()) {
    const t0 = performance.now();
    try {
      const figures = await examples[name]({ dir: dirs[i], serveEnv, browser });
      results.push({ name, ok: true, ...figures });
      console.log(`ok   ${name} (${seconds(performance.now() - t0)})`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(`FAIL ${name}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
} catch (error) {
  console.error(errorMessage(error));
  results.push({ name: 'set-up', ok: false });
} finally {
  await browser?.close();
  await fake?.stop();
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

// Turbopack once shipped ~10 kB gzip more of the element than Vite (unused zod classes it cannot
// drop): a page of the Next app may carry at most 1 kB more of the element than the Vite app's.
const [next, vite] = ['next-app', 'vite-react'].map((n) =>
  results.find((r) => r.name === n && r.share !== undefined),
);
if (next && vite) {
  const gap = next.share - vite.share;
  const line = `the element's share of a page under Next is ${gap >= 0 ? '+' : ''}${kB(gap)} against Vite's (at most +1 kB)`;
  results.push({ name: 'next-over-vite', ok: gap <= 1000, detail: line });
}

console.log(`\n=== examples (${seconds(performance.now() - started)} in all)`);
for (const r of results) {
  const build = r.buildMs === undefined ? 'no build step' : `built in ${seconds(r.buildMs)}`;
  const share =
    r.share === undefined ? '' : `; the element adds ${kB(r.share)} gzip of ${kB(r.total)} of scripts`;
  const what = r.detail ?? `${build}${share}`;
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.ok || r.detail ? `: ${what}` : ''}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

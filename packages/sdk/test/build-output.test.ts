// The published build: ESM and CJS both load and work in Node, types sit beside them, the browser bundle stands alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as SDK from '../src/index.js';
import type * as Proxy from '../src/proxy/index.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const require = createRequire(import.meta.url);

test('the ESM entry loads by package name and exports the whole surface', async () => {
  const sdk = await import('@oncelink/sdk');
  for (const name of [
    'OnceLink',
    'OnceLinkCore',
    'MasterPages',
    'BookingCalendars',
    'Bookings',
    'Webhooks',
    'personalizeLink',
    'createOneTimeLinks',
    'verifyWebhook',
    'WebhookVerificationError',
    'ResponseValidationError',
  ]) {
    assert.ok(name in sdk, `missing export ${name}`);
  }
  assert.throws(
    () => sdk.personalizeLink('https://x.example/.L', { name: '', email: 'a@b.co' }),
    sdk.OnceLinkError,
  );
});

test('the CJS entry is require()-able (ky inlined) and its classes work', () => {
  const sdk = require('@oncelink/sdk') as typeof SDK;
  const proxy = require('@oncelink/sdk/proxy') as typeof Proxy;
  assert.equal(typeof new sdk.OnceLink({ apiKey: 'k' }).masterPages.list, 'function');
  assert.equal(typeof proxy.createProxyHandler({ apiKey: 'k' }), 'function');
  assert.doesNotMatch(readFileSync(`${dist}index.cjs`, 'utf8'), /require\(["']ky["']\)/);
});

test('type declarations exist for import and require of both entry points', () => {
  for (const file of ['index.d.ts', 'index.d.cts', 'proxy/index.d.ts', 'proxy/index.d.cts']) {
    assert.ok(existsSync(`${dist}${file}`), `dist/${file} is missing`);
  }
});

test('the browser bundle is one self-contained, minified ES module', () => {
  const source = readFileSync(`${dist}oncelink-sdk.browser.js`, 'utf8');
  assert.doesNotMatch(source, /\bfrom\s*["'][^./]/, 'a bare import is left in the browser bundle');
  assert.doesNotMatch(source, /\brequire\(/);
  assert.ok(source.split('\n').length < 10, 'not minified');
});

test('the browser bundle is exported by name, with the main entry types, and works', async () => {
  const bundle = await import('@oncelink/sdk/oncelink-sdk.browser.js'); // typed: the exports map gives it the main types
  const link = bundle.personalizeLink('https://x.example/.L', { name: 'Ada', email: 'ada@example.com' });
  assert.equal(link, 'https://x.example/.L?name=Ada&email=ada%40example.com&skip=1');
  assert.throws(() => new bundle.OnceLink(), bundle.OnceLinkError, 'the same checks as the main entry');
});

test('the ESM build reaches zod only through its own pre-shaken copy, which holds no zod class the SDK never uses', () => {
  // An app's bundler then never sees the whole of zod/mini: Turbopack keeps ~10 kB of it otherwise.
  const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.js') && !f.includes('browser'),
  );
  const importingZod = modules.filter((f) =>
    /\bfrom\s*["']zod(\/[^"']*)?["']/.test(readFileSync(`${dist}${f}`, 'utf8')),
  );
  assert.deepEqual(importingZod, [], 'these modules import the zod package directly');
  const subset = readFileSync(`${dist}internal/zod.js`, 'utf8');
  assert.match(subset, /"\$ZodString"/);
  for (const unused of ['$ZodBigInt', '$ZodTuple', '$ZodPipe', '$ZodEmail', '$ZodDate']) {
    assert.ok(!subset.includes(`"${unused}"`), `${unused} is in dist/internal/zod.js`);
  }
});

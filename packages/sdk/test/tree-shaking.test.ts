// The tree-shaking contract the element's size budget rests on: listing master pages and creating links carries no booking or webhook code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

async function bundle(source: string): Promise<string> {
  assert.ok(
    existsSync(`${packageDir}/dist/index.js`),
    'dist/index.js is missing: run `npm run build -w @oncelink/sdk` first',
  );
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    minify: false,
    // Resolve the package by name through its exports map, as an app would.
    nodePaths: [],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

// Strings that only the bookings and webhooks resources, their schemas and verifyWebhook contain.
const foreign = [
  'tracking_id',
  'request-reschedule',
  'cancel_reschedule_information',
  '"webhooks',
  'webhooks/',
  'Oncehub-Signature',
  'api_version',
  'deleted',
];

test('a bundle of OnceLinkCore + MasterPages + BookingCalendars carries no booking or webhook code or schemas', async () => {
  const code = await bundle(`
    import { OnceLinkCore, MasterPages, BookingCalendars, personalizeLink } from '@oncelink/sdk';
    const core = new OnceLinkCore({ baseURL: '/api/oncehub' });
    const pages = new MasterPages(core);
    const calendars = new BookingCalendars(core);
    export async function run() {
      for await (const page of pages.list()) console.log(page.name);
      const link = await pages.createOneTimeLink('MP-1');
      await calendars.createOneTimeLink('BKC-1', { hide_url_params: true });
      return personalizeLink(link.url, { name: 'Ada', email: 'ada@example.com' });
    }
  `);
  // It really is the SDK: the routes it uses are inside.
  assert.ok(code.includes('master-pages') && code.includes('one-time-links'));
  for (const s of foreign) assert.ok(!code.includes(s), `the bundle contains ${JSON.stringify(s)}`);
});

test('the check is not vacuous: a bundle of the full OnceLink does contain them', async () => {
  const code = await bundle(`import { OnceLink } from '@oncelink/sdk'; export const c = new OnceLink();`);
  for (const s of ['tracking_id', 'request-reschedule', 'webhooks/'])
    assert.ok(code.includes(s), `missing ${s}`);
});

// What the API refuses stops the run with nothing (more) made and says why: a Static page, a bad key, and `oncelink pages`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contacts, readCsv, run, scratch, startFake } from './support.js';

const fake = await startFake();
const base = ['--base-url', fake.apiBaseURL];

describe('oncelink: refusals, booking calendars and pages', () => {
  it('a Static-rules page stops the run at the first request, in the help article words, with nothing made (exit 2)', async () => {
    const s = scratch();
    const before = fake.control.links().length;
    const { code, stderr } = await run([
      'links',
      'create',
      '--master-page',
      'MP-STATIC00001',
      '--csv',
      s.write('c.csv', contacts(6)),
      '--out',
      s.path('o.csv'),
      ...base,
    ]);
    assert.equal(code, 2, stderr);
    assert.match(
      stderr,
      /One-time links are only available for master pages using Rule-based assignment with Dynamic rules\./,
    );
    assert.equal(fake.control.links().length, before, 'nothing made');
    const rows = readCsv(s.path('o.csv')).slice(1);
    assert.equal(rows.length, 6);
    assert.ok(rows.every((r) => r[2] === '' && /not done/.test(r[3] ?? '')));
  });

  it('a refused key says so, exits 2, and never prints the key', async () => {
    const s = scratch();
    const key = 'ol_live_do_not_print_7f3a';
    const csv = s.write('c.csv', contacts(2));
    const viaFlag = await run([
      'links',
      'create',
      '--master-page',
      'MP-DYNAMIC0001',
      '--csv',
      csv,
      '--api-key',
      key,
      ...base,
    ]);
    assert.equal(viaFlag.code, 2);
    assert.match(
      viaFlag.stderr,
      /The API refused the API key \(401 Invalid API key\)\. Check ONCEHUB_API_KEY or --api-key/,
    );
    const viaEnv = await run(['pages', ...base], { ONCEHUB_API_KEY: key });
    assert.equal(viaEnv.code, 2);
    assert.match(viaEnv.stderr, /refused the API key/);
    const help = await run(['links', 'create', '--help'], { ONCEHUB_API_KEY: key });
    for (const r of [viaFlag, viaEnv, help])
      assert.ok(!`${r.stdout}${r.stderr}`.includes(key), 'the key is never printed');
    const none = await run(['pages', ...base], { ONCEHUB_API_KEY: '' });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /No API key: set ONCEHUB_API_KEY/);
  });

  it('a booking calendar gets name and email in booking_form with hide_url_params, never in the URL', async () => {
    const s = scratch();
    const csv = s.write('c.csv', 'name,email\nAda Lovelace,ada@example.com\n');
    const { code, stdout, stderr } = await run([
      'links',
      'create',
      '--booking-calendar',
      'BKC-PUBLISHED01',
      '--csv',
      csv,
      ...base,
    ]);
    assert.equal(code, 0, stderr);
    const link = readCsv(stdout)[1]?.[2] ?? '';
    const url = new URL(link);
    assert.equal(url.search, '', 'no query string: hide_url_params was sent');
    assert.ok(!/ada|lovelace/i.test(link), 'no name or email in the URL');
    // The fake personalises its hosted page from the link's stored booking_form.
    const page = await (await fetch(link)).text();
    assert.match(page, /Booking as <strong>Ada Lovelace<\/strong> \(ada@example\.com\)/);
    const target = fake.control.links().find((l) => l.url === link)?.target;
    assert.deepEqual(target, { type: 'booking_calendar', id: 'BKC-PUBLISHED01' });
  });

  it('an unpublished booking calendar is refused before anything is made', async () => {
    const s = scratch();
    const before = fake.control.links().length;
    const { code, stderr } = await run([
      'links',
      'create',
      '--booking-calendar',
      'BKC-UNPUBLISH01',
      '--csv',
      s.write('c.csv', contacts(2)),
      ...base,
    ]);
    assert.equal(code, 2);
    assert.match(
      stderr,
      /is not published\. One-time links are only available for published booking calendars/,
    );
    assert.equal(fake.control.links().length, before);
  });

  it('`oncelink pages` lists master pages and booking calendars with id, name and active', async () => {
    const { code, stdout } = await run(['pages', ...base]);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0] ?? '', /^TYPE\s+ID\s+NAME\s+ACTIVE$/);
    assert.ok(lines.some((l) => /^master page\s+MP-DYNAMIC0001\s+Sales discovery call\s+yes$/.test(l)));
    assert.ok(lines.some((l) => /^master page\s+MP-INACTIVE001\s+.+\s+no$/.test(l)));
    assert.ok(lines.some((l) => /^booking calendar\s+BKC-UNPUBLISH01\s+.+\s+no$/.test(l)));
  });

  it('usage mistakes exit 2 and say what to do', async () => {
    const s = scratch();
    const csv = s.write('c.csv', contacts(1));
    const noTarget = await run(['links', 'create', '--csv', csv, ...base]);
    assert.equal(noTarget.code, 2);
    assert.match(noTarget.stderr, /--master-page ID or --booking-calendar ID/);
    const both = await run([
      'links',
      'create',
      '--master-page',
      'A',
      '--booking-calendar',
      'B',
      '--csv',
      csv,
      ...base,
    ]);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /cannot be used with/);
    const sameFile = await run([
      'links',
      'create',
      '--master-page',
      'MP-DYNAMIC0001',
      '--csv',
      csv,
      '--out',
      csv,
      ...base,
    ]);
    assert.equal(sameFile.code, 2);
    assert.match(sameFile.stderr, /--out names the input CSV/);
  });
});

// The CSV in and out: quoting, BOM and CRLF kept, other columns kept in order, bad rows reported without stopping the run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCsv, run, scratch, startFake } from './support.js';

const fake = await startFake();
const base = ['--base-url', fake.apiBaseURL];
const page = ['links', 'create', '--master-page', 'MP-DYNAMIC0001'];

describe('oncelink links create: the CSV', () => {
  it('reads quoted fields, a BOM and CRLF, finds Name/EMAIL in any case, and writes every column back in order', async () => {
    const s = scratch();
    const csv = s.write(
      'contacts.csv',
      '\uFEFFid,Name,notes,EMAIL\r\n' +
        '7,"Lovelace, Ada","says ""hi""\r\non two lines",ada@example.com\r\n' +
        '8,Grace Hopper,,grace@example.com\r\n',
    );
    const before = fake.control.links().length;
    const { code, stderr } = await run([...page, '--csv', csv, '--out', s.path('links.csv'), ...base]);
    assert.equal(code, 0, stderr);
    const bytes = readFileSync(s.path('links.csv'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is written back');
    assert.match(bytes.toString('utf8'), /^\uFEFFid,Name,notes,EMAIL,link,error\r\n/, 'CRLF is written back');
    const [header, ada, grace] = readCsv(s.path('links.csv'));
    assert.deepEqual(header, ['id', 'Name', 'notes', 'EMAIL', 'link', 'error']);
    assert.deepEqual(ada?.slice(0, 4), [
      '7',
      'Lovelace, Ada',
      'says "hi"\r\non two lines',
      'ada@example.com',
    ]);
    assert.equal(grace?.[0], '8');
    const url = new URL(ada?.[4] ?? '');
    assert.equal(url.searchParams.get('name'), 'Lovelace, Ada');
    assert.equal(url.searchParams.get('email'), 'ada@example.com');
    assert.equal(url.searchParams.get('skip'), '1');
    assert.equal(ada?.[5], '');
    assert.equal(fake.control.links().length - before, 2);
  });

  it('gives bad rows an error and no link, and goes on with the others (exit 1)', async () => {
    const s = scratch();
    const long = 'x'.repeat(101);
    const csv = s.write(
      'contacts.csv',
      [
        'name,email',
        'Ada,ada@example.com',
        ',empty@example.com',
        'No Mail,not-an-email',
        `${long},long@example.com`,
        'Too,many@example.com,fields',
        'Grace,grace@example.com',
      ].join('\n'),
    );
    const before = fake.control.links().length;
    const { code, stderr } = await run([...page, '--csv', csv, '--out', s.path('links.csv'), ...base]);
    assert.equal(code, 1, stderr);
    const rows = readCsv(s.path('links.csv')).slice(1);
    assert.deepEqual(
      rows.map((r) => r[0]),
      ['Ada', '', 'No Mail', long, 'Too', 'Grace'],
      'row order kept',
    );
    assert.ok(rows[0]?.[2] && rows[5]?.[2], 'good rows get links');
    for (const [i, pattern] of [
      [1, /`name` is empty/],
      [2, /`email` is not a valid email/],
      [3, /`name` is 101 characters long; .* at most 100/],
      [4, /3 fields but the header has 2/],
    ] as const) {
      assert.equal(rows[i]?.[2], '', `row ${i + 1} has no link`);
      assert.match(rows[i]?.[3] ?? '', pattern);
    }
    assert.equal(fake.control.links().length - before, 2, 'links only for the good rows');
    assert.match(stderr, /4 bad rows: rows 2, 3, 4, 5/);
  });

  it('refuses a header without an email column, and a broken file, before making anything (exit 2)', async () => {
    const s = scratch();
    const before = fake.control.links().length;
    const noEmail = await run([
      ...page,
      '--csv',
      s.write('a.csv', 'name,mail\nAda,ada@example.com\n'),
      ...base,
    ]);
    assert.equal(noEmail.code, 2);
    assert.match(noEmail.stderr, /has no `email` column \(the header row has "name", "mail"\)/);
    const broken = await run([
      ...page,
      '--csv',
      s.write('b.csv', 'name,email\nAda,ada@example.com\n"Grace,grace@example.com\n'),
      ...base,
    ]);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /is not valid CSV: .*nothing was made/);
    assert.equal(fake.control.links().length, before);
  });

  it('--dry-run checks every row and the target, and makes nothing', async () => {
    const s = scratch();
    const csv = s.write('contacts.csv', 'name,email\nAda,ada@example.com\nBad,nope\n');
    const before = fake.control.links().length;
    const { code, stdout, stderr } = await run([...page, '--csv', csv, '--dry-run', ...base]);
    assert.equal(code, 1, 'a bad row: exit 1');
    assert.match(stderr, /dry run, nothing was made\. 2 rows: 1 would get a link, 0 already have one, 1 bad/);
    const rows = readCsv(stdout);
    assert.deepEqual(rows[1], ['Ada', 'ada@example.com', '', '']);
    assert.match(rows[2]?.[3] ?? '', /not a valid email/);
    assert.equal(fake.control.links().length, before);
    const missing = await run([
      'links',
      'create',
      '--master-page',
      'MP-NOPE',
      '--csv',
      csv,
      '--dry-run',
      ...base,
    ]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /There is no master page MP-NOPE \(404\)/);
  });

  it('writes to stdout without --out, with the journal beside the CSV', async () => {
    const s = scratch();
    const csv = s.write('contacts.csv', 'name,email\nAda,ada@example.com\n');
    const { code, stdout } = await run([...page, '--csv', csv, ...base]);
    assert.equal(code, 0);
    assert.match(readCsv(stdout)[1]?.[2] ?? '', /^http:\/\/127\.0\.0\.1:\d+\/\.[A-Z0-9]+\?name=Ada&/);
    assert.match(readFileSync(`${csv}.journal`, 'utf8'), /"state":"linked"/);
  });
});

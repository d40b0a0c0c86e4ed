// Nothing is minted twice: Ctrl-C part-way and a resume, a dropped connection, a crash mid-request, a 429 storm.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { contacts, journalLines, readCsv, run, scratch, start, startFake, until } from './support.js';

const fake = await startFake();
const base = ['--base-url', fake.apiBaseURL];
const create = (csv: string, out: string, ...more: string[]) => [
  'links',
  'create',
  '--master-page',
  'MP-DYNAMIC0001',
  '--csv',
  csv,
  '--out',
  out,
  ...base,
  ...more,
];
const linksMade = () => fake.control.links().length;

describe('oncelink links create: resumable, never twice', () => {
  it('Ctrl-C part-way: sends nothing more, records the links of requests already out, exits 130; a resume makes only the rest', async () => {
    fake.control.reset();
    fake.control.setLatency(250);
    const s = scratch();
    const csv = s.write('c.csv', contacts(15));
    const out = s.path('o.csv');
    const journal = `${out}.journal`;
    const cli = start(create(csv, out));
    await until(() => journalLines(journal, 'linked').length >= 3, 30_000, 'three links');
    cli.child.kill('SIGINT');
    const first = await cli.done;
    assert.equal(first.code, 130, first.stderr);
    assert.match(first.stderr, /stopped: interrupted/);
    const linked = journalLines(journal, 'linked');
    assert.equal(linksMade(), linked.length, 'every link the API made is in the journal');
    assert.equal(journalLines(journal, 'unknown').length, 0, 'no row is left unknown by the interrupt');
    const rows = readCsv(out).slice(1);
    assert.equal(rows.length, 15, 'the output has every row');
    assert.equal(rows.filter((r) => r[2]).length, linked.length);
    assert.ok(rows.filter((r) => !r[2]).every((r) => /^not done: interrupted/.test(r[3] ?? '')));
    assert.ok(linked.length < 15, 'it stopped part-way');

    fake.control.setLatency(0);
    const again = await run(create(csv, out));
    assert.equal(again.code, 0, again.stderr);
    assert.match(
      again.stderr,
      new RegExp(`15 with a link \\(${15 - linked.length} made now, ${linked.length} from an earlier run\\)`),
    );
    assert.equal(linksMade(), 15, 'one link per contact on the API, none twice');
    const links = readCsv(out)
      .slice(1)
      .map((r) => r[2]);
    assert.equal(new Set(links).size, 15);
    assert.ok(links.every(Boolean));
  });

  it('a dropped connection marks the row unknown, which is not retried unless --retry-unknown', async () => {
    fake.control.reset();
    const s = scratch();
    const csv = s.write('c.csv', contacts(10));
    const out = s.path('o.csv');
    const cli = start(create(csv, out));
    // Only link requests follow the first link, so the next request to arrive is one of them.
    await until(() => linksMade() >= 1, 30_000, 'the first link');
    fake.control.dropNext(1);
    const first = await cli.done;
    assert.equal(first.code, 1, first.stderr);
    assert.equal(linksMade(), 9);
    const unknown = readCsv(out)
      .slice(1)
      .filter((r) => /^unknown: sent, but the connection dropped/.test(r[3] ?? ''));
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0]?.[2], '');
    assert.match(first.stderr, /1 unknown .*re-run with --retry-unknown/s);

    const again = await run(create(csv, out));
    assert.equal(again.code, 1);
    assert.equal(linksMade(), 9, 'an unknown row is not retried by a plain re-run');
    const retried = await run(create(csv, out, '--retry-unknown'));
    assert.equal(retried.code, 0, retried.stderr);
    assert.equal(linksMade(), 10);
    assert.ok(
      readCsv(out)
        .slice(1)
        .every((r) => r[2] && r[3] === ''),
    );
  });

  it('a crash while a request is out leaves that row unknown for the next run, which does not make it again', async () => {
    fake.control.reset();
    fake.control.setLatency(1500);
    const s = scratch();
    const csv = s.write('c.csv', contacts(3));
    const out = s.path('o.csv');
    const cli = start(create(csv, out));
    await until(() => journalLines(`${out}.journal`, 'pending').length >= 1, 30_000, 'a request out');
    await new Promise((r) => setTimeout(r, 500));
    cli.child.kill('SIGKILL');
    await once(cli.child, 'close');
    fake.control.setLatency(0);
    const again = await run(create(csv, out));
    assert.equal(again.code, 1, again.stderr);
    const [row1, ...rest] = readCsv(out).slice(1);
    assert.match(row1?.[3] ?? '', /^unknown: the previous run stopped while its request was out/);
    assert.equal(row1?.[2], '', 'row 1 is not sent again');
    assert.ok(
      rest.every((r) => r[2]),
      'the rows never sent get links',
    );
    // The killed run's request may still be held by the fake's latency: let it land, then count.
    await until(() => linksMade() >= 3, 4000, 'the killed request to land').catch(() => undefined);
    assert.ok(linksMade() <= 3, `at most one link per contact; the API has ${linksMade()}`);
  });

  it('a 429 storm is waited out: every row gets exactly one link (exit 0)', async () => {
    const strict = await startFake({ rateLimit: { perSecond: 2 } });
    const s = scratch();
    const out = s.path('o.csv');
    const started = Date.now();
    const { code, stderr } = await run([
      'links',
      'create',
      '--master-page',
      'MP-DYNAMIC0001',
      '--csv',
      s.write('c.csv', contacts(8)),
      '--out',
      out,
      '--base-url',
      strict.apiBaseURL,
    ]);
    assert.equal(code, 0, stderr);
    assert.ok(Date.now() - started >= 3000, "held back to the fake's 2 requests per second");
    assert.equal(strict.control.links().length, 8, 'a 429 made nothing, and its retry made one link');
    const links = readCsv(out)
      .slice(1)
      .map((r) => r[2]);
    assert.equal(new Set(links).size, 8);
  });
});

// Part 5: the built `oncelink` bin as a user runs it: memory of a 100,000-row --dry-run, and 50 links at the fake's 5 requests/s.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_API_KEY } from '@oncelink/mock-api';
import { createMockServer } from '@oncelink/mock-api/server';
import { round } from './lib/stats.mjs';
import { ms, times } from './lib/table.mjs';

const bin = fileURLToPath(new URL('../packages/cli/bin/oncelink.js', import.meta.url));
const preload = fileURLToPath(new URL('./lib/max-rss.mjs', import.meta.url));
const MB = 1024 * 1024;
const ROWS = 100_000;
const LINKS = 50;
const PER_SECOND = 5;
const FLOOR_MS = (LINKS / PER_SECOND) * 1000;

/** Writes a contact CSV of `count` rows as a stream, with an extra column and quoted fields. */
async function writeContacts(path, count) {
  const out = createWriteStream(path);
  out.write('name,email,company\n');
  for (let i = 1; i <= count; i++) {
    if (!out.write(`"Contact ${i}",contact${i}@example.com,"Company, ${i % 97}"\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs the bin to its exit: wall time, exit code, stderr, and the child's peak RSS. */
async function oncelink(args, dir, name) {
  const rssFile = join(dir, `${name}.rss`);
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', preload, bin, ...args], {
    env: { ...process.env, ONCEHUB_API_KEY: DEMO_API_KEY, ONCELINK_MAX_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const [code] = await once(child, 'close');
  const wall = performance.now() - t0;
  if (code !== 0) throw new Error(`oncelink ${args.join(' ')} exited ${code}: ${stderr}`);
  return { wall, rss: Number(readFileSync(rssFile, 'utf8')), stderr };
}

export async function runCli() {
  const dir = mkdtempSync(join(tmpdir(), 'oncelink-bench-'));
  const fake = await createMockServer({ port: 0, host: '127.0.0.1', seed: 'demo', rateLimit: true });
  try {
    const base = ['--base-url', fake.apiBaseURL];
    await writeContacts(join(dir, 'big.csv'), ROWS);
    await writeContacts(join(dir, 'small.csv'), 1_000);
    await writeContacts(join(dir, 'fifty.csv'), LINKS);
    const dry = (file) => [
      'links',
      'create',
      '--master-page',
      'MP-DYNAMIC0001',
      '--csv',
      join(dir, file),
      '--out',
      join(dir, `${file}.out`),
      '--dry-run',
      ...base,
    ];

    // Baselines in the same run: the bin doing nothing (--help), and the same dry run over 1,000 rows.
    const idle = await oncelink(['--help'], dir, 'idle');
    const small = await oncelink(dry('small.csv'), dir, 'small');
    const big = await oncelink(dry('big.csv'), dir, 'big');

    // The same 50 rows as a dry run: process start, CSV, target check and output, without the links.
    const overhead = await oncelink(dry('fifty.csv'), dir, 'fifty-dry');
    const before = fake.control.links().length;
    const fifty = await oncelink(
      [
        'links',
        'create',
        '--master-page',
        'MP-DYNAMIC0001',
        '--csv',
        join(dir, 'fifty.csv'),
        '--out',
        join(dir, 'fifty.out.csv'),
        ...base,
      ],
      dir,
      'fifty',
    );
    const made = fake.control.links().length - before;
    const linked = readFileSync(join(dir, 'fifty.out.csv'), 'utf8')
      .split('\n')
      .filter((l) => /,http:\/\/\S+,$/.test(l)).length;

    const making = fifty.wall - overhead.wall;
    const part = '5 cli';
    const mb = (b) => `${(b / MB).toFixed(1)} MB`;
    const rows = [
      {
        part,
        measure: `--dry-run of ${ROWS.toLocaleString('en')} rows: peak RSS`,
        value: `${mb(big.rss)} (${ms(big.wall)})`,
        baseline: `1,000 rows ${mb(small.rss)}`,
        ratio: times(big.rss / small.rss),
        target: '< 150 MB',
        ok: big.rss < 150 * MB,
      },
      {
        part,
        measure: 'diagnostic: the bin at rest (--help) peak RSS',
        value: mb(idle.rss),
        baseline: `${ROWS.toLocaleString('en')} rows ${mb(big.rss)}`,
        ratio: times(big.rss / idle.rss),
        target: '',
        ok: null,
      },
      {
        part,
        measure: `links create x${LINKS} at ${PER_SECOND} req/s (run minus its own --dry-run)`,
        value: ms(making),
        baseline: `floor ${ms(FLOOR_MS)}`,
        ratio: times(making / FLOOR_MS),
        target: '<= 1.10x',
        ok: making / FLOOR_MS <= 1.1,
      },
      {
        part,
        measure: 'diagnostic: the same, whole run (process start to exit)',
        value: ms(fifty.wall),
        baseline: `--dry-run of the 50 rows ${ms(overhead.wall)}`,
        ratio: times(fifty.wall / FLOOR_MS),
        target: '',
        ok: null,
      },
      {
        part,
        measure: 'links made (in the output / on the server)',
        value: `${linked} / ${made}`,
        baseline: `${LINKS} rows`,
        ratio: '',
        target: `${LINKS} / ${LINKS}`,
        ok: linked === LINKS && made === LINKS,
      },
    ];
    return {
      rows,
      details: {
        rows: ROWS,
        peakRssBytes: { idle: idle.rss, rows1000: small.rss, rows100000: big.rss },
        dryRunWallMs: { rows1000: round(small.wall, 1), rows100000: round(big.wall, 1) },
        links: {
          count: LINKS,
          perSecond: PER_SECOND,
          floorMs: FLOOR_MS,
          wallMs: round(fifty.wall, 1),
          dryRunWallMs: round(overhead.wall, 1),
          makingMs: round(making, 1),
          made,
          linked,
          summary: fifty.stderr.trim().split('\n').slice(-3),
        },
      },
    };
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

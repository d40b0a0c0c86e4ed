// `npm run bench`: builds if needed, runs the parts, prints one table and writes it as JSON under bench/results/.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build.mjs';
import { renderTable } from './lib/table.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

// Each part is loaded only when it runs, so one missing package does not stop the others.
const parts = {
  request: async () => (await import('./request-cost.mjs')).runRequestCost(),
  bulk: async () => (await import('./bulk.mjs')).runBulk(),
  element: async () => (await import('./element.mjs')).runElement(),
  sizes: async () => (await import('./sizes.mjs')).runSizes(),
  cli: async () => (await import('./cli.mjs')).runCli(),
  startup: async () => (await import('./startup.mjs')).runStartup(),
};
const titles = {
  request: '1 request',
  bulk: '2 bulk',
  element: '3 element',
  sizes: '4 size',
  cli: '5 cli',
  startup: '6 startup',
};

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export async function main(argv) {
  const unknown = argv.filter((a) => !(a in parts));
  if (unknown.length) {
    throw new Error(
      `bench: unknown part ${unknown.join(', ')}; choose from ${Object.keys(parts).join(', ')} (none: all).`,
    );
  }
  const chosen = argv.length ? argv : Object.keys(parts);
  buildIfNeeded();

  // The machine is shared: the load average says how much the absolute figures can be trusted.
  const loadBefore = loadavg()[0] ?? 0;
  const started = Date.now();
  const rows = [];
  const details = {};
  let failed = false;
  for (const name of chosen) {
    console.log(`bench: running ${name}`);
    try {
      const result = await parts[name]();
      rows.push(...result.rows);
      details[name] = result.details;
    } catch (e) {
      failed = true;
      const message = e instanceof Error ? e.message : String(e);
      console.error(`bench: ${name} failed: ${e instanceof Error ? e.stack : message}`);
      rows.push({
        part: titles[name],
        measure: 'did not run',
        value: message.split('\n')[0] ?? '',
        baseline: '',
        ratio: '',
        target: '',
        ok: false,
      });
      details[name] = { error: message };
    }
  }

  const table = renderTable(rows);
  const load = `load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after, on ${cpus().length} cores`;
  console.log(`\n${table}\n\n${load}\n`);
  const result = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpu: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    load,
    parts: chosen,
    table,
    rows,
    details,
  };
  // Only a full run replaces the committed results; a partial run leaves an ignored .tmp file.
  const out =
    chosen.length === Object.keys(parts).length
      ? 'bench/results/latest.json'
      : 'bench/results/partial.json.tmp';
  writeFileSync(`${root}${out}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(`${root}${out}.tmp`, `${root}${out}`);
  console.log(`bench: wrote ${out} (${result.seconds} s)`);
  return failed ? 1 : 0;
}

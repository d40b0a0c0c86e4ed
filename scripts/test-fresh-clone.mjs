// `npm run test:fresh-clone`: clones the committed tree, runs `npm ci && npm run build` there as a newcomer would, and checks every bin of ours through npx.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'oncelink-fresh-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const run = (cmd, args) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: dir, stdio: 'inherit' }).status === 0;
};

/** Every bin of every workspace, as [package folder, bin name]. */
function bins() {
  const { workspaces } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return workspaces.flatMap((ws) => {
    const pkg = JSON.parse(readFileSync(join(dir, ws, 'package.json'), 'utf8'));
    const bin = typeof pkg.bin === 'string' ? { [pkg.name.split('/').pop()]: pkg.bin } : (pkg.bin ?? {});
    return Object.keys(bin).map((name) => [ws, name]);
  });
}

/** Starts the fake through npx, checks it answers, stops npx alone and checks the server went with it. */
async function mockApiThroughNpx() {
  const child = spawn('npx', ['oncelink-mock-api', '--port', '0'], {
    cwd: dir,
    detached: true,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const started = Date.now();
  while (!/listening on (http:\/\/\S+)/.test(out) && Date.now() - started < 60_000 && child.exitCode === null)
    await new Promise((r) => setTimeout(r, 50));
  const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
  check(url !== undefined, `npx oncelink-mock-api says where it listens (${Date.now() - started} ms)`);
  try {
    if (!url) return;
    const answer = await fetch(`${url}/v2/test`, { headers: { 'API-Key': 'ol_test_demo_key' } }).catch(
      () => undefined,
    );
    check(answer?.status === 200, 'npx oncelink-mock-api answers GET /v2/test');
    // npx alone, as a process manager or a terminal's job control stops it: it does not pass the signal on.
    process.kill(child.pid, 'SIGTERM');
    let closed = false;
    for (
      const until = Date.now() + 10_000;
      !closed && Date.now() < until;
      await new Promise((r) => setTimeout(r, 200))
    ) {
      closed = (await fetch(`${url}/v2/test`).catch(() => 'closed')) === 'closed';
    }
    check(closed, 'stopping npx stops the server and frees its port');
  } finally {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone, as it should be.
    }
  }
}

try {
  check(run('git', ['clone', '--quiet', root, dir]), 'git clone');
  check(run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']), 'npm ci');
  for (const [ws, name] of bins())
    check(
      existsSync(join(dir, 'node_modules', '.bin', name)),
      `${name} (${ws}) is linked by npm ci, before any build`,
    );
  check(run('npm', ['run', 'build']), 'npm run build');
  for (const [ws, name] of bins()) {
    const help = spawnSync('npx', [name, '--help'], { cwd: dir, encoding: 'utf8' });
    check(
      help.status === 0 && /usage/i.test(help.stdout + help.stderr),
      `npx ${name} --help (${ws}) prints its usage`,
    );
  }
  if (bins().some(([, name]) => name === 'oncelink-mock-api')) await mockApiThroughNpx();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\nfresh clone: ${failures.length === 0 ? 'every bin works' : `${failures.length} failed: ${failures.join('; ')}`}`,
);
process.exit(failures.length === 0 ? 0 : 1);

// Makes a fresh clone ready: installs dependencies when missing or stale, and finds or installs Chromium.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const root = new URL('../', import.meta.url);
const stamp = new URL('node_modules/.oncelink-lock-hash', root);

function lockHash() {
  const lock = new URL('package-lock.json', root);
  const h = createHash('sha256');
  h.update(readFileSync(new URL('package.json', root)));
  if (existsSync(lock)) h.update(readFileSync(lock));
  return h.digest('hex');
}

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  return r.status ?? 1;
}

/** npm ci when node_modules is missing or was installed from another lock file. */
export function ensureDependencies() {
  const want = lockHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  const hasLock = existsSync(new URL('package-lock.json', root));
  console.log(`setup: installing dependencies (npm ${hasLock ? 'ci' : 'install'})`);
  const code = run('npm', [hasLock ? 'ci' : 'install', '--no-audit', '--no-fund']);
  if (code !== 0) throw new Error('setup: npm could not install the dependencies (see above).');
  writeFileSync(stamp, lockHash());
}

/** Finds Chromium (CHROME_PATH first); installs Debian's package when root on a Debian-like system. */
export function ensureChromium() {
  let found = findChromium();
  if (!found && !process.env.CHROME_PATH) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('setup: installing Chromium (apt-get install chromium)');
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      run('apt-get', ['update', '-qq'], { env });
      run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], { env });
      found = findChromium();
    }
  }
  if (!found) {
    throw new Error(
      process.env.CHROME_PATH
        ? `setup: CHROME_PATH=${process.env.CHROME_PATH} does not exist; point it at a Chrome or Chromium binary.`
        : 'setup: no Chromium found and it cannot be installed here; install Chrome or Chromium and set CHROME_PATH to it.',
    );
  }
  process.env.CHROME_PATH = found;
  return found;
}

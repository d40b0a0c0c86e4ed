// What the examples' test needs around each app: processes it can stop, free ports, readiness, bundle sizes.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';

/** Runs a command to the end; rejects with its output when it fails. Resolves to { ms, output }. */
export function exec(cmd, args, { cwd, env = process.env, timeoutMs = 600_000 } = {}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => killGroup(child), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, output });
      else
        reject(
          new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${output.slice(-4000)}`),
        );
    });
  });
}

// Servers still up when the test ends (a crash, Ctrl-C) are stopped with it, so none keeps a port.
const running = new Set();
process.on('exit', () => running.forEach(killGroup));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Starts a long-running command in its own process group; `stop()` ends the whole group. */
export function start(cmd, args, { cwd, env = process.env } = {}) {
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  child.on('close', () => running.delete(child));
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return {
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('close', () => resolve());
        killGroup(child);
      }),
  };
}

// npm, next and vite start children of their own: stopping only the first would leave a port held.
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** A port nothing listens on now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers at all (any status), or throws with what the server printed. */
export async function waitForServer(url, serverOutput, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(
    `${url} did not answer within ${timeoutMs / 1000} s. Server output:\n${serverOutput().slice(-4000)}`,
  );
}

/**
 * Counts the scripts a page fetches, each gzipped alone as a server would send it: call the
 * returned function once the page is done. A script fetched twice counts once.
 */
export function countScripts(page) {
  const sizes = new Map();
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script' || !r.ok() || sizes.has(r.url())) return;
    sizes.set(
      r.url(),
      r.body().then((body) => gzipSync(body, { level: 9 }).length),
    );
  });
  return async () => (await Promise.all(sizes.values())).reduce((sum, n) => sum + n, 0);
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// The oncelink-mock-api bin: prints its URL and the demo key, serves, and exits cleanly on a signal.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { DEMO_API_KEY } from '../src/index.js';

const bin = fileURLToPath(new URL('../src/server/bin/oncelink-mock-api.ts', import.meta.url));

async function start(args: string[]) {
  // stdin a pipe, as npx gives it: the bin stops when it closes (see below), so it stays open until then.
  const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    // Generous: tsx compiles the bin first, and the machine may be busy. On failure the child
    // is killed, or its open pipes would keep this test file running forever.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bin did not start within 60 s: ${out}`));
    }, 60_000);
    child.stdout.on('data', (d: string) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1] && out.includes('API key')) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bin exited with ${code}: ${out}`));
    });
  });
  return { child, url, output: () => out };
}

describe('oncelink-mock-api bin', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`serves on 127.0.0.1, prints the demo key, and exits 0 on ${signal}`, async () => {
      const { child, url, output } = await start(['--port', '0', '--seed', 'demo', '--rate-limit']);
      try {
        assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
        assert.ok(output().includes(DEMO_API_KEY));
        const res = await fetch(`${url}/v2/test`, { headers: { 'API-Key': DEMO_API_KEY } });
        assert.equal(res.status, 200);
      } finally {
        child.kill(signal);
      }
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const [code, killedBy] = (await once(child, 'exit')) as [number | null, string | null];
      clearTimeout(killer);
      assert.equal(code, 0, `exit ${code} ${killedBy}: ${output()}`);
      await assert.rejects(fetch(`${url}/v2/test`), 'the port is closed');
    });
  }

  it('stops when its piped stdin closes, as when the npx that started it is stopped', async () => {
    const { child, url, output } = await start(['--port', '0']);
    assert.equal((await fetch(`${url}/v2/test`, { headers: { 'API-Key': DEMO_API_KEY } })).status, 200);
    child.stdin.end();
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearTimeout(killer);
    assert.equal(code, 0, output());
    assert.match(output(), /stdin closed: shutting down/);
    await assert.rejects(fetch(`${url}/v2/test`), 'the port is closed');
  });

  it('--keep-alive keeps serving after its stdin closes', async () => {
    const { child, url } = await start(['--port', '0', '--keep-alive']);
    try {
      child.stdin.end();
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal((await fetch(`${url}/v2/test`, { headers: { 'API-Key': DEMO_API_KEY } })).status, 200);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('--rate-limit-ip adds the per-IP limit: the answer to an over-limit request says so', async () => {
    const { child, url } = await start(['--port', '0', '--rate-limit-ip']);
    try {
      // A refused key is answered 401 before the per-key limit, but counts against the address.
      let last: Response | undefined;
      for (let i = 0; i < 201; i++)
        last = await fetch(`${url}/v2/test`, { headers: { 'API-Key': 'not-a-key' } });
      assert.equal(last?.status, 429);
      assert.match(
        ((await last?.json()) as { message: string }).message,
        /from this IP address: the limit is 200 per 5 minutes/,
      );
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  /** Runs the bin to its exit; its exit code and what it wrote to stderr. */
  async function refused(args: string[]): Promise<{ code: number | null; err: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, err };
  }

  it('refuses a bad flag value, or a flag it does not know, with usage and exit code 1', async () => {
    const bad = await refused(['--seed', 'nonsense']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /--seed must be demo, large or empty/);
    const unknown = await refused(['--prot', '1']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /Unknown option '--prot'[\s\S]*Usage: oncelink-mock-api/);
  });

  it('says what to do when its port is taken', async () => {
    const { child, url } = await start(['--port', '0']);
    try {
      const taken = await refused(['--port', new URL(url).port]);
      assert.equal(taken.code, 1);
      assert.match(taken.err, /EADDRINUSE[\s\S]*pick another port with --port/);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});

// Test helpers: the fake API over real HTTP, a scratch folder, and the built `oncelink` bin run as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { parse } from 'csv-parse/sync';
import { DEMO_API_KEY, createMockServer, type MockServer, type MockServerOptions } from '@oncelink/mock-api';

export { DEMO_API_KEY };
export const bin = fileURLToPath(new URL('../bin/oncelink.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)))) {
  throw new Error(
    'packages/cli/dist/cli.js is missing: run `npm run build` first (the tests run the built CLI).',
  );
}

/** A fake on a free port, closed after the file's tests. */
export async function startFake(options: MockServerOptions = {}): Promise<MockServer> {
  const server = await createMockServer({ port: 0, seed: 'demo', ...options });
  after(() => server.close());
  return server;
}

/** A scratch folder for one test, removed afterwards. */
export function scratch(): {
  dir: string;
  path: (name: string) => string;
  write: (name: string, text: string) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'oncelink-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    path: (name) => join(dir, name),
    write: (name, text) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    },
  };
}

export interface Run {
  child: ChildProcess;
  /** Resolves when the process has exited. */
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
  stderr: () => string;
}

/** Starts `oncelink` with the demo key in its environment (unless `env` overrides it). */
export function start(args: string[], env: Record<string, string | undefined> = {}): Run {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, ONCEHUB_API_KEY: DEMO_API_KEY, ONCEHUB_BASE_URL: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  // A hung child must not hang the suite: killed after 60 s.
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
  return { child, done, stderr: () => stderr };
}

export const run = (args: string[], env?: Record<string, string | undefined>) => start(args, env).done;

/** The rows of a CSV file or text as arrays of fields (header first). */
export function readCsv(pathOrText: string): string[][] {
  const text = existsSync(pathOrText) ? readFileSync(pathOrText, 'utf8') : pathOrText;
  return parse(text, { bom: true, relax_column_count: true }) as string[][];
}

/** Header plus `count` valid contacts. */
export function contacts(count: number, extra = ''): string {
  const rows = Array.from(
    { length: count },
    (_, i) => `Contact ${i + 1},contact${i + 1}@example.com${extra}`,
  );
  return ['name,email', ...rows].join('\n') + '\n';
}

/** Waits until `check` returns true, polling; fails after `ms`. */
export async function until(check: () => boolean, ms = 20_000, what = 'the condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Journal lines of one state. */
export function journalLines(path: string, state: string): Array<{ row: number; id?: string }> {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { row: number; state?: string; id?: string })
    .filter((e) => e.state === state);
}

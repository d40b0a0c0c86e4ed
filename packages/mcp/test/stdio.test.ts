// The built bin over stdio, spawned as an MCP client spawns it: against the fake's HTTP server, with --mock, and without the fake installed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createMockServer, DEMO_API_KEY, seedIds, type MockServer } from '@oncelink/mock-api';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const root = join(pkg, '..', '..');
const bin = join(pkg, 'bin', 'oncelink-mcp.js');

let fake: MockServer;
before(async () => {
  fake = await createMockServer({ port: 0 });
});
after(() => fake.close());

/** Spawns the bin as a client would; collects its stderr and every transport error (a stray stdout line is one). */
async function spawnClient(args: string[], env: Record<string, string>) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [bin, ...args],
    env,
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'stdio-test', version: '0.0.0' });
  const errors: Error[] = [];
  client.onerror = (e) => errors.push(e);
  await client.connect(transport);
  return { client, errors, stderr: () => stderr };
}

const text = (r: CallToolResult) => (r.content[0]?.type === 'text' ? r.content[0].text : '');

test("over stdio against the fake's HTTP server: tools/list, then a personalised link; stdout carries JSON-RPC only", async () => {
  const { client, errors, stderr } = await spawnClient([], {
    ONCEHUB_API_KEY: DEMO_API_KEY,
    ONCEHUB_BASE_URL: fake.apiBaseURL,
  });
  try {
    const { tools } = await client.listTools();
    assert.equal(tools.length, 5);
    const result = (await client.callTool({
      name: 'create_one_time_link',
      arguments: {
        master_page_id: seedIds.dynamicMasterPage,
        customer_name: 'Ada Lovelace',
        customer_email: 'ada@example.com',
      },
    })) as CallToolResult;
    assert.equal(result.isError, undefined);
    const url = new URL(text(result));
    assert.equal(url.origin, fake.url);
    assert.equal(url.searchParams.get('skip'), '1');
    assert.deepEqual(
      fake.control.links().map((l) => l.url),
      [url.origin + url.pathname],
    );
    assert.deepEqual(errors, [], 'every stdout line was a JSON-RPC message');
    assert.match(stderr(), /oncelink-mcp: ready/);
    assert.ok(!stderr().includes(DEMO_API_KEY), 'the key is not logged');
  } finally {
    await client.close();
  }
});

test('--mock runs against an in-process fake with demo data, no key needed', async () => {
  const { client, errors, stderr } = await spawnClient(['--mock'], {});
  try {
    const pages = (await client.callTool({ name: 'list_master_pages', arguments: {} })) as CallToolResult;
    assert.match(text(pages), /Sales discovery call/);
    const made = (await client.callTool({
      name: 'create_one_time_link',
      arguments: { master_page_id: seedIds.dynamicMasterPage },
    })) as CallToolResult;
    assert.match(text(made), /^http:\/\/127\.0\.0\.1:\d+\/\./, 'the link opens on the local fake');
    const refused = (await client.callTool({
      name: 'create_one_time_link',
      arguments: { master_page_id: seedIds.staticMasterPage },
    })) as CallToolResult;
    assert.equal(refused.isError, true);
    assert.deepEqual(errors, []);
    assert.match(stderr(), /--mock: a fake OnceHub API/);
  } finally {
    await client.close();
  }
});

test('--mock without @oncelink/mock-api installed says how to install it, on stderr, and exits 1', async () => {
  // A copy of the package as npm installs it, with its dependencies but not the optional peer.
  const dir = mkdtempSync(join(tmpdir(), 'oncelink-mcp-'));
  try {
    const copy = join(dir, 'node_modules', '@oncelink', 'mcp');
    for (const part of ['bin', 'dist', 'package.json'])
      cpSync(join(pkg, part), join(copy, part), { recursive: true });
    mkdirSync(join(dir, 'node_modules', '@modelcontextprotocol'));
    symlinkSync(
      join(root, 'node_modules', '@modelcontextprotocol', 'sdk'),
      join(dir, 'node_modules', '@modelcontextprotocol', 'sdk'),
    );
    symlinkSync(join(root, 'packages', 'sdk'), join(dir, 'node_modules', '@oncelink', 'sdk'));
    symlinkSync(join(root, 'node_modules', 'zod'), join(dir, 'node_modules', 'zod'));
    const run = promisify(execFile)(process.execPath, [join(copy, 'bin', 'oncelink-mcp.js'), '--mock'], {
      env: {},
    });
    const failure = await run.then(
      () => assert.fail('expected a non-zero exit'),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    assert.equal(failure.code, 1);
    assert.equal(failure.stdout, '');
    assert.match(failure.stderr, /--mock needs @oncelink\/mock-api, which is not installed\. Install it/);
    assert.doesNotMatch(failure.stderr, /\n\s+at /, 'no stack trace');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

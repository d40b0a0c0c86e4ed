// oncelink-mcp: the OnceLink MCP server over stdio. stdout carries JSON-RPC only; every word for people goes to stderr.
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { DEFAULT_BASE_URL } from '@oncelink/sdk';
import pkg from '../package.json' with { type: 'json' };
import { ExplainedError, errorMessage } from './errors.js';
import { startMock, type RunningMock } from './mock.js';
import { createOnceLinkMcpServer } from './server.js';

// A stray console.log from any dependency would corrupt the protocol stream: send them to stderr.
// eslint-disable-next-line no-console -- reassigning, not printing
console.log = console.info = console.debug = console.error;

const usage = `Usage: oncelink-mcp [--mock]

An MCP server (stdio) with tools to list OnceHub pages and bookings and make one-time links.
Environment: ONCEHUB_API_KEY (required unless --mock), ONCEHUB_BASE_URL (optional).
  --mock      run against a fake OnceHub API with demo data (needs @oncelink/mock-api)
  --version   print the version
  --help      print this`;

const log = (line: string) => process.stderr.write(`oncelink-mcp: ${line}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mock: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      version: { type: 'boolean', default: false },
    },
  });
  if (values.help || values.version) {
    // Asked for on a terminal, not by an MCP client: stdout is the place.
    process.stdout.write(`${values.help ? usage : pkg.version}\n`);
    return;
  }
  let mock: RunningMock | undefined;
  let config = { apiKey: process.env.ONCEHUB_API_KEY, baseURL: process.env.ONCEHUB_BASE_URL };
  if (values.mock) {
    mock = await startMock();
    config = { apiKey: mock.apiKey, baseURL: mock.apiBaseURL };
    log(
      `--mock: a fake OnceHub API with demo data at ${mock.apiBaseURL}; its links open at ${mock.url} while this runs.`,
    );
    if (process.env.ONCEHUB_API_KEY) log('--mock: ONCEHUB_API_KEY is ignored; nothing goes to OnceHub.');
  } else if (!process.env.ONCEHUB_API_KEY) {
    log(
      'ONCEHUB_API_KEY is not set: every tool will answer how to set it. Or start with --mock to try the fake.',
    );
  }
  const server = createOnceLinkMcpServer(config);
  const transport = new StdioServerTransport();
  let closing = false;
  const shutdown = async (why: string): Promise<void> => {
    if (closing) return;
    closing = true;
    log(`${why}: shutting down`);
    await server.close();
    await mock?.close();
    process.exit(0);
  };
  // The client ends the session by closing our stdin (MCP stdio); signals come from a terminal or a supervisor.
  process.stdin.on('end', () => void shutdown('stdin closed'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await server.connect(transport);
  log(`ready (version ${pkg.version}, API ${config.baseURL || DEFAULT_BASE_URL})`);
}

function explain(e: unknown): string {
  if (e instanceof ExplainedError) return e.message;
  const message = errorMessage(e);
  return isUsage(e) ? `${message}\n${usage}` : message;
}

const isUsage = (e: unknown) =>
  e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS_');

main().catch((e: unknown) => {
  log(explain(e));
  process.exit(isUsage(e) ? 2 : 1);
});

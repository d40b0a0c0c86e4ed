// oncelink-mock-api: serves the fake over HTTP until a signal, or until whoever started it is gone.
import { fstatSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEMO_API_KEY } from '../../demo-key.js';
import { startMockServer, type StartedMockServer } from '../create-server.js';
import { errorMessage } from '../../error-message.js';

const USAGE = `Usage: oncelink-mock-api [--port 4010] [--host 127.0.0.1] [--rate-limit] [--rate-limit-ip] [--seed demo|large|empty] [--control] [--keep-alive]

Stops on SIGINT, SIGTERM or SIGHUP, and when its parent process exits or its piped stdin closes
(so stopping npx stops it too); --keep-alive keeps it serving in those two cases.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'rate-limit': { type: 'boolean', default: false },
      'rate-limit-ip': { type: 'boolean', default: false },
      seed: { type: 'string', default: 'demo' },
      control: { type: 'boolean', default: false },
      'keep-alive': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, got '${values.port}'.\n${USAGE}`);
  const seed = values.seed;
  if (seed !== 'demo' && seed !== 'large' && seed !== 'empty')
    throw new Error(`--seed must be demo, large or empty, got '${seed}'.\n${USAGE}`);
  const rateLimit = values['rate-limit-ip'] ? { perIp: true } : values['rate-limit'];
  const server = await startMockServer({ port, host: values.host, rateLimit, seed, control: values.control });
  // Said as soon as the port is open; requests that arrive while the fake loads wait for it.
  console.log(`OnceLink mock API listening on ${server.url}`);
  console.log(`  API base URL: ${server.apiBaseURL}`);
  console.log(`  API key:      ${DEMO_API_KEY}`);
  if (values.control) console.log(`  control:      ${server.url}/__control/`);
  stopOnSignals(server, !values['keep-alive']);
  await server.ready;
}

function stopOnSignals(server: StartedMockServer, followParent: boolean): void {
  let stopping = false;
  const stop = (why: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${why}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  if (!followParent) return;
  // npx does not pass its signals on: when it is stopped, its child sees its parent change (it is
  // re-parented) or, when started with a pipe for stdin, that pipe close.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('parent process exited');
  }, 500).unref();
  if (stdinIsPipe()) {
    process.stdin.on('end', () => stop('stdin closed')).on('error', () => stop('stdin closed'));
    process.stdin.resume();
  }
}

/** A pipe or socket, not a terminal or /dev/null (a shell's `&` gives a background job /dev/null: that must not stop it). */
function stdinIsPipe(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}

/** The error, with what to do where Node's own words do not say it. */
function explain(e: unknown): string {
  const message = errorMessage(e);
  const code = e instanceof Error && 'code' in e ? e.code : undefined;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `${message}\n${USAGE}`;
  if (code === 'EADDRINUSE')
    return `${message}\nSomething else listens there: stop it, or pick another port with --port (0 picks a free one).`;
  return message;
}

main().catch((e: unknown) => {
  console.error(explain(e));
  process.exit(1);
});

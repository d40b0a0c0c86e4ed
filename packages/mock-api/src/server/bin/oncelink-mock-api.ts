#!/usr/bin/env node
// oncelink-mock-api: serves the fake over HTTP until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { DEMO_API_KEY } from '../../api.js';
import { createMockServer, type SeedName } from '../create-server.js';
import { errorMessage } from '../../error-message.js';

const USAGE = `Usage: oncelink-mock-api [--port 4010] [--host 127.0.0.1] [--rate-limit] [--rate-limit-ip] [--seed demo|large|empty] [--control]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'rate-limit': { type: 'boolean', default: false },
      'rate-limit-ip': { type: 'boolean', default: false },
      seed: { type: 'string', default: 'demo' },
      control: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got '${values.port}'.\n${USAGE}`);
  const seed = values.seed;
  if (seed !== 'demo' && seed !== 'large' && seed !== 'empty') throw new Error(`--seed must be demo, large or empty, got '${seed}'.\n${USAGE}`);
  const server = await createMockServer({ port, host: values.host, rateLimit: values['rate-limit-ip'] ? { perIp: true } : values['rate-limit'], seed: seed satisfies SeedName, control: values.control });
  console.log(`OnceLink mock API listening on ${server.url}`);
  console.log(`  API base URL: ${server.apiBaseURL}`);
  console.log(`  API key:      ${DEMO_API_KEY}`);
  if (values.control) console.log(`  control:      ${server.url}/__control/`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** The error, with what to do where Node's own words do not say it. */
function explain(e: unknown): string {
  const message = errorMessage(e);
  const code = e instanceof Error && 'code' in e ? e.code : undefined;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${message}\n${USAGE}`;
  if (code === 'EADDRINUSE') return `${message}\nSomething else listens there: stop it, or pick another port with --port (0 picks a free one).`;
  return message;
}

main().catch((e: unknown) => {
  console.error(explain(e));
  process.exit(1);
});

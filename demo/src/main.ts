// `npm start` for the demo: reads the ports, starts everything, prints where to look, and stops cleanly on Ctrl+C.
import { errorMessage } from './error-message.js';
import { startDemo } from './start-demo.js';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `${name}=${raw} is not a port: use a whole number from 0 to 65535 (0 picks a free port).`,
    );
  }
  return port;
}

async function main(): Promise<void> {
  const demo = await startDemo({
    port: portFromEnv('ONCELINK_DEMO_PORT', 4000),
    mockPort: portFromEnv('ONCELINK_MOCK_PORT', 4010),
  });
  console.log(`\nOnceLink demo: open ${demo.url}`);
  console.log(`  script-tag page: ${demo.url}script-tag.html`);
  console.log(`  fake link API:   ${demo.mockUrl}`);
  console.log('Press Ctrl+C to stop.\n');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the demo`);
    demo.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('The demo did not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = errorMessage(error);
  const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(
    inUse
      ? `${message}\nA port is taken: set ONCELINK_DEMO_PORT and ONCELINK_MOCK_PORT to free ports (0 picks any).`
      : message,
  );
  process.exit(1);
});

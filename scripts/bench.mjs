// `npm run bench`: sets up a fresh clone, then runs the benchmarks in bench/ (see the README's Performance section).
import { errorMessage } from './error-message.mjs';
import { ensureChromium, ensureDependencies } from './setup.mjs';

try {
  ensureDependencies();
  ensureChromium();
  const { main } = await import('../bench/run.mjs');
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  console.error(errorMessage(e));
  process.exitCode = 1;
}

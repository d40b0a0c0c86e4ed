// `npm start`: sets up a fresh clone, builds every package, then starts the demo (see demo/README.md).
import { errorMessage } from './error-message.mjs';
import { ensureDependencies, run } from './setup.mjs';

try {
  ensureDependencies();
} catch (e) {
  console.error(errorMessage(e));
  process.exit(1);
}
if (run('npm', ['run', 'build', '--workspaces', '--if-present']) !== 0) process.exit(1);
process.exit(run('npm', ['run', 'start', '--workspace', '@oncelink/demo']));

// `npm run fuzz -- --requests 50000 [--seed N]`: builds what is stale, then runs the fuzz suite against the built packages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const built = ['packages/sdk/dist/proxy/node.js', 'packages/mock-api/dist/server/index.js'].every((p) =>
  existsSync(root + p),
);
if (!built) {
  console.log('fuzz: building the SDK and the fake first');
  const build = spawnSync('npm', ['run', 'build', '-w', 'packages/sdk', '-w', 'packages/mock-api'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'packages/sdk/test/fuzz/main.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);

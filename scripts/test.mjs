// `npm test`: sets up a fresh clone, then builds, checks and runs every test; ends with "N passed, N failed".
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from './error-message.mjs';
import { walk } from './files.mjs';
import { ensureChromium, ensureDependencies, run } from './setup.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const results = join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const tally = { passed: 0, failed: 0 };
const lines = [];
function record(name, passed, failed) {
  tally.passed += passed;
  tally.failed += failed;
  lines.push(`${failed ? 'FAIL' : 'ok  '} ${name}: ${passed} passed, ${failed} failed`);
}
function step(name, cmd, args, env) {
  console.log(`\n=== ${name}`);
  const code = run(cmd, args, env ? { env: { ...process.env, ...env } } : {});
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
  return code === 0;
}
function finish() {
  console.log('\n=== summary');
  for (const l of lines) console.log(l);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exit(tally.failed ? 1 : 0);
}

try {
  ensureDependencies();
  ensureChromium();
} catch (e) {
  console.error(errorMessage(e));
  record('setup', 0, 1);
  finish();
}

// Order matters: the mock API and the elements build against the SDK's dist.
if (!step('build', 'npm', ['run', 'build', '--workspaces', '--if-present'])) finish();
step('typecheck', 'npm', ['run', 'typecheck', '--workspaces', '--if-present']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
step('format (prettier --check)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
step('readme examples (type-checked)', 'node', ['scripts/check-readme-examples.mjs']);

// Node tests: packages/*/test/**/*.test.ts (not *.browser.test.ts) and the demo's end-to-end tests.
const isNodeTest = (p) => p.endsWith('.test.ts') && !p.endsWith('.browser.test.ts');
const nodeTests = [
  ...walk(join(root, 'packages'), (p) => isNodeTest(p) && p.includes(`${'/'}test${'/'}`)),
  ...walk(join(root, 'demo', 'test'), isNodeTest),
];
if (nodeTests.length) {
  console.log(`\n=== node tests (${nodeTests.length} files)`);
  const tap = join(results, 'node.tap');
  const code = run('node', [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...nodeTests,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = num('pass');
  const failed = num('fail') + num('cancelled');
  record('node tests', passed, failed || (code !== 0 ? 1 : 0));
}

// Chromium tests through @web/test-runner (the files it picks are named in its config).
const browserTests = [
  ...walk(join(root, 'packages', 'elements', 'src'), (p) => p.endsWith('.test.ts')),
  ...walk(join(root, 'packages'), (p) => p.endsWith('.browser.test.ts')),
];
const countFile = join(results, 'wtr.json');
console.log(`\n=== chromium tests (${browserTests.length} files)`);
const wtrCode =
  browserTests.length === 0
    ? 0
    : run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
        env: { ...process.env, ONCELINK_WTR_COUNT_FILE: countFile },
      });
if (browserTests.length === 0) {
  // Nothing to run yet: no line in the summary rather than a pretend pass.
} else if (existsSync(countFile)) {
  const c = JSON.parse(readFileSync(countFile, 'utf8'));
  record('chromium tests', c.passed, c.failed || (wtrCode !== 0 ? 1 : 0));
} else {
  record('chromium tests', 0, 1);
}

// Package checks and size budgets, per workspace that declares them.
step('package checks (publint, attw)', 'npm', ['run', 'check:package', '--workspaces', '--if-present']);
step('size budgets (size-limit)', 'npm', ['run', 'size', '--workspaces', '--if-present']);

finish();

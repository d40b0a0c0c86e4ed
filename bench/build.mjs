// Builds the workspaces the bench measures when their dist is missing or older than their sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

// Build order matters: the mock API and the elements build against the SDK's dist.
const workspaces = ['packages/sdk', 'packages/mock-api', 'packages/elements', 'packages/cli'];
const generated = new Set(['dist', 'node_modules', 'custom-elements.json']);

/** Newest (or oldest) mtime of the files under dir, skipping generated folders. */
function mtimes(dir, skip) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      if (skip.has(name)) continue;
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else out.push(s.mtimeMs);
    }
  };
  walk(dir);
  return out;
}

function isStale(dir) {
  const dist = join(dir, 'dist');
  if (!existsSync(dist)) return true;
  const built = mtimes(dist, new Set());
  if (built.length === 0) return true;
  return Math.max(...mtimes(dir, generated)) > Math.min(...built);
}

/** Rebuilds each stale workspace and every one after it (they bundle what came before). */
export function buildIfNeeded() {
  let rebuildRest = false;
  for (const ws of workspaces) {
    const dir = join(root, ws);
    if (!existsSync(join(dir, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!pkg.scripts?.build) continue;
    if (!rebuildRest && !isStale(dir)) continue;
    rebuildRest = true;
    console.log(`bench: building ${pkg.name}`);
    const r = spawnSync('npm', ['run', 'build', '--workspace', pkg.name], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0)
      throw new Error(`bench: the build of ${pkg.name} failed (see above); fix it before benchmarking.`);
  }
}

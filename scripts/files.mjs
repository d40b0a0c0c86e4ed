// Finds the repository's own files: dependencies, builds, git and test output are skipped.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const skipped = new Set(['node_modules', 'dist', '.git', '.test-results']);

/** Paths, relative to the repository root and sorted, of the files under `dir` that `pick` accepts. */
export function walk(dir, pick, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (skipped.has(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, pick, out);
    else if (pick(p)) out.push(relative(root, p));
  }
  return out.sort();
}

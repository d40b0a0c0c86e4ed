// Where the demo's files are on disk: its own pages, its bundled page script and the elements' builds.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const demoRoot = fileURLToPath(new URL('..', import.meta.url));
export const publicDir = join(demoRoot, 'public');
export const webBuildDir = join(demoRoot, 'dist', 'web');

/** Finds an installed package's folder the way Node would, walking up through node_modules. */
export function packageDir(name: string, from = demoRoot): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) {
      throw new Error(`Cannot find the package ${name}: run \`npm install\` at the repository root.`);
    }
  }
}

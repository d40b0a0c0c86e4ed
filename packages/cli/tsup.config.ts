// Build: one ESM file for the bin; dependencies stay external (npm installs them beside it).
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  // Keep 'node:fs' as written: the bare name could be shadowed by an npm package of that name.
  removeNodeProtocol: false,
});

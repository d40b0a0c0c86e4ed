// Build: ESM + .d.ts for the Node entry, the browser entry, the server entry and the bin.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    browser: 'src/browser.ts',
    'server/index': 'src/server/index.ts',
    'bin/oncelink-mock-api': 'src/server/bin/oncelink-mock-api.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: { entry: { index: 'src/index.ts', browser: 'src/browser.ts', 'server/index': 'src/server/index.ts' } },
  splitting: true,
  sourcemap: true,
  external: ['@oncelink/sdk', 'msw', /^node:/],
  // Keep 'node:http' as written: the bare name could be shadowed by an npm package of that name.
  removeNodeProtocol: false,
});

// Bundles the CRM page's script (web/app.ts) with the elements' ESM build and its dependencies into one browser file.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { app: 'web/app.ts' },
  outDir: 'dist/web',
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  // A browser page has no node_modules: everything the page imports goes into the bundle.
  noExternal: [/.*/],
  sourcemap: true,
  minify: true,
  clean: true,
  dts: false,
});

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
  // @oncelink/elements' build puts the customElements.define() call of its `define` entry in a
  // shared chunk that its package.json "sideEffects" list does not name, so a bundler that honours
  // the list drops the registration. Until that is fixed there, bundle as if nothing were pure.
  esbuildOptions(options) {
    options.ignoreAnnotations = true;
  },
  clean: true,
  dts: false,
});

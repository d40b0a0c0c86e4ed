// Four builds: the npm ESM build (lit and the SDK external), the React wrapper, the German messages alone, and the script-tag bundle.
import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { minifyStyles } from './minify-styles.mjs';

export default defineConfig([
  {
    // The pop-up's module is reached by one dynamic import() from share/load-popup: esbuild puts
    // it in a chunk of its own, and an app's bundler (Vite, webpack, Next.js) splits it the same way.
    entry: {
      index: 'src/index.ts',
      'share/define': 'src/share/define.ts',
    },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    external: ['lit', '@lit/reactive-element', '@oncelink/sdk'],
    // An app's bundler minifies the JavaScript, never the CSS inside its strings: that is done here.
    esbuildPlugins: [minifyStyles],
  },
  {
    // A separate, simple entry, so a banner (such as 'use client') can be put on it alone. It
    // imports the built define module rather than sharing a chunk with it, or the
    // customElements.define call would move into a chunk that the sideEffects list does not
    // name, and bundlers would drop it.
    entry: { react: 'src/react.ts' },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    splitting: false,
    external: ['lit', '@oncelink/sdk', 'react', '@lit/react', './share/define.js'],
  },
  {
    // Built alone, so it shares no chunk: a script-tag page can import it next to oncelink.js.
    entry: { 'messages/de': 'src/messages/de.ts' },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    dts: true,
    splitting: false,
  },
  {
    // Everything inlined and minified: a page needs only <script type="module" src=".../oncelink.js">.
    // The pop-up's code goes into chunks in dist/oncelink/, fetched on intent by a relative
    // import() that the browser resolves from oncelink.js's own URL (same origin: CSP 'self' holds).
    entry: { oncelink: 'src/script-tag.ts' },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Terser, not esbuild's minifier: about 0.8 kB gzip less over the pop-up's code, in a build
    // only the script tag uses (the npm build is left for the app's own bundler to minify).
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 2 } },
    splitting: true,
    noExternal: [/.*/],
    esbuildPlugins: [minifyStyles],
    esbuildOptions(options) {
      options.chunkNames = 'oncelink/[name]-[hash]';
      // Syntax and names shortened by esbuild first: terser then gets about 0.1 kB further.
      options.minifySyntax = true;
      options.minifyIdentifiers = true;
    },
    // Types too, so `import '@oncelink/elements/oncelink.js'` type-checks like the npm entry: the
    // npm entry's own declarations, not a second copy of the class, which would clash with them
    // in the global tag map of a program that sees both.
    dts: false,
    onSuccess: async () => {
      await writeFile('dist/oncelink.d.ts', "export { OnceLinkShare } from './share/define.js';\n");
    },
  },
]);

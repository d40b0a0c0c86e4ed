// Two builds: the npm ESM build (lit, the SDK and React stay external) and the one-file script-tag bundle.
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'share/define': 'src/share/define.ts',
      react: 'src/react.ts',
      // Self-contained (types only): a script-tag page can import it next to oncelink.js.
      'messages/de': 'src/messages/de.ts',
    },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    external: ['lit', '@oncelink/sdk', 'react', '@lit/react'],
  },
  {
    // Everything inlined and minified: a page needs only <script type="module" src=".../oncelink.js">.
    entry: { oncelink: 'src/script-tag.ts' },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    splitting: false,
    // Types too, so `import '@oncelink/elements/oncelink.js'` type-checks like the npm entry.
    dts: true,
    noExternal: [/.*/],
  },
]);

// Three builds: the npm ESM build (lit, the SDK and React stay external), the German messages alone, and the one-file script-tag bundle.
import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'share/define': 'src/share/define.ts',
      react: 'src/react.ts',
    },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    // './share/define.js' too: react.js imports the built define module rather than sharing a
    // chunk with it, or the customElements.define call would move into a chunk that the
    // sideEffects list does not name, and bundlers would drop it.
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
    entry: { oncelink: 'src/script-tag.ts' },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    splitting: false,
    noExternal: [/.*/],
    // Types too, so `import '@oncelink/elements/oncelink.js'` type-checks like the npm entry: the
    // npm entry's own declarations, not a second copy of the class, which would clash with them
    // in the global tag map of a program that sees both.
    dts: false,
    onSuccess: async () => {
      await writeFile('dist/oncelink.d.ts', "export { OnceLinkShare } from './share/define.js';\n");
    },
  },
]);

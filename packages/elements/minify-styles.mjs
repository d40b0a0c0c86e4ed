// Build step: the CSS inside *.styles.ts template literals goes out minified (by esbuild's own CSS minifier).
// Written here because no kept esbuild plugin minifies CSS held in TypeScript strings; this is only the glue.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/** Matches a template literal with no `${}` in it: the style files hold plain CSS. */
const literal = /`([^`$\\]*)`/g;

/** @type {import('esbuild').Plugin} */
export const minifyStyles = {
  name: 'minify-styles',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      let contents = source;
      for (const [whole, css] of source.matchAll(literal)) {
        const { code } = await transform(css, { loader: 'css', minify: true });
        contents = contents.replace(whole, `\`${code.trim()}\``);
      }
      return { contents, loader: 'ts' };
    });
  },
};

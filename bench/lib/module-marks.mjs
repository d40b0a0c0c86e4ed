// Where the script-tag bundle's evaluation time goes: the bundle unminified, a performance.mark before each module, grouped by package.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { consumerBuild } from './consumer-build.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Which part of the bundle a module belongs to. The SDK's schema modules are apart from zod's:
 * building them is where zod's code first runs, which importing zod alone does not do.
 */
export function groupOf(path) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'lit';
  // ky's constants module probes the browser (it builds a Request with a stream body) on load.
  if (path.includes('node_modules/ky/'))
    return path.endsWith('core/constants.js') ? 'ky: its feature probe' : 'ky: the rest';
  if (path.includes('node_modules/zod/')) return 'zod';
  if (path.includes('sdk/dist/schemas/')) return 'SDK schemas (zod first runs)';
  if (path.includes('sdk/dist/')) return 'SDK: the rest';
  return 'element + define/upgrade';
}

export const groups = [
  'lit',
  'ky: its feature probe',
  'ky: the rest',
  'zod',
  'SDK schemas (zod first runs)',
  'SDK: the rest',
  'element + define/upgrade',
];

/**
 * The script-tag entry bundled as its build does but unminified, so esbuild's `// path` comment
 * still opens each module; a mark goes before each, and one at the end.
 */
export async function markedBundle() {
  const result = await build({
    entryPoints: [`${root}packages/elements/src/script-tag.ts`],
    ...consumerBuild,
    minify: false,
  });
  const code = result.outputFiles[0]?.text ?? '';
  let modules = 0;
  const marked = code.replace(/^\/\/ (\S+\.(?:js|mjs|ts))$/gm, (line, path) => {
    modules++;
    return `performance.mark(${JSON.stringify(`module:${path}`)});\n${line}`;
  });
  if (modules < 10)
    throw new Error(
      `module marks: found ${modules} module comments in the bundle; did esbuild's output change?`,
    );
  return `${marked}\nperformance.mark('module:(end)');\n`;
}

/**
 * Milliseconds per group from one page's marks (each module runs from its mark to the next).
 * @param {Array<[string, number]>} marks name without the prefix, startTime; in order
 */
export function groupDurations(marks) {
  const out = Object.fromEntries(groups.map((g) => [g, 0]));
  for (let i = 0; i + 1 < marks.length; i++) {
    const [path, start] = marks[i];
    out[groupOf(path)] += marks[i + 1][1] - start;
  }
  return out;
}

// The files a page with the script tag fetches, read from the build: dist/oncelink.js, the chunks it imports statically, and the ones loaded on intent.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const distDir = fileURLToPath(new URL('../../packages/elements/dist/', import.meta.url));
const ENTRY = 'oncelink.js';
const CHUNKS = 'oncelink';

/**
 * Paths relative to dist/. Chunk names carry hashes and their number changes with the build, so
 * they come from the folder and from the entry's import graph (esbuild's metafile), never by name.
 * @returns {Promise<{ entry: string, statics: string[], lazy: string[], targets: string[], chunks: string[] }>}
 *   statics: fetched before the entry runs; lazy: every other chunk; targets: what import() names.
 */
export async function scriptTagFiles() {
  const chunks = readdirSync(`${distDir}${CHUNKS}`)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${CHUNKS}/${f}`)
    .sort();
  const { metafile } = await build({
    entryPoints: [ENTRY],
    absWorkingDir: distDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'graph',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const importsOf = (path) => metafile.inputs[path]?.imports ?? [];
  const statics = new Set();
  const targets = new Set();
  const visit = (path) => {
    for (const { path: to, kind } of importsOf(path)) {
      if (kind === 'dynamic-import') targets.add(to);
      else if (kind === 'import-statement' && !statics.has(to)) {
        statics.add(to);
        visit(to);
      }
    }
  };
  visit(ENTRY);
  const unknown = [...statics, ...targets].filter((p) => !chunks.includes(p));
  if (unknown.length)
    throw new Error(`script-tag files: ${ENTRY} imports ${unknown.join(', ')}, not in dist/${CHUNKS}/`);
  if (targets.size === 0) throw new Error(`script-tag files: ${ENTRY} loads no chunk on intent`);
  return {
    entry: ENTRY,
    statics: [...statics].sort(),
    lazy: chunks.filter((c) => !statics.has(c)),
    targets: [...targets].sort(),
    chunks,
  };
}

/** '1 static chunk', '2 lazy chunks'. */
export const chunkCount = (paths, kind) => `${paths.length} ${kind} chunk${paths.length === 1 ? '' : 's'}`;

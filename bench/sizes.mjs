// Part 4: what each size-limit check in the repository counts, beside its limit; the script tag's files as a page fetches them; the SDK's own code and its dependencies' floor.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { consumerBuild } from './lib/consumer-build.mjs';
import { kB } from './lib/table.mjs';
import { largestModules, withoutStrings } from './lib/own-code.mjs';
import { chunkCount, distDir, scriptTagFiles } from './lib/script-tag-files.mjs';
import { measuredBySizeLimit, sizeLimitChecks } from './lib/size-limit-checks.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The SDK's own code as an app's bundler sees it: ky installed beside it, the zod subset it ships inside. */
const sdkOwnCode = { file: 'packages/sdk/dist/index.js', external: ['ky'] };

/**
 * The third-party floor: each dependency alone, imported the way our packages use it. What
 * they weigh is not ours to cut; the budgets have to leave room for them.
 */
const dependencies = [
  { name: "ky (the SDK's HTTP layer)", from: 'ky', names: ['default'] },
  {
    name: 'zod/mini (the schema kinds the SDK uses)',
    from: 'zod/mini',
    names: [
      'looseObject',
      'object',
      'string',
      'literal',
      'array',
      'boolean',
      'number',
      'nullish',
      'optional',
      'union',
      'unknown',
      'safeParse',
    ],
  },
  { name: 'lit (LitElement, html, css)', from: 'lit', names: ['LitElement', 'html', 'css', 'nothing'] },
];

/** One module re-exporting what `deps` name (aliased apart), for esbuild's stdin. */
const reexport = (deps) =>
  deps
    .map((d, i) => `export { ${d.names.map((n) => `${n} as d${i}_${n}`).join(', ')} } from '${d.from}';`)
    .join('\n');

const compress = (code) => ({
  min: code.byteLength,
  gzip: gzipSync(code, { level: 9 }).byteLength,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
});

/** Bundles and minifies one entry (a file, or module text) as a consumer's bundler would; `inputs` are esbuild's per-module bytes. */
async function bundleWithInputs({ file, contents, external = [] }) {
  const result = await build({
    ...(file ? { entryPoints: [`${root}${file}`] } : { stdin: { contents, resolveDir: root, loader: 'js' } }),
    ...consumerBuild,
    treeShaking: true,
    external,
    metafile: true,
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`sizes: esbuild produced nothing for ${file ?? contents}`);
  return { code, inputs: Object.values(result.metafile.outputs)[0]?.inputs ?? {} };
}

/** Sizes of files sent apart, summed: each is compressed alone, as a browser fetches it. */
const compressEach = (paths) =>
  paths
    .map((p) => compress(readFileSync(p)))
    .reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));

const sizeCell = (size) => `${kB(size.gzip)} gz / ${kB(size.brotli)} br / ${kB(size.min)} min`;
const headroom = (bytes) => (bytes >= 0 ? `${kB(bytes)} under` : `${kB(-bytes)} OVER`);
/** A check's name without its asides in parentheses, which the JSON keeps whole. */
const shortName = (check) => `${check.pkg.replace(/^.*\//, '')}: ${check.name.replace(/\s*\([^()]*\)/g, '')}`;
const part = '4 size';

/** One row per check: what size-limit counts beside the limit the repository sets. */
function checkRow(check, bytes) {
  const row = {
    part,
    measure: shortName(check),
    baseline: `limit ${kB(check.limit)}`,
    target: `<= ${kB(check.limit)} ${check.metric}`,
  };
  if (check.unsupported.length)
    return { ...row, value: `not measured: uses ${check.unsupported.join(', ')}`, ratio: '', ok: false };
  if (bytes === undefined) return { ...row, value: 'not built', ratio: '', ok: false };
  const files = check.asFetched ? `, ${check.files.length} files each alone` : '';
  return {
    ...row,
    value: `${kB(bytes)} ${check.metric}${files}`,
    ratio: `${((bytes / check.limit) * 100).toFixed(0)}% (${headroom(check.limit - bytes)})`,
    ok: bytes <= check.limit,
  };
}

/**
 * The script tag as a page fetches it, from the entry's import graph rather than a config's glob:
 * what comes before the triggers are drawn, and what comes on intent. Each says whether a check
 * counts the same files, so a budget cannot drift off what a page loads when chunks are renamed.
 */
async function scriptTagRows(checks) {
  const files = await scriptTagFiles();
  const rel = (paths) => paths.map((p) => `${distDir}${p}`.slice(root.length)).sort();
  const counted = (paths) => {
    const want = rel(paths).join('\n');
    return checks.find((c) => c.asFetched && [...c.files].sort().join('\n') === want);
  };
  const sizeOf = (paths) => compressEach(paths.map((p) => `${distDir}${p}`));
  const first = [files.entry, ...files.statics];
  const all = [files.entry, ...files.chunks];
  const before = sizeOf(first);
  const lazy = sizeOf(files.lazy);
  const total = sizeOf(all);
  const by = (paths) =>
    counted(paths) ? 'the files of a size-limit check' : 'files no size-limit check counts!';
  const rows = [
    {
      part,
      measure: `diagnostic: script tag before drawing, from its imports: ${files.entry} + ${chunkCount(files.statics, 'static')}`,
      value: sizeCell(before),
      baseline: by(first),
      ratio: '',
      target: 'a check counts these files',
      ok: Boolean(counted(first)),
    },
    {
      part,
      measure: `diagnostic: script tag on intent, from its imports: ${chunkCount(files.lazy, 'lazy')}`,
      value: sizeCell(lazy),
      baseline: `all files ${kB(total.gzip)} gz: ${by(all)}`,
      ratio: `${((lazy.gzip / total.gzip) * 100).toFixed(0)}%`,
      target: 'a check counts all files',
      ok: Boolean(counted(all)),
    },
  ];
  return { rows, details: { files, before, lazy, total } };
}

export async function runSizes() {
  const rows = [];
  const checks = await sizeLimitChecks();
  const sizes = await measuredBySizeLimit(checks);
  rows.push(...checks.map((c, i) => checkRow(c, sizes[i])));
  // The check as written holds functions; the JSON keeps what was read from it.
  const measured = checks.map((c, i) => ({ ...c, check: undefined, size: sizes[i] }));
  const scriptTag = await scriptTagRows(checks);
  rows.push(...scriptTag.rows);

  // The SDK's own code: what it weighs without its strings, and by module.
  const ownBuild = await bundleWithInputs(sdkOwnCode);
  const text = new TextDecoder().decode(ownBuild.code);
  const own = {
    gzip: compress(ownBuild.code).gzip,
    gzipWithoutStrings: compress(Buffer.from(withoutStrings(text))).gzip,
    min: ownBuild.code.byteLength,
    modules: largestModules(ownBuild.inputs),
  };
  rows.push(
    {
      part,
      measure: 'diagnostic: SDK own code with its zod subset (ky external), every string emptied',
      value: `${kB(own.gzipWithoutStrings)} gz`,
      baseline: `as built ${kB(own.gzip)}`,
      ratio: `${((own.gzipWithoutStrings / own.gzip) * 100).toFixed(0)}%`,
      target: '',
      ok: null,
    },
    {
      part,
      measure: 'diagnostic: SDK own code, largest modules (min)',
      value: own.modules
        .slice(0, 4)
        .map((m) => `${m.module} ${kB(m.bytes)}`)
        .join(', '),
      baseline: `all ${kB(own.min)} min`,
      ratio: '',
      target: '',
      ok: null,
    },
  );
  const floor = [];
  for (const dep of dependencies) {
    const size = compress((await bundleWithInputs({ contents: reexport([dep]) })).code);
    floor.push({ name: dep.name, ...size });
    rows.push({
      part,
      measure: `floor: ${dep.name}`,
      value: sizeCell(size),
      baseline: '',
      ratio: '',
      target: '',
      ok: null,
    });
  }
  return {
    rows,
    details: { checks: measured, scriptTag: scriptTag.details, sdkOwnCode: own, dependencies: floor },
  };
}

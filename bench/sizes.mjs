// Part 4: minified, gzip and brotli sizes of every entry point, beside its budget, measured offline with esbuild + node:zlib.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { consumerBuild } from './lib/consumer-build.mjs';
import { kB } from './lib/table.mjs';
import { largestModules, withoutStrings } from './lib/own-code.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * The entry points the issue names, with the budget `npm test` enforces for each (gzip bytes).
 * `external` mirrors how a consumer's bundler sees the package: dependencies it installs itself.
 */
export const entries = [
  {
    name: 'SDK ESM (ky, zod external)',
    pkg: 'packages/sdk',
    file: 'packages/sdk/dist/index.js',
    external: ['ky', 'zod', 'zod/*'],
    budget: 4000,
  },
  {
    name: 'SDK browser bundle',
    pkg: 'packages/sdk',
    file: 'packages/sdk/dist/oncelink-sdk.browser.js',
    external: [],
    budget: 13000,
  },
  {
    // The module a consumer imports to get the element registered: class, styles, messages.
    name: 'elements ESM define (lit, sdk external)',
    pkg: 'packages/elements',
    file: 'packages/elements/dist/share/define.js',
    external: ['lit', 'lit/*', '@lit/*', '@oncelink/sdk', '@oncelink/sdk/*'],
    budget: 8000,
  },
  {
    name: 'script-tag bundle (all inside)',
    pkg: 'packages/elements',
    file: 'packages/elements/dist/oncelink.js',
    external: [],
    budget: 20000,
  },
];

/**
 * The third-party floor: each dependency alone, imported the way our packages use it. What
 * they weigh is not ours to cut; the budgets have to leave room for them.
 */
export const dependencies = [
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
export const reexport = (deps) =>
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

/** The bundled, minified code of one entry. */
export const bundle = async (entry) => (await bundleWithInputs(entry)).code;

/** Minified, gzip and brotli bytes of one entry. */
export const measureEntry = async (entry) => compress(await bundle(entry));

/** The gzip limit that the package's own "size-limit" field sets for this file, if any. */
function enforcedLimit(pkg, file) {
  const json = JSON.parse(readFileSync(`${root}${pkg}/package.json`, 'utf8'));
  const checks = Array.isArray(json['size-limit']) ? json['size-limit'] : [];
  const rel = file.slice(pkg.length + 1).replace(/^\.\//, '');
  const check = checks.find((c) => [c.path].flat().some((p) => String(p).replace(/^\.\//, '') === rel));
  return check ? { limit: parseLimit(String(check.limit)), gzip: check.gzip === true } : undefined;
}

/** '13 kB' -> 13000, as size-limit reads it (kB = 1000 bytes, KiB = 1024). */
function parseLimit(text) {
  const m = /^([\d.]+)\s*(B|kB|KB|KiB|MB)?$/.exec(text.trim());
  if (!m) return Number.NaN;
  const unit = { B: 1, kB: 1000, KB: 1000, KiB: 1024, MB: 1e6 }[m[2] ?? 'B'] ?? 1;
  return Number(m[1]) * unit;
}

/** What the table says about the budget in package.json: missing, not gzip, or not the issue's figure. */
function enforcementNote(enforced, budget) {
  if (!enforced) return ' (not in size-limit!)';
  if (!enforced.gzip) return ' (size-limit not gzip!)';
  if (enforced.limit !== budget) return ` (size-limit says ${kB(enforced.limit)}!)`;
  return '';
}

const headroom = (bytes) => (bytes >= 0 ? `${kB(bytes)} under` : `${kB(-bytes)} OVER`);

export async function runSizes() {
  const rows = [];
  const details = [];
  const ownCode = entries[0];
  let ownBuild;
  for (const entry of entries) {
    if (!existsSync(`${root}${entry.file}`)) {
      rows.push({
        part: '4 size',
        measure: entry.name,
        value: 'not built',
        baseline: '',
        ratio: '',
        target: `<= ${kB(entry.budget)} gzip`,
        ok: false,
      });
      details.push({ ...entry, missing: true });
      continue;
    }
    const built = await bundleWithInputs(entry);
    if (entry === ownCode) ownBuild = built;
    const size = compress(built.code);
    const enforced = enforcedLimit(entry.pkg, entry.file);
    const note = enforcementNote(enforced, entry.budget);
    rows.push({
      part: '4 size',
      measure: entry.name,
      value: `${kB(size.gzip)} gz / ${kB(size.brotli)} br / ${kB(size.min)} min`,
      baseline: `budget ${kB(entry.budget)}`,
      ratio: `${((size.gzip / entry.budget) * 100).toFixed(0)}% (${headroom(entry.budget - size.gzip)})`,
      target: `<= ${kB(entry.budget)} gzip${note}`,
      ok: size.gzip <= entry.budget,
    });
    details.push({
      name: entry.name,
      file: entry.file,
      external: entry.external,
      budget: entry.budget,
      enforced,
      ...size,
    });
  }
  // The SDK's own code, from the first entry's build: what it weighs without its strings, and by module.
  if (ownBuild) {
    const text = new TextDecoder().decode(ownBuild.code);
    const own = {
      gzip: compress(ownBuild.code).gzip,
      gzipWithoutStrings: compress(Buffer.from(withoutStrings(text))).gzip,
      min: ownBuild.code.byteLength,
      modules: largestModules(ownBuild.inputs),
    };
    rows.push(
      {
        part: '4 size',
        measure: 'diagnostic: SDK own code, every string emptied',
        value: `${kB(own.gzipWithoutStrings)} gz`,
        baseline: `as built ${kB(own.gzip)}`,
        ratio: `${((own.gzipWithoutStrings / own.gzip) * 100).toFixed(0)}%`,
        target: `budget ${kB(ownCode.budget)}`,
        ok: null,
      },
      {
        part: '4 size',
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
    details.push({ name: 'SDK own code breakdown', ...own });
  }
  const floor = [];
  for (const dep of dependencies) {
    const size = await measureEntry({ contents: reexport([dep]) });
    floor.push({ name: dep.name, ...size });
    rows.push({
      part: '4 size',
      measure: `floor: ${dep.name}`,
      value: `${kB(size.gzip)} gz / ${kB(size.brotli)} br / ${kB(size.min)} min`,
      baseline: '',
      ratio: '',
      target: '',
      ok: null,
    });
  }
  return { rows, details: { entries: details, dependencies: floor } };
}

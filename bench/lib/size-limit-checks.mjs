// The size budgets the repository enforces, read as size-limit reads them (each workspace package's own config), and measured by size-limit itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sizeLimit from 'size-limit';
import smallLib from '@size-limit/preset-small-lib';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where size-limit looks, in its order; the first found wins. TypeScript configs need a loader we do not carry. */
const configFiles = [
  'package.json',
  '.size-limit.json',
  '.size-limit.js',
  '.size-limit.mjs',
  '.size-limit.cjs',
];

/** The options this reading understands (others want plugins or paths it does not set up): a check with another is reported, not measured. */
const known = new Set([
  'name',
  'path',
  'import',
  'ignore',
  'gzip',
  'brotli',
  'limit',
  'modifyEsbuildConfig',
  'disablePlugins',
]);

const escapeRegExp = (text) => text.replace(/[.+^$()|\\]/g, '\\$&');

/** The checks of one package folder, and the file they came from; none when it has no config. */
async function readConfig(dir) {
  for (const file of configFiles) {
    const path = `${dir}${file}`;
    if (!existsSync(path)) continue;
    if (file === 'package.json') {
      const checks = JSON.parse(readFileSync(path, 'utf8'))['size-limit'];
      if (checks) return { file, checks };
    } else if (file.endsWith('.json')) {
      return { file, checks: JSON.parse(readFileSync(path, 'utf8')) };
    } else {
      return { file, checks: (await import(pathToFileURL(path).href)).default };
    }
  }
  return undefined;
}

/**
 * The files a pattern names, relative to `dir`. Only a `*` in the last segment is understood (all
 * our configs need); anything else is refused rather than matched differently from size-limit.
 */
function expand(dir, pattern) {
  const clean = pattern.replace(/^\.\//, '');
  const cut = clean.lastIndexOf('/');
  const folder = clean.slice(0, cut + 1);
  const name = clean.slice(cut + 1);
  if (/[?[\]{}!]/.test(clean) || folder.includes('*'))
    throw new Error(`size-limit checks: the bench cannot expand "${pattern}" (only * in a file name)`);
  if (!name.includes('*')) return existsSync(`${dir}${clean}`) ? [clean] : [];
  if (!existsSync(`${dir}${folder}`)) return [];
  const match = new RegExp(`^${name.split('*').map(escapeRegExp).join('[^/]*')}$`);
  return readdirSync(`${dir}${folder}`)
    .filter((f) => match.test(f))
    .map((f) => `${folder}${f}`);
}

/** '13 kB' -> 13000, as size-limit reads it (kB = 1000 bytes, KiB = 1024). */
function parseLimit(text) {
  const m = /^([\d.]+)\s*(B|kB|KB|KiB|MB)?$/.exec(String(text).trim());
  if (!m) return Number.NaN;
  const unit = { B: 1, kB: 1000, KB: 1000, KiB: 1024, MB: 1e6 }[m[2] ?? 'B'] ?? 1;
  return Number(m[1]) * unit;
}

/**
 * Every check of every workspace package (`check` as written). `files` are relative to the
 * repository; `ignore` has the package's peer dependencies first, as size-limit adds them;
 * `asFetched` says the check counts the files as they are (esbuild disabled, or its esbuild
 * config turning bundling off) rather than a bundle.
 */
export async function sizeLimitChecks() {
  const workspaces = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).workspaces ?? [];
  const out = [];
  for (const pkg of workspaces) {
    const dir = `${root}${pkg}/`;
    const config = await readConfig(dir);
    if (!config) continue;
    const manifest = JSON.parse(readFileSync(`${dir}package.json`, 'utf8'));
    const peers = Object.keys(manifest.peerDependencies ?? {});
    for (const check of config.checks) {
      const patterns = [check.path ?? []].flat();
      const files = patterns.flatMap((p) => expand(dir, p)).map((f) => `${pkg}/${f}`);
      const ignore = [...peers, ...(check.ignore ?? [])];
      const probe = check.modifyEsbuildConfig?.({ bundle: true, external: ignore });
      out.push({
        check,
        pkg,
        config: `${pkg}/${config.file}`,
        name: check.name ?? patterns.join(', '),
        patterns,
        files,
        import: check.import,
        ignore,
        asFetched: probe?.bundle === false || (check.disablePlugins ?? []).includes('@size-limit/esbuild'),
        // size-limit compares gzip when asked, raw bytes with brotli off, and brotli otherwise.
        metric: check.gzip === true ? 'gzip' : check.brotli === false ? 'min' : 'brotli',
        limit: parseLimit(check.limit),
        unsupported: Object.keys(check).filter((k) => !known.has(k)),
      });
    }
  }
  return out;
}

/**
 * What size-limit counts for each check (bytes of the check's metric), by its own plugins, the
 * ones `npm test` runs, so a row agrees with the test to the byte; undefined where not built.
 */
export async function measuredBySizeLimit(checks) {
  const ready = checks.filter(
    (c) => !c.unsupported.length && c.files.length && c.files.every((f) => existsSync(`${root}${f}`)),
  );
  const config = {
    checks: ready.map((c) => {
      const files = c.files.map((f) => `${root}${f}`);
      const imports = typeof c.import === 'string' ? { [files[0]]: c.import } : c.import;
      return {
        ...c.check,
        files,
        ignore: c.ignore,
        import:
          imports &&
          Object.fromEntries(
            Object.entries(imports).map(([f, what]) => [
              f.startsWith('/') ? f : `${root}${c.pkg}/${f}`,
              what,
            ]),
          ),
        // Its warnings are the package build's business, shown by `npm test`; the table stays readable.
        modifyEsbuildConfig: (config) => ({
          ...(c.check.modifyEsbuildConfig?.(config) ?? config),
          logLevel: 'silent',
        }),
      };
    }),
  };
  const sizes = await sizeLimit([smallLib], config);
  return checks.map((c) => {
    const i = ready.indexOf(c);
    return i < 0 ? undefined : sizes[i]?.size;
  });
}

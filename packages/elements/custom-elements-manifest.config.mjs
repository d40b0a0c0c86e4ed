// custom-elements.json from the JSDoc in src (attributes, properties, events, parts, custom properties, slots).

/**
 * The analyzer reads src, but the package ships dist: without this, the manifest would point
 * tools at src/share/share.ts, which is not in the package. Only the public modules are kept,
 * each under the built file that exports it (the element's class is in dist/index.js).
 */
const published = new Map([
  ['src/share/share', 'dist/index.js'],
  ['src/share/define', 'dist/share/define.js'],
  ['src/messages/de', 'dist/messages/de.js'],
  ['src/react', 'dist/react.js'],
]);

/** The published path for a module reference written any way the analyzer writes it, if public. */
function publishedPath(reference) {
  const key = reference.replace(/^\.?\//, '').replace(/\.(ts|js)$/, '');
  for (const [source, built] of published) {
    if (source === key || source.endsWith(`/${key.replace(/^\.\//, '')}`)) return built;
  }
  return undefined;
}

function rewrite(node) {
  if (Array.isArray(node)) node.forEach(rewrite);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const built = key === 'module' && typeof value === 'string' ? publishedPath(value) : undefined;
      if (built) node[key] = built;
      else rewrite(value);
    }
  }
}

const publishedPaths = {
  name: 'oncelink-published-paths',
  packageLinkPhase({ customElementsManifest }) {
    const manifest = customElementsManifest;
    manifest.modules = manifest.modules.filter((module) => publishedPath(module.path));
    for (const module of manifest.modules) {
      rewrite(module);
      module.path = publishedPath(module.path);
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [publishedPaths],
};

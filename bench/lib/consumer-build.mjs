// The esbuild options that stand for a consumer's bundler: one ESM file for browsers, minified.

export const consumerBuild = /** @type {const} */ ({
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'silent',
});

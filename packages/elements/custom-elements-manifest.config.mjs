// custom-elements.json from the JSDoc in src (attributes, properties, events, parts, custom properties, slots).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**'],
  outdir: 'dist',
  litelement: true,
};

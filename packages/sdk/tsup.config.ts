// Builds: per-module ESM (so bundlers drop unused resources by file), bundled CJS, .d.ts for both, and a browser bundle.
import { defineConfig } from 'tsup';

const entries = { index: 'src/index.ts', 'proxy/index': 'src/proxy/index.ts' };

export default defineConfig([
  {
    // One output file per source file: `sideEffects: false` then lets a bundler drop every
    // module (resource, schema) the app does not import.
    entry: ['src/**/*.ts', '!src/internal/zod.ts'],
    format: 'esm',
    bundle: false,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    // The zod functions the SDK uses, with zod inside and everything else of zod already dropped
    // by esbuild: Turbopack leaves ~10 kB of unused zod classes in an app otherwise (see the file).
    entry: { 'internal/zod': 'src/internal/zod.ts' },
    format: 'esm',
    target: 'es2022',
    outDir: 'dist',
    noExternal: ['zod'],
    banner: { js: '// Parts of zod (https://zod.dev): MIT License, Copyright (c) 2025 Colin McDonnell.' },
  },
  {
    // CommonJS for `require`; ky is ESM-only, so it is inlined to work on every Node >= 20.
    entry: entries,
    format: 'cjs',
    target: 'es2022',
    outDir: 'dist',
    noExternal: ['ky'],
  },
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: { only: true },
    outDir: 'dist',
  },
  {
    // A self-contained file for a <script type="module"> or a CDN: ky and zod inside.
    entry: { 'oncelink-sdk.browser': 'src/index.ts' },
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outDir: 'dist',
    minify: true,
    noExternal: [/.*/],
    outExtension: () => ({ js: '.js' }),
  },
]);

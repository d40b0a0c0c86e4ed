// The zod/mini functions the SDK uses, built as one file with zod inside, so an app's bundler never sees the rest of zod.
// Why: Turbopack (Next.js 16) keeps about 10 kB gzip of zod/mini classes that nothing uses
// (its minifier drops a pure call but keeps the arrow function passed to it, and with it the
// classes that function names); esbuild, which builds this file, drops them first. tsup.config.ts
// builds this module bundled; the CommonJS build and the types still use the zod package.
export {
  array,
  boolean,
  literal,
  looseObject,
  nullish,
  number,
  optional,
  safeParse,
  string,
  union,
  unknown,
} from 'zod/mini';
// `output`, not `infer` (the same type): a declaration bundle cannot print a type named like a keyword.
export type { core, output, ZodMiniType } from 'zod/mini';

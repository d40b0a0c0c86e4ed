#!/usr/bin/env node
// Committed so npm links the bin at install time; the code it runs is built into dist/ by `npm run build`.
import { access } from 'node:fs/promises';

const built = new URL('../dist/bin/oncelink-mock-api.js', import.meta.url);
try {
  await access(built);
} catch {
  console.error(
    'oncelink-mock-api: @oncelink/mock-api is not built yet. Run `npm run build` at the repository root first.',
  );
  process.exit(1);
}
await import(built.href);

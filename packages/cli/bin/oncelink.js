#!/usr/bin/env node
// The `oncelink` command. Committed (not built) so npm can link it at install time, before `npm run build`.
try {
  await import('../dist/cli.js');
} catch (e) {
  // In a fresh clone before the build, say what to do rather than print a module-resolution trace.
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli.js')) {
    console.error('oncelink: not built yet; run `npm run build` first.');
    process.exit(2);
  }
  throw e;
}

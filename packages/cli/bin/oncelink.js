#!/usr/bin/env node
// The `oncelink` command. Committed (not built) so npm can link it at install time, before `npm run build`.
import '../dist/cli.js';

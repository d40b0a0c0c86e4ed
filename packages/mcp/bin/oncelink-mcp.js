#!/usr/bin/env node
// The `oncelink-mcp` command. Committed (not built) so npm can link it at install time; the server is in dist/.
import '../dist/cli.js';

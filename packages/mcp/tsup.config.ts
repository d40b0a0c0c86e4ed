// Build: ESM for Node, the library entry with .d.ts and the stdio bin's entry (bin/oncelink-mcp.js imports it).
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  splitting: true,
  sourcemap: true,
  // Dependencies and the optional peer stay imports, resolved where the package is installed.
  external: ['@oncelink/sdk', '@oncelink/mock-api', '@modelcontextprotocol/sdk', 'zod'],
  removeNodeProtocol: false,
});

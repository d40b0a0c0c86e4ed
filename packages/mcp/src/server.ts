// createOnceLinkMcpServer: an MCP server with the OnceLink tools, ready to connect to any transport.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import pkg from '../package.json' with { type: 'json' };
import { makeClient, type ClientConfig } from './client.js';
import { instructions } from './descriptions.js';
import { registerCreateLink } from './tools/create-link.js';
import { registerCreateLinks } from './tools/create-links.js';
import { toolContext } from './tools/context.js';
import { registerListTools } from './tools/lists.js';

export type OnceLinkMcpOptions = ClientConfig;

/**
 * The server, not yet connected: `await server.connect(transport)`. Without a usable key it still
 * starts, and every tool call answers how to configure one, where the user sees it.
 */
export function createOnceLinkMcpServer(options: OnceLinkMcpOptions = {}): McpServer {
  const server = new McpServer(
    { name: 'oncelink', title: 'OnceLink', version: pkg.version },
    { instructions },
  );
  const ctx = toolContext(makeClient(options), options.apiKey || undefined);
  registerListTools(server, ctx);
  registerCreateLink(server, ctx);
  registerCreateLinks(server, ctx);
  return server;
}

// @oncelink/mcp: the OnceLink tools as an MCP server, to embed; the `oncelink-mcp` bin runs it over stdio.
export { createOnceLinkMcpServer, type OnceLinkMcpOptions } from './server.js';
export { maxContacts } from './schemas.js';

// Shared test setup: the fake OnceHub API as msw handlers, and an MCP client talking to our server in memory.
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createMockApi, DEMO_API_KEY, type MockApi, type MockApiOptions } from '@oncelink/mock-api';
import { createOnceLinkMcpServer, type OnceLinkMcpOptions } from '../src/index.js';

export const API = 'https://api.oncehub.com/v2';
export const KEY = DEMO_API_KEY;

export const http = setupServer();
before(() => http.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  http.resetHandlers();
  http.events.removeAllListeners();
});
after(() => http.close());

/** A request as it reached the fake. */
export interface Sent {
  method: string;
  url: URL;
  body: Promise<string>;
}

/** The fake with its demo seed answering this test's requests; `sent` records them in order. */
export function useFake(options: MockApiOptions = {}): { mock: MockApi; sent: Sent[] } {
  const mock = createMockApi(options);
  const sent: Sent[] = [];
  http.use(...mock.handlers);
  http.events.on('request:start', ({ request }) => {
    sent.push({ method: request.method, url: new URL(request.url), body: request.clone().text() });
  });
  return { mock, sent };
}

/** An MCP client (the MCP SDK's own) connected in memory to a fresh OnceLink server. */
export async function connect(options: OnceLinkMcpOptions = { apiKey: KEY }): Promise<Client> {
  const server = createOnceLinkMcpServer(options);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'oncelink-test', version: '0.0.0' });
  await client.connect(clientSide);
  return client;
}

/** Calls a tool; the result as the client validated it. */
export async function call(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** The text of a result's first content block. */
export function text(result: CallToolResult): string {
  const first = result.content[0];
  if (first?.type !== 'text') throw new Error(`expected a text block, got ${JSON.stringify(first)}`);
  return first.text;
}

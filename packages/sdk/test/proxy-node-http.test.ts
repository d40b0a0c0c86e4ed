// The README's Node http adapter for the proxy, run for real: a browser-style request through a local server to the (mocked) API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { http, passthrough } from 'msw';
import { createProxyHandler } from '../src/proxy/index.js';
import { API, KEY, server, useFake } from './support.js';

const handler = createProxyHandler({ apiKey: KEY });

// Same code as the README's "Node's http" example.
async function toFetch(req: IncomingMessage, res: ServerResponse) {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host}`), {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit);
  const response = await handler(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

test('behind Node http, a POST under /api/oncehub creates a link with the server-side key', async () => {
  const { mock, sent } = useFake();
  // The local server is real: let requests to it through msw untouched.
  server.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
  const upstream = () => sent.filter((r) => r.url.href.startsWith(API));
  const local = createServer((req, res) => {
    if (req.url?.startsWith('/api/oncehub/')) return void toFetch(req, res).catch((error: unknown) => {
        console.error(error);
        res.writeHead(500).end();
      });
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = local.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/oncehub/booking-calendars/BKC-PUBLISHED01/one-time-links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'API-Key': 'from_the_browser' },
      body: JSON.stringify({ hide_url_params: true }),
    });
    assert.equal(response.status, 200);
    const link = (await response.json()) as { id: string };
    assert.deepEqual(mock.control.links().map((l) => l.id), [link.id]);
    assert.equal(upstream()[0]?.headers.get('api-key'), KEY);
    assert.deepEqual(JSON.parse((await upstream()[0]?.body) ?? ''), { hide_url_params: true });
    const refused = await fetch(`http://127.0.0.1:${port}/api/oncehub/bookings`);
    assert.equal(refused.status, 403);
  } finally {
    await new Promise((resolve) => local.close(resolve));
  }
});

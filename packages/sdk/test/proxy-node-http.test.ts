// toNodeHandler over real HTTP: the proxy behind node:http in front of the fake's server, and every request it must refuse itself.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createProxyHandler,
  toNodeHandler,
  type FetchHandler,
  type NodeHandlerOptions,
} from '../src/proxy/index.js';
import { DEMO_API_KEY } from '../../mock-api/src/index.js';
import { createMockServer, type MockServer } from '../../mock-api/src/server/index.js';
import { rawHttp, rawRequest } from '../../mock-api/test/raw-http.js';

/** Serves `handler` through toNodeHandler on a free loopback port; close it with `server.close()`. */
async function serve(
  handler: FetchHandler,
  options?: NodeHandlerOptions,
): Promise<{ server: Server; port: number; url: string }> {
  const server = createServer(toNodeHandler(handler, options));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, url: `http://127.0.0.1:${port}` };
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

describe('toNodeHandler with the proxy in front of the fake', () => {
  let fake: MockServer;
  let local: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    fake = await createMockServer();
    local = await serve(createProxyHandler({ apiKey: DEMO_API_KEY, baseURL: fake.apiBaseURL }));
  });
  after(async () => {
    await close(local.server);
    await fake.close();
  });

  it('a POST under /api/oncehub creates a link with the server-side key, and a route off the list is refused', async () => {
    const response = await fetch(
      `${local.url}/api/oncehub/booking-calendars/BKC-PUBLISHED01/one-time-links`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'API-Key': 'from_the_browser' },
        body: JSON.stringify({ hide_url_params: true }),
      },
    );
    assert.equal(response.status, 200);
    const link = (await response.json()) as { id: string };
    assert.deepEqual(
      fake.control.links().map((l) => l.id),
      [link.id],
    );
    assert.equal((await fetch(`${local.url}/api/oncehub/bookings`)).status, 403);
  });

  for (const host of ['a b', '[::1', '', 'localhost:99999', '127.0.0.1:1@evil.example', 'localhost:0']) {
    it(`answers 400 to the Host header ${JSON.stringify(host)}, without reaching the API`, async () => {
      const before = fake.control.links().length;
      const [answer] = await rawHttp(
        local.port,
        rawRequest(
          'POST',
          '/api/oncehub/master-pages/MP-DYNAMIC0001/one-time-links',
          host,
          'Content-Length: 0\r\n',
        ),
      );
      assert.equal(answer?.status, 400);
      assert.match(JSON.parse(answer?.body ?? '').message, /Host header/);
      assert.equal(fake.control.links().length, before);
    });
  }

  it('answers 400 without a Host header at all (HTTP/1.0)', async () => {
    const [answer] = await rawHttp(local.port, 'GET /api/oncehub/master-pages HTTP/1.0\r\n\r\n');
    assert.equal(answer?.status, 400);
  });

  // (A target Node's own parser refuses, such as `master-pages`, gets Node's bare 400 before any handler.)
  for (const target of [
    'http://%zz/api/oncehub/master-pages',
    'http://127.0.0.1:99999/api/oncehub/master-pages',
    '*',
    'ftp://x/master-pages',
  ]) {
    it(`answers 400 to the request target ${target}`, async () => {
      const [answer] = await rawHttp(local.port, rawRequest('GET', target, `127.0.0.1:${local.port}`));
      assert.equal(answer?.status, 400);
      assert.equal(JSON.parse(answer?.body ?? '').type, 'invalid_request_error');
    });
  }

  it('reads //%2f as a path (not another host): the proxy refuses it with its 403', async () => {
    const [answer] = await rawHttp(local.port, rawRequest('GET', '//%2f', `127.0.0.1:${local.port}`));
    assert.equal(answer?.status, 403);
  });

  it('answers 405 with Allow to TRACE, also as the third request pipelined on one connection', async () => {
    const host = `127.0.0.1:${local.port}`;
    const keep = (method: string) => `${method} /api/oncehub/master-pages HTTP/1.1\r\nHost: ${host}\r\n\r\n`;
    const answers = await rawHttp(
      local.port,
      keep('GET') + keep('GET') + keep('TRACE') + rawRequest('GET', '/api/oncehub/master-pages', host),
    );
    assert.deepEqual(
      answers.map((a) => a.status),
      [200, 200, 405, 200],
    );
    assert.equal(answers[2]?.headers['allow'], 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  });
});

describe('toNodeHandler on its own', () => {
  it('refuses a body over maxBodyBytes with 413 before the handler runs, and closes the connection', async () => {
    let calls = 0;
    const { server, url } = await serve(
      async () => {
        calls++;
        return new Response('ok');
      },
      { maxBodyBytes: 1000 },
    );
    try {
      const declared = await fetch(`${url}/x`, { method: 'POST', body: 'x'.repeat(1001) });
      assert.equal(declared.status, 413);
      assert.equal(declared.headers.get('connection'), 'close');
      assert.match(((await declared.json()) as { message: string }).message, /larger than 1000 bytes/);
      // Streamed without a Content-Length: counted as it arrives.
      const body = new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode('y'.repeat(5000)));
          c.close();
        },
      });
      const streamed = await fetch(`${url}/x`, { method: 'POST', body, duplex: 'half' } as RequestInit);
      assert.equal(streamed.status, 413);
      assert.equal(calls, 0);
      assert.equal(
        (await fetch(`${url}/x`, { method: 'POST', body: 'x'.repeat(1000) })).status,
        200,
        'up to the cap is fine',
      );
    } finally {
      await close(server);
    }
  });

  it("passes the client's hang-up on to the handler's request.signal", async () => {
    let aborted: () => void = () => undefined;
    const sawAbort = new Promise<void>((resolve) => (aborted = resolve));
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const { server, url } = await serve((request) => {
      started();
      return new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => {
          aborted();
          reject(request.signal.reason);
        }),
      );
    });
    try {
      const client = new AbortController();
      const pending = fetch(`${url}/slow`, { signal: client.signal }).catch(() => 'aborted');
      await running;
      client.abort();
      assert.equal(await pending, 'aborted');
      await sawAbort;
    } finally {
      await close(server);
    }
  });

  it('streams the answer: the first chunk arrives while the handler still writes', async () => {
    let finish: () => void = () => undefined;
    const { server, url } = await serve(
      () =>
        new Response(
          new ReadableStream({
            start(c) {
              c.enqueue(new TextEncoder().encode('first\n'));
              finish = () => {
                c.enqueue(new TextEncoder().encode('last\n'));
                c.close();
              };
            },
          }),
        ),
    );
    try {
      const response = await fetch(url);
      assert.ok(response.body);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      assert.equal((await reader.read()).value, 'first\n');
      finish();
      assert.equal((await reader.read()).value, 'last\n');
    } finally {
      await close(server);
    }
  });

  it('a client hanging up mid-answer cancels the body stream, even while it waits for its next chunk', async () => {
    let cancelled: () => void = () => undefined;
    const sawCancel = new Promise<void>((resolve) => (cancelled = resolve));
    const { server, url } = await serve(
      () =>
        new Response(
          new ReadableStream({
            start(c) {
              c.enqueue(new TextEncoder().encode('event: hello\n\n'));
            },
            cancel() {
              cancelled();
            },
          }),
        ),
    );
    try {
      const client = new AbortController();
      const response = await fetch(url, { signal: client.signal });
      assert.ok(response.body);
      await response.body.getReader().read();
      client.abort();
      await sawCancel;
    } finally {
      await close(server);
    }
  });

  it('passes set-cookie headers apart, and the client address as context', async () => {
    let address: string | undefined;
    const { server, url } = await serve((_request, context) => {
      address = context.clientAddress;
      const headers = new Headers();
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response(null, { status: 204, headers });
    });
    try {
      const response = await fetch(url);
      assert.equal(response.status, 204);
      assert.deepEqual(response.headers.getSetCookie(), ['a=1', 'b=2']);
      assert.equal(address, '127.0.0.1');
    } finally {
      await close(server);
    }
  });

  it('a handler that throws is a bug of the server: a bare 500 and a log line, or Express next(error)', async () => {
    const failing: FetchHandler = () => {
      throw new Error('boom');
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    const { server, url } = await serve(failing);
    try {
      const response = await fetch(url);
      assert.equal(response.status, 500);
      assert.ok(!(await response.text()).includes('boom'), 'no error detail to the client');
      assert.equal(errors.length, 1);
    } finally {
      console.error = original;
      await close(server);
    }
    const passed: unknown[] = [];
    const express = createServer((req, res) =>
      toNodeHandler(failing)(req, res, (error) => {
        passed.push(error);
        res.writeHead(502).end();
      }),
    );
    await new Promise<void>((resolve) => express.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(express.address() as AddressInfo).port}/`);
      assert.equal(response.status, 502);
      assert.equal((passed[0] as Error).message, 'boom');
    } finally {
      await close(express);
    }
  });

  it('under Express, reads the whole path from originalUrl and uses the origin it is given', async () => {
    let seen = '';
    const handle = toNodeHandler(
      (request) => {
        seen = request.url;
        return new Response('ok');
      },
      { origin: 'https://crm.example.com' },
    );
    const server = createServer((req, res) => {
      // What Express does for app.use('/api/oncehub', ...): strip the mount path, keep the original.
      Object.assign(req, { originalUrl: req.url, url: (req.url ?? '').replace('/api/oncehub', '') || '/' });
      handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await fetch(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/oncehub/master-pages?limit=2`,
      );
      assert.equal(seen, 'https://crm.example.com/api/oncehub/master-pages?limit=2');
    } finally {
      await close(server);
    }
  });
});

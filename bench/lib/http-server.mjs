// A loopback HTTP server for the element bench: static files from memory plus fetch-style handlers under a prefix.
import { createServer } from 'node:http';

/** Node's request as a Fetch API Request (bodies are small JSON here). */
async function toRequest(req, origin) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of [value ?? []].flat()) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  let body;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    body = Buffer.concat(chunks);
  }
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body });
}

/**
 * @param {{ files: Record<string, { type: string, body: string | Buffer, cache?: string }>, prefix: string, handler: (r: Request) => Promise<Response> }} routes
 *   `cache`: the file's cache-control; pages are measured cold, so `no-store` unless a page needs a cached copy
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startPageServer({ files, prefix, handler }) {
  let origin = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    const file = files[path];
    if (file) {
      res.writeHead(200, { 'content-type': file.type, 'cache-control': file.cache ?? 'no-store' });
      res.end(file.body);
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`bench server: nothing at ${path}`);
      return;
    }
    toRequest(req, origin)
      .then(handler)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((e) => {
        console.error('bench server: the proxy failed', e);
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('bench server: the proxy failed');
      });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url: origin,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

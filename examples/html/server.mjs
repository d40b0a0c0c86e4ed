// The smallest server for a plain HTML page: the page, the script-tag bundle, and /api/oncehub/* through the proxy.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createProxyHandler } from '@oncelink/sdk/proxy';

const proxy = createProxyHandler({ apiKey: process.env.ONCEHUB_API_KEY, baseURL: process.env.ONCEHUB_BASE_URL });
const port = Number(process.env.PORT ?? 3000);
const files = {
  '/': [new URL('index.html', import.meta.url), 'text/html'],
  '/oncelink.js': [new URL(import.meta.resolve('@oncelink/elements/oncelink.js')), 'text/javascript'],
};

createServer(async (req, res) => {
  try {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/oncehub/')) {
      // node:http to a fetch Request and back (a later @oncelink/sdk release does this for you).
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(new URL(req.url, 'http://localhost'), {
        method: req.method,
        headers: Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
        ...(hasBody ? { body: Readable.toWeb(req), duplex: 'half' } : {}),
      });
      const response = await proxy(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      return void res.end(Buffer.from(await response.arrayBuffer()));
    }
    const [file, type] = files[path] ?? [];
    if (!file) return void res.writeHead(404).end('Not found');
    // No inline script or style anywhere, so the page runs under a strict policy.
    res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': "default-src 'self'" });
    res.end(await readFile(file));
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
}).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));

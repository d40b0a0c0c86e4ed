// The app's back end, as small as it gets: /api/oncehub/* goes through the OnceLink proxy, which adds the key.
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { createProxyHandler } from '@oncelink/sdk/proxy';

const proxy = createProxyHandler({ apiKey: process.env.ONCEHUB_API_KEY, baseURL: process.env.ONCEHUB_BASE_URL });
const port = Number(process.env.PORT ?? 3001);

createServer(async (req, res) => {
  try {
    if (!req.url?.startsWith('/api/oncehub/')) return void res.writeHead(404).end();
    // node:http to a fetch Request and back (a later @oncelink/sdk release does this for you).
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(new URL(req.url, 'http://localhost'), {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
      ...(hasBody ? { body: Readable.toWeb(req), duplex: 'half' } : {}),
    });
    const response = await proxy(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
}).listen(port, '127.0.0.1', () => console.log(`OnceLink proxy on http://127.0.0.1:${port}/api/oncehub`));

// The smallest server for a plain HTML page: the page, the script-tag bundle and its chunks, and /api/oncehub/* through the proxy.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createProxyHandler, toNodeHandler } from '@oncelink/sdk/proxy';

const proxy = toNodeHandler(
  createProxyHandler({ apiKey: process.env.ONCEHUB_API_KEY, baseURL: process.env.ONCEHUB_BASE_URL }),
);
const port = Number(process.env.PORT ?? 3000);
// oncelink.js loads the pop-up's chunks from the oncelink/ folder beside it, on intent.
const bundle = new URL(import.meta.resolve('@oncelink/elements/oncelink.js'));
const chunk = /^\/oncelink\/[\w-]+\.js$/;

createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path.startsWith('/api/oncehub/')) return proxy(req, res);
  const file =
    path === '/'
      ? new URL('index.html', import.meta.url)
      : path === '/oncelink.js' || chunk.test(path)
        ? new URL(`.${path}`, bundle)
        : undefined;
  if (!file) return void res.writeHead(404).end('Not found');
  try {
    const body = await readFile(file);
    // No inline script or style anywhere, so the page runs under a strict policy.
    const type = path === '/' ? 'text/html' : 'text/javascript';
    res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': "default-src 'self'" }).end(body);
  } catch {
    res.writeHead(404).end('Not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));

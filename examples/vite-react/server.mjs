// The app's back end, as small as it gets: /api/oncehub/* goes through the OnceLink proxy, which adds the key.
import { createServer } from 'node:http';
import { createProxyHandler, toNodeHandler } from '@oncelink/sdk/proxy';

const proxy = toNodeHandler(
  createProxyHandler({ apiKey: process.env.ONCEHUB_API_KEY, baseURL: process.env.ONCEHUB_BASE_URL }),
);
const port = Number(process.env.PORT ?? 3001);

createServer((req, res) => {
  if (!req.url?.startsWith('/api/oncehub/')) return void res.writeHead(404).end();
  return proxy(req, res);
}).listen(port, '127.0.0.1', () => console.log(`OnceLink proxy on http://127.0.0.1:${port}/api/oncehub`));

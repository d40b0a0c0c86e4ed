// Starts the whole demo in one process: the fake link API, the CRM page server, the proxy and the webhook subscription.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxyHandler } from '@oncelink/sdk/proxy';
import { createAdminRoutes } from './admin.js';
import { ContactBook } from './contacts.js';
import { createCrmRoutes } from './crm-routes.js';
import { startFakeApi, demoApiKey } from './fake-api.js';
import { LiveEvents } from './live-events.js';
import { createRouter, webhookPath } from './router.js';
import { createStaticFiles } from './static-files.js';
import { createWebhookReceiver, followedEvents } from './webhook-receiver.js';

export interface DemoOptions {
  /** Port of the demo page server; 0 picks a free one. */
  port?: number;
  /** Port of the fake link API; 0 picks a free one. */
  mockPort?: number;
}

export interface RunningDemo {
  /** The page to open. */
  url: string;
  /** The fake link API's server (hosted booking pages live there). */
  mockUrl: string;
  close(): Promise<void>;
}

const host = '127.0.0.1';

/** The API routes the page's `<oncelink-share>` elements need, and nothing else. */
const proxyAllow = [
  'GET /master-pages',
  'GET /master-pages/:id',
  'GET /booking-calendars',
  'GET /booking-calendars/:id',
  'POST /master-pages/:id/one-time-links',
  'POST /booking-calendars/:id/one-time-links',
];

function listen(server: Server, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets would otherwise hold close() open for seconds.
    server.closeAllConnections();
  });
}

export async function startDemo({ port = 4000, mockPort = 4010 }: DemoOptions = {}): Promise<RunningDemo> {
  const fake = await startFakeApi(mockPort);
  const contacts = new ContactBook();
  const live = new LiveEvents(contacts);
  let origin = '';
  let secret: string | undefined;
  const server = createServer(
    createRouter({
      origin: () => origin,
      proxy: createProxyHandler({ apiKey: demoApiKey, baseURL: fake.apiBaseURL, allow: proxyAllow }),
      admin: createAdminRoutes(
        fake.ruleTypes,
        () => origin,
        () => live.masterPagesChanged(),
      ),
      crm: createCrmRoutes(contacts, () => origin),
      files: createStaticFiles(),
      live,
      receiveWebhook: createWebhookReceiver({ contacts, secret: () => secret }),
    }),
  );
  const close = async () => {
    live.close();
    await Promise.allSettled([server.listening ? closeServer(server) : undefined, fake.close()]);
  };
  try {
    const address = await listen(server, port);
    origin = `http://${host}:${address.port}`;
    // Subscribe only once the receiver listens, so the first delivery cannot be lost.
    const subscription = await fake.client.webhooks.create({
      url: `${origin}${webhookPath}`,
      name: 'OnceLink demo CRM',
      events: [...followedEvents],
    });
    if (!subscription.secret)
      throw new Error('The fake API made the webhook subscription without a signing secret.');
    secret = subscription.secret;
  } catch (error) {
    await close();
    throw error;
  }
  return { url: `${origin}/`, mockUrl: fake.url, close };
}

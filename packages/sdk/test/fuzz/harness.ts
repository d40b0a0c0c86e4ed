// The systems under fuzz, built as users get them: the built fake over HTTP, and the built proxy behind toNodeHandler in front of it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createProxyHandler, toNodeHandler } from '@oncelink/sdk/proxy';
import { DEMO_API_KEY, seedIds } from '@oncelink/mock-api';
import { createMockServer, type MockServer } from '@oncelink/mock-api/server';

/** What reached the fake through the proxy: method and path, and whether it carried the proxy's key. */
export interface Tapped {
  route: string;
  keyed: boolean;
}

export interface Harness {
  fake: MockServer;
  fakePort: number;
  proxyPort: number;
  /** The key the proxy adds; it must appear in no answer. */
  proxyKey: string;
  /** Every request the proxy forwarded, in order. */
  tapped: Tapped[];
  /** State made before the run, as the fake holds it: compared after the run. */
  before: string;
  state(): string;
  /** The link made before the run and never used: it must still book exactly once. */
  unusedLinkURL: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/** The first start time a hosted booking page offers. */
export const slotsOf = (html: string): string[] =>
  [...html.matchAll(/name="start_time" value="([^"]+)"/g)].map((m) => m[1] ?? '');

export async function startHarness(): Promise<Harness> {
  const proxyKey = `ol_live_fuzz_${randomBytes(12).toString('hex')}`;
  // Webhook deliveries go nowhere: a fuzzed subscription must not make the fake call out.
  const fake = await createMockServer({
    apiKeys: [DEMO_API_KEY, proxyKey],
    webhooks: { sender: async () => ({ status: 200 }) },
  });
  const fakePort = Number(new URL(fake.url).port);
  const tapped: Tapped[] = [];
  // Between the proxy and the fake: records what the proxy forwards, then passes it on unchanged.
  const tap = createServer(
    toNodeHandler(async (request) => {
      const url = new URL(request.url);
      tapped.push({
        route: `${request.method} ${url.pathname}`,
        keyed: request.headers.get('api-key') === proxyKey,
      });
      const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
      const answer = await fetch(`${fake.url}${url.pathname}${url.search}`, {
        method: request.method,
        headers: request.headers,
        body,
        redirect: 'manual',
      });
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    }),
  );
  const tapPort = await listen(tap);
  const proxy = createServer(
    toNodeHandler(createProxyHandler({ apiKey: proxyKey, baseURL: `http://127.0.0.1:${tapPort}/v2` })),
  );
  const proxyPort = await listen(proxy);
  const close = async () => {
    await Promise.all([closeServer(proxy), closeServer(tap)]);
    await fake.close();
  };
  try {
    return await prepare();
  } catch (error) {
    // A set-up that fails must not leave three servers holding the test process open.
    await close();
    throw error;
  }

  async function prepare(): Promise<Harness> {
    // Made before the run: one link left unused, one used for a booking.
    const make = async () => {
      const answer = await fetch(
        `${fake.apiBaseURL}/master-pages/${seedIds.dynamicMasterPage}/one-time-links`,
        { method: 'POST', headers: { 'API-Key': DEMO_API_KEY } },
      );
      return (await answer.json()) as { id: string; url: string };
    };
    const unused = await make();
    const used = await make();
    const [slot] = slotsOf(await (await fetch(used.url)).text());
    const booked = await fetch(used.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        start_time: slot ?? '',
        name: 'Before Run',
        email: 'before@example.com',
      }).toString(),
    });
    if (booked.status !== 200) throw new Error(`Could not book before the run: ${booked.status}`);
    const made = new Set([unused.id, used.id]);
    const state = () =>
      JSON.stringify({
        links: fake.control.links().filter((l) => made.has(l.id)),
        bookings: fake.control.bookings().filter((b) => b.form_submission?.email === 'before@example.com'),
        masterPages: fake.control.masterPages(),
      });
    return {
      fake,
      fakePort,
      proxyPort,
      proxyKey,
      tapped,
      before: state(),
      state,
      unusedLinkURL: unused.url,
      close,
    };
  }
}

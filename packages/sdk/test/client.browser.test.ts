// The SDK in real Chromium: refuses an API key, talks to a proxy path through msw's service worker, verifies webhooks with Web Crypto.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type * as SDK from '../src/index.js';
import {
  OnceLink,
  OnceLinkCore,
  MasterPages,
  NotFoundError,
  OnceLinkError,
  isBookingEvent,
  personalizeLink,
  verifyWebhook,
} from '../src/index.js';

const worker = setupWorker();
const seen: Request[] = [];

before(async () => {
  await worker.start({
    quiet: true,
    // Only the proxy path is ours to mock; the test runner's own module requests pass.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
  });
});
afterEach(() => {
  worker.resetHandlers();
  seen.length = 0;
});
after(() => worker.stop());

describe('@oncelink/sdk in a browser', () => {
  it('refuses an apiKey unless dangerouslyAllowBrowser is set, and says what to do instead', () => {
    let error: unknown;
    try {
      new OnceLink({ apiKey: 'secret_key' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(OnceLinkError);
    expect((error as Error).message).to.contain('Refusing to use an apiKey in a browser');
    expect((error as Error).message).to.contain('@oncelink/sdk/proxy');
    expect((error as Error).message).not.to.contain('secret_key');
    expect(() => new OnceLinkCore({ apiKey: 'secret_key', dangerouslyAllowBrowser: true })).not.to.throw();
  });

  it('lists master pages through a relative proxy baseURL, sending no API key', async () => {
    worker.use(
      http.get('/api/oncehub/master-pages', ({ request }) => {
        seen.push(request);
        return HttpResponse.json(
          {
            object: 'list',
            data: [{ object: 'master_page', id: 'MP-1', name: 'Sales demo', active: true }],
            has_more: false,
          },
          { headers: { 'Request-Id': 'req_browser' } },
        );
      }),
    );
    const pages = new MasterPages(new OnceLinkCore({ baseURL: '/api/oncehub' }));
    const page = await pages.list({ limit: 5 });
    expect(page.data.map((p) => p.name)).to.deep.equal(['Sales demo']);
    expect(seen).to.have.length(1);
    expect(new URL(seen[0]?.url ?? '').search).to.equal('?limit=5');
    expect(seen[0]?.headers.get('api-key')).to.equal(null);
  });

  it('maps an error answer to its class with the Request-Id', async () => {
    worker.use(
      http.post('/api/oncehub/master-pages/:id/one-time-links', () =>
        HttpResponse.json(
          { type: 'invalid_request_error', message: "No such master page: 'MP-9'", param: 'id' },
          { status: 404, headers: { 'Request-Id': 'req_404' } },
        ),
      ),
    );
    const client = new OnceLink({ baseURL: '/api/oncehub' });
    const error = await client.masterPages.createOneTimeLink('MP-9').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).to.equal('req_404');
    expect((error as NotFoundError).param).to.equal('id');
  });

  it('verifies a webhook signature with Web Crypto', async () => {
    const payload =
      '{"id":"EVNT-1","object":"event","type":"booking.scheduled","data":{"object":"booking","id":"BKNG-1","subject":"Café"}}';
    // Computed independently with node:crypto's HMAC-SHA256 over "<t>.<payload>".
    const header = 't=1767225600,s=095b0cb76fba5dc0aded954fd04f9bd7bf270d65367ca3c737d675bdf2303f46';
    const event = await verifyWebhook({ payload, header, secret: 'whsec_browser', tolerance: 1e10 });
    expect(isBookingEvent(event) && event.data.subject).to.equal('Café');
    const forged = await verifyWebhook({ payload, header, secret: 'whsec_other', tolerance: 1e10 }).catch(
      (e: unknown) => e,
    );
    expect((forged as Error).name).to.equal('WebhookVerificationError');
  });

  it('personalizes a link with the browser URL API', () => {
    const url = personalizeLink('https://go.oncehub.com/.S617NW9C', {
      name: 'Zoë Ng',
      email: 'zoe@example.com',
    });
    expect(url).to.equal(
      'https://go.oncehub.com/.S617NW9C?name=Zo%C3%AB%20Ng&email=zoe%40example.com&skip=1',
    );
  });
});

describe('the self-contained browser bundle (dist/oncelink-sdk.browser.js)', () => {
  const bundleURL = new URL('../dist/oncelink-sdk.browser.js', import.meta.url).href;

  it('has no bare imports left (ky and zod are inside) and loads as a plain module', async () => {
    const source = await (await fetch(bundleURL)).text();
    expect(source).not.to.match(/\bfrom\s*["'](ky|zod)/);
    expect(source).not.to.match(/\bimport\s*["'](ky|zod)/);
    expect(source).not.to.contain('node_modules');
    const sdk = (await import(/* @vite-ignore */ bundleURL)) as typeof SDK;
    expect(() => new sdk.OnceLink({ apiKey: 'k' })).to.throw(/Refusing to use an apiKey in a browser/);
  });

  it('makes a request through the service worker', async () => {
    worker.use(
      http.get('/api/oncehub/booking-calendars/BKC-1', () =>
        HttpResponse.json({ object: 'booking_calendar', id: 'BKC-1', published: true }),
      ),
    );
    const sdk = (await import(/* @vite-ignore */ bundleURL)) as typeof SDK;
    const calendar = await new sdk.OnceLink({ baseURL: '/api/oncehub' }).bookingCalendars.retrieve('BKC-1');
    expect(calendar.published).to.equal(true);
  });
});

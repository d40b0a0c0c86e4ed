// createOneTimeLinks: bulk creation within the rate limit, progress, abort, and no lost links when it fails part-way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http } from 'msw';
import {
  APIUserAbortError,
  BadRequestError,
  CreateOneTimeLinksError,
  OnceLinkCore,
  OnceLinkError,
  createOneTimeLinks,
  type OneTimeLink,
} from '../src/index.js';
import { API, FakeClock, KEY, linkFixture, reply, server, useFake } from './support.js';

function core(clock = new FakeClock()) {
  return { core: new OnceLinkCore({ apiKey: KEY, clock }), clock };
}

function serveLinks(path: string, fail?: (n: number) => Response | undefined) {
  let n = 0;
  const bodies: unknown[] = [];
  server.use(
    http.post(`${API}/${path}`, async ({ request }) => {
      n++;
      const text = await request.text();
      bodies.push(text ? JSON.parse(text) : undefined);
      return fail?.(n) ?? reply(linkFixture(`L${n}`));
    }),
  );
  return { calls: () => n, bodies };
}

test('makes count links on a master page, reporting progress after each, within 5 requests per second', async () => {
  const { core: c, clock } = core();
  const { mock } = useFake({ rateLimit: true, now: () => clock.now() });
  const progress: number[] = [];
  const t0 = clock.now();
  const links = await createOneTimeLinks(c, { masterPage: 'MP-DYNAMIC0001' }, 12, {
    onProgress: ({ done, total }) => progress.push(done * 100 + total),
  });
  assert.equal(links.length, 12);
  assert.equal(new Set(links.map((l) => l.id)).size, 12);
  assert.deepEqual(
    mock.control
      .links()
      .map((l) => l.id)
      .sort(),
    links.map((l) => l.id).sort(),
  );
  assert.deepEqual(
    progress,
    Array.from({ length: 12 }, (_, i) => (i + 1) * 100 + 12),
  );
  assert.equal(clock.now() - t0, 2000);
});

test('makes links on a booking calendar with the same body for each', async () => {
  const { sent } = useFake();
  const body = { hide_url_params: true, utm_params: { source: 'crm' } };
  const links = await createOneTimeLinks(core().core, { bookingCalendar: 'BKC-PUBLISHED01', body }, 3);
  assert.equal(links.length, 3);
  assert.deepEqual(await Promise.all(sent.map(async (r) => JSON.parse(await r.body) as unknown)), [
    body,
    body,
    body,
  ]);
});

test('a failure part-way rejects with the links already made and the cause, and starts no more', async () => {
  const { mock, sent } = useFake();
  // The page leaves Dynamic rules after the third link: every later request is a 400.
  const error = await createOneTimeLinks(core().core, { masterPage: 'MP-DYNAMIC0001' }, 20, {
    onProgress: ({ done }) => done === 3 && mock.control.setRuleType('MP-DYNAMIC0001', 'static'),
  }).catch((e: unknown) => e);
  assert.ok(error instanceof CreateOneTimeLinksError);
  assert.ok(error.cause instanceof BadRequestError);
  const links = error.links as OneTimeLink[];
  // Requests already in flight when the first failed still count: every link made is returned.
  assert.deepEqual(
    links.map((l) => l.id).sort(),
    mock.control
      .links()
      .map((l) => l.id)
      .sort(),
  );
  assert.ok(links.length >= 3);
  assert.ok(sent.length < 20, `kept going after the failure: ${sent.length} calls`);
  assert.match(
    error.message,
    new RegExp(
      `made ${links.length} of 20 links, then: This master page does not allow creation of one time links`,
    ),
  );
});

test('aborting stops the bulk run and keeps what was made', async () => {
  const controller = new AbortController();
  serveLinks('master-pages/MP-1/one-time-links');
  const error = await createOneTimeLinks(core().core, { masterPage: 'MP-1' }, 50, {
    signal: controller.signal,
    onProgress: ({ done }) => done === 3 && controller.abort(),
  }).catch((e: unknown) => e);
  assert.ok(error instanceof CreateOneTimeLinksError);
  assert.ok(error.cause instanceof APIUserAbortError);
  assert.ok(error.links.length >= 3 && error.links.length < 50);
});

test('aborting part-way loses no link: requests the API already took finish, and `links` holds every link it made', async () => {
  const made: string[] = [];
  server.use(
    http.post(`${API}/master-pages/:id/one-time-links`, async () => {
      const id = `L${made.length}`;
      made.push(id); // the API has made the link; its answer is still on the way
      await new Promise((resolve) => setTimeout(resolve, 50));
      return reply(linkFixture(id));
    }),
  );
  const controller = new AbortController();
  const error = await createOneTimeLinks(core().core, { masterPage: 'MP-1' }, 20, {
    signal: controller.signal,
    onProgress: ({ done }) => done === 1 && controller.abort(),
  }).catch((e: unknown) => e);
  assert.ok(error instanceof CreateOneTimeLinksError);
  assert.ok(error.cause instanceof APIUserAbortError);
  assert.ok(made.length < 20, 'the abort stopped new requests');
  assert.deepEqual(
    error.links.map((l) => l.id).sort(),
    [...made].sort(),
    'every link the API made is returned',
  );
});

test('aborting sends none of the requests still waiting for the rate limiter, and settles without waiting for a slot', async () => {
  const { calls } = serveLinks('master-pages/MP-1/one-time-links');
  // One request per 10 s on the real clock: the first goes out, the other workers queue behind it.
  const c = new OnceLinkCore({ apiKey: KEY, maxRequestsPerSecond: 0.1 });
  const controller = new AbortController();
  const t0 = performance.now();
  const error = await createOneTimeLinks(c, { masterPage: 'MP-1' }, 20, {
    signal: controller.signal,
    onProgress: () => controller.abort(),
  }).catch((e: unknown) => e);
  assert.ok(
    error instanceof CreateOneTimeLinksError && error.cause instanceof APIUserAbortError,
    String(error),
  );
  assert.equal(
    error.message,
    'createOneTimeLinks: made 1 of 20 links, then: createOneTimeLinks was aborted.',
  );
  assert.equal(calls(), 1, 'no request left the queue after the abort');
  assert.equal(error.links.length, 1);
  assert.ok(performance.now() - t0 < 5000, 'it did not wait for a slot to free');
});

test('a signal aborted before the call starts no request', async () => {
  const { calls } = serveLinks('master-pages/MP-1/one-time-links');
  const error = await createOneTimeLinks(core().core, { masterPage: 'MP-1' }, 3, {
    signal: AbortSignal.abort(),
  }).catch((e: unknown) => e);
  assert.ok(error instanceof CreateOneTimeLinksError && error.cause instanceof APIUserAbortError);
  assert.deepEqual(error.links, []);
  assert.equal(calls(), 0);
});

test('bad count or target is refused before any request', async () => {
  const { calls } = serveLinks('master-pages/MP-1/one-time-links');
  const c = core().core;
  for (const count of [0, -1, 2.5, Number.NaN]) {
    await assert.rejects(
      () => createOneTimeLinks(c, { masterPage: 'MP-1' }, count),
      /`count` must be a whole number/,
    );
  }
  const bad = [{}, { masterPage: '' }, { masterPage: 'MP-1', bookingCalendar: 'BKC-1' }] as unknown as {
    masterPage: string;
  }[];
  for (const target of bad) {
    await assert.rejects(
      () => createOneTimeLinks(c, target, 1),
      (e: unknown) => e instanceof OnceLinkError && /`target` must be/.test(e.message),
    );
  }
  assert.equal(calls(), 0);
});

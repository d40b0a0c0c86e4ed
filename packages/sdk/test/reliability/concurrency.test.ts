// Reliability suite: concurrent use of one client and one link against the fake (rate limit, one booking per link).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OnceLink, createOneTimeLinks, personalizeLink } from '../../src/index.js';
import { DEMO_API_KEY, MP, useFake } from './support.js';

// Real time here: the fake enforces 5 requests per second per key on its own clock.
const { mock, traffic } = useFake({ rateLimit: true });

test('three createOneTimeLinks calls at once on one client stay under the rate limit: 15 links, no 429, no duplicate', async () => {
  const starts: number[] = [];
  const paced = new OnceLink({
    apiKey: DEMO_API_KEY,
    fetch: (input, init) => {
      starts.push(performance.now());
      return fetch(input, init);
    },
  });
  const batches = await Promise.all([
    createOneTimeLinks(paced, { masterPage: MP }, 5),
    createOneTimeLinks(paced, { masterPage: MP }, 5),
    createOneTimeLinks(paced, { masterPage: MP }, 5),
  ]);
  const ids = batches.flat().map((l) => l.id);
  assert.equal(ids.length, 15);
  assert.equal(new Set(ids).size, 15, 'no link returned twice');
  assert.equal(mock().control.links().length, 15, 'the fake made exactly the links returned');
  assert.ok(!traffic().statuses.includes(429), `the fake answered: ${traffic().statuses.join(',')}`);
  // At most 5 request starts in any one-second window, as the client saw them.
  for (const [i, t] of starts.entries()) {
    const inWindow = starts.filter((s) => s >= t && s < t + 1000).length;
    assert.ok(inWindow <= 5, `${inWindow} requests started within a second of request ${i}`);
  }
});

test('twenty simultaneous bookings through one personalised link: exactly one wins, the rest see the neutral page', async () => {
  const client = new OnceLink({ apiKey: DEMO_API_KEY });
  const link = await client.masterPages.createOneTimeLink(MP);
  const url = personalizeLink(link.url, { name: 'Zoë Ñandú', email: 'zoe+crm@example.com' });
  const before = mock().control.bookings().length;
  const form = (i: number) => new URLSearchParams({ name: `Guest ${i}`, email: `guest${i}@example.com` });
  // Every attempt picks the first open slot the hosted page offers.
  const page = await (await fetch(url)).text();
  const slot = /name="start_time" value="([^"]+)"/.exec(page)?.[1];
  assert.ok(slot, 'the hosted page offers a slot');
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => {
      const body = form(i);
      body.set('start_time', slot);
      return fetch(url, { method: 'POST', body }).then((r) => r.status);
    }),
  );
  assert.equal(answers.filter((s) => s === 200).length, 1, `statuses: ${answers.join(',')}`);
  assert.equal(mock().control.bookings().length, before + 1);
  assert.equal(mock().control.links()[0]?.state, 'used');
});

// The demo server's guards, over plain HTTP: forged webhooks, bad admin input and the API key never reach the page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type RunningDemo } from '../src/start-demo.js';
import { demoApiKey } from '../src/fake-api.js';
import type { Contact } from '../src/contacts.js';

/** Reads the first `contacts` event of the live stream, then hangs up. */
async function contactsSnapshot(base: string): Promise<Contact[]> {
  const controller = new AbortController();
  const response = await fetch(new URL('crm/events', base), {
    signal: AbortSignal.any([controller.signal, AbortSignal.timeout(5_000)]),
  });
  assert.ok(response.body, 'the live stream has a body');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`The stream ended before a contacts event: ${text}`);
      text += value;
      const match = /event: contacts\ndata: (.*)\n\n/.exec(text);
      if (match?.[1]) return JSON.parse(match[1]) as Contact[];
    }
  } finally {
    controller.abort();
  }
}

function postJson(url: URL, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('the demo server', { timeout: 60_000 }, () => {
  let demo: RunningDemo | undefined;
  const at = (path: string) => {
    assert.ok(demo, 'the demo started');
    return new URL(path, demo.url);
  };

  before(async () => {
    demo = await startDemo({ port: 0, mockPort: 0 });
  });
  after(() => demo?.close());

  it('refuses a webhook with a forged signature and marks nobody booked', async () => {
    const event = {
      id: 'EVNT-FORGED',
      object: 'event',
      type: 'booking.scheduled',
      api_version: 'v2',
      data: {
        object: 'booking',
        id: 'BKNG-FORGED',
        form_submission: { name: 'Ada Lovelace', email: 'ada@example.com' },
      },
    };
    const response = await fetch(at('webhooks/oncehub'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'oncehub-signature': `t=${Math.floor(Date.now() / 1000)},s=${'0'.repeat(64)}`,
      },
      body: JSON.stringify(event),
    });
    assert.equal(response.status, 400);
    const ada = (await contactsSnapshot(at('/').href)).find((c) => c.email === 'ada@example.com');
    assert.equal(ada?.status, 'new', 'a forged event changes nothing');
  });

  it('refuses a webhook without a signature header', async () => {
    const response = await fetch(at('webhooks/oncehub'), { method: 'POST', body: '{}' });
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { error: string }).error, /Oncehub-Signature/);
  });

  it('refuses an unknown rule type, naming the allowed ones, and changes nothing', async () => {
    const response = await postJson(at('admin/master-pages/MP-DYNAMIC0001/rule-type'), {
      ruleType: 'sometimes',
    });
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { error: string }).error, /dynamic, static, none/);
    const pages = (await (await fetch(at('admin/master-pages'))).json()) as {
      data: { id: string; ruleType: string }[];
    };
    assert.equal(pages.data.find((p) => p.id === 'MP-DYNAMIC0001')?.ruleType, 'dynamic');
  });

  it('refuses a rule-type switch sent from another origin', async () => {
    const response = await postJson(
      at('admin/master-pages/MP-DYNAMIC0001/rule-type'),
      { ruleType: 'static' },
      { origin: 'http://evil.example' },
    );
    assert.equal(response.status, 403);
  });

  it('refuses a rule-type switch that is not JSON (what a cross-site form would send)', async () => {
    const response = await fetch(at('admin/master-pages/MP-DYNAMIC0001/rule-type'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ruleType=static',
    });
    assert.equal(response.status, 415);
  });

  it('answers 404 for an unknown master page in the admin switch', async () => {
    const response = await postJson(at('admin/master-pages/MP-NOPE/rule-type'), { ruleType: 'static' });
    assert.equal(response.status, 404);
  });

  it('records a sent link only for a known contact and only from its own pages', async () => {
    assert.equal((await postJson(at('crm/contacts/nobody/link-sent'), {})).status, 404);
    assert.equal(
      (await postJson(at('crm/contacts/c2/link-sent'), {}, { origin: 'http://evil.example' })).status,
      403,
    );
    assert.equal(
      (await postJson(at('crm/contacts/%E0%A4%A/link-sent'), {})).status,
      404,
      'a malformed id is not a server error',
    );
    const grace = (await contactsSnapshot(at('/').href)).find((c) => c.id === 'c2');
    assert.equal(grace?.status, 'new');
    assert.equal((await postJson(at('crm/contacts/c2/link-sent'), {})).status, 200);
    assert.equal((await contactsSnapshot(at('/').href)).find((c) => c.id === 'c2')?.status, 'link-sent');
  });

  it('answers an oversized body with a 413 that says the limit, instead of resetting the connection', async () => {
    for (const [path, size] of [
      ['crm/contacts/c2/link-sent', 50_000],
      ['webhooks/oncehub', 2_000_000],
    ] as const) {
      const response = await postJson(at(path), { pad: 'x'.repeat(size) });
      assert.equal(response.status, 413, path);
      assert.match(
        ((await response.json()) as { error: string }).error,
        /larger than \d+ bytes; send a smaller body/,
        path,
      );
    }
  });

  it('never sends the API key to the browser', async () => {
    for (const path of ['/', 'script-tag.html', 'app.js', 'oncelink.js', 'api/oncehub/master-pages']) {
      const response = await fetch(at(path));
      assert.equal(response.status, 200, path);
      assert.ok(!(await response.text()).includes(demoApiKey), `${path} does not contain the key`);
      for (const [name, value] of response.headers)
        assert.ok(!value.includes(demoApiKey), `${path} header ${name}`);
    }
  });

  it('proxies only the routes the element needs', async () => {
    assert.equal((await fetch(at('api/oncehub/bookings'))).status, 403);
    assert.equal((await fetch(at('api/oncehub/webhooks'))).status, 403);
  });

  it('serves only its own files', async () => {
    assert.equal((await fetch(at('package.json'))).status, 404);
    assert.equal((await fetch(at('src/start-demo.ts'))).status, 404);
    assert.equal((await fetch(at('%2e%2e/package.json'))).status, 404);
  });
});

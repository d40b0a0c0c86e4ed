// personalizeLink: adds name, email and skip, correctly encoded, and refuses input that would break the link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OnceLinkError, PersonalizeLinkError, personalizeLink } from '../src/index.js';

const url = 'https://go.oncehub.com/.S617NW9C';

test('adds name, email and skip=1, percent-encoding spaces and accents', () => {
  const out = personalizeLink(url, { name: 'Ana María Núñez', email: 'ana+crm@example.com' });
  assert.equal(out, `${url}?name=Ana%20Mar%C3%ADa%20N%C3%BA%C3%B1ez&email=ana%2Bcrm%40example.com&skip=1`);
  const params = new URL(out).searchParams;
  assert.equal(params.get('name'), 'Ana María Núñez');
  assert.equal(params.get('email'), 'ana+crm@example.com');
});

test('showBookingForm gives skip=0', () => {
  assert.equal(
    new URL(
      personalizeLink(url, { name: 'Ada', email: 'ada@example.com', showBookingForm: true }),
    ).searchParams.get('skip'),
    '0',
  );
});

test('keeps parameters already on the link and replaces an earlier name, email or skip', () => {
  const out = personalizeLink(`${url}?utm_source=crm&name=Old&skip=0`, {
    name: 'Ada',
    email: 'ada@example.com',
  });
  assert.deepEqual(
    [...new URL(out).searchParams],
    [
      ['utm_source', 'crm'],
      ['name', 'Ada'],
      ['skip', '1'],
      ['email', 'ada@example.com'],
    ],
  );
});

function refusal(fn: () => unknown, field: RegExp) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof OnceLinkError, `expected OnceLinkError, got ${String(e)}`);
    assert.match(e.message, field);
    return true;
  });
}

test('refuses an empty or blank name, naming the field', () => {
  refusal(() => personalizeLink(url, { name: '', email: 'ada@example.com' }), /`name` is empty/);
  refusal(() => personalizeLink(url, { name: '   ', email: 'ada@example.com' }), /`name` is empty/);
});

test('refuses an invalid email, naming the field and not echoing the value', () => {
  for (const email of [
    'zed',
    'zed@',
    '@zed.example',
    'zed@example',
    'zed lovelace@example.com',
    'z@b@zed.example',
  ]) {
    refusal(() => personalizeLink(url, { name: 'Ada', email }), /`email` is not a valid email address/);
    assert.throws(
      () => personalizeLink(url, { name: 'Ada', email }),
      (e: unknown) => e instanceof Error && !e.message.includes(email),
    );
  }
});

test('refuses more than 100 characters in the name or the email (counting characters, not bytes)', () => {
  assert.doesNotThrow(() => personalizeLink(url, { name: 'é'.repeat(100), email: 'ada@example.com' }));
  refusal(
    () => personalizeLink(url, { name: 'a'.repeat(101), email: 'ada@example.com' }),
    /`name` is 101 characters long/,
  );
  refusal(
    () => personalizeLink(url, { name: 'Ada', email: `${'a'.repeat(90)}@example.com` }),
    /`email` is 102 characters long/,
  );
});

test('refuses a resulting URL over 2,000 characters', () => {
  const long = `${url}?ref=${'x'.repeat(1960)}`;
  refusal(
    () => personalizeLink(long, { name: 'Ada', email: 'ada@example.com' }),
    /would be \d+ characters long; the limit is 2000/,
  );
});

test('refuses a URL that is not an absolute http(s) URL', () => {
  refusal(
    () => personalizeLink('go.oncehub.com/.S617NW9C', { name: 'Ada', email: 'ada@example.com' }),
    /`url` is not an absolute URL/,
  );
  refusal(
    () => personalizeLink('javascript:alert(1)', { name: 'Ada', email: 'ada@example.com' }),
    /`url` must be an http\(s\) URL/,
  );
});

test('every refusal is a PersonalizeLinkError whose field and reason say what to fix', () => {
  const reasonOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      assert.ok(e instanceof PersonalizeLinkError && e instanceof OnceLinkError);
      return `${e.field}:${e.reason}`;
    }
    return 'accepted';
  };
  const ok = { name: 'Ada', email: 'ada@example.com' };
  assert.equal(
    reasonOf(() => personalizeLink(url, { ...ok, name: ' ' })),
    'name:empty',
  );
  assert.equal(
    reasonOf(() => personalizeLink(url, { ...ok, email: '' })),
    'email:empty',
  );
  assert.equal(
    reasonOf(() => personalizeLink(url, { ...ok, email: 'zed@example' })),
    'email:invalid',
  );
  assert.equal(
    reasonOf(() => personalizeLink(url, { ...ok, name: 'a'.repeat(101) })),
    'name:too_long',
  );
  assert.equal(
    reasonOf(() => personalizeLink(url, { ...ok, name: 'Ada\nLovelace' })),
    'name:control_character',
  );
  assert.equal(
    reasonOf(() => personalizeLink(url, { ...ok, email: 'ada\u200B@example.com' })),
    'email:control_character',
  );
  assert.equal(
    reasonOf(() => personalizeLink(url, { ...ok, name: 'Ada \uD83D' })),
    'name:lone_surrogate',
  );
  assert.equal(
    reasonOf(() => personalizeLink('javascript:alert(1)', ok)),
    'url:not_http',
  );
  assert.equal(
    reasonOf(() => personalizeLink('go.oncehub.com', ok)),
    'url:invalid',
  );
  assert.equal(
    reasonOf(() => personalizeLink(`${url}?ref=${'x'.repeat(1960)}`, ok)),
    'url:url_too_long',
  );
  assert.equal(
    reasonOf(() => personalizeLink(url, ok)),
    'accepted',
  );
});

// fast-check arbitraries for hostile raw HTTP/1.1: odd targets and methods, junk headers, hostile bodies, pipelining.
import fc from 'fast-check';

export type Target = 'fake' | 'proxy';

/** One connection's worth of bytes, and what it is aimed at: the counterexample fast-check prints on a failure. */
export interface RawCase {
  target: Target;
  /** The requests, each a raw HTTP/1.1 message; sent back to back on one connection (the last one closes it). */
  requests: string[];
}

const ids = [
  'MP-DYNAMIC0001',
  'MP-STATIC00001',
  'BKC-PUBLISHED01',
  'BKNG-SEED00001',
  'WHK-1',
  'S617NW9C',
  'SalesDiscovery',
];
const words = [
  'v2',
  'master-pages',
  'booking-calendars',
  'bookings',
  'webhooks',
  'one-time-links',
  'time-slots',
  'schedule',
  'cancel',
  'request-reschedule',
  'test',
  'api',
  'oncehub',
  '__control',
  'reset',
  'manage',
  'static',
  '.',
  '..',
  '%2e%2e',
  '%2E',
  '%2F',
  '%5C',
  '%00',
  '%zz',
  '%',
  '%%32%65',
  '%C0%AE',
  '%E0%A4%A',
  '%F0%9F%98%80',
  '__proto__',
  'constructor',
  'prototype',
  '',
  ' ',
];
const segment = fc.oneof(
  { weight: 18, arbitrary: fc.constantFrom(...words, ...ids) },
  { weight: 6, arbitrary: fc.string({ maxLength: 30 }).map((s) => encodeURIComponent(s)) },
  {
    weight: 3,
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 12 })
      .map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, 'x'))),
  },
  { weight: 1, arbitrary: fc.constantFrom(200, 2_000, 9_000, 20_000, 70_000).map((n) => 'a'.repeat(n)) },
);
const prefix = fc.constantFrom('/v2/', '/api/oncehub/', '/api/oncehub/v2/', '/', '//', '/v2//');
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?limit=0',
    '?limit=101',
    '?limit=-1',
    '?limit=1e3',
    '?limit=NaN',
    '?after=x&before=y',
    '?expand=owner,__proto__',
    '?__proto__[polluted]=1',
    '?constructor[prototype][polluted]=1',
    '?start_time=x&end_time=y',
    '?name=%00&email=a%40b&skip=1',
    '?status=scheduled&expand=master_page',
  ),
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 4 })
    .map((d) => `?${new URLSearchParams(d).toString()}`),
);
const randomPath = fc
  .tuple(prefix, fc.array(segment, { minLength: 0, maxLength: 5 }), query)
  .map(([p, s, q]) => p + s.join('/') + q);
/** The routes the API and the proxy know, with a fuzzed id: most requests get past the router to the handlers. */
const routes = [
  'master-pages',
  'master-pages/:id',
  'master-pages/:id/one-time-links',
  'booking-calendars',
  'booking-calendars/:id',
  'booking-calendars/:id/one-time-links',
  'booking-calendars/:id/time-slots',
  'booking-calendars/:id/schedule',
  'bookings',
  'bookings/:id',
  'bookings/:id/cancel',
  'bookings/:id/request-reschedule',
  'webhooks',
  'webhooks/:id',
  'test',
  ':id',
];
const knownPath = fc
  .tuple(fc.constantFrom('/v2/', '/api/oncehub/', '/'), fc.constantFrom(...routes), segment, query)
  .map(([p, route, id, q]) => p + route.replace(':id', id) + q);
const path = fc.oneof({ weight: 3, arbitrary: knownPath }, { weight: 2, arbitrary: randomPath });

/** Request targets Node's parser takes but `new URL()` may refuse, or that mean something else than a path. */
const oddTarget = fc.constantFrom(
  'http://%zz/v2/one-time-links',
  '//%2f',
  'http://127.0.0.1:99999/v2/test',
  'http://%zz/SalesDiscovery',
  '*',
  '//evil.example/v2/test',
  'http://evil.example/v2/master-pages',
  'https://127.0.0.1/api/oncehub/master-pages',
  'ftp://x/v2/test',
  '/v2/test#frag',
  '/v2/test?%zz',
  'http://[::1/v2/test',
  'http://u:p@127.0.0.1/v2/test',
  '/\\..\\v2',
  '/v2/master-pages/%0d%0aX-Injected:%201',
);
const method = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('GET', 'POST', 'DELETE') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'PUT',
      'PATCH',
      'HEAD',
      'OPTIONS',
      'TRACE',
      'PROPFIND',
      'SEARCH',
      'QUERY',
      'get',
      'MKCOL',
      'PURGE',
    ),
  },
);

/** Bodies an attacker sends: JSON of every shape, prototype keys, deep nesting, forms, garbage, sizes around the caps. */
const body = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 4, arbitrary: fc.json({ maxDepth: 4 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"hide_url_params":"yes"}',
      '{"booking_form":{"name":"A","email":"a@example.com","__proto__":{"x":1}}}',
      '{"url":"http://127.0.0.1:9/hook","name":"fuzz","events":["booking.scheduled"]}',
      '{"start_time":"2026-11-23T09:00:00Z","guest_time_zone":"UTC","booking_form":{"name":"A","email":"a@example.com"}}',
      '{"cancellation_reason":null}',
      'start_time=x&name=%00&email=a',
      'name=A&email=a%40example.com&start_time=2026-11-23T09%3A00%3A00Z',
      '\u0000\u0001',
      '{',
      'null',
      '[]',
      '"x"',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(60_000, 70_000, 1_100_000).map((n) => `{"pad":"${'x'.repeat(n)}"}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);
const contentType = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/json; charset=utf-16',
  'multipart/form-data; boundary=x',
  '',
);

/** Header lines beyond the ones every request has; some with values Node still accepts but fetch might not. */
const extraHeaders = fc.array(
  fc.oneof(
    fc.constantFrom(
      'Cookie: session=abc',
      'Origin: http://evil.example',
      'X-Forwarded-For: 10.0.0.1',
      'X-Forwarded-Host: evil.example',
      'Expect: 100-continue',
      'API-Key: ol_live_guess',
      'api-key: ol_test_demo_key',
      'Authorization: Bearer x',
      'Accept: */*',
      'Accept-Encoding: gzip',
      'Transfer-Encoding: identity',
      'X-Junk: \u00ff\u00fe',
      'Referer: javascript:alert(1)',
      'Oncehub-Signature: t=1,s=00',
    ),
    fc
      .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), fc.stringMatching(/^[ -~]{0,60}$/))
      .map(([n, v]) => `${n}: ${v}`),
  ),
  { maxLength: 4 },
);
const host = (port: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant(`127.0.0.1:${port}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'a b',
        '[::1',
        '',
        'localhost:99999',
        '127.0.0.1:1@evil.example',
        'localhost',
        'evil.example',
        '[::1]:0',
        null,
      ),
    },
  );

function message(
  m: string,
  target: string,
  hostHeader: string | null,
  key: string | null,
  type: string,
  extra: string[],
  text: string,
): string {
  const bytes = Buffer.byteLength(text);
  const lines = [`${m} ${target} HTTP/1.1`];
  if (hostHeader !== null) lines.push(`Host: ${hostHeader}`);
  if (key !== null) lines.push(`API-Key: ${key}`);
  if (type) lines.push(`Content-Type: ${type}`);
  lines.push(...extra);
  if (text !== '' || m === 'POST') lines.push(`Content-Length: ${bytes}`);
  return `${lines.join('\r\n')}\r\n\r\n${text}`;
}

/** One request; `key` is the key the fake accepts (sent most of the time to reach past the key check). */
export function rawRequest(port: number, key: string): fc.Arbitrary<string> {
  return fc
    .record({
      m: method,
      target: fc.oneof({ weight: 12, arbitrary: path }, { weight: 1, arbitrary: oddTarget }),
      hostHeader: host(port),
      key: fc.oneof(
        { weight: 4, arbitrary: fc.constant(key) },
        { weight: 1, arbitrary: fc.constantFrom(null, '', 'ol_test_guess', 'x'.repeat(300)) },
      ),
      type: contentType,
      extra: extraHeaders,
      text: body,
    })
    .map(({ m, target, hostHeader, key: k, type, extra, text }) =>
      message(m, target, hostHeader, k, type, extra, text),
    );
}

/** The bytes as a reproducer: long runs of one character folded (`x{60000}`), so a shrunk case stays readable. */
export const describeCase = (c: RawCase): string =>
  `${c.target}: ${JSON.stringify(c.requests.map((r) => r.replace(/(.)\1{40,}/gs, (run, ch: string) => `${ch}{${run.length}}`)))}`;

/** A connection: one request most of the time, up to three pipelined; the last asks to close. */
export function rawCase(target: Target, port: number, key: string): fc.Arbitrary<RawCase> {
  return fc.array(rawRequest(port, key), { minLength: 1, maxLength: 3 }).map((requests) => {
    const c: RawCase = {
      target,
      requests: requests.map((r, i) =>
        i === requests.length - 1 ? r.replace('\r\n', '\r\nConnection: close\r\n') : r,
      ),
    };
    return Object.assign(c, { [fc.toStringMethod]: () => describeCase(c) });
  });
}

// Master pages: list, retrieve, pagination (limit, after, before, Link header), auth and Request-Id.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { largeSeed, seedIds } from '../src/index.js';
import { call, useMockApi, type ErrorShape } from './support.js';

interface List {
  object: string;
  data: { id: string; object: string; name: string; active: boolean }[];
  has_more: boolean;
}

describe('master pages', () => {
  useMockApi({ fixtures: largeSeed });

  it('lists 10 by default and pages across three pages by following after', async () => {
    const seen: string[] = [];
    let after = '';
    const pages: List[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call<List>('GET', `/master-pages${after ? `?after=${after}` : ''}`);
      assert.equal(res.status, 200);
      pages.push(res.body);
      seen.push(...res.body.data.map((p) => p.id));
      if (!res.body.has_more) break;
      after = res.body.data.at(-1)?.id ?? '';
    }
    assert.deepEqual(
      pages.map((p) => p.data.length),
      [10, 10, 6],
    );
    assert.deepEqual(
      pages.map((p) => p.has_more),
      [true, true, false],
    );
    assert.equal(new Set(seen).size, 26, 'no page repeats or skips an item');
    assert.ok(!seen.includes(seedIds.deletedMasterPage), 'deleted pages are not listed');
  });

  it('sends a Link header with next and previous', async () => {
    const first = await call<List>('GET', '/master-pages?limit=5');
    const link = first.headers.get('link') ?? '';
    assert.match(link, /rel="next"/);
    assert.doesNotMatch(link, /rel="previous"/);
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? '';
    assert.equal(new URL(next).searchParams.get('after'), first.body.data[4]?.id);
    assert.equal(new URL(next).searchParams.get('limit'), '5');
    const second = await call<List>('GET', `/master-pages?limit=5&after=${first.body.data[4]?.id}`);
    assert.match(second.headers.get('link') ?? '', /rel="previous"/);
    const last = await call<List>('GET', '/master-pages?limit=100');
    assert.equal(last.headers.get('link'), null, 'no Link header when everything fits');
  });

  it('pages backwards with before', async () => {
    const all = (await call<List>('GET', '/master-pages?limit=100')).body.data.map((p) => p.id);
    const res = await call<List>('GET', `/master-pages?limit=3&before=${all[10]}`);
    assert.deepEqual(
      res.body.data.map((p) => p.id),
      all.slice(7, 10),
    );
    assert.equal(res.body.has_more, true);
    const start = await call<List>('GET', `/master-pages?limit=3&before=${all[2]}`);
    assert.deepEqual(
      start.body.data.map((p) => p.id),
      all.slice(0, 2),
    );
    assert.equal(start.body.has_more, false);
  });

  it('refuses a limit out of range with the API message', async () => {
    for (const limit of ['0', '101', '500']) {
      const res = await call<ErrorShape>('GET', `/master-pages?limit=${limit}`);
      assert.equal(res.status, 400);
      assert.deepEqual(res.body, {
        type: 'invalid_request_error',
        message: `Out of range value: ${limit}. Please provide a number between 1 and 100.`,
        param: 'limit',
      });
    }
    const word = await call<ErrorShape>('GET', '/master-pages?limit=ten');
    assert.equal(word.status, 400);
    assert.equal(word.body.param, 'limit');
  });

  it('refuses before and after together, and a cursor that names no object', async () => {
    const both = await call<ErrorShape>('GET', '/master-pages?after=MP-DYNAMIC0001&before=MP-STATIC00001');
    assert.equal(both.status, 400);
    assert.equal(both.body.type, 'invalid_request_error');
    const bad = await call<ErrorShape>('GET', '/master-pages?after=MP-NOPE');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.param, 'after');
  });

  it('retrieves one page; answers 404 with the API message for an unknown id and 400 for a deleted one', async () => {
    const res = await call<{ id: string; name: string; object: string; url: string }>(
      'GET',
      `/master-pages/${seedIds.dynamicMasterPage}`,
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.object, 'master_page');
    assert.equal(res.body.name, 'Sales discovery call');
    const missing = await call<ErrorShape>('GET', '/master-pages/123');
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, {
      type: 'invalid_request_error',
      message: "No such master page: '123'",
      param: 'id',
    });
    const deleted = await call<ErrorShape>('GET', `/master-pages/${seedIds.deletedMasterPage}`);
    assert.equal(deleted.status, 400, 'a deleted page is named as such, as for link creation');
    assert.deepEqual(deleted.body, {
      type: 'invalid_request_error',
      message: `This master page is deleted: '${seedIds.deletedMasterPage}'`,
      param: 'id',
    });
  });

  it('answers 401 with the real body without a valid API-Key, and Request-Id on every answer', async () => {
    for (const apiKey of [null, 'wrong']) {
      const res = await call<ErrorShape>('GET', '/master-pages', { apiKey });
      assert.equal(res.status, 401);
      assert.deepEqual(res.body, { type: 'authentication_error', message: 'Invalid API key.' });
      assert.match(res.headers.get('request-id') ?? '', /^req_[0-9a-f]{16}$/);
    }
    const a = await call('GET', '/master-pages');
    const b = await call('GET', '/master-pages');
    assert.notEqual(a.headers.get('request-id'), b.headers.get('request-id'));
  });

  it('answers an unknown route under the base URL with the API error shape', async () => {
    const res = await call<ErrorShape>('GET', '/nothing-here');
    assert.equal(res.status, 404);
    assert.equal(res.body.type, 'invalid_request_error');
  });
});

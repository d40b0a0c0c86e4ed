// The fake's server under requests it cannot parse: 400 or 405, in the API's shape under /v2, never a 500.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMockServer, seedIds, type MockServer } from '../../src/index.js';
import { onBug } from '../../src/bugs.js';
import '../no-bugs.js';
import { rawHttp, rawRequest, type RawAnswer } from '../raw-http.js';

const STATIC = seedIds.staticMasterPage;

function assertApiError(answer: RawAnswer | undefined, status: number): void {
  assert.equal(answer?.status, status);
  assert.match(answer?.headers['content-type'] ?? '', /application\/json/);
  assert.match(answer?.headers['request-id'] ?? '', /^req_[0-9a-f]{16}$/);
  const body = JSON.parse(answer?.body ?? '') as { type: string; message: string };
  assert.equal(body.type, 'invalid_request_error');
  assert.ok(body.message.length > 0);
}

describe('the fake over HTTP, given requests it cannot parse', () => {
  let server: MockServer;
  let port = 0;
  let host = '';
  const bugs: unknown[] = [];
  let stop: () => void = () => undefined;
  before(async () => {
    server = await createMockServer();
    port = Number(new URL(server.url).port);
    host = `127.0.0.1:${port}`;
    stop = onBug((_where, error) => bugs.push(error));
  });
  after(async () => {
    stop();
    await server.close();
  });

  for (const target of ['http://%zz/v2/one-time-links', 'http://127.0.0.1:99999/v2/test']) {
    it(`answers 400 in the API's error shape to the target ${target}`, async () => {
      const [answer] = await rawHttp(port, rawRequest('GET', target, host));
      assertApiError(answer, 400);
    });
  }

  for (const target of ['http://%zz/SalesDiscovery', 'http://127.0.0.1:99999/SalesDiscovery', '*']) {
    it(`answers a plain 400 page to the target ${target} off the API`, async () => {
      const [answer] = await rawHttp(port, rawRequest('GET', target, host));
      assert.equal(answer?.status, 400);
      assert.match(answer?.headers['content-type'] ?? '', /text\/plain/);
    });
  }

  it('reads //%2f as a path on this server: a 404 page, not a 500', async () => {
    const [answer] = await rawHttp(port, rawRequest('GET', '//%2f', host));
    assert.equal(answer?.status, 404);
  });

  it('answers TRACE with 405 and Allow, under /v2 in the API shape and elsewhere as a page', async () => {
    const [api] = await rawHttp(port, rawRequest('TRACE', `/v2/master-pages/${STATIC}/one-time-links`, host));
    assertApiError(api, 405);
    assert.match(api?.headers['allow'] ?? '', /GET, HEAD, POST/);
    const [page] = await rawHttp(port, rawRequest('TRACE', '/SalesDiscovery', host));
    assert.equal(page?.status, 405);
    assert.match(page?.headers['allow'] ?? '', /GET/);
  });

  it('answers TRACE with 405 as the third request pipelined on one connection, and serves the ones around it', async () => {
    const links = server.control.links().length;
    const keep = (method: string, path: string) =>
      `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nAPI-Key: ol_test_demo_key\r\nContent-Length: 0\r\n\r\n`;
    const answers = await rawHttp(
      port,
      keep('GET', '/v2/master-pages') +
        keep('GET', '/v2/test') +
        keep('TRACE', `/v2/master-pages/${STATIC}/one-time-links`) +
        rawRequest('GET', '/v2/test', host, 'API-Key: ol_test_demo_key\r\n'),
    );
    assert.deepEqual(
      answers.map((a) => a.status),
      [200, 200, 405, 200],
    );
    assert.equal(server.control.links().length, links, 'nothing made');
  });

  it("answers bytes Node's parser refuses with 400 (431 for huge headers) in the API's shape, not Node's bare 400", async () => {
    const [api] = await rawHttp(port, `GET /v2/test\x01 HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    assertApiError(api, 400);
    const [lowercase] = await rawHttp(port, `get /v2/test HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    assertApiError(lowercase, 400);
    const [huge] = await rawHttp(
      port,
      `GET /v2/test HTTP/1.1\r\nHost: ${host}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    assertApiError(huge, 431);
  });

  it('reported no bug for any of it', () => {
    assert.deepEqual(bugs, []);
  });
});

// In Chromium: the fake under msw's setupWorker with a relative baseURL, as the elements' tests use it.
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createMockApi, createMockServer, seedIds } from '../src/browser.js';

// Mocha's globals, provided by the test runner.
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: () => Promise<void> | void) => void;
declare const before: (body: () => Promise<void> | void) => void;
declare const after: (body: () => Promise<void> | void) => void;

describe('mock-api in the browser', () => {
  const mock = createMockApi({ baseURL: '/api/oncehub', requireApiKey: false });
  const worker = setupWorker(...mock.handlers);
  before(async () => {
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  });
  after(() => worker.stop());

  it('answers under a relative base URL without an API key (behind a proxy)', async () => {
    const res = await fetch('/api/oncehub/master-pages?limit=2');
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { data: { id: string }[]; has_more: boolean };
    expect(body.data.map((p) => p.id)).to.deep.equal([seedIds.dynamicMasterPage, seedIds.staticMasterPage]);
    expect(body.has_more).to.equal(true);
    expect(res.headers.get('request-id')).to.match(/^req_/);
  });

  it('makes a one-time link the control object sees, and refuses a Static page', async () => {
    const res = await fetch(`/api/oncehub/master-pages/${seedIds.dynamicMasterPage}/one-time-links`, {
      method: 'POST',
    });
    expect(res.status).to.equal(200);
    const link = (await res.json()) as { id: string };
    expect(mock.control.links().map((l) => l.id)).to.deep.equal([link.id]);
    const refused = await fetch(`/api/oncehub/master-pages/${seedIds.staticMasterPage}/one-time-links`, {
      method: 'POST',
    });
    expect(refused.status).to.equal(400);
    expect(((await refused.json()) as { message: string }).message).to.contain(
      'does not allow creation of one time links',
    );
  });

  it('injects faults in the browser too', async () => {
    mock.control.failNext(1, 429);
    const res = await fetch('/api/oncehub/master-pages');
    expect(res.status).to.equal(429);
    expect(res.headers.get('retry-after')).to.equal('1');
  });

  it('explains that createMockServer needs Node', async () => {
    let message = '';
    await createMockServer().catch((e: unknown) => {
      message = e instanceof Error ? e.message : String(e);
    });
    expect(message).to.contain('Node only');
  });
});

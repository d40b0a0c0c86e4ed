// <oncelink-share> in Chromium before its pop-up's code has arrived: a failed load is said in words, with Retry; offline says offline.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import './define.js';
import type { OnceLinkShare } from './share.js';
import { API_BASE, sent, useFakeApi, worker } from '../test-support/fake-api.js';
import { $, has, isOpen, shownLink, stubOnline, text, until, waitUntil } from '../test-support/dom.js';

// No preload: these tests are about the first fetch of the pop-up's code. Its module is requested
// (by the idle load or an intent) only once the first element is drawn, after the handler below.
useFakeApi({ preload: false });

/** The pop-up's module as the test server serves it: every request for it fails like a dropped connection. */
const dropPopupCode = () => worker.use(http.get(/\/src\/popup\/popup\.ts/, () => HttpResponse.error()));

const forPage = () =>
  fixture<OnceLinkShare>(
    html`<oncelink-share api-base=${API_BASE} master-page="MP-DYNAMIC0001"></oncelink-share>`,
  );

describe("<oncelink-share> before the pop-up's code has arrived", () => {
  it('offline at intent time: the pop-up opens and says it is offline, with Retry, and reads nothing', async () => {
    dropPopupCode();
    stubOnline(false);
    const el = await forPage();
    const error = oneEvent(el, 'oncelink-error');
    $(el, '[part=trigger]').click();
    const { detail } = await error;
    expect(detail.kind).to.equal('offline');
    await until(el, '[part=error]');
    expect(isOpen(el)).to.equal(true);
    expect(text(el, '[part=error] p')).to.equal(
      'OnceHub could not be reached. Check your internet connection, then retry.',
    );
    expect(text(el, '[part=error] button')).to.equal('Retry');
    expect($(el, '[part=body]').getAttribute('aria-busy')).to.equal('false');
    expect(sent).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a failed load while online says the pop-up could not be loaded; Retry loads it and the page shows', async () => {
    dropPopupCode();
    const el = await forPage();
    const error = oneEvent(el, 'oncelink-error');
    await el.show();
    expect((await error).detail.kind).to.equal('failed');
    await until(el, '[part=error]');
    expect(text(el, '[part=error] p')).to.equal(
      'The pop-up could not be loaded. Check your connection, then retry.',
    );

    worker.resetHandlers();
    $(el, '[part=error] button').click();
    await waitUntil(() => has(el, '#link'), 'the pop-up loaded on Retry', { timeout: 15_000 });
    expect(has(el, '[part=error]')).to.equal(false);
    expect(shownLink(el)).to.match(/^https:\/\/.+SalesDiscovery/);
  });
});

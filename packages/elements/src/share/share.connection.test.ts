// <oncelink-share> in Chromium: taken out of the page and put back, as lists that re-render do.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { OnceLinkShare } from './share.js';
import { API_BASE, mock, sent, settle, useFakeApi } from '../test-support/fake-api.js';
import { $, focused, isOpen, until, waitUntil } from '../test-support/dom.js';

useFakeApi();

// The element itself is the fixture: a plain div's fixture waits for a frame, which a background tab never draws.
const forPage = () =>
  fixture<OnceLinkShare>(
    html`<oncelink-share api-base=${API_BASE} master-page="MP-DYNAMIC0001"></oncelink-share>`,
  );

describe('<oncelink-share> taken out of the page', () => {
  it('closes when removed while open, so it never comes back as a non-modal box', async () => {
    const el = await forPage();
    const parent = el.parentElement as HTMLElement;
    await el.show();
    await until(el, '#link');
    const asked: string[] = [];
    el.addEventListener('oncelink-request-close', (e) => asked.push(e.detail.source));

    el.remove();
    expect(el.open).to.equal(false);
    expect(isOpen(el)).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(false);
    expect(isOpen(el)).to.equal(false);
    expect(asked).to.deep.equal([]);

    // And it opens again as a modal, Escape and all.
    $(el, '[part=trigger]').click();
    await until(el, '#link');
    expect($(el, 'dialog').matches(':modal')).to.equal(true);
    const closing = oneEvent(el, 'oncelink-request-close');
    await sendKeys({ press: 'Escape' });
    expect((await closing).detail.source).to.equal('escape');
    await waitUntil(() => !isOpen(el), 'closed by Escape');
    expect(focused(el)).to.equal('trigger');
  });

  it('stops its load when removed while loading: nothing is shown or reported for it later', async () => {
    mock.control.setLatency(1500);
    mock.control.failNext(1, 403);
    const el = await forPage();
    const parent = el.parentElement as HTMLElement;
    const errors: string[] = [];
    el.addEventListener('oncelink-error', (e) => errors.push(e.detail.kind));
    void el.show();
    await waitUntil(() => sent.length === 1, 'the page read sent');
    el.remove();
    await settle(el);
    parent.append(el);
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(isOpen(el)).to.equal(false);
    expect($(el, '[part=body]').getAttribute('aria-busy')).to.equal('false');
  });
});

// <oncelink-share> in Chromium: a press on the trigger starts loading before the click opens the pop-up.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { OnceLinkShare } from './share.js';
import { API_BASE, mock, sent, useFakeApi } from '../test-support/fake-api.js';
import { $, has, isOpen, text, until, waitUntil } from '../test-support/dom.js';

useFakeApi();

const forPage = (id = 'MP-DYNAMIC0001') =>
  fixture<OnceLinkShare>(html`<oncelink-share api-base=${API_BASE} master-page=${id}></oncelink-share>`);

const pageReads = () => sent.filter((r) => r.method === 'GET' && r.path.startsWith('/master-pages/'));
const press = (target: Element) =>
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
const keyDown = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

describe('<oncelink-share> loads on the press that opens it', () => {
  it('a pointer press on the trigger starts the read, and the click then opens it loaded, with no second read', async () => {
    const el = await forPage();
    press($(el, '[part=trigger]'));
    await waitUntil(() => pageReads().length === 1, 'the page read on the press');
    expect(isOpen(el)).to.equal(false);
    await waitUntil(() => $(el, '[part=body]').getAttribute('aria-busy') === 'false', 'loaded while closed');

    $(el, '[part=trigger]').click();
    await until(el, '#link');
    expect(isOpen(el)).to.equal(true);
    expect(text(el, '[part=title]')).to.equal('Sales discovery call');
    await aTimeout(50);
    expect(pageReads()).to.have.length(1);
    expect(sent.filter((r) => r.method === 'POST')).to.have.length(0);
  });

  it('a click while the read begun by the press is still under way waits for it instead of reading again', async () => {
    mock.control.setLatency(1500);
    const el = await forPage();
    press($(el, '[part=trigger]'));
    await waitUntil(() => pageReads().length === 1, 'the page read on the press');
    $(el, '[part=trigger]').click();
    await waitUntil(
      () => isOpen(el) && $(el, '[part=body]').getAttribute('aria-busy') === 'true',
      'open and loading',
    );
    await until(el, '#link');
    expect(pageReads()).to.have.length(1);
  });

  it('a press on a slotted trigger, and Enter or Space down on it, start the read; other keys do not', async () => {
    const el = await fixture<OnceLinkShare>(html`
      <oncelink-share api-base=${API_BASE} master-page="MP-DYNAMIC0001"><a slot="trigger" href="#" tabindex="0">Share</a></oncelink-share>
    `);
    const mine = el.querySelector('a') as HTMLAnchorElement;
    keyDown(mine, 'Tab');
    keyDown(mine, 'a');
    await aTimeout(100);
    expect(pageReads()).to.have.length(0);
    keyDown(mine, ' ');
    await waitUntil(() => pageReads().length === 1, 'the read on Space down');

    const other = await forPage();
    $(other, '[part=trigger]').focus();
    await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    await waitUntil(() => has(other, '#link'), 'opened by Enter and loaded');
    expect(pageReads()).to.have.length(2);
  });

  it('a read begun by a press that fails before the pop-up opens reports nothing; opening reads again and shows what is wrong', async () => {
    const el = await forPage();
    const errors: string[] = [];
    el.addEventListener('oncelink-error', (e) => errors.push(e.detail.kind));
    mock.control.failNext(2, 403);
    press($(el, '[part=trigger]'));
    await waitUntil(
      () => pageReads().length === 1 && $(el, '[part=body]').getAttribute('aria-busy') === 'false',
      'the read failed',
    );
    await aTimeout(50);
    expect(errors).to.deep.equal([]);
    expect(has(el, '[part=error]')).to.equal(false);

    $(el, '[part=trigger]').click();
    await until(el, '[part=error]');
    expect(pageReads()).to.have.length(2);
    expect(errors).to.deep.equal(['forbidden']);
  });

  it('nothing is read on a press while the pop-up is open', async () => {
    const el = await forPage();
    await el.show();
    await until(el, '#link');
    press($(el, '[part=trigger]'));
    keyDown($(el, '[part=trigger]'), 'Enter');
    await aTimeout(100);
    expect(pageReads()).to.have.length(1);
  });
});

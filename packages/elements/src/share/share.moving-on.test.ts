// <oncelink-share> in Chromium when the host or the user moves on mid-request: answers for what is no longer shown are dropped.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OnceLink, type MasterPage } from '@oncelink/sdk';
import './define.js';
import type { OnceLinkShare } from './share.js';
import type { ShareClient } from '../popup/client.js';
import { API_BASE, linkRequests, mock, settle, useFakeApi } from '../test-support/fake-api.js';
import {
  $,
  has,
  isOpen,
  openReady,
  recordingClipboard,
  shownLink,
  stubClipboard,
  text,
  until,
  waitUntil,
} from '../test-support/dom.js';

useFakeApi();
const DYNAMIC = 'MP-DYNAMIC0001',
  STATIC = 'MP-STATIC00001',
  NORULES = 'MP-NORULES0001',
  CALENDAR = 'BKC-PUBLISHED01';
const page = (id = DYNAMIC) =>
  fixture<OnceLinkShare>(
    html`<oncelink-share api-base=${API_BASE} master-page=${id} customer-name="Ada" customer-email="ada@example.com"></oncelink-share>`,
  );
const noRetry = () => new OnceLink({ baseURL: API_BASE, maxRetries: 0 });

/** Opens Ada's page (personalised or not), turns One-time link on, and presses Copy while the link is still being made. */
async function copyWhileMaking(personalised: boolean): Promise<{ el: OnceLinkShare; copied: string[] }> {
  const { clipboard, copied } = recordingClipboard();
  stubClipboard(clipboard);
  const el = await page();
  await openReady(el);
  // Both customer attributes given: Personalize link starts on.
  if (personalised) await until(el, '#name');
  else {
    $(el, '#personalize').click();
    await el.updateComplete;
  }
  mock.control.setLatency(1500);
  $(el, '#one-time').click();
  await waitUntil(() => linkRequests().length === 1, 'creating');
  expect(text(el, '[part=status]'), 'Copy is pressed while the link is being made').to.equal(
    'Creating link…',
  );
  $(el, '[part~=copy-button]').click();
  return { el, copied };
}

/**
 * Opens a page whose link creation will fail (500, no retries) after `latency` ms, turns One-time
 * link on and waits until the request is out; `errors` records the oncelink-error kinds.
 */
async function failingCreation(latency: number): Promise<{ el: OnceLinkShare; errors: string[] }> {
  const el = await fixture<OnceLinkShare>(
    html`<oncelink-share .client=${noRetry()} master-page=${DYNAMIC}></oncelink-share>`,
  );
  await openReady(el);
  const errors: string[] = [];
  el.addEventListener('oncelink-error', (e) => errors.push(e.detail.kind));
  mock.control.setLatency(latency);
  mock.control.failNext(1, 500);
  $(el, '#one-time').click();
  await waitUntil(() => linkRequests().length === 1, 'creating');
  return { el, errors };
}

describe('<oncelink-share> moving on', () => {
  it('a contact without an email (the attribute removed, or null from a framework) can still be personalised', async () => {
    const el = await page();
    el.removeAttribute('customer-email');
    await openReady(el);
    $(el, '#personalize').click();
    await until(el, '#email');
  });

  it("master-page changed while its link is being made: the old page's failure is not shown for the new one", async () => {
    const el = await page(STATIC);
    await openReady(el);
    const errors: string[] = [];
    el.addEventListener('oncelink-error', (e) => errors.push(e.detail.kind));
    mock.control.setLatency(600);
    $(el, '#one-time').click();
    await waitUntil(() => linkRequests().length === 1, 'creating');
    el.masterPage = DYNAMIC;
    await waitUntil(() => text(el, '[part=title]') === 'Sales discovery call', 'the new page');
    await settle(el);
    expect(text(el, '[part=title]')).to.equal('Sales discovery call');
    expect(errors).to.deep.equal([]);
    expect(has(el, '[part=error]')).to.equal(false);
  });

  it('the old page\'s finished creation does not clear the new page\'s "Creating link…"', async () => {
    const el = await page();
    await openReady(el);
    mock.control.setLatency(400);
    $(el, '#one-time').click();
    await waitUntil(() => linkRequests().length === 1, 'creating A');
    el.masterPage = NORULES;
    mock.control.setLatency(0);
    await el.updateComplete;
    await until(el, '#one-time');
    mock.control.setLatency(5000);
    $(el, '#one-time').click();
    await linkRequests()[0]?.answered;
    await aTimeout(100);
    expect(text(el, '[part=status]')).to.equal('Creating link…');
    expect(text(el, '.hint:not(#one-time-hint)')).to.equal('');
  });

  it('Retry after a failed creation removes the error once the link is made', async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share .client=${noRetry()} master-page=${DYNAMIC}></oncelink-share>`,
    );
    await openReady(el);
    mock.control.failNext(1, 500);
    $(el, '#one-time').click();
    (await until(el, '[part=error] button')).click();
    await until(el, '#link');
    await el.updateComplete;
    expect(has(el, '[part=error]')).to.equal(false);
  });

  it('a booking calendar with Personalize on, then One-time off: Copy copies the ordinary link (the hidden fields block nothing)', async () => {
    const { clipboard, copied } = recordingClipboard();
    stubClipboard(clipboard);
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} booking-calendar=${CALENDAR}></oncelink-share>`,
    );
    await openReady(el);
    $(el, '#one-time').click();
    await el.updateComplete;
    $(el, '#personalize').click();
    await until(el, '#name');
    $(el, '#one-time').click();
    await el.updateComplete;
    $(el, '[part~=copy-button]').click();
    await waitUntil(() => copied.length === 1, 'copied');
    expect(text(el, '[part=status]')).to.equal('');
  });

  it('a copy left over from an earlier opening does not close the pop-up opened again', async () => {
    stubClipboard(recordingClipboard().clipboard);
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} booking-calendar=${CALENDAR}></oncelink-share>`,
    );
    await openReady(el);
    $(el, '#one-time').click();
    await el.updateComplete;
    mock.control.setLatency(1500);
    $(el, '[part~=copy-button]').click();
    await waitUntil(() => linkRequests().length === 1, 'creating');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isOpen(el), 'closed');
    $(el, '[part=trigger]').click();
    await waitUntil(() => isOpen(el), 'reopened');
    await settle(el);
    expect(isOpen(el)).to.equal(true);
  });

  it('Copy while the link is being made copies it with the answers shown at the click, whatever is typed after', async () => {
    const { el, copied } = await copyWhileMaking(true);
    const email = $<HTMLInputElement>(el, '#email');
    email.value = 'grace@example.com';
    email.dispatchEvent(new Event('input'));
    await waitUntil(() => copied.length === 1, 'copied');
    expect(copied[0]).to.contain('email=ada%40example.com');
  });

  it('Copy while the link is being made, then the host moves to the next contact: nothing goes out with the wrong customer', async () => {
    const { el, copied } = await copyWhileMaking(true);
    el.customerName = 'Grace';
    el.customerEmail = 'grace@example.com';
    await settle(el);
    expect(copied).to.deep.equal([]);
    expect(isOpen(el)).to.equal(true);
    expect(has(el, '[part=error]'), 'no error for a copy the host moved on from').to.equal(false);
    expect($<HTMLInputElement>(el, '#email').value).to.equal('grace@example.com');
    expect($<HTMLInputElement>(el, '#one-time').checked).to.equal(false);
  });

  it('Copy while the link is being made, then master-page changes: nothing is copied and the new page stays open', async () => {
    const { el, copied } = await copyWhileMaking(false);
    el.masterPage = NORULES;
    await settle(el);
    expect({ copied: copied.length, open: isOpen(el), error: has(el, '[part=error]') }).to.deep.equal({
      copied: 0,
      open: true,
      error: false,
    });
  });

  it('a cancelled oncelink-request-close keeps it open on a second Escape too', async () => {
    const el = await page();
    $(el, '[part=trigger]').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '[role=switch]');
    el.addEventListener('oncelink-request-close', (e) => e.preventDefault());
    await sendKeys({ press: 'Escape' });
    await aTimeout(100);
    expect(isOpen(el), 'after 1st Escape').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await aTimeout(100);
    expect(isOpen(el), 'after 2nd Escape').to.equal(true);
  });

  it('"Use the ordinary link" leaves focus inside the pop-up', async () => {
    const el = await page(STATIC);
    await openReady(el);
    $(el, '#one-time').click();
    const alert = await until(el, '[part=error]');
    [...alert.querySelectorAll('button')].find((b) => b.textContent?.includes('ordinary'))?.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '#link');
    expect(document.activeElement?.localName).to.not.equal('body');
  });

  it('one failure is reported once when Copy is pressed while the link is being made', async () => {
    stubClipboard(recordingClipboard().clipboard);
    const { el, errors } = await failingCreation(1000);
    $(el, '[part~=copy-button]').click();
    await settle(el);
    expect(errors).to.deep.equal(['server']);
  });

  it('a one-time link made for one contact is not offered to the next contact', async () => {
    const el = await page();
    await openReady(el);
    $(el, '#one-time').click();
    await waitUntil(() => has(el, '#link') && shownLink(el).includes('/.'), 'made');
    const adas = shownLink(el);
    await el.hide();
    el.customerName = 'Grace';
    el.customerEmail = 'grace@example.com';
    await openReady(el);
    await settle(el);
    expect(shownLink(el)).to.not.equal(adas);
  });

  it('nor after the host switches to another page and back', async () => {
    const el = await page();
    await openReady(el);
    $(el, '#one-time').click();
    await waitUntil(() => has(el, '#link') && shownLink(el).includes('/.'), 'made');
    const first = shownLink(el);
    el.masterPage = NORULES;
    await el.updateComplete;
    el.masterPage = DYNAMIC;
    await el.updateComplete;
    await until(el, '#one-time');
    $(el, '#one-time').click();
    await waitUntil(() => linkRequests().length === 2, 'a second request');
    await settle(el);
    expect(linkRequests()).to.have.length(2);
    expect(shownLink(el)).to.not.equal(first);
  });

  it('with a client that ignores the abort signal, retargeting while loading never shows the old page', async () => {
    const pages = ['A', 'B'].map(
      (x) =>
        ({
          id: `MP-${x}`,
          name: `Page ${x}`,
          url: `https://go.oncehub.com/${x}`,
          active: true,
        }) as MasterPage,
    );
    let calls = 0;
    const client: ShareClient = {
      masterPages: {
        async *list() {},
        async retrieve(id) {
          await new Promise((r) => setTimeout(r, ++calls === 1 ? 200 : 800));
          return pages.find((p) => p.id === id) as MasterPage;
        },
        createOneTimeLink: () => Promise.reject(new Error('unused')),
      },
      bookingCalendars: {
        retrieve: () => Promise.reject(new Error('unused')),
        createOneTimeLink: () => Promise.reject(new Error('unused')),
      },
    };
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share .client=${client} master-page="MP-A"></oncelink-share>`,
    );
    void el.show();
    await aTimeout(50);
    el.masterPage = 'MP-B';
    await aTimeout(400);
    expect(text(el, '[part=title]')).to.not.equal('Page A');
  });

  it('a creation failing after the pop-up closed fires no oncelink-error, and the next opening starts clean', async () => {
    const { el, errors } = await failingCreation(1500);
    await el.hide();
    await settle(el);
    expect(errors).to.deep.equal([]);
    await openReady(el);
    expect(has(el, '[part=error]')).to.equal(false);
    expect($<HTMLInputElement>(el, '#one-time').checked).to.equal(false);
    expect(text(el, '[part=status]')).to.equal('');
  });

  it('each opening starts fresh: a link made in one, copied or not, is never offered in the next', async () => {
    stubClipboard(recordingClipboard().clipboard);
    const el = await page();
    const made: string[] = [];
    for (const copy of [false, true]) {
      await openReady(el);
      expect($<HTMLInputElement>(el, '#one-time').checked).to.equal(false);
      $(el, '#one-time').click();
      await waitUntil(
        () => has(el, '#link') && shownLink(el).includes('/.') && !made.includes(shownLink(el)),
        'a new link',
      );
      made.push(shownLink(el));
      if (copy) $(el, '[part~=copy-button]').click();
      else await el.hide();
      await waitUntil(() => !isOpen(el), 'closed');
    }
    await openReady(el);
    expect(shownLink(el)).to.not.include('/.');
    expect(linkRequests()).to.have.length(2);
  });

  it('show() and hide() in one tick leave no stale opener: focus returns to where it was at the next open', async () => {
    // The element is the fixture (a plain div's fixture waits for a frame, which a background tab never draws).
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC}></oncelink-share>`,
    );
    const [x, y] = ['x', 'y'].map((id) =>
      Object.assign(document.createElement('button'), { id, textContent: id }),
    );
    el.before(x as HTMLButtonElement, y as HTMLButtonElement);
    x?.focus();
    void el.show();
    await el.hide();
    y?.focus();
    await openReady(el);
    await el.hide();
    expect(document.activeElement?.id).to.equal('y');
  });
});

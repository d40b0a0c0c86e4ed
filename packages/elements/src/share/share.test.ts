// <oncelink-share> in Chromium, against the fake link API behind the real proxy (msw service worker).
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OnceLink } from '@oncelink/sdk';
import { createMockApi, DEMO_API_KEY, emptySeed } from '@oncelink/mock-api';
import './define.js';
import { de } from '../messages/de.js';
import type { OnceLinkShare } from './share.js';
import { API_BASE, linkRequests, mock, useFakeApi, worker } from '../test-support/fake-api.js';
import {
  $,
  focused,
  has,
  isOpen,
  openReady,
  recordFirstRender,
  recordingClipboard,
  refusingClipboard,
  shownLink,
  stubClipboard,
  stubExecCommand,
  stubFeaturePolicy,
  text,
  until,
  waitUntil,
} from '../test-support/dom.js';

useFakeApi();

const DYNAMIC = 'MP-DYNAMIC0001';
const STATIC = 'MP-STATIC00001';
const CALENDAR = 'BKC-PUBLISHED01';

const forPage = (id = DYNAMIC) =>
  fixture<OnceLinkShare>(html`<oncelink-share api-base=${API_BASE} master-page=${id}></oncelink-share>`);

/** Opens a page's pop-up, clicks Copy & close and checks the copy went through the copy command. */
async function copyExpectingFallback(): Promise<{ el: OnceLinkShare }> {
  const exec = stubExecCommand(true);
  const el = await forPage();
  await openReady(el);
  const copy = oneEvent(el, 'oncelink-copy');
  $(el, '[part~=copy-button]').click();
  const { detail } = await copy;
  expect(detail.method).to.equal('exec-command');
  expect(exec.selected).to.deep.equal([`copy:${detail.url}`]);
  return { el };
}

/** Turns the One-time link switch on with the keyboard and waits for the link. */
async function turnOnOneTime(el: OnceLinkShare): Promise<void> {
  $(el, '#one-time').focus();
  await sendKeys({ press: 'Space' });
  await waitUntil(
    () => has(el, '#link') && shownLink(el).startsWith('https://go.oncehub.com/'),
    'one-time link shown',
    {
      timeout: 5000,
    },
  );
}

async function type(el: OnceLinkShare, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await el.updateComplete;
}

describe('<oncelink-share> states', () => {
  it('is closed at first: only its trigger button shows, and it is accessible', async () => {
    const el = await forPage();
    expect(isOpen(el)).to.equal(false);
    expect(has(el, 'dialog'), 'the dialog is drawn from the first press or opening on').to.equal(false);
    expect(text(el, '[part=trigger]')).to.equal('Share link');
    expect(linkRequests()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the loading state (aria-busy, announced) while the page loads', async () => {
    mock.control.setLatency(3000);
    const el = await forPage();
    await el.show();
    await waitUntil(() => $(el, '[part=body]').getAttribute('aria-busy') === 'true', 'busy');
    expect(text(el, '[part=status]')).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });

  it('opens already in its loading state: the first render with the dialog open has aria-busy', async () => {
    const el = await forPage();
    const first = recordFirstRender(
      el,
      () => isOpen(el),
      () => $(el, '[part=body]').getAttribute('aria-busy'),
    );
    $(el, '[part=trigger]').click();
    await until(el, '#link');
    first.stop();
    expect(first.seen).to.deep.equal(['true']);
  });

  it('closing while loading clears the loading state in the render that closes the dialog', async () => {
    mock.control.setLatency(3000);
    const el = await forPage();
    await el.show();
    await waitUntil(() => $(el, '[part=body]').getAttribute('aria-busy') === 'true', 'busy');
    const first = recordFirstRender(
      el,
      () => !isOpen(el),
      () => $(el, '[part=body]').getAttribute('aria-busy'),
    );
    $(el, '[part~=close-button]').click();
    await waitUntil(() => first.seen.length > 0, 'closed');
    first.stop();
    expect(first.seen).to.deep.equal(['false']);
  });

  it('opens on its trigger with the page name and its ordinary link, and makes no link by itself', async () => {
    const el = await forPage();
    $(el, '[part=trigger]').click();
    await until(el, '#link');
    expect(isOpen(el)).to.equal(true);
    expect(text(el, '[part=title]')).to.equal('Sales discovery call');
    expect(shownLink(el)).to.match(/^https:\/\/.+SalesDiscovery/);
    expect($(el, '[part=body]').getAttribute('aria-busy')).to.equal('false');
    expect(linkRequests()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('makes one one-time link with one API call when the switch goes on, and fires oncelink-link-created', async () => {
    const el = await forPage();
    await openReady(el);
    // Listening on the document: the event bubbles and is composed, so a host page hears it from anywhere.
    const created = oneEvent(document, 'oncelink-link-created');
    await turnOnOneTime(el);
    const { detail } = await created;
    expect(detail.target).to.deep.equal({ type: 'master-page', id: DYNAMIC });
    expect(shownLink(el)).to.equal(detail.link.url);
    expect(mock.control.links().map((l) => l.url)).to.deep.equal([detail.link.url]);
    expect($<HTMLAnchorElement>(el, '[part=open-link]').href).to.equal(detail.link.url);
    await expect(el).to.be.accessible();
  });

  it('never makes a second link on switching off and on again or re-rendering', async () => {
    const el = await forPage();
    await openReady(el);
    await turnOnOneTime(el);
    const first = shownLink(el);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(shownLink(el)).to.not.equal(first);
    await sendKeys({ press: 'Space' });
    el.requestUpdate();
    await el.updateComplete;
    expect(shownLink(el)).to.equal(first);
    // Long enough for a second request to reach the fake, were one sent.
    await aTimeout(300);
    expect(linkRequests()).to.have.length(1);
    expect(mock.control.links()).to.have.length(1);
  });

  it('Copy & close while the link is still being made copies that link instead of making another', async () => {
    const { clipboard, copied } = recordingClipboard();
    stubClipboard(clipboard);
    const el = await forPage();
    await openReady(el);
    mock.control.setLatency(1500);
    $(el, '#one-time').click();
    await waitUntil(() => text(el, '[part=status]') === 'Creating link…', 'creating');
    expect($(el, '[part=body]').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    $(el, '[part~=copy-button]').click();
    await waitUntil(() => !isOpen(el), 'closed', { timeout: 5000 });
    await aTimeout(300);
    expect(mock.control.links().map((l) => l.url)).to.deep.equal(copied);
    expect(linkRequests()).to.have.length(1);
  });

  it('follows the host: a new master-page shows that page and forgets the old link; new customer attributes refill the fields', async () => {
    const el = await forPage();
    await openReady(el);
    await turnOnOneTime(el);
    el.masterPage = 'MP-NORULES0001';
    el.customerName = 'Grace Hopper';
    await waitUntil(
      () => text(el, '[part=title]') !== 'Sales discovery call' && has(el, '#one-time'),
      'second page',
    );
    expect($<HTMLInputElement>(el, '#one-time').checked).to.equal(false);
    expect(shownLink(el)).to.not.contain('go.oncehub.com/.');
    $(el, '#personalize').click();
    await until(el, '#name');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Grace Hopper');
    expect(mock.control.links()).to.have.length(1);
  });

  it('lists the active master pages when no target is set, and shares the one picked', async () => {
    const el = await fixture<OnceLinkShare>(html`<oncelink-share api-base=${API_BASE}></oncelink-share>`);
    await openReady(el);
    const options = [...$<HTMLSelectElement>(el, '#picker').options].map((o) => o.value);
    expect(options).to.include(DYNAMIC);
    expect(options).to.not.include('MP-INACTIVE001');
    expect(focused(el)).to.equal('picker');
    await expect(el).to.be.accessible();
    const select = $<HTMLSelectElement>(el, '#picker');
    select.value = DYNAMIC;
    select.dispatchEvent(new Event('change'));
    await until(el, '#link');
    expect(text(el, '[part=title]')).to.equal('Sales discovery call');
  });

  it('says so when the account has no active master page', async () => {
    // A second fake with an empty account answers in place of the seeded one.
    worker.use(...createMockApi({ fixtures: emptySeed }).handlers);
    const el = await fixture<OnceLinkShare>(html`<oncelink-share api-base=${API_BASE}></oncelink-share>`);
    await openReady(el);
    expect(text(el, '[part=empty]')).to.contain('no active master pages');
    expect(has(el, '#picker')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('<oncelink-share> personalisation', () => {
  it('prefills Customer name and email from attributes and updates the link as you type', async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share
        api-base=${API_BASE}
        master-page=${DYNAMIC}
        customer-name="Ada Lovelace"
        customer-email="ada@example.com"
      ></oncelink-share>`,
    );
    await openReady(el);
    await turnOnOneTime(el);
    const base = mock.control.links()[0]?.url;
    // Both customer attributes given: Personalize link starts on.
    expect($<HTMLInputElement>(el, '#personalize').checked).to.equal(true);
    await until(el, '#name');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('ada@example.com');
    expect(shownLink(el)).to.equal(`${base}?name=Ada%20Lovelace&email=ada%40example.com&skip=1`);
    await type(el, '#name', 'Grace Hopper');
    expect(shownLink(el)).to.equal(`${base}?name=Grace%20Hopper&email=ada%40example.com&skip=1`);
    $(el, '#show-form').click();
    await el.updateComplete;
    expect(shownLink(el)).to.contain('skip=0');
    expect(mock.control.links()).to.have.length(1);
  });

  it('validates as you type, ties each error to its field, and blocks copying until fixed', async () => {
    stubClipboard(recordingClipboard().clipboard);
    const el = await forPage();
    let copies = 0;
    el.addEventListener('oncelink-copy', () => copies++);
    await openReady(el);
    $(el, '#personalize').click();
    await until(el, '#name');
    await type(el, '#email', 'ada@example');
    const email = $<HTMLInputElement>(el, '#email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-error');
    expect(text(el, '#email-error')).to.equal('Enter an email address like name@example.com.');
    // The untouched, empty name shows no error until copying is tried.
    expect(has(el, '#name-error')).to.equal(false);
    await expect(el).to.be.accessible();

    $(el, '[part~=copy-button]').click();
    await el.updateComplete;
    expect(text(el, '#name-error')).to.equal("Enter the customer's name.");
    expect(focused(el)).to.equal('name');
    expect(isOpen(el)).to.equal(true);
    expect(copies).to.equal(0);
    await expect(el).to.be.accessible();

    await type(el, '#name', 'Ada');
    await type(el, '#email', 'ada@example.com');
    expect(has(el, '#name-error') || has(el, '#email-error')).to.equal(false);
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    expect(shownLink(el)).to.contain('name=Ada&email=ada%40example.com&skip=1');
  });
  it("refuses what personalizeLink would refuse (an invisible character in a CRM's name), at the field", async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share
        api-base=${API_BASE}
        master-page=${DYNAMIC}
        .customerName=${'Ada\u0007Lovelace'}
        customer-email="ada@example.com"
      ></oncelink-share>`,
    );
    await openReady(el);
    // Both customer attributes given: Personalize link starts on.
    await until(el, '#name-error');
    expect(text(el, '#name-error')).to.equal(
      'Remove line breaks and other invisible characters from the name.',
    );
    expect(shownLink(el)).to.not.contain('name=');
  });
});

describe('<oncelink-share> copying', () => {
  it('Copy & close copies the shown link, closes, returns focus to the trigger and announces "Link copied"', async () => {
    const { clipboard, copied } = recordingClipboard();
    stubClipboard(clipboard);
    const el = await forPage();
    const trigger = $(el, '[part=trigger]');
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '[role=switch]');
    await turnOnOneTime(el);
    const url = shownLink(el);
    const copy = oneEvent(el, 'oncelink-copy');
    const close = oneEvent(el, 'oncelink-request-close');
    $(el, '[part~=copy-button]').click();
    expect((await copy).detail).to.deep.equal({ url, method: 'clipboard' });
    expect((await close).detail).to.deep.equal({ source: 'copy' });
    await waitUntil(() => !isOpen(el), 'closed');
    expect(copied).to.deep.equal([url]);
    expect(el.shadowRoot?.activeElement === trigger).to.equal(true);
    await waitUntil(() => text(el, ':host > [role=status], .visually-hidden') === 'Link copied', 'announced');
    await expect(el).to.be.accessible();
  });

  it('falls back to the copy command when the Clipboard API refuses', async () => {
    stubClipboard(refusingClipboard);
    const { el } = await copyExpectingFallback();
    await waitUntil(() => !isOpen(el), 'closed');
  });

  it("skips the Clipboard API where the page's permissions policy forbids it (a cross-origin iframe)", async () => {
    const { clipboard, copied } = recordingClipboard();
    stubClipboard(clipboard);
    stubFeaturePolicy((feature) => feature !== 'clipboard-write');
    await copyExpectingFallback();
    expect(copied, 'the forbidden API, which would log a policy violation, is not called').to.deep.equal([]);
  });

  it('falls back to the copy command when there is no Clipboard API at all', async () => {
    stubClipboard(undefined);
    const exec = stubExecCommand(true);
    const el = await forPage();
    await openReady(el);
    const copy = oneEvent(el, 'oncelink-copy');
    $(el, '[part~=copy-button]').click();
    expect((await copy).detail.method).to.equal('exec-command');
    expect(exec.selected).to.have.length(1);
  });

  it('when nothing can copy, keeps the pop-up open with the link selected and says how to copy it', async () => {
    stubClipboard(refusingClipboard);
    const exec = stubExecCommand(false);
    const el = await forPage();
    await openReady(el);
    let copies = 0;
    el.addEventListener('oncelink-copy', () => copies++);
    $(el, '[part~=copy-button]').click();
    await waitUntil(() => text(el, '[part=status]').includes('Ctrl+C'), 'manual copy message');
    const input = $<HTMLInputElement>(el, '#link');
    expect(focused(el)).to.equal('link');
    expect(input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)).to.equal(input.value);
    expect(isOpen(el)).to.equal(true);
    expect(copies).to.equal(0);
    expect(exec.selected).to.deep.equal([`copy:${input.value}`]);
  });

  it('a double click on Copy & close for a booking calendar makes one link and copies it once', async () => {
    const { clipboard, copied } = recordingClipboard();
    stubClipboard(clipboard);
    mock.control.setLatency(300);
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} booking-calendar=${CALENDAR}></oncelink-share>`,
    );
    await openReady(el);
    $(el, '#one-time').click();
    await el.updateComplete;
    const button = $(el, '[part~=copy-button]');
    button.click();
    button.click();
    await waitUntil(() => !isOpen(el), 'closed', { timeout: 5000 });
    expect(mock.control.links()).to.have.length(1);
    expect(linkRequests()).to.have.length(1);
    expect(copied).to.have.length(1);
  });

  it('a booking calendar link is made at copy time with booking_form and hide_url_params: true', async () => {
    const { clipboard, copied } = recordingClipboard();
    stubClipboard(clipboard);
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share
        api-base=${API_BASE}
        booking-calendar=${CALENDAR}
        customer-name="Ada Lovelace"
        customer-email="ada@example.com"
      ></oncelink-share>`,
    );
    await openReady(el);
    $(el, '#one-time').click();
    await el.updateComplete;
    expect(linkRequests()).to.have.length(0);
    expect(text(el, '.hint:not(#one-time-hint)')).to.contain('made when you copy it');
    // Both customer attributes given: Personalize link starts on.
    await until(el, '#name');
    expect(has(el, '#show-form')).to.equal(false);
    const copy = oneEvent(el, 'oncelink-copy');
    $(el, '[part~=copy-button]').click();
    const { detail } = await copy;
    const [request] = linkRequests();
    expect(request?.path).to.equal(`/booking-calendars/${CALENDAR}/one-time-links`);
    expect(JSON.parse((await request?.body) ?? '')).to.deep.equal({
      hide_url_params: true,
      booking_form: { name: 'Ada Lovelace', email: 'ada@example.com' },
    });
    expect(detail.url).to.not.contain('ada');
    expect(copied).to.deep.equal([detail.url]);
  });

  it('"New link for next customer" makes a second, different link and starts the customer over', async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC} customer-name="Ada"></oncelink-share>`,
    );
    await openReady(el);
    await turnOnOneTime(el);
    const first = shownLink(el);
    $(el, '#personalize').click();
    await until(el, '#name');
    await type(el, '#name', 'Someone else');
    $(el, '[part~=new-link-button]').click();
    await waitUntil(() => has(el, '#link') && !shownLink(el).startsWith(first), 'second link', {
      timeout: 5000,
    });
    expect(mock.control.links()).to.have.length(2);
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Ada');
    expect(focused(el)).to.equal('name');
  });
});

describe('<oncelink-share> errors', () => {
  it('explains that one-time links need Dynamic rules, and offers the ordinary link', async () => {
    const el = await forPage(STATIC);
    await openReady(el);
    const failed = oneEvent(el, 'oncelink-error');
    $(el, '#one-time').click();
    const { detail } = await failed;
    expect(detail.kind).to.equal('not-eligible');
    const alert = await until(el, '[part=error][role=alert]');
    expect(alert.textContent).to.contain('Rule-based assignment with Dynamic rules');
    expect(alert.textContent).to.not.match(/[{}]|invalid_request_error|at \w+ \(/);
    await expect(el).to.be.accessible();
    [...alert.querySelectorAll('button')].find((b) => b.textContent?.includes('ordinary link'))?.click();
    await until(el, '#link');
    expect(has(el, '[part=error]')).to.equal(false);
    expect(shownLink(el)).to.contain('SupportOnboarding');
  });

  for (const [status, kind, words, retry] of [
    [401, 'unauthorized', 'API key', false],
    [403, 'forbidden', 'not allowed', false],
    [429, 'rate-limited', 'too many requests', true],
    [500, 'server', 'problem on its side', true],
  ] as const) {
    it(`shows ${status} as "${kind}" in plain words${retry ? ', and Retry makes the link' : ''}`, async () => {
      const client = new OnceLink({ baseURL: API_BASE, maxRetries: 0 });
      const el = await fixture<OnceLinkShare>(
        html`<oncelink-share .client=${client} master-page=${DYNAMIC}></oncelink-share>`,
      );
      await openReady(el);
      mock.control.failNext(1, status);
      const failed = oneEvent(el, 'oncelink-error');
      $(el, '#one-time').click();
      expect((await failed).detail.kind).to.equal(kind);
      const alert = await until(el, '[part=error]');
      expect(alert.textContent).to.contain(words);
      const button = alert.querySelector('button');
      expect(Boolean(button)).to.equal(retry);
      if (button) {
        button.click();
        await until(el, '#link');
        expect(mock.control.links()).to.have.length(1);
      }
    });
  }

  it('shows offline with Retry, and Retry then works', async () => {
    // A client talking to the API directly (as a trusted back office may): the dropped connection reaches it as such.
    const client = new OnceLink({ apiKey: DEMO_API_KEY, dangerouslyAllowBrowser: true, maxRetries: 0 });
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share .client=${client} master-page=${DYNAMIC}></oncelink-share>`,
    );
    await openReady(el);
    mock.control.dropNext(1);
    $(el, '#one-time').click();
    const alert = await until(el, '[part=error]');
    expect(alert.textContent).to.contain('could not be reached');
    await expect(el).to.be.accessible();
    $(el, '[part=error] button').click();
    await until(el, '#link');
    expect(mock.control.links()).to.have.length(1);
  });

  it('shows a timeout with Retry', async () => {
    // Long enough for the page read on a busy machine; the creation is held far longer.
    const client = new OnceLink({ baseURL: API_BASE, maxRetries: 0, timeout: 1000 });
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share .client=${client} master-page=${DYNAMIC}></oncelink-share>`,
    );
    await openReady(el);
    mock.control.setLatency(10_000);
    $(el, '#one-time').click();
    const alert = await until(el, '[part=error]');
    expect(alert.textContent).to.contain('took too long');
    expect(text(el, '[part=error] button')).to.equal('Retry');
  });

  it('shows a malformed answer as unreadable, never as raw data', async () => {
    const el = await forPage();
    await openReady(el);
    mock.control.malformNext(1);
    const failed = oneEvent(el, 'oncelink-error');
    $(el, '#one-time').click();
    expect((await failed).detail.kind).to.equal('malformed');
    expect(text(el, '[part=error] p')).to.contain('could not be read');
    expect(has(el, '#link')).to.equal(false);
  });

  it('never shows or opens a link that is not http(s)', async () => {
    // A fake whose links start with javascript: stands for an API answer gone wrong.
    worker.use(...createMockApi({ linkBaseURL: 'javascript:alert(1)//' }).handlers);
    const el = await forPage();
    await openReady(el);
    const failed = oneEvent(el, 'oncelink-error');
    $(el, '#one-time').click();
    expect((await failed).detail.kind).to.equal('malformed');
    await el.updateComplete;
    expect(has(el, '#link')).to.equal(false);
    expect(has(el, 'a[href^="javascript"]')).to.equal(false);
  });

  it('a page that fails to load shows Retry, and Retry loads it', async () => {
    const client = new OnceLink({ baseURL: API_BASE, maxRetries: 0 });
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share .client=${client} master-page=${DYNAMIC}></oncelink-share>`,
    );
    mock.control.failNext(1, 503);
    await openReady(el);
    expect(text(el, '[part=error] p')).to.contain('problem on its side');
    await expect(el).to.be.accessible();
    $(el, '[part=error] button').click();
    await until(el, '#link');
    expect(text(el, '[part=title]')).to.equal('Sales discovery call');
    expect(has(el, '[part=error]')).to.equal(false);
  });

  it('says when a page is not in the account', async () => {
    const el = await forPage('MP-NOSUCHPAGE1');
    await openReady(el);
    expect(text(el, '[part=error] p')).to.contain('not found');
  });

  it('says so, instead of failing silently, when it has neither client nor api-base', async () => {
    const el = await fixture<OnceLinkShare>(html`<oncelink-share master-page=${DYNAMIC}></oncelink-share>`);
    const failed = oneEvent(el, 'oncelink-error');
    void el.show();
    expect((await failed).detail.kind).to.equal('not-configured');
    await el.updateComplete;
    expect(text(el, '[part=error] p')).to.contain('not connected');
  });
});

describe('<oncelink-share> keyboard and closing', () => {
  it('works with the keyboard alone: Tab order, Space on switches, Enter to copy', async () => {
    const { clipboard, copied } = recordingClipboard();
    stubClipboard(clipboard);
    const el = await forPage();
    $(el, '[part=trigger]').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '[role=switch]');
    await waitUntil(() => focused(el) === 'one-time', 'focus on the first switch');
    await sendKeys({ press: 'Space' });
    await until(el, '[part~=new-link-button]');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('personalize');
    await sendKeys({ press: 'Space' });
    await until(el, '#name');
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focused(el));
      if (focused(el) === 'name') await sendKeys({ type: 'Ada' });
      if (focused(el) === 'email') await sendKeys({ type: 'ada@example.com' });
    }
    expect(order).to.deep.equal([
      'name',
      'email',
      'show-form',
      'link',
      'open-link',
      'button new-link-button',
      'button copy-button',
    ]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !isOpen(el), 'closed');
    expect(copied).to.have.length(1);
    expect(copied[0]).to.contain('name=Ada&email=ada%40example.com&skip=1');
    expect(focused(el)).to.equal('trigger');
  });

  it('moves focus itself, never with the autofocus attribute, on first and later opens', async () => {
    const el = await forPage();
    await el.show();
    await waitUntil(() => focused(el) === 'one-time', 'focus on the first switch once loaded');
    // Chromium refuses the autofocus attribute in a cross-origin iframe, with a console error.
    expect(el.shadowRoot?.querySelector('[autofocus]')).to.equal(null);
    await el.hide();
    await el.show();
    expect(focused(el), 'opened again, already loaded').to.equal('one-time');
    await el.hide();
  });

  it('adds no page landmarks: the pop-up has no header or footer element', async () => {
    const el = await forPage();
    await openReady(el);
    // A header or footer inside a dialog is exposed as the page's banner or contentinfo.
    expect(el.shadowRoot?.querySelector('header, footer')).to.equal(null);
    expect($(el, '[part=header]').localName).to.equal('div');
    expect($(el, '[part=footer]').localName).to.equal('div');
  });

  it('Escape asks to close through oncelink-request-close, and focus returns to the trigger', async () => {
    const el = await forPage();
    $(el, '[part=trigger]').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '[role=switch]');
    const request = oneEvent(el, 'oncelink-request-close');
    await sendKeys({ press: 'Escape' });
    expect((await request).detail).to.deep.equal({ source: 'escape' });
    await waitUntil(() => !isOpen(el), 'closed');
    expect(el.open).to.equal(false);
    expect(focused(el)).to.equal('trigger');
  });

  it('stays open when a listener cancels oncelink-request-close', async () => {
    const el = await forPage();
    await openReady(el);
    el.addEventListener('oncelink-request-close', (e) => e.preventDefault());
    $(el, '[part~=close-button]').click();
    await el.updateComplete;
    expect(isOpen(el)).to.equal(true);
    expect(el.open).to.equal(true);
  });

  it('opens from a slotted trigger and gives focus back to it', async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC}><button slot="trigger">Send a link</button></oncelink-share>`,
    );
    const mine = el.querySelector('button');
    mine?.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '[role=switch]');
    const request = oneEvent(el, 'oncelink-request-close');
    $(el, '[part~=close-button]').click();
    expect((await request).detail.source).to.equal('close-button');
    await waitUntil(() => !isOpen(el), 'closed');
    expect(document.activeElement === mine).to.equal(true);
  });

  it('gives focus back to the trigger even when clicking did not focus it (as in Safari)', async () => {
    const el = await forPage();
    const trigger = $(el, '[part=trigger]');
    trigger.click();
    await until(el, '[role=switch]');
    $(el, '[part~=close-button]').click();
    await waitUntil(() => !isOpen(el), 'closed');
    // Waits rather than checks once: a failure then says where focus is instead of racing the close.
    await waitUntil(() => focused(el) === 'trigger', `focus back on the trigger (it is on '${focused(el)}')`);
  });

  it('hide() then show() at once leaves it open: the first close event, arriving late, is ignored', async () => {
    const el = await forPage();
    await openReady(el);
    await el.hide();
    await el.show();
    await aTimeout(100);
    expect(isOpen(el)).to.equal(true);
    expect(el.open).to.equal(true);
  });

  it('show() and hide() resolve once open and closed; the open attribute reflects', async () => {
    const el = await forPage();
    await el.show();
    expect(isOpen(el)).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    await el.hide();
    expect(isOpen(el)).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
  });
});

describe('<oncelink-share> theming', () => {
  it('styles itself through adopted style sheets only (nothing a strict CSP would block)', async () => {
    const el = await forPage();
    await openReady(el);
    expect(el.shadowRoot?.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(has(el, 'style, [style]')).to.equal(false);
  });

  it('follows color-scheme: dark, and takes --oncelink-* custom properties', async () => {
    const el = await forPage();
    el.style.colorScheme = 'dark';
    await openReady(el);
    expect(getComputedStyle($(el, 'dialog')).backgroundColor).to.equal('rgb(31, 31, 31)');
    el.style.setProperty('--oncelink-surface', 'rgb(1, 2, 3)');
    expect(getComputedStyle($(el, 'dialog')).backgroundColor).to.equal('rgb(1, 2, 3)');
    el.style.colorScheme = 'light';
    el.style.removeProperty('--oncelink-surface');
    expect(getComputedStyle($(el, 'dialog')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('<oncelink-share> messages', () => {
  it('shows the German locale, or any string the host replaces', async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC} .messages=${de}></oncelink-share>`,
    );
    expect(text(el, '[part=trigger]')).to.equal('Link teilen');
    await openReady(el);
    expect(text(el, '[part~=copy-button]')).to.equal('Kopieren & schließen');
    el.messages = { ...de, trigger: 'Terminlink senden' };
    await el.updateComplete;
    expect(text(el, '[part=trigger]')).to.equal('Terminlink senden');
    expect(text(el, '[part~=close-button]')).to.equal('×');
    expect($(el, '[part~=close-button]').getAttribute('aria-label')).to.equal('Schließen');
  });

  it('marks German strings as German for screen readers, and leaves English to the page', async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC} .messages=${{ ...de, trigger: 'Terminlink senden' }}></oncelink-share>`,
    );
    await openReady(el);
    expect($(el, '[part=trigger]').lang).to.equal('de');
    expect($(el, 'dialog').lang).to.equal('de');
    el.messages = undefined;
    await el.updateComplete;
    expect($(el, '[part=trigger]').hasAttribute('lang')).to.equal(false);
    expect($(el, 'dialog').hasAttribute('lang')).to.equal(false);
  });
});

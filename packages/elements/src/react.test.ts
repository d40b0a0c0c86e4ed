// The React wrapper in Chromium: React 19 renders <OnceLinkShare>, props reach the element, events reach the on… props.
import { expect } from '@open-wc/testing';
import type { OnceLinkCopyDetail, OnceLinkLinkCreatedDetail } from './events.js';
import type { OnceLinkShare } from './share/share.js';
import type * as Fixture from './test-support/react-fixture.js';
import { API_BASE, linkRequests, useFakeApi } from './test-support/fake-api.js';
import {
  $,
  has,
  openReady,
  recordingClipboard,
  shownLink,
  stubClipboard,
  until,
  waitUntil,
} from './test-support/dom.js';

useFakeApi();

// Served by the test server: the fixture with React bundled in (see web-test-runner.config.mjs).
const FIXTURE_URL = '/__fixtures/react.js';
const { mount } = (await import(/* @vite-ignore */ FIXTURE_URL)) as typeof Fixture;

describe('@oncelink/elements/react in React 19', () => {
  let container: HTMLElement;
  let mounted: Fixture.Mounted | undefined;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    mounted?.unmount();
    mounted = undefined;
    container.remove();
  });

  const element = (): OnceLinkShare => {
    const el = container.querySelector<OnceLinkShare>('oncelink-share');
    if (!el) throw new Error('React rendered no <oncelink-share>');
    return el;
  };

  it('registers the tag and sets every prop as a property of the element', async () => {
    mounted = mount(container, {
      apiBase: API_BASE,
      masterPage: 'MP-DYNAMIC0001',
      customerName: 'Ada Lovelace',
      customerEmail: 'ada@example.com',
    });
    const el = element();
    expect(customElements.get('oncelink-share')).to.equal(el.constructor);
    expect(el.apiBase).to.equal(API_BASE);
    expect(el.masterPage).to.equal('MP-DYNAMIC0001');
    await openReady(el);
    // Both customer props given: Personalize link starts on.
    await until(el, '#name');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('ada@example.com');
  });

  it('calls onOncelinkLinkCreated and onOncelinkCopy with the typed details, one link for one click', async () => {
    const { clipboard, copied } = recordingClipboard();
    stubClipboard(clipboard);
    const created: OnceLinkLinkCreatedDetail[] = [];
    const copies: OnceLinkCopyDetail[] = [];
    mounted = mount(container, {
      apiBase: API_BASE,
      masterPage: 'MP-DYNAMIC0001',
      onOncelinkLinkCreated: (event) => created.push(event.detail),
      onOncelinkCopy: (event) => copies.push(event.detail),
    });
    const el = element();
    await openReady(el);
    $(el, '#one-time').click();
    await waitUntil(() => created.length === 1 && has(el, '#link'), 'link created', { timeout: 5000 });
    expect(shownLink(el)).to.equal(created[0]?.link.url);
    $(el, '[part~=copy-button]').click();
    await waitUntil(() => copies.length === 1, 'copied');
    expect(copies[0]).to.deep.equal({ url: created[0]?.link.url, method: 'clipboard' });
    expect(copied).to.deep.equal([created[0]?.link.url]);
    expect(linkRequests()).to.have.length(1);
  });

  it('a re-render with new props updates the element, and a new handler replaces the old one', async () => {
    const first: string[] = [];
    const second: string[] = [];
    mounted = mount(container, {
      apiBase: API_BASE,
      masterPage: 'MP-DYNAMIC0001',
      customerName: 'Ada Lovelace',
      onOncelinkRequestClose: (event) => first.push(event.detail.source),
    });
    const el = element();
    mounted.rerender({
      apiBase: API_BASE,
      masterPage: 'MP-DYNAMIC0001',
      customerName: 'Grace Hopper',
      onOncelinkRequestClose: (event) => second.push(event.detail.source),
    });
    expect(element()).to.equal(el);
    expect(el.customerName).to.equal('Grace Hopper');
    await openReady(el);
    $(el, '[part~=close-button]').click();
    await waitUntil(() => second.length === 1, 'request-close reached the new handler');
    expect(first).to.deep.equal([]);
  });
});

// Security suite for <oncelink-share> in Chromium: hostile API data stays inert, bad fields are refused at the field, faults recover.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { OnceLink } from '@oncelink/sdk';
import './define.js';
import type { OnceLinkShare } from './share.js';
import { API_BASE, API_ORIGIN, linkRequests, mock, useFakeApi, worker } from '../test-support/fake-api.js';
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

const DYNAMIC = 'MP-DYNAMIC0001';
const trap = 'oncelinkXss';
const pageURL = 'https://go.oncehub.com/SalesDiscovery';

declare global {
  interface Window {
    [trap]?: boolean;
  }
}

/** Serves one master page whose fields come from a compromised API. */
function hostilePages(...pages: Array<Record<string, unknown>>): void {
  const served: Array<Record<string, unknown>> = pages.map((p) => ({
    object: 'master_page',
    active: true,
    ...p,
  }));
  worker.use(
    http.get(`${API_ORIGIN}/v2/master-pages`, () =>
      HttpResponse.json({ object: 'list', has_more: false, data: served }),
    ),
    // The element reads its page by id.
    http.get<{ id: string }>(`${API_ORIGIN}/v2/master-pages/:id`, ({ params }) => {
      const page = served.find((p) => p.id === params.id);
      return page
        ? HttpResponse.json(page)
        : HttpResponse.json({ type: 'invalid_request_error', message: 'Not found' }, { status: 404 });
    }),
  );
}

const payloads = [
  `<img src=x onerror="window.${trap}=true">`,
  `<script>window.${trap}=true</script>`,
  `"><svg onload="window.${trap}=true">`,
  `&lt;b&gt;bold&lt;/b&gt;`,
];

/** Nothing in the shadow root or the page that a payload could have created, and the trap never sprang. */
async function assertInert(el: OnceLinkShare): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(window[trap], 'no payload ran').to.equal(undefined);
  expect(el.shadowRoot?.querySelectorAll('img, script, svg, iframe, object, embed').length).to.equal(0);
  for (const a of el.shadowRoot?.querySelectorAll('a') ?? [])
    expect(a.getAttribute('href')).to.match(/^https?:\/\//);
}

describe('<oncelink-share> with hostile API data', () => {
  for (const name of payloads) {
    it(`shows the page name ${JSON.stringify(name)} as text, and nothing runs`, async () => {
      hostilePages({ id: DYNAMIC, name, url: pageURL });
      const el = await fixture<OnceLinkShare>(
        html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC}></oncelink-share>`,
      );
      await openReady(el);
      expect(text(el, '[part=title]')).to.equal(name);
      await assertInert(el);
    });
  }

  it('lists pages with HTML in their names as text in the picker', async () => {
    hostilePages(...payloads.map((name, i) => ({ id: `MP-HOSTILE${i}`, name, url: pageURL })));
    const el = await fixture<OnceLinkShare>(html`<oncelink-share api-base=${API_BASE}></oncelink-share>`);
    await openReady(el);
    const shown = el.shadowRoot?.textContent ?? '';
    for (const name of payloads) expect(shown).to.contain(name);
    await assertInert(el);
  });

  for (const url of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'JAVASCRIPT:alert(1)',
    '//evil.example/x',
    'vbscript:msgbox(1)',
  ]) {
    it(`never shows or links the page URL ${JSON.stringify(url)}`, async () => {
      hostilePages({ id: DYNAMIC, name: 'Sales', url });
      const el = await fixture<OnceLinkShare>(
        html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC}></oncelink-share>`,
      );
      await openReady(el);
      expect(has(el, '#link') && shownLink(el) !== '').to.equal(false);
      await assertInert(el);
    });
  }
});

/** Customer fields as a CRM might hand them over: refused at the field, or round-tripped exactly. */
const fields: ReadonlyArray<{
  case: string;
  name: string;
  email: string;
  error?: '#name-error' | '#email-error';
}> = [
  { case: 'an empty name', name: '', email: 'ada@example.com', error: '#name-error' },
  { case: 'a name of 101 characters', name: 'n'.repeat(101), email: 'ada@example.com', error: '#name-error' },
  { case: 'a name with a line break', name: 'Ada\nLovelace', email: 'ada@example.com', error: '#name-error' },
  {
    case: 'a name with a right-to-left override',
    name: 'Ada\u202Eevil',
    email: 'ada@example.com',
    error: '#name-error',
  },
  { case: 'an email with a tag', name: 'Ada', email: '<b>@example.com', error: '#email-error' },
  { case: 'an email with quotes', name: 'Ada', email: '"ada"@example.com', error: '#email-error' },
  { case: 'an email with two @', name: 'Ada', email: 'ada@x@example.com', error: '#email-error' },
  {
    case: 'an email of 101 characters',
    name: 'Ada',
    email: `${'a'.repeat(89)}@example.com`,
    error: '#email-error',
  },
  { case: 'an Arabic name', name: 'محمد بن علي', email: 'm@example.com' },
  {
    case: 'a <script> tag and quotes in the name',
    name: `<script>window.${trap}=true</script> O'Brien "Bob"`,
    email: 'bob@example.com',
  },
  { case: 'a plus address', name: 'Ada', email: 'ada+crm@example.com' },
  { case: 'an IDN email', name: 'Jürgen', email: 'jürgen@bücher.de' },
  { case: 'query syntax in the name', name: 'Ada&skip=0#x', email: 'ada@example.com' },
];

describe('<oncelink-share> customer fields', () => {
  for (const row of fields) {
    it(`${row.error ? 'refuses' : 'accepts'} ${row.case}${row.error ? ' at its field, copying nothing' : ', and it comes back out of the link exactly'}`, async () => {
      const recorder = recordingClipboard();
      stubClipboard(recorder.clipboard);
      const el = await fixture<OnceLinkShare>(
        html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC} .customerName=${row.name} .customerEmail=${row.email}></oncelink-share>`,
      );
      await openReady(el);
      // Personalize link starts on when both fields are given; the empty-name row turns it on.
      if (!$<HTMLInputElement>(el, '#personalize').checked) $(el, '#personalize').click();
      await until(el, '#name');
      if (row.error) {
        $(el, '[part~=copy-button]').click();
        await until(el, row.error);
        expect(isOpen(el)).to.equal(true);
        expect(recorder.copied).to.deep.equal([]);
        expect(shownLink(el)).to.not.contain('name=');
      } else {
        await waitUntil(() => shownLink(el).includes('name='), 'personalised link');
        const params = new URL(shownLink(el)).searchParams;
        expect(params.get('name')).to.equal(row.name);
        expect(params.get('email')).to.equal(row.email);
        expect(params.getAll('skip')).to.deep.equal(['1']);
      }
      await assertInert(el);
      expect(linkRequests()).to.have.length(0);
    });
  }
});

describe('<oncelink-share> under faults', () => {
  it('a burst of 503s: Retry fails while it lasts, then makes exactly one link once it clears', async () => {
    const client = new OnceLink({ baseURL: API_BASE, maxRetries: 0 });
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share .client=${client} master-page=${DYNAMIC}></oncelink-share>`,
    );
    await openReady(el);
    mock.control.failNext(2, 503);
    let failed = oneEvent(el, 'oncelink-error');
    $(el, '#one-time').click();
    await failed;
    await until(el, '[part=error] button');
    failed = oneEvent(el, 'oncelink-error');
    $(el, '[part=error] button').click();
    await failed;
    await until(el, '[part=error] button');
    expect(linkRequests()).to.have.length(2);
    expect(mock.control.links()).to.have.length(0);
    $(el, '[part=error] button').click();
    await until(el, '#link');
    expect(mock.control.links()).to.have.length(1);
    expect(shownLink(el)).to.equal(mock.control.links()[0]?.url);
  });

  it('a 429 storm with Retry-After: the SDK waits and retries, the user sees one link, the fake made one', async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC}></oncelink-share>`,
    );
    await openReady(el);
    mock.control.failNext(2, 429);
    $(el, '#one-time').click();
    await waitUntil(() => has(el, '#link') && shownLink(el).includes('/.'), 'link after the storm', {
      timeout: 8000,
    });
    expect(linkRequests()).to.have.length(3);
    expect(mock.control.links()).to.have.length(1);
  });

  it('the API dropping the connection reaches the browser as a proxy 502, with Retry that then works', async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC}></oncelink-share>`,
    );
    await openReady(el);
    mock.control.dropNext(1);
    $(el, '#one-time').click();
    await until(el, '[part=error] button');
    expect(mock.control.links()).to.have.length(0);
    $(el, '[part=error] button').click();
    await until(el, '#link');
    expect(mock.control.links()).to.have.length(1);
  });
});

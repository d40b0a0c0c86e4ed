// <oncelink-share> on a host page: a list of 100 sharing one client, the one-time attribute, forced colours, a 320 px viewport.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import './define.js';
import type { OnceLinkShare } from './share.js';
import {
  API_BASE,
  API_ORIGIN,
  linkRequests,
  mock,
  sent,
  settle,
  useFakeApi,
  worker,
} from '../test-support/fake-api.js';
import { $, has, isOpen, openReady, shownLink, text, until, waitUntil } from '../test-support/dom.js';

useFakeApi();

const DYNAMIC = 'MP-DYNAMIC0001';

describe('<oncelink-share> on a host page', () => {
  it('100 elements on one api-base share one client: their reads queue behind one 5-per-second limiter', async function (this: MochaTestContext) {
    // A hundred elements and a second of queueing: more than the default on a loaded machine.
    this.timeout(60_000);
    // fixtureSync, then each element's own updateComplete: fixture() of a plain <div> waits for an
    // animation frame, which a page the runner keeps in the background never gets.
    const list = fixtureSync<HTMLElement>(html`<div>
      ${Array.from({ length: 100 }, () => html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC}></oncelink-share>`)}
    </div>`);
    const elements = [...list.querySelectorAll('oncelink-share')];
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(
      elements.every((el) => text(el, '[part=trigger]') === 'Share link' && !has(el, 'dialog')),
    ).to.equal(true);
    expect(sent).to.have.length(0);

    const starts: number[] = [];
    // The reads as they reach the fake API behind the proxy, one per element pressed.
    const record = ({ request }: { request: Request }) => {
      if (new URL(request.url).origin === API_ORIGIN) starts.push(performance.now());
    };
    worker.events.on('request:start', record);
    try {
      // A press on ten of them: each starts reading its page.
      for (const el of elements.slice(0, 10))
        $(el, '[part=trigger]').dispatchEvent(
          new PointerEvent('pointerdown', { bubbles: true, composed: true }),
        );
      await waitUntil(() => starts.length >= 10, 'ten reads', { timeout: 40_000 });
    } finally {
      worker.events.removeListener('request:start', record);
    }
    // One limiter lets five through, then holds the sixth until a second after an answer; ten
    // limiters would have sent all ten at once.
    expect((starts[5] ?? 0) - (starts[0] ?? 0)).to.be.greaterThan(700);
  });

  it('one-time: the trigger says "One-time link"; each opening makes exactly one link, shown at once', async () => {
    const el = await fixture<OnceLinkShare>(
      html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC} one-time></oncelink-share>`,
    );
    expect(text(el, '[part=trigger]')).to.equal('One-time link');
    $(el, '[part=trigger]').click();
    await waitUntil(
      () => has(el, '#link') && shownLink(el).startsWith('https://go.oncehub.com/.'),
      'the one-time link',
    );
    expect($<HTMLInputElement>(el, '#one-time').checked).to.equal(true);
    el.requestUpdate();
    await settle(el);
    expect(linkRequests()).to.have.length(1);

    await el.hide();
    await el.show();
    await waitUntil(
      () => linkRequests().length === 2 && has(el, '#link') && shownLink(el) !== mock.control.links()[0]?.url,
      'a new link for the new opening',
    );
    await settle(el);
    expect(linkRequests()).to.have.length(2);
  });

  describe('forced colours (Windows High Contrast)', () => {
    after(() => executeServerCommand('emulate-forced-colors', { active: false }));

    it('the switches look different on and off: the thumb and the on-state keep system colours', async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await fixture<OnceLinkShare>(
        html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC} customer-name="Ada" customer-email="ada@example.com"></oncelink-share>`,
      );
      await openReady(el);
      const on = $(el, '#personalize');
      const off = $(el, '#one-time');
      expect([
        ($(el, '#personalize') as HTMLInputElement).checked,
        (off as HTMLInputElement).checked,
      ]).to.deep.equal([true, false]);
      const look = (input: Element) => {
        const track = getComputedStyle(input);
        const thumb = getComputedStyle(input, '::before');
        return { track: track.backgroundColor, thumb: thumb.backgroundColor, at: thumb.transform };
      };
      const [a, b] = [look(on), look(off)];
      expect(a.track, 'on and off tracks differ').to.not.equal(b.track);
      expect(a.thumb, 'the thumb shows against the track when on').to.not.equal(a.track);
      expect(b.thumb, 'the thumb shows against the track when off').to.not.equal(b.track);
      expect(a.at, 'the thumb moves').to.not.equal(b.at);
    });
  });

  describe('a 320 CSS px wide viewport', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('the pop-up reflows without horizontal scrolling, fields, link and actions included', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<OnceLinkShare>(
        html`<oncelink-share api-base=${API_BASE} master-page=${DYNAMIC} customer-name="Ada Lovelace" customer-email="ada.lovelace@analytical-engine.example"></oncelink-share>`,
      );
      await openReady(el);
      await until(el, '#name');
      expect(isOpen(el)).to.equal(true);
      const dialog = $(el, 'dialog');
      expect(dialog.getBoundingClientRect().right).to.be.at.most(320);
      expect(dialog.scrollWidth, 'nothing inside the dialog scrolls sideways').to.be.at.most(
        dialog.clientWidth,
      );
      for (const node of el.shadowRoot?.querySelectorAll('dialog *') ?? []) {
        expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(320);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });
});

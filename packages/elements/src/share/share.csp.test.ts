// Strict-CSP page in Chromium: the script-tag bundle under `default-src 'self'` works end to end and reports no violation.
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createMockApi } from '@oncelink/mock-api';
import type { OnceLinkShare } from './share.js';
import { $, has, openReady, shownLink, waitUntil } from '../test-support/dom.js';

// Registered first, so nothing the bundle does can slip past it.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(
    `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
  );
});

// The fake answers at the proxy's path itself: a proxy running in this page would fetch the API's
// origin, which the policy rightly blocks (a real proxy runs on the server).
const API_BASE = '/api/oncehub';
const mock = createMockApi({ baseURL: API_BASE, requireApiKey: false });
const worker = setupWorker(...mock.handlers);

/** Puts the page under the policy a strict host uses (as a header would; meta is how a test page can). */
function enforce(policy: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
}

describe("<oncelink-share> from the script-tag bundle under Content-Security-Policy: default-src 'self'", () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    enforce("default-src 'self'");
  });
  after(() => worker.stop());

  it('the policy is really enforced on this page (eval is refused and reported)', async () => {
    // Indirect eval, so the probe is the only eval in the test and a bundler cannot fold it away.
    const run = globalThis.eval;
    expect(() => run('1 + 1')).to.throw(EvalError);
    await waitUntil(() => violations.length > 0, 'the refused eval is reported');
    expect(violations.join('\n')).to.contain('script-src');
    violations.length = 0;
  });

  it('loads with one <script type="module" src>, makes a personalised one-time link, and reports no violation', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/packages/elements/dist/oncelink.js';
    document.head.append(script);
    await customElements.whenDefined('oncelink-share');

    const el = document.createElement('oncelink-share') as OnceLinkShare;
    el.setAttribute('api-base', API_BASE);
    el.setAttribute('master-page', 'MP-DYNAMIC0001');
    el.setAttribute('customer-name', "Zoë O'Brien");
    el.setAttribute('customer-email', 'zoe+crm@example.com');
    document.body.append(el);
    try {
      await openReady(el);
      $(el, '#one-time').click();
      await waitUntil(
        () => has(el, '#link') && shownLink(el).startsWith('https://go.oncehub.com/.'),
        'one-time link',
        { timeout: 5000 },
      );
      // Both customer attributes given: Personalize link starts on.
      await waitUntil(() => shownLink(el).includes('name='), 'personalised link');
      const params = new URL(shownLink(el)).searchParams;
      expect(params.get('name')).to.equal("Zoë O'Brien");
      expect(params.get('email')).to.equal('zoe+crm@example.com');
      expect(mock.control.links()).to.have.length(1);
      // Styles arrive as adopted style sheets, which the policy does not block; check they applied.
      expect(getComputedStyle($(el, 'dialog')).display).to.not.equal('');
      expect(el.shadowRoot?.adoptedStyleSheets.length).to.be.greaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(violations, violations.join('\n')).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});

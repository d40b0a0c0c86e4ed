// safeHttpUrl: the only gate between a URL from the API and an <a href> or the clipboard.
import { expect } from '@open-wc/testing';
import { safeHttpUrl } from './safe-url.js';

describe('safeHttpUrl', () => {
  it('passes absolute http and https URLs through unchanged', () => {
    for (const url of ['https://go.oncehub.com/.S617NW9C', 'http://localhost:4010/.ABC?name=A%20B']) {
      expect(safeHttpUrl(url)).to.equal(url);
    }
  });

  it('refuses every other scheme, relative URLs, junk and non-strings', () => {
    for (const value of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      '/relative',
      '//host/x',
      'not a url',
      '',
      42,
      null,
      undefined,
    ]) {
      expect(safeHttpUrl(value), String(value)).to.equal(undefined);
    }
  });
});

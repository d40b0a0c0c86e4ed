// The API's address, and the one check every base URL goes through: the client's and the proxy's.
import { OnceLinkError } from './errors.js';

export const DEFAULT_BASE_URL = 'https://api.oncehub.com/v2';

export const isBrowser = (): boolean => typeof window !== 'undefined' && typeof document !== 'undefined';

/**
 * An absolute http(s) URL, without trailing slashes; with `pathInBrowser`, in a browser a path on
 * this site too (a proxy such as '/api/oncehub'). Checked up front: a bad one would otherwise
 * look like an unreachable API, and be retried. `name` is how the message names the option.
 */
export function checkBaseURL(name: string, value: unknown, pathInBrowser: boolean): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value, pathInBrowser && isBrowser() ? document.baseURI : undefined) : undefined;
  } catch {
    url = undefined;
  }
  if (typeof value !== 'string' || !url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    const path = pathInBrowser ? ' (or, in a browser, a path such as /api/oncehub)' : '';
    throw new OnceLinkError(`${name} must be an absolute http(s) URL such as ${DEFAULT_BASE_URL}${path}; got ${JSON.stringify(value)}.`);
  }
  return value.replace(/\/+$/, '');
}

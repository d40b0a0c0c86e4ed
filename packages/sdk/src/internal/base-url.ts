// The API's address, and the one check every base URL goes through: the client's and the proxy's.
import { OnceLinkError } from '../core/errors.js';

export const DEFAULT_BASE_URL = 'https://api.oncehub.com/v2';

export const isBrowser = (): boolean => typeof window !== 'undefined' && typeof document !== 'undefined';

/**
 * An absolute http(s) URL, without trailing slashes; in a browser a path on this site too (a
 * proxy such as '/api/oncehub'). Checked up front: a bad one would otherwise look like an
 * unreachable API, and be retried. `name` is how the message names the option.
 */
export function checkBaseURL(value: string, name = 'baseURL'): string {
  let url: URL | undefined;
  try {
    url = new URL(value, isBrowser() ? document.baseURI : undefined);
  } catch {
    url = undefined;
  }
  if (typeof value !== 'string' || !url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new OnceLinkError(
      `${name} must be an absolute http(s) URL such as ${DEFAULT_BASE_URL} (or, in a browser, a path such as /api/oncehub); got ${JSON.stringify(value)}.`,
    );
  }
  return value.replace(/\/+$/, '');
}

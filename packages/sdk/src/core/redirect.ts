// Redirects are never followed: the client and the proxy send the API key, and a redirect would carry it to whatever host it names.

/** What every fetch that carries the key passes: a redirect comes back as an answer instead of being followed. */
export const noRedirect = { redirect: 'manual' } as const;

/** A 3xx, or in a browser the opaque answer that a `redirect: 'manual'` fetch gives for one. */
export const isRedirect = (response: Response): boolean =>
  response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);

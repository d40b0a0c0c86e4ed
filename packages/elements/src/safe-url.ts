// Decides whether a URL from the API may be shown and opened: only absolute http(s) URLs may.

/** The URL, unchanged, when it is absolute http or https, otherwise undefined (`javascript:`, relative, junk). */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not a URL at all: the caller treats it as an answer it cannot use.
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? value : undefined;
}

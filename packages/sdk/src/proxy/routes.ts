// The proxy's allow list: parses 'METHOD /path/:id' rules and matches them against the end of a request path.
import { OnceLinkError } from '../core/errors.js';

export interface Rule {
  method: string;
  /** Literal segments, or null where the rule has a `:param`. */
  segments: ReadonlyArray<string | null>;
  text: string;
}

export const defaultAllow: readonly string[] = [
  'GET /master-pages',
  'GET /master-pages/:id',
  'GET /booking-calendars',
  'GET /booking-calendars/:id',
  'POST /master-pages/:id/one-time-links',
  'POST /booking-calendars/:id/one-time-links',
];

export function parseRule(text: string): Rule {
  const match = /^(GET|POST|DELETE) (\/[A-Za-z0-9_:./-]*)$/.exec(typeof text === 'string' ? text.trim() : '');
  const segments = match?.[2]?.split('/').filter(Boolean) ?? [];
  if (!match?.[1] || segments.length === 0) {
    throw new OnceLinkError(
      `createProxyHandler: allow entry ${JSON.stringify(text)} is not of the form 'METHOD /path/:id' (e.g. 'GET /master-pages/:id').`,
    );
  }
  return {
    method: match[1],
    segments: segments.map((s) => (s.startsWith(':') ? null : s)),
    text: text.trim(),
  };
}

const unsafeInParam = /[/\\%\p{Cc}]/u;

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The API route ('master-pages/MP-1/one-time-links', params re-encoded) when the last
 * segments of `pathname` match a rule for `method`, whatever prefix the proxy is mounted under.
 */
export function matchRoute(rules: readonly Rule[], method: string, pathname: string): string | undefined {
  const parts = pathname.split('/').filter(Boolean);
  for (const rule of rules) {
    if (rule.method !== method || parts.length < rule.segments.length) continue;
    const tail = parts.slice(parts.length - rule.segments.length).map(decode);
    const route: string[] = [];
    const ok = rule.segments.every((literal, i) => {
      const value = tail[i];
      if (value === undefined) return false;
      if (literal !== null) return value === literal;
      // A param may not be empty or a dot segment, nor hold a slash, a backslash, a '%' (a
      // second layer of encoding) or a control character: an upstream server or CDN that decodes
      // or normalises the path could read any of them as another route. No API id contains them.
      if (value === '' || value === '.' || value === '..' || unsafeInParam.test(value)) return false;
      route[i] = encodeURIComponent(value);
      return true;
    });
    if (ok) return rule.segments.map((literal, i) => literal ?? route[i]).join('/');
  }
  return undefined;
}

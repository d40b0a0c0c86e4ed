// Tool results: structured content with its text, or an isError result in words, with the API key scrubbed from both.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describeError, type ErrorContext } from './errors.js';

/** A successful result: the text a model reads and the same facts as structured content. */
export function ok(text: string, structured: Record<string, unknown>, isError = false): CallToolResult {
  return {
    content: [{ type: 'text', text }],
    structuredContent: structured,
    ...(isError ? { isError } : {}),
  };
}

/** A failed call as a result the model can read and act on (MCP: tool errors are results, not protocol errors). */
export function fail(error: unknown, context?: ErrorContext): CallToolResult {
  return { content: [{ type: 'text', text: describeError(error, context) }], isError: true };
}

/**
 * Replaces every occurrence of the secret in the result's strings. Our own words never hold the
 * key, but an API error message is OnceHub's text, and a broken or hostile server could echo it.
 */
export function scrub<T>(value: T, secret: string | undefined): T {
  if (!secret) return value;
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return v.split(secret).join('[redacted]');
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]));
    return v;
  };
  return clean(value) as T;
}

/** The URL when it is http(s), else null: a link a model hands on must not be `javascript:` or worse. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value || !URL.canParse(value)) return null;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:' ? value : null;
}

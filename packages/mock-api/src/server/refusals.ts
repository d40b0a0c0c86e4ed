// The server's answers to requests it cannot take (bad target or Host, unknown method, huge body): never a 5xx.
import type { NodeRefusal } from '@oncelink/sdk/proxy';
import { newRequestId } from '../state/ids.js';

export const isApiPath = (path: string): boolean => path === '/v2' || path.startsWith('/v2/');

/** An error under /v2 as the API writes it: `{ type, message }` with a Request-Id. */
export function apiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { type: status >= 500 ? 'api_error' : 'invalid_request_error', message },
    { status, headers: { 'Request-Id': newRequestId(), ...headers } },
  );
}

export const plainText = (status: number, text: string, headers: Record<string, string> = {}): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });

/**
 * Under /v2 in the API's error shape (a body too large is a 400 there, as the API answers bad
 * input); elsewhere (hosted booking pages) a plain page.
 */
export function refusal({ status, message, path, allow }: NodeRefusal): Response {
  const headers: Record<string, string> = allow ? { Allow: allow } : {};
  if (isApiPath(path)) return apiError(status === 413 ? 400 : status, message, headers);
  return plainText(status, status === 413 ? 'Request body too large.' : message, headers);
}

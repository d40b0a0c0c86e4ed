// The server's answers to requests it cannot take (bad target or Host, unknown method, huge body, unparseable bytes): never a 5xx.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NodeRefusal } from '@oncelink/sdk/proxy';
import { failureResponse } from '../handlers/endpoint.js';
import { ApiFailure } from '../state/errors.js';
import { newRequestId } from '../state/ids.js';

export const isApiPath = (path: string): boolean => path === '/v2' || path.startsWith('/v2/');

/** An error under /v2 as the API writes it: its error body with a Request-Id. */
export function apiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  const type = status >= 500 ? 'api_error' : 'invalid_request_error';
  return failureResponse(new ApiFailure(status, type, message, undefined, headers), newRequestId());
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

/**
 * Node's parser refuses some bytes before any handler runs (a bad request line, a header too long)
 * and would answer a bare 400 with no body. This answers the same status as the API writes errors.
 * Always in that shape: with pipelining the answer may overtake one still pending for an earlier
 * request on the connection, so which request (API or booking page) it answers cannot be told.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message =
    status === 431
      ? 'The request headers are too large.'
      : 'The request could not be read as HTTP/1.1; check the request line and headers.';
  const body = JSON.stringify(new ApiFailure(status, 'invalid_request_error', message).body);
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `Request-Id: ${newRequestId()}`,
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

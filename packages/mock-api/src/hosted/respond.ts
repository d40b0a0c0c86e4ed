// How every hosted page answers: HTML under a strict CSP, never cached, never leaking the URL.
import { HttpResponse } from 'msw';

const CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** How many open times a page offers at most. */
export const SHOWN_SLOTS = 24;

export const page = (status: number, body: string): Response =>
  new HttpResponse(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    },
  });

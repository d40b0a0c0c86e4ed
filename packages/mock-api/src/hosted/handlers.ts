// The hosted booking page at each one-time link's URL: GET shows times (and the form), POST books.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { isoSeconds } from '../state/clock.js';
import { ApiFailure } from '../state/errors.js';
import { bookThroughLink, lookupLink } from '../state/links.js';
import type { LinkRecord } from '../state/records.js';
import { openSlots } from '../state/slots.js';
import type { Store } from '../state/store.js';
import { isEmail, isTimeZone } from '../handlers/input.js';
import { BOOKING_PAGE_CSS, STYLESHEET_PATH, type BookingPageView, bookingPage, confirmationPage, unavailablePage } from './pages.js';

const CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const SHOWN_SLOTS = 24;
const MAX_FORM_BYTES = 16 * 1024;

const page = (status: number, body: string): Response =>
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

const unavailable = (kind: 'unknown' | 'gone'): Response => page(kind === 'unknown' ? 404 : 410, unavailablePage());

interface Visit {
  timeZone: string;
  name: string;
  email: string;
  personalised: boolean;
}

/** What the link's URL (and, for a calendar link, its stored answers) says about the customer. */
function readVisit(link: LinkRecord, url: URL): Visit {
  const q = url.searchParams;
  const stored = link.bookingForm ?? {};
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const name = q.get('name') ?? text(stored['name']);
  const email = q.get('email') ?? text(stored['email']);
  const tz = q.get('iana_time_zone') ?? 'UTC';
  const skip = q.get('skip');
  const asked = skip === '1' || (skip === null && text(stored['name']) !== '' && text(stored['email']) !== '');
  const valid = name.trim() !== '' && name.length <= 100 && email.length <= 100 && isEmail(email);
  return { timeZone: isTimeZone(tz) ? tz : 'UTC', name, email, personalised: asked && valid };
}

function formatSlot(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(ms);
}

function targetName(store: Store, link: LinkRecord): string {
  return link.target.type === 'master_page'
    ? (store.masterPages.get(link.target.id)?.name ?? '')
    : (store.bookingCalendars.get(link.target.id)?.name ?? '');
}

function view(store: Store, link: LinkRecord, visit: Visit, values: BookingPageView['values'], errors: BookingPageView['errors']): string {
  const now = store.clock.now();
  const slots = openSlots(store, link.target, now, now + 14 * 86_400_000).slice(0, SHOWN_SLOTS);
  return bookingPage({
    pageName: targetName(store, link),
    slots: slots.map((t) => ({ iso: isoSeconds(t), label: formatSlot(t, visit.timeZone) })),
    showForm: !visit.personalised,
    values,
    errors,
    timeZoneLabel: visit.timeZone,
  });
}

async function readForm(request: Request): Promise<URLSearchParams | undefined> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return undefined;
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) return undefined;
  return new URLSearchParams(text);
}

/** Handlers for `${linkBaseURL}/.<token>` and the page's stylesheet. */
export function hostedPageHandlers(store: Store, linkBaseURL: string): HttpHandler[] {
  const base = linkBaseURL.replace(/\/$/, '');
  const tokenOf = (slug: unknown): string | undefined =>
    typeof slug === 'string' && slug.startsWith('.') && slug.length <= 200 ? slug.slice(1) : undefined;
  return [
    http.get(`${base}${STYLESHEET_PATH}`, () =>
      new HttpResponse(BOOKING_PAGE_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' } }),
    ),
    http.get(`${base}/:slug`, ({ request, params }) => {
      const token = tokenOf(params['slug']);
      if (token === undefined) return undefined;
      const found = lookupLink(store, token);
      if (found.kind !== 'usable') return unavailable(found.kind);
      const visit = readVisit(found.link, new URL(request.url));
      return page(200, view(store, found.link, visit, { name: visit.name, email: visit.email, startTime: '' }, {}));
    }),
    http.post(`${base}/:slug`, async ({ request, params }) => {
      const token = tokenOf(params['slug']);
      if (token === undefined) return undefined;
      const found = lookupLink(store, token);
      if (found.kind !== 'usable') return unavailable(found.kind);
      const visit = readVisit(found.link, new URL(request.url));
      const form = await readForm(request);
      const values = {
        name: (form?.get('name') ?? (visit.personalised ? visit.name : '')).trim(),
        email: (form?.get('email') ?? (visit.personalised ? visit.email : '')).trim(),
        startTime: form?.get('start_time') ?? '',
      };
      const errors: BookingPageView['errors'] = {};
      const startMs = Date.parse(values.startTime);
      if (!form) errors.start_time = 'The form could not be read. Please pick a time and submit the form again.';
      else if (values.startTime === '' || Number.isNaN(startMs)) errors.start_time = 'Pick one of the times below.';
      if (values.name === '') errors.name = 'Enter your name.';
      else if (values.name.length > 100) errors.name = 'Use at most 100 characters for your name.';
      if (!isEmail(values.email) || values.email.length > 100) errors.email = 'Enter an email address such as name@example.com.';
      const retry = (status: number) => page(status, view(store, found.link, { ...visit, personalised: visit.personalised && !errors.name && !errors.email }, values, errors));
      if (Object.keys(errors).length) return retry(400);
      try {
        const booking = bookThroughLink(store, token, {
          startMs,
          timeZone: visit.timeZone,
          form: { name: values.name, email: values.email },
        });
        if (!booking) return unavailable('gone');
        return page(200, confirmationPage(targetName(store, found.link), formatSlot(startMs, visit.timeZone), values.name));
      } catch (e) {
        if (!(e instanceof ApiFailure)) throw e;
        errors.start_time = 'That time is no longer available. Please pick another.';
        return retry(409);
      }
    }),
  ];
}

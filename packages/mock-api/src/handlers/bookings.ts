// Bookings: list (every documented filter), retrieve (with expand), cancel, request-reschedule.
import { http, type HttpHandler } from 'msw';
import { cancelBooking, requestReschedule } from '../state/bookings.js';
import { badRequest } from '../state/errors.js';
import type { BookingRecord } from '../state/records.js';
import { EXPANDABLE, type Expandable, bookingWire } from '../state/wire.js';
import { apiResolver } from './resolvers.js';
import { QueryReader, parseTimestamp, readJsonBody } from './input.js';
import { malformedList, malformedObject } from './malformed.js';
import { PAGE_PARAMS, pageReply, paginate, readPage } from './pagination.js';
import type { ApiRuntime } from './runtime.js';

const STATUSES = ['requested', 'scheduled', 'rescheduled', 'completed', 'canceled', 'no_show'];
const ID_FILTERS = [
  'owner',
  'contact',
  'booking_page',
  'master_page',
  'event_type',
  'booking_calendar',
] as const;
const TIME_FIELDS = ['creation_time', 'starting_time', 'last_updated_time'] as const;
const TIME_FILTERS = TIME_FIELDS.flatMap((f) => [`${f}.gt`, `${f}.lt`]);

function readExpand(q: QueryReader): Expandable[] {
  const raw = q.get('expand');
  if (raw === undefined) return [];
  const out: Expandable[] = [];
  for (const part of raw.split(',')) {
    const field = EXPANDABLE.find((f) => f === part.trim());
    if (!field)
      throw badRequest(
        `Invalid value for 'expand': '${part.slice(0, 40)}'. Expandable fields: ${EXPANDABLE.join(', ')}.`,
        'expand',
      );
    out.push(field);
  }
  return out;
}

type Filter = (b: BookingRecord) => boolean;

function readFilters(q: QueryReader, hostOf: (b: BookingRecord) => string | null): Filter[] {
  const filters: Filter[] = [];
  const status = q.get('status');
  if (status !== undefined) {
    if (!STATUSES.includes(status))
      throw badRequest(
        `Invalid value for 'status': '${status.slice(0, 40)}'. Use one of ${STATUSES.join(', ')}.`,
        'status',
      );
    filters.push((b) => b.status === status);
  }
  for (const key of ID_FILTERS) {
    const v = q.get(key);
    if (v !== undefined) filters.push((b) => b[key] === v);
  }
  const host = q.get('host');
  if (host !== undefined) filters.push((b) => hostOf(b) === host);
  for (const key of TIME_FILTERS) {
    const v = q.get(key);
    if (v === undefined) continue;
    const bound = parseTimestamp(v, key);
    const [field, op] = key.split('.') as [(typeof TIME_FIELDS)[number], 'gt' | 'lt'];
    filters.push((b) => (op === 'gt' ? Date.parse(b[field]) > bound : Date.parse(b[field]) < bound));
  }
  return filters;
}

/** Newest first, like the API's lists; ties broken by id so cursors are stable. */
const newestFirst = (a: BookingRecord, b: BookingRecord): number =>
  b.creation_time.localeCompare(a.creation_time) || a.id.localeCompare(b.id);

async function readReason(request: Request, key: string, allowed: string[]): Promise<string | undefined> {
  const body = await readJsonBody(request);
  if (!body) return undefined;
  const reason = body.string(key, { max: 1000 });
  for (const other of allowed) body.boolean(other);
  body.done();
  return reason;
}

export function bookingHandlers(api: ApiRuntime): HttpHandler[] {
  const { store } = api;
  const hostOf = (b: BookingRecord): string | null =>
    b.booking_calendar === null ? null : (store.bookingCalendars.get(b.booking_calendar)?.host ?? null);
  return [
    http.get(
      `${api.baseURL}/bookings`,
      apiResolver(api, malformedList('booking'), ({ url }) => {
        const q = new QueryReader(url.searchParams, [
          ...PAGE_PARAMS,
          'status',
          ...ID_FILTERS,
          'host',
          ...TIME_FILTERS,
          'expand',
        ]);
        const page = readPage(q);
        const filters = readFilters(q, hostOf);
        const expand = readExpand(q);
        const all = [...store.bookings.values()].sort(newestFirst);
        const result = paginate(
          all,
          (b) => filters.every((f) => f(b)),
          page,
          url,
          (b) => bookingWire(store, b, expand),
        );
        return pageReply(result);
      }),
    ),
    http.get<{ id: string }>(
      `${api.baseURL}/bookings/:id`,
      apiResolver(api, malformedObject('booking'), ({ url, params }) => {
        const expand = readExpand(new QueryReader(url.searchParams, ['expand']));
        return { body: bookingWire(store, store.booking(params.id), expand) };
      }),
    ),
    http.post<{ id: string }>(
      `${api.baseURL}/bookings/:id/cancel`,
      apiResolver(api, malformedObject('booking'), async ({ request, params }) => {
        const reason = await readReason(request, 'cancellation_reason', ['send_cancellation_email']);
        return { body: bookingWire(store, cancelBooking(store, params.id, reason)) };
      }),
    ),
    http.post<{ id: string }>(
      `${api.baseURL}/bookings/:id/request-reschedule`,
      apiResolver(api, malformedObject('booking'), async ({ request, params }) => {
        const reason = await readReason(request, 'reschedule_reason', []);
        return { body: bookingWire(store, requestReschedule(store, params.id, reason)) };
      }),
    ),
  ];
}

// Booking calendars: list, retrieve, time slots, schedule, and one-time links.
import { http, type HttpHandler } from 'msw';
import { createBooking } from '../state/bookings.js';
import { isoSeconds } from '../state/clock.js';
import { badRequest } from '../state/errors.js';
import { createBookingCalendarLink } from '../state/links.js';
import { openSlots } from '../state/slots.js';
import type { BookingCalendarRecord } from '../state/records.js';
import { bookingCalendarWire, linkWire } from '../state/wire.js';
import { readBookingForm, readUtmParams } from './booking-form.js';
import { apiResolver } from './resolvers.js';
import { QueryReader, isTimeZone, parseTimestamp, readJsonBody } from './input.js';
import {
  malformedLink,
  malformedList,
  malformedObject,
  malformedSchedule,
  malformedSlots,
} from './malformed.js';
import { PAGE_PARAMS, pageReply, paginate, readPage } from './pagination.js';
import type { ApiRuntime } from './runtime.js';

const DAY = 86_400_000;
const LOCATIONS = [{ type: 'virtual', value: 'Video call (link sent on booking)', id: 'LOC-VIDEO' }];

export function bookingCalendarHandlers(api: ApiRuntime): HttpHandler[] {
  const { store } = api;
  const published = (id: string): BookingCalendarRecord => {
    const bc = store.bookingCalendar(id);
    if (!bc.published) throw badRequest(`This booking calendar is not published: '${id}'`, 'id');
    return bc;
  };
  return [
    http.get(
      `${api.baseURL}/booking-calendars`,
      apiResolver(api, malformedList('booking_calendar'), ({ url }) => {
        const q = new QueryReader(url.searchParams, [...PAGE_PARAMS, 'host']);
        const page = readPage(q);
        const host = q.get('host');
        const all = [...store.bookingCalendars.values()];
        const result = paginate(
          all,
          (bc) => host === undefined || bc.host === host,
          page,
          url,
          (bc) => bookingCalendarWire(store, bc),
        );
        return pageReply(result);
      }),
    ),
    http.get<{ id: string }>(
      `${api.baseURL}/booking-calendars/:id`,
      apiResolver(api, malformedObject('booking_calendar'), ({ url, params }) => {
        new QueryReader(url.searchParams, []);
        return { body: bookingCalendarWire(store, store.bookingCalendar(params.id)) };
      }),
    ),
    http.get<{ id: string }>(
      `${api.baseURL}/booking-calendars/:id/time-slots`,
      apiResolver(api, malformedSlots(), ({ url, params }) => {
        const q = new QueryReader(url.searchParams, ['start_time', 'end_time']);
        const rawStart = q.get('start_time');
        const rawEnd = q.get('end_time');
        const start = rawStart === undefined ? store.clock.now() : parseTimestamp(rawStart, 'start_time');
        const end = rawEnd === undefined ? start + 7 * DAY : parseTimestamp(rawEnd, 'end_time');
        if (end <= start) throw badRequest('end_time must be later than start_time.', 'end_time');
        if (end - start > 30 * DAY)
          throw badRequest('start_time and end_time must be at most 30 days apart.', 'end_time');
        const bc = published(params.id);
        const slots = openSlots(store, { type: 'booking_calendar', id: bc.id }, start, end);
        return {
          body: slots.map((t) => ({
            start_time: isoSeconds(t),
            locations: LOCATIONS.map((l) => ({ ...l })),
          })),
        };
      }),
    ),
    http.post<{ id: string }>(
      `${api.baseURL}/booking-calendars/:id/schedule`,
      apiResolver(api, malformedSchedule(), async ({ request, params }) => {
        const body = await readJsonBody(request);
        if (!body) throw badRequest("Missing required parameter: 'start_time'.", 'start_time');
        const startTime = body.string('start_time', { max: 40, required: true });
        const startMs = parseTimestamp(startTime, 'start_time');
        const timeZone = body.string('guest_time_zone', { max: 100 }) ?? 'UTC';
        if (!isTimeZone(timeZone))
          throw badRequest(
            `Invalid value for 'guest_time_zone': '${timeZone}' is not an IANA time zone.`,
            'guest_time_zone',
          );
        const formReader = body.object('booking_form', true);
        const form = formReader ? readBookingForm(formReader, true) : {};
        const location = body.object('location');
        const locationDescription = location
          ? [
              location.string('type', { max: 100 }),
              location.string('value', { max: 500 }),
              location.string('id', { max: 100 }),
            ]
          : undefined;
        location?.done();
        body.done();
        const bc = published(params.id);
        const { name, email } = form;
        if (typeof name !== 'string' || typeof email !== 'string')
          throw badRequest("Missing required parameter: 'booking_form.name'.", 'booking_form.name');
        const booking = createBooking(store, {
          target: { type: 'booking_calendar', id: bc.id },
          startMs,
          timeZone,
          form: { ...form, name, email },
          ...(locationDescription
            ? { locationDescription: locationDescription.filter(Boolean).join(' ') }
            : {}),
        });
        return { body: { id: booking.id } };
      }),
    ),
    http.post<{ id: string }>(
      `${api.baseURL}/booking-calendars/:id/one-time-links`,
      apiResolver(api, malformedLink(), async ({ request, params }) => {
        const body = await readJsonBody(request);
        const hideUrlParams = body?.boolean('hide_url_params') ?? false;
        const formReader = body?.object('booking_form');
        const utmReader = body?.object('utm_params');
        const bookingForm = formReader ? readBookingForm(formReader, false) : undefined;
        const utmParams = utmReader ? readUtmParams(utmReader) : undefined;
        body?.done();
        const link = createBookingCalendarLink(store, params.id, {
          hideUrlParams,
          ...(bookingForm ? { bookingForm } : {}),
          ...(utmParams ? { utmParams } : {}),
        });
        return { body: linkWire(link) };
      }),
    ),
  ];
}

// client.bookingCalendars: list and read booking calendars, their free slots, scheduling and one-time links.
import { APIResource } from '../core/resource.js';
import { path } from '../internal/path.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request-options.js';
import { listOf } from '../schemas/shared.js';
import {
  bookingCalendar,
  scheduleResult,
  timeSlots,
  type BookingCalendar,
  type ScheduleResult,
  type TimeSlot,
} from '../schemas/booking-calendar.js';
import { oneTimeLink, type OneTimeLink } from '../schemas/one-time-link.js';

const bookingCalendarList = listOf(bookingCalendar);

export interface BookingCalendarListParams extends ListParams {
  /** Only the calendars of this host (a user id). */
  host?: string | undefined;
}

export interface TimeSlotsParams {
  /** ISO 8601; at most 30 days before `end_time`. */
  start_time?: string | undefined;
  end_time?: string | undefined;
}

export interface ScheduleParams {
  start_time: string;
  guest_time_zone?: string | undefined;
  booking_form: BookingFormValues & { name: string; email: string };
  location?: { type?: string | undefined; value?: string | undefined; id?: string | undefined } | undefined;
}

/** Booking-form answers: standard fields plus custom ones keyed by their mapped name. */
export type BookingFormValues = {
  name?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  [customField: string]: string | string[] | undefined;
};

export interface UtmParams {
  source?: string | undefined;
  medium?: string | undefined;
  campaign?: string | undefined;
  term?: string | undefined;
  content?: string | undefined;
}

/** Body of `POST /booking-calendars/{id}/one-time-links`; every field is optional. */
export interface BookingCalendarLinkCreateParams {
  /** When true the API returns a short link with no visible query parameters. */
  hide_url_params?: boolean | undefined;
  booking_form?: BookingFormValues | undefined;
  utm_params?: UtmParams | undefined;
}

export class BookingCalendars extends APIResource {
  /** `GET /booking-calendars`. */
  list(params?: BookingCalendarListParams, options?: RequestOptions): PagePromise<BookingCalendar> {
    return this.core.requestList('booking-calendars', bookingCalendarList, { ...params }, options);
  }

  /** `GET /booking-calendars/{id}`. */
  async retrieve(id: string, options?: RequestOptions): Promise<BookingCalendar> {
    return this.core.request(
      { method: 'GET', path: path`booking-calendars/${id}` },
      bookingCalendar,
      options,
    );
  }

  /** `GET /booking-calendars/{id}/time-slots`: free slots between `start_time` and `end_time` (at most 30 days). */
  async timeSlots(id: string, params?: TimeSlotsParams, options?: RequestOptions): Promise<TimeSlot[]> {
    return this.core.request(
      { method: 'GET', path: path`booking-calendars/${id}/time-slots`, query: { ...params } },
      timeSlots,
      options,
    );
  }

  /** `POST /booking-calendars/{id}/schedule`: books a slot; resolves to the new booking's id. */
  async schedule(id: string, body: ScheduleParams, options?: RequestOptions): Promise<ScheduleResult> {
    return this.core.request(
      { method: 'POST', path: path`booking-calendars/${id}/schedule`, body },
      scheduleResult,
      options,
    );
  }

  /**
   * `POST /booking-calendars/{id}/one-time-links`. Only for published calendars. Put
   * personal data in `booking_form` with `hide_url_params: true` so it stays out of the URL.
   */
  async createOneTimeLink(
    id: string,
    body?: BookingCalendarLinkCreateParams,
    options?: RequestOptions,
  ): Promise<OneTimeLink> {
    return this.core.request(
      { method: 'POST', path: path`booking-calendars/${id}/one-time-links`, body: body ?? {} },
      oneTimeLink,
      options,
    );
  }
}

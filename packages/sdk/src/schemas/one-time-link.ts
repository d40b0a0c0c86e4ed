// Wire schemas of a one-time link and of the body that creates one for a booking calendar.
import * as z from '../core/zod.js';
import { timestamp } from './shared.js';

export const oneTimeLink = z.looseObject({
  id: z.string(),
  url: z.string(),
  creation_time: z.nullish(timestamp),
});
export type OneTimeLink = z.output<typeof oneTimeLink>;

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

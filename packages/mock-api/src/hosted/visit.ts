// What a visit to a booking page carries: the URL's personalisation, and the posted form checked.
import { isEmail, isTimeZone } from '../handlers/input.js';
import type { FormValues } from '../state/records.js';
import type { BookingPageView } from './pages.js';

const MAX_FORM_BYTES = 16 * 1024;

export interface Visit {
  timeZone: string;
  name: string;
  email: string;
  /** Personalised with a valid name and email: the form is skipped. */
  personalised: boolean;
  /** `mobile_phone` from the URL (at most 50 characters), kept on the booking; '' when absent. */
  mobilePhone: string;
}

/** Reads `name`, `email`, `mobile_phone`, `skip` and `iana_time_zone` from the URL, falling back to answers stored on the link. */
export function readVisit(url: URL, stored: FormValues = {}): Visit {
  const q = url.searchParams;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const name = q.get('name') ?? text(stored['name']);
  const email = q.get('email') ?? text(stored['email']);
  const tz = q.get('iana_time_zone') ?? 'UTC';
  const skip = q.get('skip');
  // Answers stored with hide_url_params personalise the link unless the URL says skip=0.
  const asked =
    skip === '1' || (skip === null && text(stored['name']) !== '' && text(stored['email']) !== '');
  const valid = name.trim() !== '' && name.length <= 100 && email.length <= 100 && isEmail(email);
  const phone = (q.get('mobile_phone') ?? '').trim();
  return {
    timeZone: isTimeZone(tz) ? tz : 'UTC',
    name,
    email,
    personalised: asked && valid,
    mobilePhone: phone.length <= 50 ? phone : '',
  };
}

export function formatSlot(ms: number, timeZone: string): string {
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

export interface PostedBooking {
  values: BookingPageView['values'];
  errors: BookingPageView['errors'];
  startMs: number;
}

/** A posted urlencoded form of at most 16 kB, or undefined for anything else. */
export async function readForm(request: Request): Promise<URLSearchParams | undefined> {
  if (!(request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded'))
    return undefined;
  const text = await request.text();
  return text.length <= MAX_FORM_BYTES ? new URLSearchParams(text) : undefined;
}

/** Reads and checks a posted form (urlencoded only); the URL's personalisation fills what it lacks. */
export async function readPostedBooking(request: Request, visit: Visit): Promise<PostedBooking> {
  const form = await readForm(request);
  const values = {
    name: (form?.get('name') ?? (visit.personalised ? visit.name : '')).trim(),
    email: (form?.get('email') ?? (visit.personalised ? visit.email : '')).trim(),
    startTime: form?.get('start_time') ?? '',
  };
  const errors: BookingPageView['errors'] = {};
  const startMs = Date.parse(values.startTime);
  if (!form) errors.start_time = 'The form could not be read. Please pick a time and submit the form again.';
  else if (values.startTime === '' || Number.isNaN(startMs))
    errors.start_time = 'Pick one of the times below.';
  if (values.name === '') errors.name = 'Enter your name.';
  else if (values.name.length > 100) errors.name = 'Use at most 100 characters for your name.';
  if (!isEmail(values.email) || values.email.length > 100)
    errors.email = 'Enter an email address such as name@example.com.';
  return { values, errors, startMs };
}

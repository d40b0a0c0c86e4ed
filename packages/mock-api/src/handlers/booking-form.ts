// The `booking_form` and `utm_params` objects shared by scheduling and booking-calendar links.
import { badRequest } from '../state/errors.js';
import type { FormValues } from '../state/records.js';
import { type BodyReader, checkString, isEmail } from './input.js';

const LIMITS: Record<string, number> = {
  name: 100,
  email: 100,
  phone: 50,
  mobile_phone: 50,
  company: 200,
  note: 2000,
};
const CUSTOM_MAX = 500;
const MAX_FIELDS = 50;
const MAX_CHOICES = 50;

/** Reads `booking_form`; with `requireContact`, `name` and `email` must be present. */
export function readBookingForm(form: BodyReader, requireContact: boolean): FormValues {
  const keys = form.keys();
  if (keys.length > MAX_FIELDS)
    throw badRequest(`Too many fields in booking_form: at most ${MAX_FIELDS}.`, 'booking_form');
  const out: FormValues = {};
  for (const key of requireContact ? ['name', 'email'] : []) {
    if (!keys.includes(key))
      throw badRequest(`Missing required parameter: '${form.path(key)}'.`, form.path(key));
  }
  for (const key of keys) {
    const path = form.path(key);
    if (key.length > 100 || !/^[A-Za-z0-9_.-]+$/.test(key)) {
      throw badRequest(
        `Invalid field name in booking_form: use letters, digits, '_', '-' or '.', at most 100 characters.`,
        path,
      );
    }
    const raw = form.raw(key);
    if (Array.isArray(raw) && !(key in LIMITS)) {
      if (raw.length > MAX_CHOICES)
        throw badRequest(`Invalid value for '${path}': at most ${MAX_CHOICES} choices.`, path);
      out[key] = raw.map(
        (v, i) => checkString(v, `${path}[${i}]`, { max: CUSTOM_MAX, required: true }) ?? '',
      );
      continue;
    }
    const value = checkString(raw, path, { max: LIMITS[key] ?? CUSTOM_MAX, required: true }) ?? '';
    if (key === 'email' && !isEmail(value))
      throw badRequest(`Invalid value for '${path}': not an email address.`, path);
    out[key] = value;
  }
  form.done();
  return out;
}

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'];

export function readUtmParams(utm: BodyReader): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of UTM_KEYS) {
    const v = utm.string(key, { max: 200 });
    if (v !== undefined) out[key] = v;
  }
  utm.done();
  return out;
}

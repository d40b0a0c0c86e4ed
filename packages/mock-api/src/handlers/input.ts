// Reading request bodies and query strings strictly: every refusal names the parameter and the fix.
import { badRequest } from '../state/errors.js';

const MAX_BODY_BYTES = 64 * 1024;

/** The JSON object a request carries, or undefined for an empty body. */
export async function readJsonBody(request: Request): Promise<BodyReader | undefined> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw badRequest(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  const value = parseJsonObject(text);
  if (value === 'not JSON')
    throw badRequest(
      'The request body is not valid JSON. Send a JSON object with Content-Type: application/json.',
    );
  if (value === 'not an object') throw badRequest('The request body must be a JSON object.');
  return new BodyReader(value);
}

/** The JSON object in `text`, or what is wrong with it, for the caller to word its refusal. */
export function parseJsonObject(text: string): Record<string, unknown> | 'not JSON' | 'not an object' {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  return isPlainObject(value) ? value : 'not an object';
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface StringRule {
  max: number;
  required?: boolean;
}

/** Reads fields of a JSON object; `done()` refuses any field nobody read. */
export class BodyReader {
  private readonly seen = new Set<string>();

  constructor(
    private readonly obj: Record<string, unknown>,
    private readonly prefix = '',
  ) {}

  path(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  keys(): string[] {
    return Object.keys(this.obj);
  }

  raw(key: string): unknown {
    this.seen.add(key);
    return this.obj[key];
  }

  string(key: string, rule: StringRule & { required: true }): string;
  string(key: string, rule: StringRule): string | undefined;
  string(key: string, rule: StringRule): string | undefined {
    return checkString(this.raw(key), this.path(key), rule);
  }

  boolean(key: string): boolean | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean')
      throw badRequest(`Invalid value for '${this.path(key)}': expected true or false.`, this.path(key));
    return v;
  }

  object(key: string, required = false): BodyReader | undefined {
    const v = this.raw(key);
    if (v === undefined) {
      if (required) throw badRequest(`Missing required parameter: '${this.path(key)}'.`, this.path(key));
      return undefined;
    }
    if (!isPlainObject(v))
      throw badRequest(`Invalid value for '${this.path(key)}': expected an object.`, this.path(key));
    return new BodyReader(v, this.path(key));
  }

  done(): void {
    for (const key of Object.keys(this.obj)) {
      if (!this.seen.has(key)) throw badRequest(`Unknown parameter: '${this.path(key)}'.`, this.path(key));
    }
  }
}

export function checkString(v: unknown, path: string, rule: StringRule): string | undefined {
  if (v === undefined || v === null) {
    if (rule.required) throw badRequest(`Missing required parameter: '${path}'.`, path);
    return undefined;
  }
  if (typeof v !== 'string') throw badRequest(`Invalid value for '${path}': expected a string.`, path);
  if (rule.required && v.trim() === '')
    throw badRequest(`Invalid value for '${path}': must not be empty.`, path);
  if (v.length > rule.max)
    throw badRequest(`Invalid value for '${path}': at most ${rule.max} characters.`, path);
  return v;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
export const isEmail = (v: string): boolean => EMAIL.test(v);

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds of an ISO 8601 timestamp with a zone, or the API's 400 naming `param`. */
export function parseTimestamp(v: string, param: string): number {
  const ms = ISO.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(ms)) {
    throw badRequest(
      `Invalid value for '${param}': '${v.slice(0, 40)}'. Use an ISO 8601 timestamp such as 2026-01-31T09:00:00Z.`,
      param,
    );
  }
  return ms;
}

export function isTimeZone(v: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: v });
    return true;
  } catch {
    return false;
  }
}

/** Reads a query string, refusing unknown and repeated parameters. */
export class QueryReader {
  constructor(
    private readonly params: URLSearchParams,
    allowed: readonly string[],
  ) {
    const seen = new Set<string>();
    for (const key of params.keys()) {
      if (!allowed.includes(key)) throw badRequest(`Unknown parameter: '${key}'.`, key);
      if (seen.has(key)) throw badRequest(`Parameter given more than once: '${key}'.`, key);
      seen.add(key);
    }
  }

  get(key: string): string | undefined {
    const v = this.params.get(key);
    if (v === null) return undefined;
    if (v.length > 500) throw badRequest(`Invalid value for '${key}': at most 500 characters.`, key);
    return v;
  }
}

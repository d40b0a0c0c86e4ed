// The API's error answer as a value the state layer can throw and the handlers turn into a response.
import type { ErrorBody } from './wire-types.js';

export type ErrorType = 'authentication_error' | 'invalid_request_error' | 'rate_limit_error' | 'api_error';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    message: string,
    readonly param?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  get body(): ErrorBody {
    return this.param === undefined
      ? { type: this.type, message: this.message }
      : { type: this.type, message: this.message, param: this.param };
  }
}

export const badRequest = (message: string, param?: string): ApiFailure =>
  new ApiFailure(400, 'invalid_request_error', message, param);

export const notFound = (what: string, id: string): ApiFailure =>
  new ApiFailure(404, 'invalid_request_error', `No such ${what}: '${id}'`, 'id');

export const conflict = (message: string, param?: string): ApiFailure =>
  new ApiFailure(409, 'invalid_request_error', message, param);

/** The answer to a bug of the fake's own: the API's 500, pointing at the log that says more. */
export const bugFailure = (): ApiFailure =>
  new ApiFailure(500, 'api_error', 'The mock API failed unexpectedly; see its log.');

/** The error type the API uses for a status, for injected failures. */
export function errorTypeFor(status: number): ErrorType {
  if (status === 401 || status === 403) return 'authentication_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

// @oncelink/sdk: the typed client for OnceHub's link API. Import only what you use; everything here tree-shakes.
export { OnceLinkCore, type ClientOptions, type APIRequest } from './client.js';
export { DEFAULT_BASE_URL } from './core/base-url.js';
export { OnceLink } from './once-link.js';
export { MasterPages } from './resources/master-pages.js';
export { BookingCalendars, type BookingCalendarListParams } from './resources/booking-calendars.js';
export {
  Bookings,
  type BookingListParams,
  type BookingRetrieveParams,
  type BookingCancelParams,
  type BookingRequestRescheduleParams,
  type BookingExpandable,
} from './resources/bookings.js';
export { Webhooks } from './resources/webhooks.js';
export { APIResource } from './core/resource.js';
export {
  OnceLinkError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PaymentRequiredError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ResponseValidationError,
  WebhookVerificationError,
  CreateOneTimeLinksError,
} from './core/errors.js';
export { PagePromise, type Page, type ListParams } from './core/pagination.js';
export type { RequestOptions } from './core/request-options.js';
export type { Clock } from './core/clock.js';
export {
  personalizeLink,
  PersonalizeLinkError,
  type PersonalizeOptions,
  type PersonalizeLinkField,
  type PersonalizeLinkReason,
} from './helpers/personalize-link.js';
export {
  createOneTimeLinks,
  type CreateOneTimeLinksOptions,
  type OneTimeLinkTarget,
} from './helpers/create-one-time-links.js';
export { verifyWebhook, type VerifyWebhookParams } from './helpers/verify-webhook.js';
export * from './schemas/index.js';

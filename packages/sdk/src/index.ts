// @oncelink/sdk: the typed client for OnceHub's link API. Import only what you use; everything here tree-shakes.
export { OnceLinkCore, type ClientOptions, type APIRequest } from './once-link-core.js';
export { DEFAULT_BASE_URL } from './internal/base-url.js';
export { OnceLink } from './once-link.js';
export { MasterPages } from './resources/master-pages.js';
export {
  BookingCalendars,
  type BookingCalendarListParams,
  type TimeSlotsParams,
  type ScheduleParams,
  type BookingCalendarLinkCreateParams,
  type BookingFormValues,
  type UtmParams,
} from './resources/booking-calendars.js';
export {
  Bookings,
  type BookingListParams,
  type BookingRetrieveParams,
  type BookingCancelParams,
  type BookingRequestRescheduleParams,
  type BookingExpandable,
} from './resources/bookings.js';
export { Webhooks, type WebhookCreateParams } from './resources/webhooks.js';
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
export type { RequestOptions, Query, QueryValue } from './core/request-options.js';
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
// The wire schemas a user can check data with; their building blocks (maybe, listOf, ...) stay inside.
export { masterPage, type MasterPage } from './schemas/master-page.js';
export { oneTimeLink, type OneTimeLink } from './schemas/one-time-link.js';
export {
  bookingCalendar,
  timeSlot,
  timeSlots,
  timeSlotLocation,
  scheduleResult,
  type BookingCalendar,
  type TimeSlot,
  type ScheduleResult,
} from './schemas/booking-calendar.js';
export { booking, type Booking, type BookingStatus } from './schemas/booking.js';
export {
  webhook,
  webhookEvent,
  webhookEventEnvelope,
  isBookingEvent,
  type Webhook,
  type WebhookEventType,
  type WebhookEvent,
  type BookingWebhookEvent,
  type OtherWebhookEvent,
} from './schemas/webhook.js';
export { deletedObject, type DeletedObject } from './schemas/deleted-object.js';
export { errorBody, type ErrorBody } from './schemas/error-body.js';
export { apiKeyCheck, type APIKeyCheck } from './schemas/api-key-check.js';

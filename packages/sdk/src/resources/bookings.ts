// client.bookings: list and read bookings, cancel them, ask the customer to reschedule.
import { APIResource } from '../core/resource.js';
import { path } from '../internal/path.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request-options.js';
import { listOf } from '../schemas/shared.js';
import { booking, type Booking, type BookingStatus } from '../schemas/booking.js';

const bookingList = listOf(booking);

/** Fields `expand` can turn from an id into the whole object. */
export type BookingExpandable =
  'booking_page' | 'master_page' | 'event_type' | 'owner' | 'contact' | 'booking_calendar';

export interface BookingListParams extends ListParams {
  status?: BookingStatus | undefined;
  owner?: string | undefined;
  contact?: string | undefined;
  booking_page?: string | undefined;
  master_page?: string | undefined;
  event_type?: string | undefined;
  booking_calendar?: string | undefined;
  host?: string | undefined;
  'creation_time.gt'?: string | undefined;
  'creation_time.lt'?: string | undefined;
  'starting_time.gt'?: string | undefined;
  'starting_time.lt'?: string | undefined;
  'last_updated_time.gt'?: string | undefined;
  'last_updated_time.lt'?: string | undefined;
  expand?: BookingExpandable[] | undefined;
}

export interface BookingRetrieveParams {
  expand?: BookingExpandable[] | undefined;
}

export interface BookingCancelParams {
  cancellation_reason?: string | undefined;
  /** Default true. */
  send_cancellation_email?: boolean | undefined;
}

export interface BookingRequestRescheduleParams {
  reschedule_reason?: string | undefined;
}

export class Bookings extends APIResource {
  /** `GET /bookings`, with the API's filters and `expand`. */
  list(params?: BookingListParams, options?: RequestOptions): PagePromise<Booking> {
    return this.core.requestList('bookings', bookingList, { ...params }, options);
  }

  /** `GET /bookings/{id}`. */
  async retrieve(id: string, params?: BookingRetrieveParams, options?: RequestOptions): Promise<Booking> {
    return this.core.request(
      { method: 'GET', path: path`bookings/${id}`, query: { ...params } },
      booking,
      options,
    );
  }

  /** `POST /bookings/{id}/cancel`: resolves to the updated booking; `ConflictError` when it cannot be cancelled. */
  async cancel(id: string, body?: BookingCancelParams, options?: RequestOptions): Promise<Booking> {
    return this.core.request(
      { method: 'POST', path: path`bookings/${id}/cancel`, body: body ?? {} },
      booking,
      options,
    );
  }

  /** `POST /bookings/{id}/request-reschedule`: resolves to the updated booking. */
  async requestReschedule(
    id: string,
    body?: BookingRequestRescheduleParams,
    options?: RequestOptions,
  ): Promise<Booking> {
    return this.core.request(
      { method: 'POST', path: path`bookings/${id}/request-reschedule`, body: body ?? {} },
      booking,
      options,
    );
  }
}

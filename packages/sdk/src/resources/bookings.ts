// client.bookings: list and read bookings, cancel them, ask the customer to reschedule.
import { APIResource } from '../core/resource.js';
import { path } from '../core/path.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request-options.js';
import { listOf } from '../schemas/shared.js';
import { booking, type Booking, type BookingStatus } from '../schemas/booking.js';

const bookingList = listOf(booking);

/** Fields `expand` can turn from an id into the whole object. */
export type BookingExpandable = 'booking_page' | 'master_page' | 'event_type' | 'owner' | 'contact' | 'booking_calendar';

export interface BookingListParams extends ListParams {
  status?: BookingStatus;
  owner?: string;
  contact?: string;
  booking_page?: string;
  master_page?: string;
  event_type?: string;
  booking_calendar?: string;
  host?: string;
  'creation_time.gt'?: string;
  'creation_time.lt'?: string;
  'starting_time.gt'?: string;
  'starting_time.lt'?: string;
  'last_updated_time.gt'?: string;
  'last_updated_time.lt'?: string;
  expand?: BookingExpandable[];
}

export interface BookingRetrieveParams {
  expand?: BookingExpandable[];
}

export interface BookingCancelParams {
  cancellation_reason?: string;
  /** Default true. */
  send_cancellation_email?: boolean;
}

export interface BookingRequestRescheduleParams {
  reschedule_reason?: string;
}

export class Bookings extends APIResource {
  /** `GET /bookings`, with the API's filters and `expand`. */
  list(params?: BookingListParams, options?: RequestOptions): PagePromise<Booking> {
    return this.core.requestList('bookings', bookingList, { ...params }, options);
  }

  /** `GET /bookings/{id}`. */
  async retrieve(id: string, params?: BookingRetrieveParams, options?: RequestOptions): Promise<Booking> {
    return this.core.request({ method: 'GET', path: path`bookings/${id}`, query: { ...params } }, booking, options);
  }

  /** `POST /bookings/{id}/cancel`: resolves to the updated booking; `ConflictError` when it cannot be cancelled. */
  async cancel(id: string, body?: BookingCancelParams, options?: RequestOptions): Promise<Booking> {
    return this.core.request({ method: 'POST', path: path`bookings/${id}/cancel`, body: body ?? {} }, booking, options);
  }

  /** `POST /bookings/{id}/request-reschedule`: resolves to the updated booking. */
  async requestReschedule(id: string, body?: BookingRequestRescheduleParams, options?: RequestOptions): Promise<Booking> {
    return this.core.request(
      { method: 'POST', path: path`bookings/${id}/request-reschedule`, body: body ?? {} },
      booking,
      options,
    );
  }
}

// OnceLink: the full client, the HTTP core with every resource attached and `test()`.
import { OnceLinkCore, type ClientOptions } from './once-link-core.js';
import type { RequestOptions } from './core/request-options.js';
import { BookingCalendars } from './resources/booking-calendars.js';
import { Bookings } from './resources/bookings.js';
import { MasterPages } from './resources/master-pages.js';
import { Webhooks } from './resources/webhooks.js';
import { apiKeyCheck, type APIKeyCheck } from './schemas/api-key-check.js';

export class OnceLink extends OnceLinkCore {
  readonly masterPages: MasterPages;
  readonly bookingCalendars: BookingCalendars;
  readonly bookings: Bookings;
  readonly webhooks: Webhooks;

  constructor(options?: ClientOptions) {
    super(options);
    this.masterPages = new MasterPages(this);
    this.bookingCalendars = new BookingCalendars(this);
    this.bookings = new Bookings(this);
    this.webhooks = new Webhooks(this);
  }

  /** `GET /test`: resolves when the API key is valid, rejects with `AuthenticationError` when not. */
  test(options?: RequestOptions): Promise<APIKeyCheck> {
    return this.request({ method: 'GET', path: 'test' }, apiKeyCheck, options);
  }
}

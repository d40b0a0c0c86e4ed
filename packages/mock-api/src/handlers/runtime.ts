// Everything one mock instance's handlers share: state, clock, faults, rate limit, settings.
import type { Store } from '../state/store.js';
import type { Faults } from './faults.js';
import type { Limiters } from './rate-limit.js';

export interface ApiRuntime {
  store: Store;
  faults: Faults;
  /** Each undefined when that limit is off. */
  limiters: Limiters;
  /** The API root the handlers answer under, without a trailing slash. */
  baseURL: string;
  apiKeys: ReadonlySet<string>;
  /** False behind a proxy: requests carry no key and count against one account. */
  requireApiKey: boolean;
}

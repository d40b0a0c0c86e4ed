// Wire schema of a master page.
import * as z from '../internal/zod.js';
import { maybe } from './shared.js';

export const masterPage = z.looseObject({
  object: z.literal('master_page'),
  id: z.string(),
  /** Customer-facing name. */
  name: maybe(z.string()),
  /** Internal label. */
  label: maybe(z.string()),
  url: maybe(z.string()),
  /** Whether the page accepts bookings. */
  active: maybe(z.boolean()),
});
export type MasterPage = z.output<typeof masterPage>;

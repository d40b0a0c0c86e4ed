// Wire schema of a one-time link.
import * as z from '../internal/zod.js';
import { timestamp } from './shared.js';

export const oneTimeLink = z.looseObject({
  id: z.string(),
  url: z.string(),
  creation_time: z.nullish(timestamp),
});
export type OneTimeLink = z.output<typeof oneTimeLink>;

// Wire schema of the body of every non-2xx answer (the SDK reads it leniently; the fake API writes it).
import * as z from '../internal/zod.js';

export const errorBody = z.looseObject({
  type: z.string(),
  message: z.string(),
  param: z.optional(z.string()),
});
export type ErrorBody = z.output<typeof errorBody>;

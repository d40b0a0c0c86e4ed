// Building blocks of the wire schemas: how the API marks ids, timestamps, lists and optional fields.
import * as z from '../internal/zod.js';

/** Any documented field but `object` and `id` may be null or absent on the wire. */
export const maybe = <T extends z.core.SomeType>(schema: T) => z.nullish(schema);

/** ISO 8601 timestamp string, as the API sends it (kept as a string, not parsed). */
export const timestamp = z.string();

/**
 * An expandable reference: the id as a string, or the whole object when the request
 * asked for it with `expand`.
 */
export const expandable = <T extends z.core.SomeType>(object: T) => maybe(z.union([z.string(), object]));

/** The list envelope every `GET` collection answers with. */
export const listOf = <T extends z.core.SomeType>(item: T) =>
  z.looseObject({
    object: z.literal('list'),
    data: z.array(item),
    has_more: z.boolean(),
  });

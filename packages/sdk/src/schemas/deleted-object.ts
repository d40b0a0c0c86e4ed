// Wire schema of what `DELETE` answers: the id and type of the object that is gone.
import * as z from '../internal/zod.js';

export const deletedObject = z.looseObject({
  id: z.string(),
  object: z.string(),
  deleted: z.literal(true),
});
export type DeletedObject = z.output<typeof deletedObject>;

// Wire schema of `GET /test`. The docs say only that it validates the key, so any object is accepted and kept.
import * as z from 'zod/mini';

export const apiKeyCheck = z.looseObject({});
export type APIKeyCheck = z.infer<typeof apiKeyCheck>;

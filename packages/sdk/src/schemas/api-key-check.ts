// Wire schema of `GET /test`. The docs say only that it validates the key, so any object is accepted and kept.
import * as z from '../internal/zod.js';

export const apiKeyCheck = z.looseObject({});
export type APIKeyCheck = z.output<typeof apiKeyCheck>;

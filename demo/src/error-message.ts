// The message of anything thrown, for the demo's logs.

/** `error.message` for an Error, the value as text for anything else thrown. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

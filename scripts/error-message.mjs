// The message of anything thrown, for the scripts' one-line failures.

/** `error.message` for an Error, the value as text for anything else thrown. */
export const errorMessage = (error) => (error instanceof Error ? error.message : String(error));

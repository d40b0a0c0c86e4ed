// Where the fake reports a bug of its own (an answer it failed to make): logged, and seen by its test suites.

type BugListener = (where: string, error: unknown) => void;
const listeners = new Set<BugListener>();

/** Logs the failure, then tells every listener: a 500 from the fake always passes through here. */
export function reportBug(where: string, error: unknown): void {
  console.error(`mock-api: ${where}`, error);
  for (const listener of listeners) listener(where, error);
}

/** Calls `listener` for every bug reported from now on; returns the function that stops it. */
export function onBug(listener: BugListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

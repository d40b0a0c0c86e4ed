// A real-time wait that an AbortSignal cuts short: held answers and webhook retries both use it.

// Not the SDK's systemClock.sleep: that is internal (the fake imports only the SDK's entry), rejects on abort and cannot unref.
/**
 * Waits `ms`: resolves true when the time is up, false as soon as `signal` aborts (at once if it
 * already has). With `keepAlive: false` a pending wait does not keep a Node process running.
 */
export function waitUnlessAborted(ms: number, signal: AbortSignal, keepAlive = true): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (finished: boolean) => (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', cut);
      resolve(finished);
    };
    const cut = done(false);
    const timer = setTimeout(done(true), ms);
    if (
      !keepAlive &&
      typeof timer === 'object' &&
      timer !== null &&
      'unref' in timer &&
      typeof timer.unref === 'function'
    )
      timer.unref();
    signal.addEventListener('abort', cut, { once: true });
  });
}

// Fetches the pop-up's code (dialog content, SDK client, ky, zod) once per page: on intent, or when the page is idle.
import type * as Popup from '../popup/popup.js';

export type PopupModule = typeof Popup;

let loading: Promise<PopupModule> | undefined;
let loaded: PopupModule | undefined;

/**
 * The pop-up's module. One dynamic import, which bundlers and the script-tag build turn into a
 * chunk beside this file, resolved from its URL. A failed load is forgotten, so Retry asks again.
 */
export function loadPopup(): Promise<PopupModule> {
  loading ??= import('../popup/popup.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The module when it has arrived already (a press then needs no await). */
export const popupLoaded = (): PopupModule | undefined => loaded;

let scheduled = false;

/** Once per page, after the triggers are drawn: fetch the pop-up while nothing else is happening. */
export function loadWhenIdle(): void {
  if (scheduled) return;
  scheduled = true;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => {
    // Ahead of need, nobody waits for it: a failure is reported by the next intent, which loads again.
    loadPopup().catch(() => undefined);
  });
}

// Copies a link to the clipboard in the order browsers allow it, ending with "select it for the user".
import type { OnceLinkCopyMethod } from '../events.js';

/**
 * Starts writing `text` to the clipboard. Call it synchronously from the click handler: when
 * `text` is still a promise (the link is being created), the write is started at once with a
 * ClipboardItem holding that promise, which keeps the user gesture (Safari requires it).
 * Resolves to how it copied, or `undefined` when the async Clipboard API is missing or refused;
 * the caller then falls back to {@link copyFromInput}. A rejection of `text` itself is passed on.
 */
export async function copyWithClipboardApi(
  text: string | Promise<string>,
): Promise<OnceLinkCopyMethod | undefined> {
  const clipboard =
    typeof navigator === 'undefined' || !clipboardWriteAllowed() ? undefined : navigator.clipboard;
  // Whether write() succeeded; a refusal (no permission, no focus, an iframe without
  // clipboard-write) or a failed `text` resolves to false so writeText can be tried next.
  let written: Promise<boolean> | undefined;
  try {
    if (clipboard?.write && typeof ClipboardItem === 'function') {
      const blob = Promise.resolve(text).then((t) => new Blob([t], { type: 'text/plain' }));
      written = clipboard.write([new ClipboardItem({ 'text/plain': blob })]).then(
        () => true,
        () => false,
      );
    }
  } catch {
    // ClipboardItem or write() threw synchronously (old engines, a sandboxed iframe): fall through.
    written = undefined;
  }
  const value = await text;
  if (written && (await written)) return 'clipboard';
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(value);
      return 'clipboard';
    } catch {
      // Refused as well: the caller uses the selection fallback.
    }
  }
  return undefined;
}

/**
 * False where the page's permissions policy is known to forbid clipboard writes (a CRM's
 * cross-origin iframe without `allow="clipboard-write"`). There Chromium logs a policy
 * violation to the console before it refuses, so the element goes straight to the fallback.
 * Engines without `document.featurePolicy` are simply tried.
 */
function clipboardWriteAllowed(): boolean {
  const policy = (document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } })
    .featurePolicy;
  try {
    return policy?.allowsFeature('clipboard-write') ?? true;
  } catch {
    // An engine whose policy object does not know the feature: let the Clipboard API decide.
    return true;
  }
}

/**
 * The old way: select the text of a (read-only) input and run the copy command. The input must be
 * inside the open modal dialog, since everything outside it is inert. Leaves the text selected, so
 * if this fails too the user can copy it by hand.
 */
export function copyFromInput(input: HTMLInputElement): OnceLinkCopyMethod | undefined {
  input.focus();
  input.select();
  input.setSelectionRange(0, input.value.length);
  try {
    // Deprecated but still the only fallback where the Clipboard API is blocked.
    return document.execCommand('copy') ? 'exec-command' : undefined;
  } catch {
    // Some engines throw instead of returning false; the selection stays for a manual copy.
    return undefined;
  }
}

/**
 * Copies `text` the best way the page allows: the Clipboard API, else the copy command on the
 * link's input (`findInput`, called once the link is drawn). Undefined when nothing could copy.
 */
export async function copyText(
  text: string | Promise<string>,
  findInput: () => Promise<HTMLInputElement | null>,
): Promise<{ url: string; method: OnceLinkCopyMethod } | undefined> {
  let method = await copyWithClipboardApi(text);
  const url = await text;
  if (!method) {
    const input = await findInput();
    method = input ? copyFromInput(input) : undefined;
  }
  return method ? { url, method } : undefined;
}

// Reads a request or response body up to a byte cap, so a huge or endless body never sits in memory.

/**
 * The body's bytes, or undefined as soon as it is known to be over `cap` bytes: a declared
 * Content-Length is checked first, then the stream is read only until it passes the cap.
 * Bytes, not a Blob: a browser would read a Blob back asynchronously through its blob store,
 * one more round trip per answer.
 */
export async function readCapped(
  message: Request | Response,
  cap: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (Number(message.headers.get('content-length') ?? 0) > cap) {
    drop(message.body?.cancel());
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = message.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > cap) {
      drop(reader?.cancel());
      return undefined;
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  size = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, size);
    size += chunk.byteLength;
  }
  return bytes;
}

/**
 * Cancels without waiting: on a stream that was tee'd (msw and some fetch wrappers clone
 * responses), cancel settles only when every branch is cancelled, which may be never.
 */
function drop(cancel: Promise<void> | undefined): void {
  cancel?.catch(() => undefined);
}

// Reads a request or response body up to a byte cap, so a huge or endless body never sits in memory.

/**
 * The body's bytes, or undefined as soon as it is known to be over `cap`: a declared
 * Content-Length is checked first, then the stream is read only until it passes the cap.
 */
export async function readCapped(message: Request | Response, cap: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (Number(message.headers.get('content-length') ?? 0) > cap) {
    await message.body?.cancel();
    return undefined;
  }
  if (message.body === null) return new Uint8Array();
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

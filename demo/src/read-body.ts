// Reads a request body into memory with a size cap, so a runaway client cannot exhaust the demo server.
import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`Request body is larger than ${limit} bytes; send a smaller body.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Resolves to the raw bytes exactly as received (webhook signatures are computed over them).
 * Past `limit` it rejects with BodyTooLargeError and keeps no more bytes. It does not destroy the
 * request: that would reset the connection before the caller could answer 413. The rest is read
 * and dropped until the caller's answer (sent with `Connection: close`) closes the connection.
 */
export function readBody(req: IncomingMessage, limit = 1_000_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', collect);
        req.resume();
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

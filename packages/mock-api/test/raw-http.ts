// Raw HTTP/1.1 over a socket, for what fetch will not send: bad Host headers, odd targets, TRACE, pipelining.
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Writes `text` as is to `host:port` and reads until the server closes (send `Connection: close`
 * on the last request) or `ms` pass; resolves to every answer in the bytes read, in order.
 */
export function rawHttp(
  port: number,
  text: string | Buffer,
  ms = 5_000,
  host = '127.0.0.1',
  methods: readonly string[] = [],
): Promise<RawAnswer[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), ms);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (e) => (chunks.length ? undefined : reject(e)));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseAnswers(Buffer.concat(chunks).toString('latin1'), methods));
    });
    socket.write(text);
  });
}

/**
 * Splits a byte stream of HTTP/1.1 answers (Content-Length or chunked bodies) into answers.
 * `methods` (of the requests, in order) tells which answers are to HEAD and so carry no body.
 */
export function parseAnswers(stream: string, methods: readonly string[] = []): RawAnswer[] {
  const answers: RawAnswer[] = [];
  let rest = stream;
  while (rest.startsWith('HTTP/1.')) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const [statusLine = '', ...lines] = rest.slice(0, end).split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
    rest = rest.slice(end + 4);
    const status = Number(statusLine.split(' ')[1]);
    let body = '';
    if (status < 200) {
      // 100 Continue: not an answer to a request of its own.
      continue;
    }
    if (methods[answers.length] === 'HEAD' || status === 204 || status === 304) {
      // No body, whatever the headers say.
    } else if (headers['transfer-encoding'] === 'chunked') {
      for (;;) {
        const lineEnd = rest.indexOf('\r\n');
        const size = parseInt(rest.slice(0, lineEnd), 16);
        if (!(size >= 0) || lineEnd < 0) break;
        body += rest.slice(lineEnd + 2, lineEnd + 2 + size);
        rest = rest.slice(lineEnd + 2 + size + 2);
        if (size === 0) break;
      }
    } else {
      const length = Number(headers['content-length'] ?? rest.length);
      body = rest.slice(0, length);
      rest = rest.slice(length);
    }
    // Framed as bytes (latin1, one char per byte), read as the UTF-8 it is.
    answers.push({ status, headers, body: Buffer.from(body, 'latin1').toString('utf8') });
  }
  return answers;
}

/** One request as raw text; `Connection: close` so `rawHttp` resolves as soon as it is answered. */
export const rawRequest = (method: string, target: string, host: string | null, extra = ''): string =>
  `${method} ${target} HTTP/1.1\r\n${host === null ? '' : `Host: ${host}\r\n`}${extra}Connection: close\r\n\r\n`;

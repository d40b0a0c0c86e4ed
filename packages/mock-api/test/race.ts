// Fires many form posts at once: every body is held back by its last byte until all are sent.
import { Agent, request } from 'node:http';

export interface RaceAnswer {
  status: number;
  text: string;
}

/** POSTs each form to `url` so the server holds all of them before any can finish. */
export async function raceForms(url: string, forms: URLSearchParams[]): Promise<RaceAnswer[]> {
  const agent = new Agent({ keepAlive: false, maxSockets: forms.length });
  const ends: (() => void)[] = [];
  let written = 0;
  let releaseAll: () => void = () => undefined;
  const allWritten = new Promise<void>((resolve) => {
    releaseAll = resolve;
  });
  const answers = forms.map(
    (form) =>
      new Promise<RaceAnswer>((resolve, reject) => {
        const body = Buffer.from(form.toString());
        const req = request(url, {
          method: 'POST',
          agent,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': body.length },
        });
        req.on('error', reject);
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        });
        req.write(body.subarray(0, body.length - 1), () => {
          ends.push(() => req.end(body.subarray(body.length - 1)));
          written += 1;
          if (written === forms.length) releaseAll();
        });
      }),
  );
  await allWritten;
  // Give the server a moment to read every partial body, then complete them together.
  await new Promise((r) => setTimeout(r, 100));
  for (const end of ends) end();
  try {
    return await Promise.all(answers);
  } finally {
    agent.destroy();
  }
}

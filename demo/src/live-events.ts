// Server-Sent Events: pushes the contact list, then each change, and master-page changes to every open page without a reload.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Contact, ContactBook } from './contacts.js';

export class LiveEvents {
  readonly #clients = new Set<ServerResponse>();
  readonly #unsubscribe: () => void;

  constructor(private readonly contacts: ContactBook) {
    this.#unsubscribe = contacts.subscribe((contact) => this.#broadcast('contact', contact));
  }

  /** Opens a stream: first a `contacts` snapshot (so nothing between load and connect is missed), then `contact` updates. */
  open(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    this.#clients.add(res);
    req.on('close', () => this.#clients.delete(res));
    res.write(`retry: 2000\n\n`);
    this.#send(res, 'contacts', this.contacts.all());
  }

  /** Tells every page that master pages changed (a rule type was switched), so each admin panel reloads them. */
  masterPagesChanged(): void {
    for (const res of this.#clients) this.#send(res, 'master-pages', {});
  }

  /** Ends every stream so the server can close promptly. */
  close(): void {
    this.#unsubscribe();
    for (const res of this.#clients) res.end();
    this.#clients.clear();
  }

  #broadcast(event: string, data: Contact): void {
    for (const res of this.#clients) this.#send(res, event, data);
  }

  #send(res: ServerResponse, event: string, data: unknown): void {
    // JSON.stringify never emits a raw newline, so one data line is always well formed.
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }
}

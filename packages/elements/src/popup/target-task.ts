// Reading what the pop-up is about, as a small task controller: a status, one AbortController per run, stale answers ignored.
import type { ReactiveControllerHost } from 'lit';

export type TaskStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * The shape of @lit/task's Task (status, abort, a call id that turns a stale answer into a no-op),
 * written out because the pop-up needs only this much and its budget has no kilobyte to spare.
 */
export class TargetTask<T> {
  status: TaskStatus = 'initial';
  value: T | undefined;
  error: unknown;
  #host: ReactiveControllerHost;
  #run: (signal: AbortSignal) => Promise<T>;
  #controller: AbortController | undefined;
  #callId = 0;

  constructor(host: ReactiveControllerHost, run: (signal: AbortSignal) => Promise<T>) {
    this.#host = host;
    this.#run = run;
  }

  /**
   * Runs the task, ending the run before it. Resolves to the status this run ended in, or undefined
   * when it was aborted or overtaken (its answer then dropped); it never rejects.
   */
  async run(): Promise<'complete' | 'error' | undefined> {
    this.abort();
    const id = ++this.#callId;
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'pending';
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const value = await this.#run(controller.signal);
      // A client may ignore the signal: what it answers after an abort is not shown.
      if (id !== this.#callId || controller.signal.aborted) return undefined;
      this.value = value;
      this.status = 'complete';
    } catch (error) {
      if (id !== this.#callId || controller.signal.aborted) return undefined;
      this.error = error;
      this.status = 'error';
    }
    this.#controller = undefined;
    this.#host.requestUpdate();
    return this.status;
  }

  /** Stops the run in flight, if any; its answer is then dropped and the task is back where it was before it. */
  abort(): void {
    if (!this.#controller) return;
    this.#controller.abort();
    this.#controller = undefined;
    this.#callId++;
    this.status = this.value === undefined ? 'initial' : 'complete';
    this.#host.requestUpdate();
  }

  /** Forgets the value too (a new page or client): the next run starts from nothing. */
  reset(): void {
    this.abort();
    this.value = undefined;
    this.error = undefined;
    this.status = 'initial';
  }
}

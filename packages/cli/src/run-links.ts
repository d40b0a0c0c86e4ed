// `oncelink links create`: streams the CSV, makes one link per row that needs one, journals each, writes rows in order.
import { existsSync, realpathSync } from 'node:fs';
import { OnceLinkError, type OnceLink } from '@oncelink/sdk';
import { CliError, describeTarget, exitCodes, type Target } from './errors.js';
import { openCsv, type CsvInput, type Row } from './csv-input.js';
import { openOutput } from './csv-output.js';
import { Journal } from './journal.js';
import type { Progress } from './progress.js';
import { checkRow, fingerprint, type Contact } from './rows.js';
import { Tally, type Outcome } from './summary.js';
import { LinkTarget } from './target.js';

export interface LinksOptions {
  target: Target;
  csv: string;
  out: string | undefined;
  showBookingForm: boolean;
  dryRun: boolean;
  retryUnknown: boolean;
}

interface Result {
  outcome: Outcome;
  link: string;
  error: string;
}

/** Requests in flight at once once the target has accepted one; the SDK's limiter decides when each starts. */
const parallel = 5;
/** Rows waiting behind an unanswered one before reading pauses. */
const maxBuffered = 1000;
/** Unanswered requests in a row before the run stops: the API looks down, and each may have made a link. */
const maxUnknownInARow = 3;

/** Runs the command; resolves to the exit code. `interrupt` aborts on Ctrl-C. */
export async function runLinks(
  client: OnceLink,
  options: LinksOptions,
  progress: Progress,
  interrupt: AbortSignal,
): Promise<number> {
  const input = await openCsv(options.csv);
  if (
    options.out !== undefined &&
    existsSync(options.out) &&
    realpathSync(options.out) === realpathSync(options.csv)
  ) {
    throw new CliError('--out names the input CSV; pick another file, so the contact list is kept.');
  }
  const journalPath = `${options.out ?? options.csv}.journal`;
  const journal = await Journal.read(journalPath, options.target);
  const plan = await survey(input, journal, options.retryUnknown);
  const target = new LinkTarget(client, options.target, options.showBookingForm);
  const { name, note } = await target.check();
  progress.say(
    `oncelink: ${describeTarget(options.target)} "${name}": ${plan.rows} rows, ${plan.toMake} ${options.dryRun ? 'would get' : 'to get'} a link` +
      (plan.fromJournal ? `, ${plan.fromJournal} linked before (${journalPath})` : '') +
      (plan.bad ? `, ${plan.bad} bad` : '') +
      (plan.unknown ? `, ${plan.unknown} unknown` : '') +
      '.',
  );
  if (note) progress.say(`oncelink: note: ${note}`);
  if (options.dryRun && options.target.kind === 'masterPage' && plan.toMake) {
    progress.say(
      'oncelink: note: the API says whether a master page allows one-time links only when the first one is made.',
    );
  }

  const out = openOutput({
    out: options.out,
    bom: input.bom,
    crlf: input.crlf,
    header: input.columns.header,
  });
  const run = new LinkRun(target, journal, options, progress, interrupt);
  try {
    progress.start(options.dryRun ? 0 : plan.toMake);
    await run.rows(input, out.write);
  } finally {
    progress.stop();
    journal.close();
  }
  await out.close();
  if (run.stop?.exitCode === exitCodes.refused) progress.say(`oncelink: ${run.stop.message}`);
  else if (run.stop) progress.say(`oncelink: stopped: ${run.stop.message}.`);
  progress.say(
    run.tally.report({
      dryRun: options.dryRun,
      refused: run.stop?.exitCode === exitCodes.refused,
      out: options.out ?? 'stdout',
      journal: options.dryRun ? undefined : journalPath,
    }),
  );
  if (run.stop) return run.stop.exitCode;
  return run.tally.problems ? exitCodes.rowsFailed : exitCodes.ok;
}

/**
 * Checks every row and the journal against the file before anything is sent: a broken CSV, or a
 * file changed since the journal was written, stops the run with nothing made.
 */
async function survey(input: CsvInput, journal: Journal, retryUnknown: boolean) {
  const counts = { rows: 0, toMake: 0, fromJournal: 0, bad: 0, unknown: 0 };
  const { columns } = input;
  for await (const row of input.rows()) {
    counts.rows++;
    const recorded = journal.recorded.get(row.number);
    if (recorded) {
      const key = fingerprint({
        name: (row.fields[columns.name] ?? '').trim(),
        email: (row.fields[columns.email] ?? '').trim(),
      });
      if (recorded.key !== key)
        throw changed(input.file, journal.path, `row ${row.number} is not the contact it was for`);
      if (recorded.state === 'linked') {
        counts.fromJournal++;
        continue;
      }
      if (!retryUnknown) {
        counts.unknown++;
        continue;
      }
    }
    if ('error' in checkRow(row.fields, columns)) counts.bad++;
    else counts.toMake++;
  }
  const beyond = [...journal.recorded.keys()].find((n) => n > counts.rows);
  if (beyond !== undefined)
    throw changed(input.file, journal.path, `it has ${counts.rows} rows, and the journal has row ${beyond}`);
  return counts;
}

function changed(file: string, journalPath: string, detail: string): CliError {
  return new CliError(
    `${file} has changed since ${journalPath} was written (${detail}). Run with the file as it was to finish it, ` +
      'or pass another --out to start a new list (links already made stay valid).',
  );
}

/** One pass over the rows: the decisions, the requests in flight, the order of the output. */
class LinkRun {
  readonly tally = new Tally();
  stop: { exitCode: number; message: string } | undefined;
  /** Aborted on any stop: requests still waiting for the rate limiter are then never sent. */
  readonly #halt = new AbortController();
  #inFlight = 0;
  #wake: Array<() => void> = [];
  /** False until the API has made one link on the target: until then one request at a time, so a refusal costs one. */
  #accepted = false;
  #sent = 0;
  #unknownInARow = 0;

  constructor(
    readonly target: LinkTarget,
    readonly journal: Journal,
    readonly options: LinksOptions,
    readonly progress: Progress,
    interrupt: AbortSignal,
  ) {
    const onInterrupt = () => {
      if (!this.stop && this.#inFlight)
        progress.say(
          `oncelink: stopping: nothing more is sent; waiting for ${this.#inFlight} request(s) already out (Ctrl-C again to quit now).`,
        );
      this.#stop(
        exitCodes.interrupted,
        'interrupted: nothing more was sent, and every request already out was answered and recorded',
      );
    };
    if (interrupt.aborted) onInterrupt();
    else interrupt.addEventListener('abort', onInterrupt, { once: true });
  }

  #stop(exitCode: number, message: string): void {
    this.stop ??= { exitCode, message };
    this.#halt.abort();
    for (const wake of this.#wake.splice(0)) wake();
  }

  /** Decides every row, writing each result in input order as soon as the rows before it are done. */
  async rows(input: CsvInput, write: (fields: string[]) => Promise<void>): Promise<void> {
    const width = input.columns.header.length;
    const queue: Array<{ row: Row; result: Promise<Result>; done: boolean }> = [];
    const flush = async (all: boolean) => {
      for (let head = queue[0]; head; head = queue[0]) {
        if (!all && !head.done && queue.length <= maxBuffered) break;
        const result = await head.result;
        queue.shift();
        // Short rows are padded and long ones cut to the header, so `link` and `error` stay in their columns.
        const fields = head.row.fields.slice(0, width);
        while (fields.length < width) fields.push('');
        await write([...fields, result.link, result.error]);
      }
    };
    for await (const row of input.rows()) {
      const known = this.#prejudge(row, input);
      if ('outcome' in known) {
        queue.push({ row, result: Promise.resolve(known), done: true });
      } else {
        await this.#capacity();
        const entry = { row, result: this.#request(row, known), done: false };
        void entry.result.finally(() => (entry.done = true)).catch(() => undefined);
        queue.push(entry);
      }
      await flush(false);
    }
    await flush(true);
  }

  /** The row's result when it needs no request; otherwise its contact and fingerprint. */
  #prejudge(row: Row, input: CsvInput): Result | { contact: Contact; key: string } {
    const { columns } = input;
    const recorded = this.journal.recorded.get(row.number);
    const checked = checkRow(row.fields, columns);
    if (recorded?.state === 'linked') {
      const contact =
        'contact' in checked
          ? checked.contact
          : {
              name: (row.fields[columns.name] ?? '').trim(),
              email: (row.fields[columns.email] ?? '').trim(),
            };
      return this.#linked(row, 'journal', recorded.url, contact);
    }
    if (recorded?.state === 'unknown' && !this.options.retryUnknown) {
      return this.#result(
        row,
        'unknown',
        `unknown: ${recorded.reason}. The API may have made a link; re-run with --retry-unknown to make one anyway`,
      );
    }
    if ('error' in checked) return this.#result(row, 'bad', checked.error);
    if (this.options.dryRun) return this.#result(row, 'checked', '');
    if (this.stop) return this.#notDone(row);
    return { contact: checked.contact, key: fingerprint(checked.contact) };
  }

  async #capacity(): Promise<void> {
    while (!this.stop && this.#inFlight >= (this.#accepted ? parallel : 1)) {
      await new Promise<void>((resolve) => this.#wake.push(resolve));
    }
  }

  /** Makes the row's link, journaling before the request may go out and after it is answered. */
  async #request(row: Row, { contact, key }: { contact: Contact; key: string }): Promise<Result> {
    if (this.stop) return this.#notDone(row);
    this.#inFlight++;
    this.journal.append({ row: row.number, key, state: 'pending' });
    try {
      const link = await this.target.make(contact, this.#halt.signal);
      this.journal.append({ row: row.number, key, state: 'linked', id: link.id, url: link.url });
      this.#accepted = true;
      this.#unknownInARow = 0;
      this.progress.update(++this.#sent);
      return this.#linked(row, 'made', link.url, contact);
    } catch (error) {
      const failure = this.target.classify(error);
      if (failure.kind === 'unknown') {
        this.journal.append({ row: row.number, key, state: 'unknown', reason: failure.reason });
        this.progress.update(++this.#sent);
        if (++this.#unknownInARow >= maxUnknownInARow)
          this.#stop(
            exitCodes.rowsFailed,
            `${maxUnknownInARow} requests in a row got no usable answer; the API looks unavailable`,
          );
        return this.#result(
          row,
          'unknown',
          `unknown: ${failure.reason}. Not retried, so no second link is made; re-run with --retry-unknown to make one anyway`,
        );
      }
      // The API did nothing for this row: a later run tries it again.
      this.journal.append({ row: row.number, key, state: 'released' });
      if (failure.kind === 'not-sent') return this.#notDone(row);
      this.progress.update(++this.#sent);
      if (failure.kind === 'refused') this.#stop(exitCodes.refused, failure.error.message);
      if (failure.kind === 'halt') this.#stop(exitCodes.rowsFailed, failure.reason);
      if (failure.kind === 'row') return this.#result(row, 'failed', `failed: ${failure.reason}`);
      return this.#notDone(row);
    } finally {
      this.#inFlight--;
      this.#wake.shift()?.();
    }
  }

  #linked(row: Row, outcome: 'made' | 'journal', url: string, contact: Contact): Result {
    try {
      this.tally.add(outcome, row.number);
      return { outcome, link: this.target.present(url, contact), error: '' };
    } catch (e) {
      if (!(e instanceof OnceLinkError)) throw e;
      // The link exists and works unpersonalised: hand it over rather than lose it.
      return {
        outcome,
        link: url,
        error: `link made, but not personalised: ${e.message.replace(/^personalizeLink: /, '')}`,
      };
    }
  }

  #notDone(row: Row): Result {
    const code = this.stop?.exitCode;
    const why =
      code === exitCodes.interrupted
        ? 'interrupted; run the same command again to continue'
        : code === exitCodes.refused
          ? 'the API refused the key or the target (see the message)'
          : 'the run stopped before this row; run the same command again to continue';
    return this.#result(row, 'not-done', `not done: ${why}`);
  }

  #result(row: Row, outcome: Outcome, error: string): Result {
    this.tally.add(outcome, row.number, error);
    return { outcome, link: '', error };
  }
}

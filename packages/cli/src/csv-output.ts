// Writes the output CSV as a stream (csv-stringify): to stdout, or to a temporary file renamed over --out once complete.
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';

export interface CsvOutput {
  /** Resolves when the row is accepted, waiting while the destination is behind (so rows never pile up). */
  write(fields: string[]): Promise<void>;
  /** Finishes the file and puts it in place. */
  close(): Promise<void>;
}

export function openOutput(options: {
  out: string | undefined;
  bom: boolean;
  crlf: boolean;
  header: string[];
}): CsvOutput {
  const stringifier = stringify({ bom: options.bom, record_delimiter: options.crlf ? 'windows' : 'unix' });
  // A half-written file never sits at --out: a crash leaves the old one (or none), and the journal.
  const partial = options.out === undefined ? undefined : `${options.out}.partial`;
  const destination = partial === undefined ? process.stdout : createWriteStream(partial);
  stringifier.pipe(destination, { end: partial !== undefined });
  let failure: unknown;
  const fail = (e: unknown) => (failure ??= e);
  stringifier.on('error', fail);
  destination.on('error', fail);

  const write = async (fields: string[]) => {
    if (failure) throw failure;
    if (!stringifier.write(fields))
      await Promise.race([once(stringifier, 'drain'), once(destination, 'error')]);
  };
  let ready = write([...options.header, 'link', 'error']);
  return {
    write(fields) {
      ready = ready.then(() => write(fields));
      return ready;
    },
    async close() {
      await ready;
      stringifier.end();
      if (partial === undefined || options.out === undefined) {
        await finished(stringifier);
      } else {
        await finished(destination);
        if (failure) {
          rmSync(partial, { force: true });
          throw failure;
        }
        renameSync(partial, options.out);
      }
      if (failure) throw failure;
    },
  };
}

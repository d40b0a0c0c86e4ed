// Reads the contact CSV as a stream (csv-parse): the header first, then the rows one at a time, never the whole file.
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import { CliError, errorMessage, printable } from './errors.js';
import { findColumns, type Columns } from './rows.js';

export interface Row {
  /** 1 for the first row after the header. */
  number: number;
  fields: string[];
}

export interface CsvInput {
  file: string;
  columns: Columns;
  /** Written back the same way, so a spreadsheet that wrote the input reads the output alike. */
  bom: boolean;
  crlf: boolean;
  /** A fresh pass over the rows after the header. */
  rows(): AsyncGenerator<Row>;
}

/** Whether the file starts with a UTF-8 BOM and ends its first line with CRLF. */
function sniff(file: string): { bom: boolean; crlf: boolean } {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n);
    const lf = text.indexOf(0x0a);
    return {
      bom: text[0] === 0xef && text[1] === 0xbb && text[2] === 0xbf,
      crlf: lf > 0 && text[lf - 1] === 0x0d,
    };
  } finally {
    closeSync(fd);
  }
}

async function* records(file: string): AsyncGenerator<string[]> {
  // Strict about quotes: a stray quote is a broken file, and guessing would shift fields between columns.
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true });
  const source = createReadStream(file);
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield record;
  } catch (e) {
    throw new CliError(
      `${file} is not valid CSV: ${printable(errorMessage(e))}. Fix the file (a field with a comma, quote or line break must be in double quotes, with its quotes doubled) and run again; nothing was made.`,
    );
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/** Opens the CSV and reads its header; refuses a missing file or a header without `name` and `email`. */
export async function openCsv(file: string): Promise<CsvInput> {
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CliError(`Cannot read ${file}: no such file. Pass the contact list with --csv.`);
  }
  if (!isFile) throw new CliError(`${file} is not a file. Pass the contact list with --csv.`);
  let header: string[] | undefined;
  for await (const record of records(file)) {
    header = record;
    break;
  }
  if (!header)
    throw new CliError(
      `${file} is empty. It needs a header row with \`name\` and \`email\` columns, then one row per contact.`,
    );
  const columns = findColumns(header, file);
  return {
    file,
    columns,
    ...sniff(file),
    async *rows() {
      let number = -1;
      for await (const fields of records(file)) {
        if (number++ === -1) continue;
        yield { number, fields };
      }
    },
  };
}

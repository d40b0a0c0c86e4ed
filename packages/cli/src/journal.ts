// The journal beside the output: one JSON line per event, appended and flushed to disk the moment it happens.
import {
  closeSync,
  createReadStream,
  existsSync,
  fsyncSync,
  openSync,
  readSync,
  statSync,
  writeSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { CliError, type Target } from './errors.js';

/**
 * `pending` is written before a request may be sent; `linked`, `unknown` or `released` (nothing was
 * made: try again) after. A `pending` with nothing after it means the process died while the
 * request was out, so its row counts as unknown: whether the API made the link cannot be known.
 */
export type JournalState = 'pending' | 'linked' | 'unknown' | 'released';

export interface JournalEntry {
  row: number;
  /** The contact's fingerprint (see rows.ts): never the name or email themselves. */
  key: string;
  state: JournalState;
  id?: string;
  url?: string;
  reason?: string;
}

export type Recorded =
  | { state: 'linked'; key: string; id: string; url: string }
  | { state: 'unknown'; key: string; reason: string };

const format = 'oncelink links journal';

export class Journal {
  #fd: number | undefined;
  #needsNewline = false;
  #hasHeader = false;
  #restart = false;

  private constructor(
    readonly path: string,
    readonly target: Target,
    /** What earlier runs settled, by row number; rows released or never tried are absent. */
    readonly recorded: Map<number, Recorded>,
  ) {}

  /** Reads the journal at `path` if there is one; refuses one written for another target. */
  static async read(path: string, target: Target): Promise<Journal> {
    const recorded = new Map<number, Recorded>();
    const journal = new Journal(path, target, recorded);
    if (!existsSync(path)) return journal;
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    let lineNumber = 0;
    let otherTarget: string | undefined;
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        // Every line is written whole; one cut short by a crash is dropped. Its row was written
        // `pending` before, so it is not lost: it reads as unknown.
        continue;
      }
      if (!journal.#hasHeader) {
        otherTarget = checkHeader(path, value, target);
        journal.#hasHeader = true;
      } else {
        journal.#apply(path, lineNumber, value);
      }
    }
    journal.#needsNewline = !endsWithNewline(path);
    if (otherTarget !== undefined) {
      if (recorded.size) {
        throw new CliError(
          `${path} records links made on ${otherTarget}, not on this run's target. Re-run with the same target, or pass another --out for a new list.`,
        );
      }
      // Nothing was made there (a refused target, say): the journal starts again for this one.
      journal.#restart = true;
      journal.#hasHeader = false;
      journal.#needsNewline = false;
    }
    for (const [row, entry] of recorded) {
      if (entry.state === 'unknown' && entry.reason === pendingMark) {
        recorded.set(row, { ...entry, reason: 'the previous run stopped while its request was out' });
      }
    }
    return journal;
  }

  #apply(path: string, lineNumber: number, value: unknown): void {
    const e = value as Partial<JournalEntry> | null;
    if (!e || typeof e.row !== 'number' || typeof e.key !== 'string' || typeof e.state !== 'string')
      throw damaged(path, lineNumber);
    if (e.state === 'linked') {
      if (typeof e.url !== 'string' || typeof e.id !== 'string') throw damaged(path, lineNumber);
      this.recorded.set(e.row, { state: 'linked', key: e.key, id: e.id, url: e.url });
    } else if (e.state === 'unknown' || e.state === 'pending') {
      this.recorded.set(e.row, {
        state: 'unknown',
        key: e.key,
        reason: e.state === 'pending' ? pendingMark : String(e.reason ?? 'no answer'),
      });
    } else if (e.state === 'released') {
      this.recorded.delete(e.row);
    } else {
      throw damaged(path, lineNumber);
    }
  }

  /** Appends one entry and flushes it to disk before returning. */
  append(entry: JournalEntry): void {
    if (this.#fd === undefined) {
      this.#fd = openSync(this.path, this.#restart ? 'w' : 'a');
      if (!this.#hasHeader) this.#write({ format, version: 1, target: this.target });
      this.#hasHeader = true;
    }
    this.#write(entry);
  }

  #write(value: object): void {
    const fd = this.#fd;
    if (fd === undefined) return;
    const line = `${this.#needsNewline ? '\n' : ''}${JSON.stringify(value)}\n`;
    this.#needsNewline = false;
    writeSync(fd, line);
    fsyncSync(fd);
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}

/** Marks a row read as `pending`, so it is reported as "stopped while out" once the whole journal is read. */
const pendingMark = '\u0000pending';

/** Refuses a file that is not a journal; returns the other target it was written for, if any. */
function checkHeader(path: string, value: unknown, target: Target): string | undefined {
  const h = value as { format?: unknown; version?: unknown; target?: Partial<Target> } | null;
  if (!h || h.format !== format || h.version !== 1) {
    throw new CliError(`${path} is not an oncelink journal. Pass another --out, or move that file away.`);
  }
  if (h.target?.kind === target.kind && h.target.id === target.id) return undefined;
  return `${h.target?.kind === 'bookingCalendar' ? 'booking calendar' : 'master page'} ${String(h.target?.id)}`;
}

function damaged(path: string, line: number): CliError {
  return new CliError(
    `${path} is damaged at line ${line}. It records which rows have links: restore it, or move it away only if you accept new links for every row.`,
  );
}

function endsWithNewline(path: string): boolean {
  const size = statSync(path).size;
  if (size === 0) return true;
  const fd = openSync(path, 'r');
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}
